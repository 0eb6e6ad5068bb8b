// "A year ago": the core values ranking current a year ago beside today's, with how each value moved (GET
// /api/values/a-year-ago), or, until a ranking is a year old, when that will be.
import { formatDate, formatDateTime, h } from '../shared/dom.js';

// "▲ from 3rd" / "▼ from 1st" / "new" / "same place", for a value ranked now.
function moveWords(change) {
  if (change.move === 'new') return 'new';
  if (change.move === 'same') return 'same place';
  return `${change.move === 'up' ? '▲' : '▼'} was ${change.then_rank}`;
}

function rankings(reply) {
  const gone = reply.changes.filter((c) => c.move === 'gone');
  return h('div', { class: 'grid values-year-ago' },
    h('div', {},
      h('h3', { text: `A year ago (sorted ${formatDateTime(reply.then.finished_at)})` }),
      h('ol', { class: 'values-year-ago__list' }, reply.then.values.map((v) => h('li', { text: v.name })))),
    h('div', {},
      h('h3', { text: 'Today' }),
      h('ol', { class: 'values-year-ago__list' }, reply.changes.filter((c) => c.move !== 'gone').map((c) => h('li', {},
        h('span', { text: c.name }), ' ',
        h('span', { class: `values-year-ago__move values-year-ago__move--${c.move} small`, text: moveWords(c) })))),
      gone.length ? h('p', { class: 'small muted', text: `No longer among them: ${gone.map((c) => c.name).join(', ')}.` }) : null));
}

// The "A year ago" card of the Values overview (null when the values module did not answer).
export function valuesYearAgoCard(reply) {
  if (!reply) return null;
  const hint = reply.first_finished_at
    ? `Your first finished card sort is from ${formatDateTime(reply.first_finished_at)}. From a year after that, the ranking of a year ago (on ${formatDate(reply.date)}) shows here beside today’s.`
    : 'Once you have ranked your core values and a year has passed, the ranking of a year ago shows here beside today’s.';
  return h('section', { class: 'card', 'aria-labelledby': 'values-year-ago-title' },
    h('h2', { id: 'values-year-ago-title', text: 'My core values a year ago' }),
    reply.then ? rankings(reply) : h('p', { class: 'muted', text: hint }));
}
