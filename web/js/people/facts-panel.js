// Preparing a check-in from facts: what happened since the last one with this partner (weekly lessons,
// initiative progress, decisions made, the alignment trend), each line one click from the agenda.
import { dateElement, h } from '../shared/dom.js';

// One fact with its "Add to agenda" button; `line` is the text that goes onto the agenda.
function fact(content, line, addToAgenda) {
  return h('li', { class: 'people-fact' },
    h('span', { class: 'people-fact__text' }, content),
    h('button', { type: 'button', class: 'link small', text: 'Add to agenda', 'aria-label': `Add to agenda: ${line}`, onclick: (e) => addToAgenda(line, e.target) }));
}

function group(title, items, empty) {
  return h('div', { class: 'people-facts__group' },
    h('h3', { text: title }),
    items.length ? h('ul', { class: 'people-facts__list' }, items) : h('p', { class: 'small muted', text: empty }));
}

function alignmentLine(trend) {
  const { latest, previous, change } = trend;
  if (!latest || latest.overall == null) return null;
  const direction = change == null ? '' : change > 0 ? ` (up ${change} since ${previous.assessed_on})` : change < 0 ? ` (down ${-change} since ${previous.assessed_on})` : ' (unchanged)';
  return `Alignment with the mission: ${latest.overall} of 100 on ${latest.assessed_on}${direction}`;
}

// The panel for `preparation` (GET /api/people/partners/:id/preparation); addToAgenda(line, button).
export function factsPanel(preparation, addToAgenda) {
  const { facts, since } = preparation;
  const alignment = alignmentLine(facts.alignment);
  return h('section', { class: 'card people-facts', 'aria-labelledby': 'facts-title' },
    h('h2', { id: 'facts-title', text: 'Prepare from facts' }),
    h('p', { class: 'small muted' }, since ? ['What happened since your last check-in on ', dateElement(since), '.'] : 'What is going on lately, so the conversation starts from facts.'),
    group('Weekly lessons', facts.lessons.map((l) => fact([dateElement(l.date), ` ${l.text}`], `Lesson (${l.date}): ${l.text}`, addToAgenda)),
      'No weekly lessons written since then.'),
    group('Initiatives', facts.initiatives.map((i) => fact(`${i.title}: ${i.progress}%, ${i.health.reason}`, `${i.title}: ${i.progress}% (${i.health.state.replace('_', ' ')})`, addToAgenda)),
      'No active initiatives.'),
    group('Decisions made', facts.decisions.map((d) => fact(`${d.title}${d.chosen_option_name ? `: chose ${d.chosen_option_name}` : ''}`, `Decision: ${d.title}${d.chosen_option_name ? ` (chose ${d.chosen_option_name})` : ''}`, addToAgenda)),
      'No decisions recorded since then.'),
    group('Alignment trend', alignment ? [fact(alignment, alignment, addToAgenda)] : [], 'No alignment snapshot yet.'));
}
