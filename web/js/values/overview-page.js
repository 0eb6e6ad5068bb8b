// Values: the overview: core values (and what they mean), their ranking a year ago, earlier card sorts,
// skills, strengths, passions.
import { formatDateTime, h } from '../shared/dom.js';
import { listEditor } from './lists.js';
import { coreValuesCard } from './meanings.js';
import { pageHeader } from './nav.js';
import { valuesYearAgoCard } from './year-ago.js';

const LISTS = [
  { list: 'skills', title: 'Skills', singular: 'skill', maxName: 120, placeholder: 'e.g. System design', hint: 'What you have learned to do well. Skills can usually be flexed to fit the mission.', empty: 'No skills yet.' },
  { list: 'strengths', title: 'Strengths', singular: 'strength', maxName: 120, placeholder: 'e.g. Calm under pressure', hint: 'What comes naturally and gives you energy.', empty: 'No strengths yet.' },
  { list: 'passions', title: 'Passions', singular: 'passion', maxName: 120, placeholder: 'e.g. Teaching', hint: 'What you would do even if nobody paid you. It only needs to fit the mission in part.', empty: 'No passions yet.' },
];

function historyCard(sorts) {
  if (sorts.length < 2) return null;
  return h('section', { class: 'card', 'aria-labelledby': 'sorts-title' },
    h('h2', { id: 'sorts-title', text: 'Earlier card sorts' }),
    h('ol', { class: 'history' }, sorts.slice(1).map((s) => h('li', {},
      h('time', { datetime: s.finished_at, text: formatDateTime(s.finished_at) }),
      h('p', { text: s.top_values.map((t) => t.name).join(' · ') })))));
}

export async function render(main, { data }) {
  const [core, current, sorts, yearAgo, ...lists] = await Promise.all([
    data.core, data.current, data.sorts, data.yearAgo, ...LISTS.map((spec) => listEditor(spec, data[spec.list])),
  ]);
  main.append(
    ...pageHeader('', 'Values', 'Your energetic centre: the values, skills, strengths and passions you bring, checked against your organisation’s mission.'),
    coreValuesCard(core.items, Boolean(current.sort), sorts.items[0]),
    valuesYearAgoCard(yearAgo) ?? '',
    historyCard(sorts.items) ?? '',
    h('h2', { class: 'values-section-title', text: 'Skills, strengths and passions' }),
    h('div', { class: 'grid values-kept-grid' }, lists),
    h('section', { class: 'card values-next-step' },
      h('p', {}, 'When your lists are ready, ', h('a', { href: '/values/alignment', 'data-link': true, text: 'rate how well each fits the mission' }), '.')));
  return { title: 'Values' };
}
