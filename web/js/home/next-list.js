// Home's "What to do next": the one ordered list from /api/home/next, each step with why, when it is due
// and a one-click start; the first few shown, the rest one click away.
import { WEEKDAY_DATE, dateElement, formatDatesIn, h } from '../shared/dom.js';

const SHOWN = 5;

// "Overdue since 1 Mar 2026", "Due today", "Due Sun 8 Mar 2026", or null for a step with no date.
function dueBadge(item, today) {
  if (!item.due) return null;
  if (item.overdue) return h('span', { class: 'badge home-next__due home-next__due--overdue' }, 'Overdue since ', dateElement(item.due));
  if (item.due === today) return h('span', { class: 'badge home-next__due home-next__due--today', text: 'Due today' });
  return h('span', { class: 'badge home-next__due' }, 'Due ', dateElement(item.due, WEEKDAY_DATE));
}

// One step: what, the badge, why (its dates in the app's format) and the button that starts it, named with
// the step for screen readers ("Review: Review the decision: Move to Lisbon").
function stepItem(item, today, first) {
  return h('li', { class: `home-next__item${item.overdue ? ' home-next__item--overdue' : ''}`, dataset: { kind: item.kind } },
    h('div', { class: 'home-next__text' },
      h('p', { class: 'home-next__title' }, h('strong', { text: item.title }), ' ', dueBadge(item, today)),
      h('p', { class: 'home-next__why small muted', text: formatDatesIn(item.why) })),
    h('a', { class: `button${first ? ' primary' : ''} home-next__start`, href: item.href, 'data-link': true, text: item.action,
      'aria-label': `${item.action}: ${item.title}` }));
}

// The card for `next` (GET /api/home/next), or null while the first-run path shows and nothing is due.
export function nextCard(next) {
  const { items, today } = next;
  if (!items.length && next.first_run.show) return null;
  const header = h('div', { class: 'card__header' },
    h('h2', { id: 'home-next-title', text: 'What to do next' }),
    items.length ? h('span', { class: 'muted small', text: `${items.length} ${items.length === 1 ? 'step' : 'steps'}` }) : null);
  const calendarLine = h('p', { class: 'small muted home-next__calendar' }, 'Reminders in your own calendar app: ',
    h('a', { href: '/calendar', 'data-link': true, text: 'the calendar feed' }), '.');
  if (!items.length) {
    return h('section', { class: 'card home-next', 'aria-labelledby': 'home-next-title' }, header,
      h('p', { class: 'home-next__empty', text: 'You are up to date: nothing is due right now. New steps appear here on the day they fall due.' }),
      calendarLine);
  }
  const rest = items.slice(SHOWN);
  return h('section', { class: 'card home-next', 'aria-labelledby': 'home-next-title' }, header,
    h('ol', { class: 'home-next__list' }, items.slice(0, SHOWN).map((item, i) => stepItem(item, today, i === 0))),
    rest.length
      ? h('details', { class: 'home-next__more' },
        h('summary', { text: `Show ${rest.length} more` }),
        h('ol', { class: 'home-next__list', start: SHOWN + 1 }, rest.map((item) => stepItem(item, today, false))))
      : null,
    h('p', { class: 'small muted', text: 'Overdue first, then by due date; checks with no date come last.' }),
    calendarLine);
}
