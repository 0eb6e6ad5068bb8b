// Pairwise weighting (AHP, Saaty's 1-9 scale): a choice for every pair of criteria; with many criteria
// one group per criterion, each built when first opened so the page stays fast.
import { h } from '../shared/dom.js';
import { criterionName, pairKey } from './matrix.js';

const GROUP_PAIRS_ABOVE = 6;  // criteria; 15 pairs or fewer are shown as one list
const VERBAL = { 2: 'slightly', 3: 'moderately', 4: 'moderately to strongly', 5: 'strongly', 6: 'strongly to very strongly', 7: 'very strongly', 8: 'very to extremely', 9: 'extremely' };

function judgementLabel(value, a, b) {
  if (value === 1) return 'Equally important (1)';
  const k = Math.abs(value);
  return `${value > 0 ? a : b} is ${VERBAL[k]} more important (${k})`;
}

const answeredBelow = (state, i) => state.criteria.slice(i + 1).filter((_, d) => state.comparisons[pairKey(i, i + 1 + d)] !== undefined).length;

// The API names a bad comparison by its index among the answered ones, in pair order.
function answeredIndex(state) {
  const index = {};
  Object.keys(state.comparisons).map((key) => key.split('-').map(Number))
    .sort((x, y) => x[0] - y[0] || x[1] - y[1])
    .forEach(([i, j], k) => { index[pairKey(i, j)] = k; });
  return index;
}

function pairRow(page, i, j, answered) {
  const { state } = page;
  const a = criterionName(state, i);
  const b = criterionName(state, j);
  const key = pairKey(i, j);
  const select = h('select', { id: `dec-pair-${i}-${j}`, 'data-field': key in answered ? `comparisons[${answered[key]}].judgement` : null },
    h('option', { value: '', text: 'Not compared yet (counts as equal)' }),
    [9, 8, 7, 6, 5, 4, 3, 2].map((n) => h('option', { value: String(n), text: judgementLabel(n, a, b) })),
    h('option', { value: '1', text: judgementLabel(1, a, b) }),
    [2, 3, 4, 5, 6, 7, 8, 9].map((n) => h('option', { value: String(-n), text: judgementLabel(-n, a, b) })));
  select.value = state.comparisons[key] === undefined ? '' : String(state.comparisons[key]);
  select.addEventListener('change', () => {
    if (select.value === '') delete state.comparisons[key];
    else state.comparisons[key] = Number(select.value);
    const count = page.areas.weights.querySelector(`[data-group-count="${i}"]`);
    if (count) count.textContent = `${answeredBelow(state, i)} of ${state.criteria.length - 1 - i} compared`;
    page.changed();
  });
  return h('li', {}, h('label', { for: select.id }, h('span', { text: a }), h('span', { class: 'muted', text: ' or ' }), h('span', { text: b })), select);
}

function pairGroup(page, i, answered) {
  const { state } = page;
  const n = state.criteria.length;
  const list = h('ol', { class: 'dec-pairs' });
  const group = h('details', { class: 'dec-pair-group' },
    h('summary', {}, h('span', { text: `${criterionName(state, i)} compared with the criteria below it` }), ' ',
      h('span', { class: 'small muted', dataset: { groupCount: String(i) }, text: `${answeredBelow(state, i)} of ${n - 1 - i} compared` })),
    list);
  group.addEventListener('toggle', () => {
    if (!group.open || list.childElementCount) return;
    for (let j = i + 1; j < n; j += 1) list.append(pairRow(page, i, j, answered));
  });
  return group;
}

// The comparisons for `page.state` (at least two criteria).
export function pairwise(page) {
  const n = page.state.criteria.length;
  const answered = answeredIndex(page.state);
  let pairs;
  if (n <= GROUP_PAIRS_ABOVE) {
    const rows = [];
    for (let i = 0; i < n; i += 1) for (let j = i + 1; j < n; j += 1) rows.push(pairRow(page, i, j, answered));
    pairs = h('ol', { class: 'dec-pairs' }, rows);
  } else {
    pairs = h('div', { class: 'dec-pair-groups' }, page.state.criteria.slice(0, -1).map((_, i) => pairGroup(page, i, answered)));
  }
  return [
    h('p', { class: 'hint', text: 'For each pair, which matters more to you in this decision, and how much more: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely.' }),
    pairs,
  ];
}
