// The Decisions section on Home: the open decisions and their deadlines (a review that is due is in Home's
// "What to do next").
import { dateElement, h } from '../shared/dom.js';

const MAX_OPEN = 5;

export async function decisionsHomeSection(data) {
  const { items } = await data.decisions;
  const open = items.filter((d) => d.status === 'open');
  const header = h('div', { class: 'card__header' },
    h('h2', { id: 'decisions-home-title', text: 'Decisions' }),
    h('a', { href: '/decisions', 'data-link': true, text: 'All decisions' }));
  if (open.length === 0) {
    return h('section', { class: 'card dec-home', 'aria-labelledby': 'decisions-home-title' }, header,
      h('p', { class: 'muted', text: items.length === 0
        ? 'When a big choice comes up (an offer, a promotion, a move), weigh it here against criteria drawn from your values.'
        : 'No open decisions.' }),
      items.length === 0 ? h('a', { class: 'button', href: '/decisions', 'data-link': true, text: 'Weigh a decision' }) : null);
  }
  return h('section', { class: 'card dec-home', 'aria-labelledby': 'decisions-home-title' }, header,
    h('h3', { text: 'Open decisions' }),
    h('ul', { class: 'dec-home__list' }, open.slice(0, MAX_OPEN).map((d) => h('li', {},
      h('a', { href: `/decisions/${d.id}`, 'data-link': true, text: d.title }),
      d.deadline ? h('span', { class: 'small muted' }, ' · decide by ', dateElement(d.deadline)) : null))),
    open.length > MAX_OPEN ? h('p', { class: 'small muted', text: `and ${open.length - MAX_OPEN} more.` }) : null);
}
