// "A year ago": the vision statement that was current a year ago beside today's (GET /api/vision/a-year-ago),
// or, until the statement has a year of history, when that will be.
import { formatDate, formatDateTime, h } from '../shared/dom.js';
import { journey } from './home-section.js';

// The card's content for `reply`: both statements, or a hint that says what will show here and when.
function body(reply) {
  if (reply.then) {
    const same = reply.then.statement.trim() === reply.now.trim();
    return [
      journey(`A year ago (as saved ${formatDateTime(reply.then.saved_at)})`, reply.then.statement || '(empty)', 'Today', reply.now || '(empty)'),
      h('p', { class: 'muted small', text: same ? 'Word for word the same as a year ago.' : 'Read them side by side: what stayed, what you let go of, what is new.' }),
    ];
  }
  if (!reply.first_saved_at) {
    return h('p', { class: 'muted', text: 'Once you have saved a statement and kept it for a year, the one of a year ago shows here beside today’s.' });
  }
  return h('p', { class: 'muted' }, `Your first saved statement is from ${formatDateTime(reply.first_saved_at)}. From a year after that, the statement of a year ago (on ${formatDate(reply.date)}) shows here beside today’s.`);
}

// The "A year ago" card (null when the vision module did not answer).
export function yearAgoCard(reply) {
  if (!reply) return null;
  return h('section', { class: 'card', 'aria-labelledby': 'year-ago-title' },
    h('h2', { id: 'year-ago-title', text: 'A year ago' }), body(reply));
}
