// The weekly reflection cadence as a small block: streak, weeks reflected out of 12, and a 12-week strip.
import { WEEKDAY_DATE as DAY, formatDate, h } from '../shared/dom.js';

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

// A line of 12 squares, oldest first; filled squares are weeks with a weekly reflection.
export function weekStrip(recent) {
  return h('ol', { class: 'journal-week-strip', 'aria-label': 'The last 12 weeks, oldest first' },
    recent.map((w, i) => h('li', {
      class: `journal-week-strip__week${w.done ? ' journal-week-strip__week--done' : ''}${i === recent.length - 1 ? ' journal-week-strip__week--current' : ''}`,
      title: `Week ${w.week}, ${w.year} (from ${formatDate(w.monday, DAY)}): ${w.done ? 'reflected' : 'no reflection'}`,
    }, h('span', { class: 'visually-hidden', text: `Week ${w.week}: ${w.done ? 'reflected' : 'no reflection'}` }))));
}

export function streakSummary(cadence) {
  const w = cadence.weekly;
  return h('div', { class: 'journal-streak' },
    h('p', { class: 'journal-streak__figures' },
      h('strong', { class: 'journal-streak__number', 'data-testid': 'streak', text: plural(w.current_streak, 'week', 'weeks') }),
      h('span', { text: ' in a row' }),
      h('span', { class: 'muted', text: ` · ${w.weeks_in_last_12} of the last 12 weeks` })),
    weekStrip(w.recent),
    h('p', { class: 'muted small', text: `A streak counts consecutive weeks (Monday to Sunday) with a weekly reflection; this week only counts against it once it is over. Longest so far: ${plural(w.longest_streak, 'week', 'weeks')}.` }));
}
