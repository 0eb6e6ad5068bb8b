// The Goals section on Home: active initiatives with their health and next milestone, overdue ones first
// (what to do about them is in Home's "What to do next").
import { dateElement, h } from '../shared/dom.js';
import { healthBadge } from './common.js';

export async function goalsHomeSection(data) {
  const { items, max_active: max } = await data.initiatives;
  const active = items.filter((i) => i.status === 'active');
  const overdue = active.filter((i) => i.health.state === 'overdue');
  const header = h('div', { class: 'card__header' },
    h('h2', { id: 'goals-home-title', text: 'Active initiatives' }),
    h('a', { href: '/goals', 'data-link': true, text: 'Goals' }));
  if (active.length === 0) {
    return h('section', { class: 'card goals-home', 'aria-labelledby': 'goals-home-title' }, header,
      h('p', { class: 'muted', text: items.length === 0
        ? 'No initiatives yet. Turn your vision into up to five concrete moves, each with dates and a measure of success.'
        : 'None of your initiatives is active right now. Start one when you have room for it.' }),
      h('a', { class: 'button', href: '/goals', 'data-link': true, text: items.length === 0 ? 'Plan an initiative' : 'Open Goals' }));
  }
  // Overdue first, then by finish date (the API's order).
  const ordered = [...overdue, ...active.filter((i) => i.health.state !== 'overdue')];
  return h('section', { class: 'card goals-home', 'aria-labelledby': 'goals-home-title' }, header,
    h('ul', { class: 'goals-home__list' }, ordered.map((i) => h('li', { class: i.health.state === 'overdue' ? 'goals-home__item--overdue' : null },
      h('div', { class: 'goals-home__title' },
        h('a', { href: '/goals', 'data-link': true, text: i.title }), ' ', healthBadge(i.health)),
      h('p', { class: 'small muted' },
        i.next_milestone
          ? ['Next: ', i.next_milestone.title, i.next_milestone.due_date ? [' · due ', dateElement(i.next_milestone.due_date)] : null]
          : 'No open milestones',
        i.finish_date ? [' · finish ', dateElement(i.finish_date)] : null,
        ` · ${i.progress}%`)))),
    h('p', { class: 'small muted', text: `${active.length} of ${max} active. Health comes from the dates, progress and milestones.` }));
}
