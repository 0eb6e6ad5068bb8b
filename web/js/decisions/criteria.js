// The decision's criteria card: between 1 and 20, each optionally linked to a core value, with the note
// on core values no criterion covers and the button that turns core values into criteria.
import { h, replace, toast } from '../shared/dom.js';
import { MAX_CRITERIA, addCriterion, criterionHasData, removeCriterion } from './matrix.js';
import { nameAndDescription } from './options.js';

// After a change to the criteria: the cards that show them follow.
function redraw(page) {
  page.renderCriteria();
  page.renderWeights();
  page.renderScores();
  page.changed();
}

function coverageNote(page) {
  const { items: coreValues, missing } = page.core;
  if (coreValues.length === 0) {
    return h('p', { class: 'notice dec-values-note' },
      missing ? 'Your core values are not available yet. ' : 'You have not chosen your core values yet. ',
      'Sort your values on the ', h('a', { href: '/values', 'data-link': true, text: 'Values page' }),
      ' first; then one click here turns each core value into a criterion.');
  }
  const uncovered = coreValues.filter((v) => !page.state.criteria.some((c) => c.value_id === v.id));
  if (uncovered.length === 0) return h('p', { class: 'small dec-covered', text: 'Every one of your core values has a criterion.' });
  return h('p', { class: 'notice warning dec-values-note' },
    h('strong', { text: uncovered.length === 1 ? 'A core value no criterion covers: ' : 'Core values no criterion covers: ' }),
    uncovered.map((v) => v.name).join(', '),
    '. Link a criterion to it, or add it with the button above.');
}

function valueSelect(page, criterion, i, coverage) {
  const coreValues = page.core.items;
  const select = h('select', { id: `dec-criterion-${i}-value`, 'data-field': `criteria[${i}].value_id` },
    h('option', { value: '', text: 'Not linked' }),
    coreValues.map((v) => h('option', { value: String(v.id), text: `${v.rank}. ${v.name}` })),
    criterion.value_id && !coreValues.some((v) => v.id === criterion.value_id)
      ? h('option', { value: String(criterion.value_id), text: 'A value no longer among my core values' }) : null);
  select.value = criterion.value_id ? String(criterion.value_id) : '';
  select.addEventListener('change', () => {
    page.state.criteria[i].value_id = select.value ? Number(select.value) : null;
    page.changed({ preview: false });
    replace(coverage, coverageNote(page));
  });
  return select;
}

function criterionRow(page, criterion, i, coverage) {
  const { state } = page;
  const lower = h('input', { type: 'checkbox', id: `dec-criterion-${i}-lower`, 'data-field': `criteria[${i}].lower_is_better` });
  lower.checked = criterion.lower_is_better;
  lower.addEventListener('change', () => { state.criteria[i].lower_is_better = lower.checked; page.renderScores(); page.changed(); });
  const value = valueSelect(page, criterion, i, coverage);
  return h('li', { class: 'dec-item dec-item--criterion' },
    nameAndDescription(page, 'criteria', i, { label: `Criterion ${i + 1}`, describe: 'What it means here (optional)', onRename: () => { page.renderWeights(); page.renderScores(); } }),
    h('div', { class: 'dec-item__value' }, h('label', { for: value.id, text: 'Core value' }), value),
    h('div', { class: 'dec-item__lower' }, lower, h('label', { for: lower.id, text: 'Lower is better (e.g. cost, commute)' })),
    h('button', {
      type: 'button', class: 'link danger dec-item__remove', text: 'Remove', disabled: state.criteria.length <= 1,
      'aria-label': `Remove criterion ${criterion.name || i + 1}`, onclick: () => remove(page, i),
    }));
}

function add(page) {
  addCriterion(page.state);
  redraw(page);
  page.areas.criteria.querySelector(`#dec-criterion-${page.state.criteria.length - 1}-name`)?.focus();
}

function remove(page, k) {
  const { state } = page;
  if (criterionHasData(state, k) && !window.confirm(`Remove "${state.criteria[k].name || `Criterion ${k + 1}`}" and its scores?`)) return;
  removeCriterion(state, k);
  redraw(page);
}

// One criterion per core value not yet covered (a criterion of the same name is linked instead).
function criteriaFromValues(page) {
  const { state } = page;
  const coreValues = page.core.items;
  if (coreValues.length === 0) {
    toast('Sort your values on the Values page first.');
    page.areas.criteria.querySelector('.dec-values-note a')?.focus();
    return;
  }
  // The untouched starting criterion of a blank decision makes way.
  const only = state.criteria[0];
  if (state.criteria.length === 1 && only.name === 'First criterion' && !only.value_id && !criterionHasData(state, 0)) removeCriterion(state, 0);
  let added = 0;
  let skipped = 0;
  for (const v of coreValues) {
    if (state.criteria.some((c) => c.value_id === v.id)) continue;
    const named = state.criteria.find((c) => c.name.trim().toLowerCase() === v.name.toLowerCase());
    if (named) { named.value_id = v.id; continue; }
    if (state.criteria.length >= MAX_CRITERIA) { skipped += 1; continue; }
    addCriterion(state, { name: v.name, description: (v.meaning || v.definition || '').slice(0, 1000), lower_is_better: false, points: 10, value_id: v.id });
    added += 1;
  }
  redraw(page);
  toast(added ? `Added ${added} ${added === 1 ? 'criterion' : 'criteria'} from your core values` : 'Every core value already has a criterion');
  if (skipped) toast(`${skipped} more did not fit: at most ${MAX_CRITERIA} criteria`);
}

export function renderCriteria(page) {
  const { state } = page;
  const coverage = h('div');
  const rows = state.criteria.map((criterion, i) => criterionRow(page, criterion, i, coverage));
  replace(coverage, coverageNote(page));
  replace(page.areas.criteria,
    h('p', { class: 'hint', text: 'Between 1 and 20: what the options are judged on. The best criteria come from your own core values.' }),
    h('ol', { class: 'dec-items' }, rows),
    h('div', { class: 'dec-actions' },
      h('button', { type: 'button', text: 'Add a criterion', disabled: state.criteria.length >= MAX_CRITERIA, onclick: () => add(page) }),
      h('button', { type: 'button', text: 'Criteria from my core values', onclick: () => criteriaFromValues(page) })),
    coverage);
}
