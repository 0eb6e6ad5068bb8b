// The People & learning section on Home: the soonest check-in, the open commitments
// with overdue ones first, the book in progress and this week's experiments.
import { dateElement, h } from '../shared/dom.js';
import { carriedBadge, dueBadge, nextCheckInLine } from './common.js';

function nextCheckIns(partners) {
  if (!partners.length) {
    return h('p', { class: 'muted' }, 'No accountability partner yet. ', h('a', { href: '/people', 'data-link': true, text: 'Add a mentor or partner' }),
      ' to meet, say, monthly.');
  }
  // The soonest only: every check-in that is due is in Home's "What to do next".
  return h('ul', { class: 'people-home__list', 'aria-label': 'Next check-ins' }, partners.slice(0, 1).map((p) => h('li', { class: p.due.state === 'overdue' ? 'people-home__item--overdue' : null },
    h('a', { href: `/people/partners/${p.id}`, 'data-link': true, text: p.name }), ': ', nextCheckInLine(p))));
}

function openCommitments({ open, overdue, items }) {
  if (!open) return null;
  return [
    h('h3', { class: 'people-home__subtitle' }, `Open commitments (${open})`, overdue ? h('span', { class: 'people-home__overdue', text: ` · ${overdue} overdue` }) : null),
    h('ul', { class: 'people-home__list', 'aria-label': 'Open commitments' }, items.map((m) => h('li', {},
      h('a', { href: `/people/check-ins/${m.check_in_id}`, 'data-link': true, text: m.text }),
      h('span', { class: 'small muted' }, ` · ${m.partner_name}`, m.due_on ? [' · due ', dateElement(m.due_on)] : null), ' ',
      dueBadge(m.due), ' ', carriedBadge(m.carried_label)))),
  ];
}

function experiments(items) {
  if (!items?.length) return null;
  return h('p', { class: 'people-home__experiments' }, h('strong', { text: 'Trying this week: ' }),
    items.map((n, i) => [i ? '; ' : '', h('a', { href: `/people/learning/${n.item_id}`, 'data-link': true, text: n.text })]));
}

function reading(items) {
  if (!items?.length) return null;
  return h('p', { class: 'people-home__reading' }, h('strong', { text: 'Reading: ' }),
    items.map((item, i) => [i ? ', ' : '', h('a', { href: `/people/learning/${item.id}`, 'data-link': true, text: item.title }),
      item.progress ? ` (${item.progress}%)` : '']));
}

export async function peopleHomeSection(data) {
  const home = await data.people;
  if (!home) return null;  // the module did not answer: Home shows the rest
  return h('section', { class: 'card people-home', 'aria-labelledby': 'people-home-title' },
    h('div', { class: 'card__header' },
      h('h2', { id: 'people-home-title', text: 'People & learning' }),
      h('a', { href: '/people', 'data-link': true, text: 'People' })),
    nextCheckIns(home.partners),
    openCommitments(home.commitments),
    reading(home.reading),
    experiments(home.experiments));
}
