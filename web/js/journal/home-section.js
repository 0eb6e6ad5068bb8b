// The journal's section on Home: whether this week's reflection is done, the streak, and when the monthly
// review comes (starting what is due is in Home's "What to do next").
import { WEEKDAY_DATE as DAY, formatDate, h } from '../shared/dom.js';
import { weekStrip } from './cadence.js';

export async function journalHomeSection(data) {
  const c = await data.cadence;
  const w = c.weekly;
  const m = c.monthly;
  const streakText = w.current_streak > 0
    ? `${w.current_streak}-week streak`
    : 'No streak yet';
  return h('section', { class: 'card journal-home', 'aria-labelledby': 'journal-home-title' },
    h('div', { class: 'card__header' },
      h('h2', { id: 'journal-home-title', text: 'Reflection' }),
      h('a', { href: '/journal', 'data-link': true, text: 'Journal' })),
    h('div', { class: 'journal-home__row' },
      h('div', {},
        h('p', { class: 'journal-home__status', 'data-state': w.done_this_week ? 'done' : 'open' },
          w.done_this_week ? '✓ This week’s reflection is done.' : `Week ${c.week.week}: no reflection yet.`),
        h('p', { class: 'muted small' },
          h('strong', { class: 'journal-home__streak', text: streakText }),
          ` · ${w.weeks_in_last_12} of the last 12 weeks reflected. A week counts once it has a weekly reflection.`)),
      w.done_this_week ? h('a', { class: 'button', href: `/journal/${w.entry_id}`, 'data-link': true, text: 'Read it' }) : null),
    weekStrip(w.recent),
    h('p', { class: 'journal-home__month' },
      m.done_this_month
        ? h('span', { text: '✓ This month’s review is done.' })
        : h('span', { class: 'muted', text: m.due ? 'This month’s review is due.' : `Next monthly review: from ${formatDate(m.due_from, DAY)}.` })));
}
