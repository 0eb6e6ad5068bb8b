// The decision's weights card: points per criterion (shown as percentages), or comparisons in pairs with
// the resulting weights and their consistency ratio from the server's analysis.
import { h, replace } from '../shared/dom.js';
import { pct } from './common.js';
import { criterionName } from './matrix.js';
import { pairwise } from './pairs.js';

const METHODS = [
  ['direct', 'Give points', 'Points per criterion, shown as percentages.'],
  ['pairwise', 'Compare in pairs', 'Which of two matters more, and how much (AHP, Saaty\u2019s 1-9 scale).'],
];

function directPercents(state) {
  const usable = (c) => Number.isFinite(c.points) && c.points > 0;
  const sum = state.criteria.reduce((s, c) => s + (usable(c) ? c.points : 0), 0);
  return state.criteria.map((c) => (sum > 0 && usable(c) ? (c.points / sum) * 100 : 0));
}

function updateDirectPercents(page) {
  const percents = directPercents(page.state);
  const area = page.areas.weights;
  area.querySelectorAll('[data-percent]').forEach((el) => { el.textContent = pct(percents[Number(el.dataset.percent)] ?? 0); });
  area.querySelectorAll('[data-bar]').forEach((el) => { el.style.width = `${percents[Number(el.dataset.bar)] ?? 0}%`; });
}

function weightBar(percent, dataset) {
  const fill = h('span', { class: 'dec-weight-bar__fill', dataset });
  fill.style.width = `${percent}%`;
  return h('span', { class: 'dec-weight-bar', 'aria-hidden': 'true' }, fill);
}

function points(page) {
  const percents = directPercents(page.state);
  const list = h('ul', { class: 'dec-points' }, page.state.criteria.map((c, i) => {
    const input = h('input', { type: 'number', id: `dec-points-${i}`, min: 0, max: 100, step: 1, inputmode: 'decimal', 'data-field': `criteria[${i}].points` });
    input.value = String(c.points);
    input.addEventListener('input', () => {
      const v = input.value === '' ? 0 : Number(input.value);
      page.state.criteria[i].points = Number.isFinite(v) ? v : 0;
      updateDirectPercents(page);
      page.changed();
    });
    return h('li', {},
      h('label', { for: input.id, text: criterionName(page.state, i) }),
      input,
      weightBar(percents[i], { bar: String(i) }),
      h('output', { for: input.id, class: 'dec-weight-percent', dataset: { percent: String(i) }, text: pct(percents[i]) }));
  }));
  return [h('p', { class: 'hint', text: 'Give each criterion 0 to 100 points; what counts is how they compare. At least one needs more than 0.' }), list];
}

// The weights that the comparisons come to, and how consistent they are (pairwise only).
export function renderWeightsInfo(page) {
  const { state, analysis } = page;
  const info = page.areas.weightsInfo;
  if (state.weighting !== 'pairwise' || !analysis || analysis.weighting !== 'pairwise') {
    replace(info);
    return;
  }
  const c = analysis.consistency;
  const sentence = analysis.findings.find((f) => f.startsWith('The comparisons'));
  replace(info,
    h('h3', { text: 'Resulting weights' }),
    h('ul', { class: 'dec-weights-list' }, state.criteria.map((_, i) => h('li', {},
      h('span', { class: 'dec-weight-name', text: criterionName(state, i) }),
      weightBar((analysis.weights[i] ?? 0) * 100),
      h('span', { class: 'dec-weight-percent', text: pct((analysis.weights[i] ?? 0) * 100) })))),
    c?.consistency_ratio === null || c?.consistency_ratio === undefined
      ? h('p', { class: 'small muted', text: 'With one or two criteria the comparisons cannot contradict each other, so there is no consistency ratio.' })
      : h('p', { class: `dec-consistency ${c.acceptable ? 'dec-consistency--ok' : 'notice warning'}`, role: c.acceptable ? null : 'note' },
        h('strong', { text: `Consistency ratio ${c.consistency_ratio.toFixed(2)}` }), ` (at most ${c.max_consistency_ratio.toFixed(2)} is consistent). `, sentence ?? ''),
    h('p', { class: 'small muted', text: `Weights come from the principal eigenvector of your comparisons (AHP). The consistency ratio compares how much your answers contradict each other with random answers: their consistency index divided by the random index${c?.random_index ? ` for ${state.criteria.length} criteria (${c.random_index.toFixed(2)})` : ''}, from Saaty\u2019s revised table (2000) for up to 15 criteria and our own estimates, made the same way, for 16 to 20.` }));
}

export function renderWeights(page) {
  const { state } = page;
  const method = h('div', { class: 'dec-method', role: 'radiogroup', 'aria-label': 'How to weigh the criteria' },
    METHODS.map(([value, label, hint]) => {
      const radio = h('input', { type: 'radio', name: 'weighting', id: `dec-weighting-${value}`, value, 'data-field': value === 'direct' ? 'weighting' : null });
      radio.checked = state.weighting === value;
      radio.addEventListener('change', () => { state.weighting = value; renderWeights(page); page.changed(); });
      return h('div', { class: 'dec-method__choice' }, radio, h('label', { for: radio.id }, h('strong', { text: label }), h('span', { class: 'small muted', text: ` ${hint}` })));
    }));
  let body;
  if (state.weighting === 'direct') body = points(page);
  else if (state.criteria.length < 2) body = h('p', { class: 'muted', text: 'Add a second criterion to compare criteria in pairs.' });
  else body = pairwise(page);
  replace(page.areas.weights, method, body, page.areas.weightsInfo);
  renderWeightsInfo(page);
}
