// How a monthly review shows balance and alignment against last month: the averages and scores with their
// change, the wheel of this month over last month's, and the alignment trend (also on the saved review).
import { formatDate, h } from '../shared/dom.js';
import { lineChart, radarChart } from '../values/charts.js';
import { scoreDelta } from '../values/home-section.js';

const signed = (n) => (n > 0 ? `+${n}` : String(n));
const ratingsOf = (snapshot) => Object.fromEntries((snapshot?.ratings ?? []).map((r) => [r.area, r.rating]));

// "Average 7.2 (▲ +1.5 on last month)" for a comparison {average, previous_average, change}.
export function balanceLine(balance) {
  if (balance.average === null) return null;
  const change = balance.change;
  return h('p', { class: 'journal-review-figure' },
    h('strong', { text: `Average ${balance.average.toFixed(1)}` }),
    change === null ? null : h('span', {
      class: `journal-review-change${change > 0 ? ' journal-review-change--up' : change < 0 ? ' journal-review-change--down' : ''}`,
      text: ` ${change > 0 ? '▲ +' : change < 0 ? '▼ ' : '± '}${Math.abs(change).toFixed(1)} on last month (${balance.previous_average.toFixed(1)})`,
    }),
    h('span', { class: 'muted small', text: ' · the mean of the areas rated, 0 to 10' }));
}

// The wheel of `balance.current` over `balance.previous`, and each area's change (null with neither).
export function balanceCompared(balance) {
  const { current, previous } = balance;
  if (!current && !previous) return null;
  const layers = [];
  if (previous) layers.push({ name: `Last month, ${formatDate(previous.rated_on)}`, cls: 'previous', values: ratingsOf(previous) });
  if (current) layers.push({ name: `This review, ${formatDate(current.rated_on)}`, cls: 'latest', values: ratingsOf(current) });
  return h('div', { class: 'journal-review-wheel' },
    radarChart({ title: `Balance wheel: ${layers.map((l) => l.name).join(' over ')}`, axes: balance.areas.map((a) => a.area), layers }),
    h('ul', { class: 'values-legend' }, layers.map((l) => h('li', {},
      h('span', { class: `values-swatch values-swatch--${l.cls}`, 'aria-hidden': 'true' }), l.name))),
    h('ul', { class: 'journal-review-areas' }, balance.areas.map((a) => h('li', {},
      h('span', { class: 'journal-review-areas__name', text: a.area }),
      h('span', { class: 'journal-review-areas__values', text: `${a.previous ?? '–'} → ${a.current ?? '–'}` }),
      a.change ? h('span', { class: `journal-review-change journal-review-change--${a.change > 0 ? 'up' : 'down'}`, text: signed(a.change) }) : null))));
}

// The overall and core-values scores of the snapshots up to the month, as a line chart (null for none).
export function alignmentTrend(trend) {
  if (!trend.length) return null;
  return h('div', { class: 'journal-review-trend' },
    lineChart({
      title: `Alignment with the mission, ${trend.map((p) => `${formatDate(p.assessed_on)}: ${p.overall ?? 'no score'}`).join('; ')}`,
      points: trend.map((p) => ({ label: formatDate(p.assessed_on) })),
      series: [{ name: 'Core values', cls: 'values', values: trend.map((p) => p.values) }, { name: 'Overall', cls: 'overall', values: trend.map((p) => p.overall) }],
    }),
    h('ul', { class: 'values-legend' },
      h('li', {}, h('span', { class: 'values-swatch values-swatch--overall', 'aria-hidden': 'true' }), 'Overall'),
      h('li', {}, h('span', { class: 'values-swatch values-swatch--values', 'aria-hidden': 'true' }), 'Core values')));
}

// "62 of 100 overall (▼ 8 since 1 Feb 2026)" for the facts' alignment ({current, previous}).
export function alignmentLine({ current, previous }) {
  if (!current) return null;
  return h('p', { class: 'journal-review-figure' },
    h('strong', { text: `${current.overall ?? '—'} of 100 overall` }),
    current.values === null ? null : h('span', { text: ` · core values ${current.values}` }), ' ',
    previous ? scoreDelta(current.overall, previous.overall, previous.assessed_on) : null);
}
