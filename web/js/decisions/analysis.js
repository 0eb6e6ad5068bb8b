// The analysis as the page shows it: the plain sentences, and options side by side as stacked bars.
import { h } from '../shared/dom.js';
import { pct } from './common.js';

// Okabe and Ito's colours, told apart with any kind of colour vision (grey instead of black, to show on a
// dark page), each with the text colour that reads on it; criteria beyond eight repeat them with stripes,
// then dots. Every segment also carries its criterion's number, so colour is never the only clue.
const PALETTE = Object.freeze([
  ['#e69f00', '#000'], ['#56b4e9', '#000'], ['#009e73', '#000'], ['#f0e442', '#000'],
  ['#0072b2', '#fff'], ['#d55e00', '#000'], ['#cc79a7', '#000'], ['#999999', '#000'],
]);
const PATTERNS = Object.freeze([
  '',
  'repeating-linear-gradient(135deg, rgb(255 255 255 / 55%) 0 3px, transparent 3px 8px), ',
  'radial-gradient(circle, rgb(255 255 255 / 65%) 1.6px, transparent 2px) 0 0 / 7px 7px, ',
]);

// Paints `el` as criterion `index` (0-based) paints: background colour, pattern and the text colour on it.
function paintCriterion(el, index) {
  const [colour, text] = PALETTE[index % PALETTE.length];
  el.style.background = `${PATTERNS[Math.floor(index / PALETTE.length) % PATTERNS.length]}${colour}`;
  el.style.color = text;
}

// The segment of criterion `c` in an option's bar: its number inside when there is room (6% or more of the
// 12rem bar fits the 0.625rem digits).
function barSegment(c, name, value) {
  const segment = h('span', { class: 'dec-bar__segment', title: `${c + 1}. ${name}: ${pct(value)}`, text: value >= 6 ? String(c + 1) : '' });
  // Heights are data, so they are set from script (CSP allows element.style).
  segment.style.height = `${value}%`;
  paintCriterion(segment, c);
  return segment;
}

function lead(analysis) {
  if (!analysis.complete) return { tone: 'warning', text: analysis.findings[0] };
  if (analysis.winner === null) return { tone: 'warning', text: analysis.findings[0] };
  return { tone: analysis.close_call ? 'warning' : 'success', text: analysis.findings[0] };
}

// The findings: the headline first, then every other sentence.
export function findingsBlock(analysis) {
  const first = lead(analysis);
  return h('div', { class: 'dec-findings' },
    h('p', { class: `dec-lead dec-lead--${first.tone}`, text: first.text }),
    analysis.findings.length > 1
      ? h('ul', { class: 'dec-findings__list' }, analysis.findings.slice(1).map((f) => h('li', { text: f })))
      : null,
    h('p', { class: 'small muted', text: 'Totals are percentages of an ideal option that scores 10 on every criterion (a lower-is-better score counts in reverse). A lead under 10% of the ideal is a close call; the sentences on weights say how far each weight can move before the winner changes.' }));
}

// Options as columns: each bar is the option's total, split into what each criterion contributes.
export function sideBySide(analysis, options, criteria) {
  const winner = analysis.winner;
  const columns = options.map((option, o) => {
    const total = analysis.totals[o]?.percent;
    const segments = (analysis.contributions[o] ?? []).map((value, c) => (
      value === null || value <= 0 ? null : barSegment(c, criteria[c]?.name ?? '', value)));
    const bar = h('div', { class: 'dec-bar', 'aria-hidden': 'true' }, segments);
    return h('div', { class: `dec-column${o === winner ? ' dec-column--winner' : ''}` },
      h('span', { class: 'dec-column__total', text: total === null || total === undefined ? '—' : pct(total) }),
      h('div', { class: 'dec-column__track' }, bar),
      h('span', { class: 'dec-column__name', text: option.name || `Option ${o + 1}` }),
      o === winner ? h('span', { class: 'dec-column__tag', text: 'Winner' }) : null);
  });
  const legend = h('ol', { class: 'dec-legend', 'aria-hidden': 'true' }, criteria.map((c, i) => {
    const swatch = h('span', { class: 'dec-legend__swatch', text: String(i + 1) });
    paintCriterion(swatch, i);
    return h('li', {}, swatch, `${c.name} (weight ${pct((analysis.weights[i] ?? 0) * 100)})`);
  }));
  const table = () => h('table', { class: 'dec-contrib' },
    h('caption', { text: 'What each criterion contributes to each option\u2019s total, in % of the ideal' }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Criterion' }), options.map((o) => h('th', { scope: 'col', text: o.name })))),
    h('tbody', {},
      criteria.map((c, ci) => h('tr', {}, h('th', { scope: 'row', text: c.name }),
        options.map((_, o) => {
          const v = analysis.contributions[o]?.[ci];
          return h('td', { text: v === null || v === undefined ? '—' : pct(v) });
        }))),
      h('tr', { class: 'dec-contrib__total' }, h('th', { scope: 'row', text: 'Total' }),
        options.map((_, o) => {
          const t = analysis.totals[o]?.percent;
          return h('td', { text: t === null || t === undefined ? '—' : pct(t) });
        }))));
  // The table is built when first opened: a 20 x 20 decision has 400 cells.
  const tableArea = h('div', { class: 'dec-scroll', tabindex: '0', role: 'region', 'aria-label': 'Contributions table' });
  const details = h('details', { class: 'dec-contrib-details' }, h('summary', { text: 'Show the contributions as numbers' }), tableArea);
  details.addEventListener('toggle', () => { if (details.open && !tableArea.firstChild) tableArea.append(table()); });
  return h('div', { class: 'dec-side' },
    h('div', { class: 'dec-chart', role: 'img', 'aria-label': `Totals: ${options.map((o, i) => `${o.name} ${analysis.totals[i]?.percent == null ? 'not scored' : pct(analysis.totals[i].percent)}`).join(', ')}` }, columns),
    legend,
    details);
}
