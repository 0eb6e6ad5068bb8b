// The year in monthly reviews (/journal/year/:year): twelve months side by side (alignment, balance average,
// weekly reflections, initiatives done, boundaries and routines kept), each change from the month before
// marked, so a slow drift shows.
import { h, pageHeader } from '../shared/dom.js';
import { lineChart } from '../values/charts.js';

const MONTH = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const monthName = (m) => MONTH.format(new Date(`${m.month}-01T00:00:00Z`));
const kept = (t) => (t && t.kept + t.slipped ? t.kept / (t.kept + t.slipped) : null);
const keptText = (t) => (t && t.kept + t.slipped ? `${t.kept} of ${t.kept + t.slipped}` : null);

// The rows: what each shows, how a cell reads, and the number its change is judged by (null: no arrow).
const ROWS = [
  { key: 'alignment', title: 'Alignment', about: 'Overall fit with the mission, 0 to 100: the review’s values check, else the month’s newest alignment snapshot.', text: (m) => m.alignment, trend: (m) => m.alignment },
  { key: 'balance', title: 'Balance', about: 'The mean of the life areas, 0 to 10: the review’s balance, else the month’s newest balance snapshot.', text: (m) => m.balance_average?.toFixed(1), trend: (m) => m.balance_average },
  { key: 'reflections', title: 'Weekly reflections', about: 'Weekly reflections dated in the month.', text: (m) => m.reflections, trend: (m) => m.reflections },
  { key: 'initiatives', title: 'Initiatives done', about: 'Initiatives the month’s review found done that month.', text: (m) => m.initiatives_done, trend: () => null },
  { key: 'boundaries', title: 'Boundaries kept', about: 'Of the boundaries the review marked, how many held.', text: (m) => keptText(m.boundaries), trend: (m) => kept(m.boundaries) },
  { key: 'self_care', title: 'Self-care kept', about: 'Of the self-care routines the review marked, how many were kept up.', text: (m) => keptText(m.self_care), trend: (m) => kept(m.self_care) },
];

// One row's cells, each marked up or down against the previous month that has a value; months still to come
// (after `thisMonth`) are blank.
function rowCells(row, months, thisMonth) {
  let before = null;
  return months.map((m) => {
    const future = m.month > thisMonth;
    const value = future ? null : row.trend(m);
    const text = future ? null : row.text(m);
    const change = value === null || value === undefined || before === null ? 0 : Math.sign(value - before);
    if (value !== null && value !== undefined) before = value;
    const word = change > 0 ? 'up' : change < 0 ? 'down' : null;
    return h('td', { class: `journal-year__cell${word ? ` journal-year__cell--${word}` : ''}` },
      text === null || text === undefined || (row.key === 'initiatives' && m.review_entry_id === null) ? h('span', { class: 'muted', text: '–' }) : String(text),
      word ? h('span', { class: 'journal-year__arrow', 'aria-hidden': 'true', text: word === 'up' ? ' ▲' : ' ▼' }) : null,
      word ? h('span', { class: 'visually-hidden', text: ` (${word} on the month before)` }) : null);
  });
}

function table(year) {
  return h('div', { class: 'journal-year__scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'year-table-caption' },
    h('table', { class: 'journal-year' },
      h('caption', { id: 'year-table-caption', class: 'visually-hidden', text: `${year.year} month by month` }),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Month' }), year.months.map((m) => h('th', { scope: 'col' }, monthName(m))))),
      h('tbody', {},
        h('tr', {}, h('th', { scope: 'row', text: 'Review' }), year.months.map((m) => h('td', { class: 'journal-year__cell' },
          m.review_entry_id ? h('a', { href: `/journal/${m.review_entry_id}`, 'data-link': true, 'aria-label': `Read the ${monthName(m)} review`, text: 'Read' }) : h('span', { class: 'muted', text: '–' })))),
        ROWS.map((row) => h('tr', { dataset: { row: row.key } }, h('th', { scope: 'row', text: row.title }), rowCells(row, year.months, year.this_month))))));
}

// One line on how the year moved: alignment and balance from the first month with a value to the last.
function drift(year) {
  const parts = [];
  const say = (n, what, unit) => `${what} ${n > 0 ? 'rose' : n < 0 ? 'fell' : 'held steady'}${n ? ` by ${Math.abs(n)}${unit}` : ''}`;
  if (year.alignment_change !== null) parts.push(say(year.alignment_change, 'alignment', ' points'));
  if (year.balance_change !== null) parts.push(say(Number(year.balance_change.toFixed(1)), 'balance', ''));
  const moved = parts.join(' and ');
  const counts = `${year.reviews} monthly review${year.reviews === 1 ? '' : 's'}, ${year.reflections} weekly reflection${year.reflections === 1 ? '' : 's'}.`;
  return h('p', { class: 'journal-year__drift' }, moved ? `${moved[0].toUpperCase()}${moved.slice(1)} from the first month with a score to the last. ` : '', counts);
}

export async function render(main, { data }) {
  const year = await data.year;
  const nav = h('nav', { class: 'journal-year__nav', 'aria-label': 'Other years' },
    h('a', { href: `/journal/year/${year.year - 1}`, 'data-link': true, text: `← ${year.year - 1}` }),
    h('a', { href: `/journal/year/${year.year + 1}`, 'data-link': true, text: `${year.year + 1} →` }));
  const scored = year.months.some((m) => m.alignment !== null);
  main.append(
    pageHeader(`${year.year}, month by month`, 'Your monthly reviews side by side, so a slow drift shows before it becomes a surprise. ▲ and ▼ mark a change from the month before.',
      [h('a', { href: '/journal', 'data-link': true, text: 'Journal' }), ' · The year in monthly reviews']),
    nav,
    h('section', { class: 'card', 'aria-labelledby': 'year-summary-title' },
      h('h2', { id: 'year-summary-title', text: 'Drift over the year' }), drift(year),
      scored ? lineChart({
        title: `Alignment by month, ${year.months.map((m) => `${monthName(m)} ${m.alignment ?? 'none'}`).join(', ')}`,
        // Every other month is labelled, and December: November's label would run into it.
        points: year.months.map((m, i) => ({ label: i === 10 ? '' : monthName(m) })), series: [{ name: 'Alignment', cls: 'overall', values: year.months.map((m) => m.alignment) }],
      }) : h('p', { class: 'small muted', text: 'No alignment score this year yet: the values check of a monthly review adds one.' })),
    h('section', { class: 'card', 'aria-labelledby': 'year-table-title' },
      h('h2', { id: 'year-table-title', text: 'Month by month' }), table(year),
      h('dl', { class: 'journal-year__about small' }, ROWS.map((row) => [h('dt', { text: row.title }), h('dd', { class: 'muted', text: row.about })]))),
    ...(year.reviews ? [] : [h('p', { class: 'small muted' }, 'No monthly review saved for this year yet. ', h('a', { href: '/journal/new/monthly', 'data-link': true, text: 'Write this month’s review' }), '.')]));
  return { title: `${year.year}, month by month` };
}
