// One decision: title and context, options, criteria (linked to core values), weights (points or
// pairwise), scores with notes, the server's analysis, the choice actually made and the later review.
import { del, get, post, put } from '../api.js';
import { navigate } from '../app.js';
import { formatDateTime, h, replace, toast } from '../dom.js';
import { draftStore } from '../draft.js';
import { onSaveShortcut, showSaveError } from '../editor.js';
import { findingsBlock, sideBySide } from '../decisions/analysis.js';
import { addMonths, dateElement, formatDate, pct, statusBadge } from '../decisions/common.js';

const MAX_OPTIONS = 20;
const MAX_CRITERIA = 20;
const PREVIEW_DELAY_MS = 250;
const GROUP_PAIRS_ABOVE = 6;  // criteria; 15 pairs or fewer are shown as one list
const VERBAL = { 2: 'slightly', 3: 'moderately', 4: 'moderately to strongly', 5: 'strongly', 6: 'strongly to very strongly', 7: 'very strongly', 8: 'very to extremely', 9: 'extremely' };
const REVIEW_CHOICES = [
  { key: '3', label: 'In 3 months', months: 3 },
  { key: '6', label: 'In 6 months', months: 6 },
  { key: '12', label: 'In 12 months', months: 12 },
  { key: 'date', label: 'On a date I choose' },
  { key: 'none', label: 'No review date' },
];

const pairKey = (i, j) => `${i}-${j}`;

// The editable part of a decision as the page keeps it (comparisons keyed "i-j" with i < j).
function toState(d) {
  const comparisons = {};
  for (const c of d.comparisons) comparisons[pairKey(c.first, c.second)] = c.judgement;
  return {
    title: d.title,
    context: d.context,
    deadline: d.deadline ?? '',
    options: d.options.map((o) => ({ name: o.name, description: o.description })),
    criteria: d.criteria.map((c) => ({ name: c.name, description: c.description, lower_is_better: c.lower_is_better, points: c.points, value_id: c.value_id })),
    scores: d.scores.map((row) => row.map((cell) => ({ score: cell.score, note: cell.note }))),
    weighting: d.weighting,
    comparisons,
  };
}

// The request body for PUT /api/decisions/:id and POST /api/decisions/analyse.
function toBody(s) {
  const comparisons = Object.entries(s.comparisons)
    .map(([key, judgement]) => { const [first, second] = key.split('-').map(Number); return { first, second, judgement }; })
    .sort((a, b) => a.first - b.first || a.second - b.second);
  return {
    title: s.title.trim(),
    context: s.context,
    deadline: s.deadline || null,
    options: s.options.map((o) => ({ name: o.name.trim(), description: o.description })),
    criteria: s.criteria.map((c) => ({ name: c.name.trim(), description: c.description, lower_is_better: c.lower_is_better, points: c.points, value_id: c.value_id ?? null })),
    scores: s.options.map((_, o) => s.criteria.map((__, c) => {
      const cell = s.scores[o]?.[c] ?? { score: null, note: '' };
      return { score: cell.score ?? null, note: cell.note ?? '' };
    })),
    weighting: s.weighting,
    comparisons,
  };
}

const same = (a, b) => JSON.stringify(toBody(a)) === JSON.stringify(toBody(b));

function judgementLabel(value, a, b) {
  if (value === 1) return 'Equally important (1)';
  const k = Math.abs(value);
  return `${value > 0 ? a : b} is ${VERBAL[k]} more important (${k})`;
}

export async function render(main, params) {
  const id = Number(params.id);
  const [loaded, core] = await Promise.all([
    get(`/api/decisions/${encodeURIComponent(params.id)}`),
    get('/api/values/core').then((r) => ({ items: r.items ?? [], missing: false })).catch(() => ({ items: [], missing: true })),
  ]);
  const coreValues = core.items;
  const drafts = draftStore(`decision.${id}`);
  let server = loaded;
  let saved = toState(server);
  let state = toState(server);
  let baseVersion = server.version;
  let analysis = server.analysis;
  let saving = false;
  let previewTimer = null;
  let previewSeq = 0;
  let editingRecord = false;
  let editingReview = false;

  const locked = () => server.status !== 'open';
  const isDirty = () => !locked() && !same(state, saved);

  // ---- Elements that live for the whole page ----
  const header = h('div', { class: 'page-header dec-header' });
  const noticeArea = h('div');
  const aboutArea = h('div');
  const optionsArea = h('div');
  const criteriaArea = h('div');
  const weightsArea = h('div');
  const scoresArea = h('div');
  const analysisArea = h('div', { 'aria-live': 'polite' });
  const recordArea = h('div');
  const reviewArea = h('div');
  const saveState = h('span', { class: 'save-state', role: 'status', 'aria-live': 'polite' });
  const saveButton = h('button', { type: 'submit', class: 'primary', text: 'Save' });
  const errorSummary = h('p', { class: 'field-error dec-error-summary', role: 'alert' });
  const editors = h('fieldset', { class: 'dec-editors' },
    h('legend', { class: 'visually-hidden', text: 'The decision matrix' }),
    h('section', { class: 'card', 'aria-labelledby': 'dec-about-title' }, h('h2', { id: 'dec-about-title', text: 'The decision' }), aboutArea),
    h('section', { class: 'card', 'aria-labelledby': 'dec-options-title' }, h('h2', { id: 'dec-options-title', text: 'Options' }), optionsArea),
    h('section', { class: 'card', 'aria-labelledby': 'dec-criteria-title' }, h('h2', { id: 'dec-criteria-title', text: 'Criteria' }), criteriaArea),
    h('section', { class: 'card', 'aria-labelledby': 'dec-weights-title' }, h('h2', { id: 'dec-weights-title', text: 'Weights' }), weightsArea),
    h('section', { class: 'card', 'aria-labelledby': 'dec-scores-title' }, h('h2', { id: 'dec-scores-title', text: 'Scores' }), scoresArea));
  const saveBar = h('div', { class: 'save-bar' }, saveButton, saveState, errorSummary,
    h('span', { class: 'shortcut muted small' }, h('kbd', { text: 'Ctrl' }), ' + ', h('kbd', { text: 'S' }), ' saves'));
  const form = h('form', { novalidate: true, 'aria-label': 'Decision matrix' }, editors, saveBar);

  // The dialog for a cell's note (one for the page).
  const noteText = h('textarea', { id: 'dec-note-text', rows: 4, maxlength: 500 });
  const noteLabel = h('label', { for: 'dec-note-text' });
  const noteDialog = h('dialog', { class: 'dec-note-dialog', 'aria-labelledby': 'dec-note-title' },
    h('form', { method: 'dialog' },
      h('h2', { id: 'dec-note-title', text: 'Note on this score' }),
      h('div', { class: 'field' }, noteLabel, h('p', { class: 'hint', text: 'Why this score? A fact, a doubt, a source. At most 500 characters.' }), noteText),
      h('div', { class: 'actions' },
        h('button', { value: 'save', class: 'primary', text: 'Keep note' }),
        h('button', { value: 'cancel', formnovalidate: true, text: 'Cancel' }))));
  let noteTarget = null;
  noteDialog.addEventListener('close', () => {
    if (noteDialog.returnValue === 'save' && noteTarget) {
      const { o, c, button } = noteTarget;
      state.scores[o][c].note = noteText.value;
      button.classList.toggle('has-note', Boolean(noteText.value.trim()));
      button.setAttribute('aria-pressed', String(Boolean(noteText.value.trim())));
      changed();
    }
    noteTarget?.button.focus();
    noteTarget = null;
  });

  // ---- Small helpers ----
  function showState(kind, text) {
    saveState.dataset.state = kind;
    saveState.textContent = text;
  }

  function refreshState() {
    if (saving) return;
    if (locked()) showState('saved', `Saved · ${formatDateTime(server.updated_at)}`);
    else if (isDirty()) showState('dirty', 'Unsaved changes');
    else showState('saved', `Saved · ${formatDateTime(server.updated_at)}`);
  }

  function changed({ preview = true } = {}) {
    if (isDirty()) drafts.save(state, baseVersion);
    else drafts.clear();
    refreshState();
    if (preview) schedulePreview();
  }

  function clearErrors() {
    errorSummary.textContent = '';
    for (const el of form.querySelectorAll('[aria-invalid="true"]')) el.removeAttribute('aria-invalid');
  }

  function showFieldError(field, message) {
    errorSummary.textContent = message;
    const el = field ? form.querySelector(`[data-field="${CSS.escape(field)}"]`) : null;
    if (el) {
      el.setAttribute('aria-invalid', 'true');
      el.focus();
    }
    return true;  // the message is always shown in the summary
  }

  function textField({ id: fieldId, label, hint, value, onInput, dataField, multiline, max, type = 'text' }) {
    const control = multiline
      ? h('textarea', { id: fieldId, rows: 3, maxlength: max, 'data-field': dataField })
      : h('input', { type, id: fieldId, maxlength: type === 'text' ? max : null, 'data-field': dataField });
    control.value = value ?? '';
    control.addEventListener('input', () => onInput(control.value));
    return h('div', { class: 'field' },
      h('label', { for: fieldId, text: label }),
      hint ? h('p', { class: 'hint', id: `${fieldId}-hint`, text: hint }) : null,
      control);
  }

  // ---- The decision: title, context, deadline ----
  function renderAbout() {
    replace(aboutArea,
      textField({ id: 'dec-title', label: 'Title', value: state.title, dataField: 'title', max: 200,
        onInput: (v) => { state.title = v; changed({ preview: false }); } }),
      textField({ id: 'dec-context', label: 'Context', hint: 'What is at stake, who else it touches, what you already know.', value: state.context, dataField: 'context', multiline: true, max: 4000,
        onInput: (v) => { state.context = v; changed({ preview: false }); } }),
      h('div', { class: 'field dec-deadline' },
        textField({ id: 'dec-deadline', label: 'Decide by (optional)', value: state.deadline, dataField: 'deadline', type: 'date',
          onInput: (v) => { state.deadline = v; changed({ preview: false }); } })));
  }

  // ---- Options ----
  function renderOptions() {
    const rows = state.options.map((option, i) => {
      const name = h('input', { type: 'text', id: `dec-option-${i}-name`, value: option.name, maxlength: 120, 'data-field': `options[${i}].name`, required: true });
      name.addEventListener('input', () => { state.options[i].name = name.value; changed(); });
      name.addEventListener('change', () => { renderScores(); renderRecord(); });
      const description = h('input', { type: 'text', id: `dec-option-${i}-description`, value: option.description, maxlength: 1000, 'data-field': `options[${i}].description` });
      description.addEventListener('input', () => { state.options[i].description = description.value; changed({ preview: false }); });
      return h('li', { class: 'dec-item' },
        h('div', { class: 'dec-item__name' }, h('label', { for: name.id, text: `Option ${i + 1}` }), name),
        h('div', { class: 'dec-item__description' }, h('label', { for: description.id, text: 'Description (optional)' }), description),
        h('button', {
          type: 'button', class: 'link danger dec-item__remove', text: 'Remove', disabled: state.options.length <= 2,
          'aria-label': `Remove option ${option.name || i + 1}`,
          onclick: () => removeOption(i),
        }));
    });
    replace(optionsArea,
      h('p', { class: 'hint', text: 'Between 2 and 20. Keep "decline" or "stay as I am" as an option: not changing is a real choice and deserves the same scrutiny.' }),
      h('ol', { class: 'dec-items' }, rows),
      h('button', { type: 'button', text: 'Add an option', disabled: state.options.length >= MAX_OPTIONS, onclick: addOption }));
  }

  function addOption() {
    state.options.push({ name: '', description: '' });
    state.scores.push(state.criteria.map(() => ({ score: null, note: '' })));
    renderOptions();
    renderScores();
    changed();
    optionsArea.querySelector(`#dec-option-${state.options.length - 1}-name`)?.focus();
  }

  function removeOption(i) {
    const hasData = state.scores[i]?.some((cell) => cell.score !== null || cell.note);
    if (hasData && !window.confirm(`Remove "${state.options[i].name || `Option ${i + 1}`}" and its scores?`)) return;
    state.options.splice(i, 1);
    state.scores.splice(i, 1);
    renderOptions();
    renderScores();
    renderRecord();
    changed();
  }

  // ---- Criteria ----
  function coverageNote() {
    if (coreValues.length === 0) {
      return h('p', { class: 'notice dec-values-note' },
        core.missing ? 'Your core values are not available yet. ' : 'You have not chosen your core values yet. ',
        'Sort your values on the ', h('a', { href: '/values', 'data-link': true, text: 'Values page' }),
        ' first; then one click here turns each core value into a criterion.');
    }
    const uncovered = coreValues.filter((v) => !state.criteria.some((c) => c.value_id === v.id));
    if (uncovered.length === 0) return h('p', { class: 'small dec-covered', text: 'Every one of your core values has a criterion.' });
    return h('p', { class: 'notice warning dec-values-note' },
      h('strong', { text: uncovered.length === 1 ? 'A core value no criterion covers: ' : 'Core values no criterion covers: ' }),
      uncovered.map((v) => v.name).join(', '),
      '. Link a criterion to it, or add it with the button above.');
  }

  function renderCriteria() {
    const rows = state.criteria.map((criterion, i) => {
      const name = h('input', { type: 'text', id: `dec-criterion-${i}-name`, value: criterion.name, maxlength: 120, 'data-field': `criteria[${i}].name`, required: true });
      name.addEventListener('input', () => { state.criteria[i].name = name.value; changed(); });
      name.addEventListener('change', () => { renderWeights(); renderScores(); });
      const description = h('input', { type: 'text', id: `dec-criterion-${i}-description`, value: criterion.description, maxlength: 1000, 'data-field': `criteria[${i}].description` });
      description.addEventListener('input', () => { state.criteria[i].description = description.value; changed({ preview: false }); });
      const lower = h('input', { type: 'checkbox', id: `dec-criterion-${i}-lower`, 'data-field': `criteria[${i}].lower_is_better` });
      lower.checked = criterion.lower_is_better;
      lower.addEventListener('change', () => { state.criteria[i].lower_is_better = lower.checked; renderScores(); changed(); });
      const value = h('select', { id: `dec-criterion-${i}-value`, 'data-field': `criteria[${i}].value_id` },
        h('option', { value: '', text: 'Not linked' }),
        coreValues.map((v) => h('option', { value: String(v.id), text: `${v.rank}. ${v.name}` })),
        criterion.value_id && !coreValues.some((v) => v.id === criterion.value_id)
          ? h('option', { value: String(criterion.value_id), text: 'A value no longer among my core values' }) : null);
      value.value = criterion.value_id ? String(criterion.value_id) : '';
      value.addEventListener('change', () => {
        state.criteria[i].value_id = value.value ? Number(value.value) : null;
        changed({ preview: false });
        replace(coverageArea, coverageNote());
      });
      return h('li', { class: 'dec-item dec-item--criterion' },
        h('div', { class: 'dec-item__name' }, h('label', { for: name.id, text: `Criterion ${i + 1}` }), name),
        h('div', { class: 'dec-item__description' }, h('label', { for: description.id, text: 'What it means here (optional)' }), description),
        h('div', { class: 'dec-item__value' }, h('label', { for: value.id, text: 'Core value' }), value),
        h('div', { class: 'dec-item__lower' }, lower, h('label', { for: lower.id, text: 'Lower is better (e.g. cost, commute)' })),
        h('button', {
          type: 'button', class: 'link danger dec-item__remove', text: 'Remove', disabled: state.criteria.length <= 1,
          'aria-label': `Remove criterion ${criterion.name || i + 1}`,
          onclick: () => removeCriterion(i),
        }));
    });
    const coverageArea = h('div', {}, coverageNote());
    replace(criteriaArea,
      h('p', { class: 'hint', text: 'Between 1 and 20: what the options are judged on. The best criteria come from your own core values.' }),
      h('ol', { class: 'dec-items' }, rows),
      h('div', { class: 'dec-actions' },
        h('button', { type: 'button', text: 'Add a criterion', disabled: state.criteria.length >= MAX_CRITERIA, onclick: () => addCriterion() }),
        h('button', { type: 'button', text: 'Criteria from my core values', onclick: criteriaFromValues })),
      coverageArea);
  }

  function addCriterion(criterion = { name: '', description: '', lower_is_better: false, points: 10, value_id: null }, { focus = true } = {}) {
    state.criteria.push(criterion);
    for (const row of state.scores) row.push({ score: null, note: '' });
    if (focus) {
      renderCriteria();
      renderWeights();
      renderScores();
      changed();
      criteriaArea.querySelector(`#dec-criterion-${state.criteria.length - 1}-name`)?.focus();
    }
  }

  function removeCriterion(k, { confirmFirst = true } = {}) {
    const hasData = state.scores.some((row) => row[k] && (row[k].score !== null || row[k].note));
    if (confirmFirst && hasData && !window.confirm(`Remove "${state.criteria[k].name || `Criterion ${k + 1}`}" and its scores?`)) return;
    state.criteria.splice(k, 1);
    for (const row of state.scores) row.splice(k, 1);
    const next = {};
    for (const [key, judgement] of Object.entries(state.comparisons)) {
      let [i, j] = key.split('-').map(Number);
      if (i === k || j === k) continue;
      if (i > k) i -= 1;
      if (j > k) j -= 1;
      next[pairKey(i, j)] = judgement;
    }
    state.comparisons = next;
    if (confirmFirst) {
      renderCriteria();
      renderWeights();
      renderScores();
      changed();
    }
  }

  function criteriaFromValues() {
    if (coreValues.length === 0) {
      toast('Sort your values on the Values page first.');
      criteriaArea.querySelector('.dec-values-note a')?.focus();
      return;
    }
    // The untouched starting criterion of a blank decision makes way.
    const only = state.criteria[0];
    if (state.criteria.length === 1 && only.name === 'First criterion' && !only.value_id && state.scores.every((r) => r[0].score === null && !r[0].note)) {
      removeCriterion(0, { confirmFirst: false });
    }
    let added = 0;
    let skipped = 0;
    for (const v of coreValues) {
      if (state.criteria.some((c) => c.value_id === v.id)) continue;
      const named = state.criteria.find((c) => c.name.trim().toLowerCase() === v.name.toLowerCase());
      if (named) { named.value_id = v.id; continue; }
      if (state.criteria.length >= MAX_CRITERIA) { skipped += 1; continue; }
      addCriterion({ name: v.name, description: (v.meaning || v.definition || '').slice(0, 1000), lower_is_better: false, points: 10, value_id: v.id }, { focus: false });
      added += 1;
    }
    renderCriteria();
    renderWeights();
    renderScores();
    changed();
    toast(added ? `Added ${added} ${added === 1 ? 'criterion' : 'criteria'} from your core values` : 'Every core value already has a criterion');
    if (skipped) toast(`${skipped} more did not fit: at most ${MAX_CRITERIA} criteria`);
  }

  // ---- Weights ----
  const weightsInfo = h('div', { class: 'dec-weights-info', 'aria-live': 'polite' });

  function directPercents() {
    const sum = state.criteria.reduce((s, c) => s + (Number.isFinite(c.points) && c.points > 0 ? c.points : 0), 0);
    return state.criteria.map((c) => (sum > 0 && Number.isFinite(c.points) && c.points > 0 ? (c.points / sum) * 100 : 0));
  }

  function updateDirectPercents() {
    const percents = directPercents();
    weightsArea.querySelectorAll('[data-percent]').forEach((el) => {
      const i = Number(el.dataset.percent);
      el.textContent = pct(percents[i] ?? 0);
    });
    weightsArea.querySelectorAll('[data-bar]').forEach((el) => { el.style.width = `${percents[Number(el.dataset.bar)] ?? 0}%`; });
  }

  function renderWeightsInfo() {
    if (state.weighting !== 'pairwise' || !analysis || analysis.weighting !== 'pairwise') {
      replace(weightsInfo);
      return;
    }
    const c = analysis.consistency;
    const sentence = analysis.findings.find((f) => f.startsWith('The comparisons'));
    replace(weightsInfo,
      h('h3', { text: 'Resulting weights' }),
      h('ul', { class: 'dec-weights-list' }, state.criteria.map((crit, i) => {
        const bar = h('span', { class: 'dec-weight-bar__fill' });
        bar.style.width = `${(analysis.weights[i] ?? 0) * 100}%`;
        return h('li', {}, h('span', { class: 'dec-weight-name', text: crit.name || `Criterion ${i + 1}` }),
          h('span', { class: 'dec-weight-bar', 'aria-hidden': 'true' }, bar),
          h('span', { class: 'dec-weight-percent', text: pct((analysis.weights[i] ?? 0) * 100) }));
      })),
      c?.consistency_ratio === null || c?.consistency_ratio === undefined
        ? h('p', { class: 'small muted', text: 'With one or two criteria the comparisons cannot contradict each other, so there is no consistency ratio.' })
        : h('p', { class: `dec-consistency ${c.acceptable ? 'ok' : 'notice warning'}`, role: c.acceptable ? null : 'note' },
          h('strong', { text: `Consistency ratio ${c.consistency_ratio.toFixed(2)}` }), ` (at most ${c.max_consistency_ratio.toFixed(2)} is consistent). `, sentence ?? ''),
      h('p', { class: 'small muted', text: 'Weights come from the principal eigenvector of your comparisons (AHP). The consistency ratio compares how much your answers contradict each other with random answers (Saaty\u2019s random index).' }));
  }

  function renderWeights() {
    const method = h('div', { class: 'dec-method', role: 'radiogroup', 'aria-label': 'How to weigh the criteria' },
      [['direct', 'Give points', 'Points per criterion, shown as percentages.'], ['pairwise', 'Compare in pairs', 'Which of two matters more, and how much (AHP, Saaty\u2019s 1-9 scale).']].map(([value, label, hint]) => {
        const radio = h('input', { type: 'radio', name: 'weighting', id: `dec-weighting-${value}`, value, 'data-field': value === 'direct' ? 'weighting' : null });
        radio.checked = state.weighting === value;
        radio.addEventListener('change', () => { state.weighting = value; renderWeights(); changed(); });
        return h('div', { class: 'dec-method__choice' }, radio, h('label', { for: radio.id }, h('strong', { text: label }), h('span', { class: 'small muted', text: ` ${hint}` })));
      }));
    let body;
    if (state.weighting === 'direct') {
      const percents = directPercents();
      body = h('ul', { class: 'dec-points' }, state.criteria.map((c, i) => {
        const input = h('input', { type: 'number', id: `dec-points-${i}`, min: 0, max: 100, step: 1, inputmode: 'decimal', 'data-field': `criteria[${i}].points` });
        input.value = String(c.points);
        input.addEventListener('input', () => {
          const v = input.value === '' ? 0 : Number(input.value);
          state.criteria[i].points = Number.isFinite(v) ? v : 0;
          updateDirectPercents();
          changed();
        });
        const fill = h('span', { class: 'dec-weight-bar__fill', dataset: { bar: String(i) } });
        fill.style.width = `${percents[i]}%`;
        return h('li', {},
          h('label', { for: input.id, text: c.name || `Criterion ${i + 1}` }),
          input,
          h('span', { class: 'dec-weight-bar', 'aria-hidden': 'true' }, fill),
          h('output', { for: input.id, class: 'dec-weight-percent', dataset: { percent: String(i) }, text: pct(percents[i]) }));
      }));
      body = [h('p', { class: 'hint', text: 'Give each criterion 0 to 100 points; what counts is how they compare. At least one needs more than 0.' }), body];
    } else if (state.criteria.length < 2) {
      body = h('p', { class: 'muted', text: 'Add a second criterion to compare criteria in pairs.' });
    } else {
      // The API names a bad comparison by its index among the answered ones, in pair order.
      const answeredIndex = {};
      Object.keys(state.comparisons).map((key) => key.split('-').map(Number))
        .sort((x, y) => x[0] - y[0] || x[1] - y[1])
        .forEach(([i, j], k) => { answeredIndex[pairKey(i, j)] = k; });
      const pairRow = (i, j) => {
        const a = state.criteria[i].name || `Criterion ${i + 1}`;
        const b = state.criteria[j].name || `Criterion ${j + 1}`;
        const key = pairKey(i, j);
        const select = h('select', { id: `dec-pair-${i}-${j}`, 'data-field': key in answeredIndex ? `comparisons[${answeredIndex[key]}].judgement` : null },
          h('option', { value: '', text: 'Not compared yet (counts as equal)' }),
          [9, 8, 7, 6, 5, 4, 3, 2].map((n) => h('option', { value: String(n), text: judgementLabel(n, a, b) })),
          h('option', { value: '1', text: judgementLabel(1, a, b) }),
          [2, 3, 4, 5, 6, 7, 8, 9].map((n) => h('option', { value: String(-n), text: judgementLabel(-n, a, b) })));
        select.value = state.comparisons[key] === undefined ? '' : String(state.comparisons[key]);
        select.addEventListener('change', () => {
          if (select.value === '') delete state.comparisons[key];
          else state.comparisons[key] = Number(select.value);
          const answered = state.criteria.slice(i + 1).filter((_, d) => state.comparisons[pairKey(i, i + 1 + d)] !== undefined).length;
          const count = weightsArea.querySelector(`[data-group-count="${i}"]`);
          if (count) count.textContent = `${answered} of ${state.criteria.length - 1 - i} compared`;
          changed();
        });
        return h('li', {}, h('label', { for: select.id }, h('span', { text: a }), h('span', { class: 'muted', text: ' or ' }), h('span', { text: b })), select);
      };
      const n = state.criteria.length;
      let pairs;
      if (n <= GROUP_PAIRS_ABOVE) {
        const rows = [];
        for (let i = 0; i < n; i += 1) for (let j = i + 1; j < n; j += 1) rows.push(pairRow(i, j));
        pairs = h('ol', { class: 'dec-pairs' }, rows);
      } else {
        // Many criteria: one group per criterion, each built when first opened, so the page stays fast.
        pairs = h('div', { class: 'dec-pair-groups' }, state.criteria.slice(0, -1).map((criterion, i) => {
          const list = h('ol', { class: 'dec-pairs' });
          const answered = state.criteria.slice(i + 1).filter((_, d) => state.comparisons[pairKey(i, i + 1 + d)] !== undefined).length;
          const group = h('details', { class: 'dec-pair-group' },
            h('summary', {}, h('span', { text: `${criterion.name || `Criterion ${i + 1}`} compared with the criteria below it` }), ' ',
              h('span', { class: 'small muted', dataset: { groupCount: String(i) }, text: `${answered} of ${n - 1 - i} compared` })),
            list);
          const fill = () => {
            if (list.childElementCount) return;
            for (let j = i + 1; j < n; j += 1) list.append(pairRow(i, j));
          };
          group.addEventListener('toggle', () => { if (group.open) fill(); });
          return group;
        }));
      }
      body = [
        h('p', { class: 'hint', text: 'For each pair, which matters more to you in this decision, and how much more: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely.' }),
        pairs,
      ];
    }
    replace(weightsArea, method, body, weightsInfo);
    renderWeightsInfo();
  }

  // ---- Scores ----
  function openNote(o, c, button) {
    noteTarget = { o, c, button };
    noteLabel.textContent = `Note: ${state.options[o].name || `Option ${o + 1}`} on ${state.criteria[c].name || `Criterion ${c + 1}`}`;
    noteText.value = state.scores[o][c].note ?? '';
    noteDialog.showModal();
  }

  function renderScores() {
    const head = h('tr', {}, h('td', {}),
      state.criteria.map((c, i) => h('th', { scope: 'col', id: `dec-col-${i}` },
        h('span', { text: c.name || `Criterion ${i + 1}` }),
        c.lower_is_better ? h('span', { class: 'dec-lower', text: 'lower is better' }) : null)));
    const body = state.options.map((option, o) => h('tr', {},
      h('th', { scope: 'row', id: `dec-row-${o}`, text: option.name || `Option ${o + 1}` }),
      state.criteria.map((criterion, c) => {
        const cell = state.scores[o][c];
        const input = h('input', {
          type: 'number', min: 0, max: 10, step: 0.5, inputmode: 'decimal', placeholder: '—',
          class: 'dec-score', 'data-field': `scores[${o}][${c}].score`,
          'aria-label': `${option.name || `Option ${o + 1}`} on ${criterion.name || `Criterion ${c + 1}`}, score 0 to 10`,
        });
        input.value = cell.score === null || cell.score === undefined ? '' : String(cell.score);
        input.addEventListener('input', () => {
          const raw = input.value.trim();
          const v = raw === '' ? null : Number(raw);
          state.scores[o][c].score = v === null || Number.isNaN(v) ? null : v;
          input.classList.toggle('is-gap', state.scores[o][c].score === null);
          changed();
        });
        input.classList.toggle('is-gap', cell.score === null || cell.score === undefined);
        const hasNote = Boolean(cell.note?.trim());
        const noteButton = h('button', {
          type: 'button', class: `dec-note${hasNote ? ' has-note' : ''}`, 'aria-pressed': String(hasNote),
          'aria-label': `Note for ${option.name || `Option ${o + 1}`} on ${criterion.name || `Criterion ${c + 1}`}`,
          title: hasNote ? cell.note : 'Add a note', text: '✎',
        });
        noteButton.addEventListener('click', () => openNote(o, c, noteButton));
        return h('td', {}, h('div', { class: 'dec-cell' }, input, noteButton));
      })));
    replace(scoresArea,
      h('p', { class: 'dec-anchors' },
        h('span', {}, h('strong', { text: '0' }), ' very poor'),
        h('span', {}, h('strong', { text: '5' }), ' acceptable'),
        h('span', {}, h('strong', { text: '10' }), ' excellent')),
      h('p', { class: 'hint', text: 'Score 0 to 10 in steps of 0.5. For a "lower is better" criterion score the amount itself (0 = none, 10 = the most); it counts in reverse. An empty cell is a gap, never a zero: the analysis says the matrix is incomplete until every cell is scored.' }),
      h('div', { class: 'dec-scroll', tabindex: '0', role: 'region', 'aria-label': 'Score matrix' },
        h('table', { class: 'dec-matrix' }, h('thead', {}, head), h('tbody', {}, body))));
  }

  // ---- Analysis ----
  function renderAnalysis() {
    if (!analysis) return;
    replace(analysisArea, findingsBlock(analysis), sideBySide(analysis, state.options, state.criteria));
    renderWeightsInfo();
  }

  function schedulePreview() {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(preview, PREVIEW_DELAY_MS);
  }

  async function preview() {
    const seq = ++previewSeq;
    try {
      const result = await post('/api/decisions/analyse', toBody(state));
      if (seq !== previewSeq) return;
      analysis = result;
      renderAnalysis();
    } catch (error) {
      if (seq !== previewSeq) return;
      replace(analysisArea, h('p', { class: 'notice warning', text: `The analysis waits for a fix: ${error.message}.` }));
    }
  }

  // ---- Saving ----
  function adopt(result) {
    server = result;
    baseVersion = result.version;
    saved = toState(result);
    analysis = result.analysis;
  }

  function showConflict(current) {
    replace(noticeArea, h('div', { class: 'notice warning', role: 'alert' },
      h('p', {}, h('strong', { text: 'This decision was changed in another tab or window after you opened it here.' })),
      h('p', { text: 'Your version is still on the page. Choose which one to keep.' }),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', text: 'Keep mine and save', onclick: () => { baseVersion = current.version; replace(noticeArea); save(); } }),
        h('button', { type: 'button', text: 'Use the other version', onclick: () => { adopt(current); state = toState(current); drafts.clear(); build(); } }))));
  }

  async function save() {
    if (saving || locked()) return;
    clearErrors();
    clearTimeout(previewTimer);
    saving = true;
    saveButton.disabled = true;
    showState('saving', 'Saving…');
    try {
      const result = await put(`/api/decisions/${id}`, { ...toBody(state), version: baseVersion });
      adopt(result);
      if (same(state, saved)) drafts.clear();
      replace(noticeArea);
      renderHeader();
      renderAnalysis();
      renderRecord();
      toast('Decision saved');
    } catch (error) {
      showSaveError(error, { showConflict, showFieldError, showState });
      return;
    } finally {
      saving = false;
      saveButton.disabled = false;
    }
    refreshState();
  }

  // ---- Header ----
  function renderHeader() {
    const deleteButton = h('button', {
      type: 'button', class: 'danger', text: 'Delete',
      onclick: async () => {
        if (!window.confirm(`Delete "${server.title}" with its matrix, record and review? This cannot be undone. (Export it first if you want to keep a copy.)`)) return;
        try {
          await del(`/api/decisions/${id}`);
          drafts.clear();
          saved = state;
          toast('Decision deleted');
          navigate('/decisions');
        } catch (error) {
          toast(`Not deleted: ${error.message}`);
        }
      },
    });
    replace(header,
      h('p', { class: 'dec-breadcrumb small' }, h('a', { href: '/decisions', 'data-link': true, text: 'Decisions' })),
      h('div', { class: 'dec-header__title' }, h('h1', { text: server.title }), statusBadge(server.status, server.review_due)),
      h('p', { class: 'small muted' },
        server.deadline ? ['Decide by ', dateElement(server.deadline), ' · '] : null,
        `${server.options.length} options · ${server.criteria.length} criteria`),
      h('div', { class: 'dec-header__actions' },
        h('a', { class: 'button', href: `/api/decisions/${id}/export.csv`, download: '', text: 'Export CSV' }),
        h('a', { class: 'button', href: `/api/decisions/${id}/export.md`, download: '', text: 'Export Markdown' }),
        deleteButton));
  }

  // ---- Record ----
  function recordForm(existing) {
    const choice = h('select', { id: 'dec-chosen', 'data-field': 'chosen_option', required: true },
      h('option', { value: '', text: 'Choose…' }),
      server.options.map((o, i) => h('option', { value: String(i), text: i === analysis?.winner ? `${o.name} (the matrix winner)` : o.name })));
    choice.value = existing ? String(existing.chosen_option) : '';
    const area = (fieldId, label, hint, value) => {
      const t = h('textarea', { id: fieldId, rows: 3, maxlength: 4000 });
      t.value = value ?? '';
      return [t, h('div', { class: 'field' }, h('label', { for: fieldId, text: label }), h('p', { class: 'hint', text: hint }), t)];
    };
    const [gut, gutField] = area('dec-gut', 'My gut feeling before the numbers', 'Which way did you lean before you scored anything? Honest is more useful than tidy.', existing?.gut_feeling);
    const [rationale, rationaleField] = area('dec-rationale', 'Why I chose it', 'Especially if you chose differently from the matrix: what did it not capture?', existing?.rationale);
    const [expected, expectedField] = area('dec-expected', 'What I expect to happen', 'Something you can check later: "in six months I travel at most two nights a month".', existing?.expected_outcome);
    const today = server.today;
    const dateInput = h('input', { type: 'date', id: 'dec-review-date', 'data-field': 'review_date', 'aria-label': 'Review date' });
    const preview = h('span', { class: 'small muted', 'aria-live': 'polite' });
    let reviewChoice = existing ? (existing.review_date ? 'date' : 'none') : '6';
    if (existing?.review_date) dateInput.value = existing.review_date;
    const reviewDate = () => {
      const c = REVIEW_CHOICES.find((r) => r.key === reviewChoice);
      if (c?.months) return addMonths(today, c.months);
      return reviewChoice === 'date' ? dateInput.value : '';
    };
    const syncReview = () => {
      dateInput.disabled = reviewChoice !== 'date';
      const date = reviewDate();
      preview.textContent = date ? `Home will remind you on ${formatDate(date)}.` : 'No reminder.';
    };
    dateInput.addEventListener('input', syncReview);
    const radios = h('div', { class: 'dec-review-choices', role: 'radiogroup', 'aria-labelledby': 'dec-review-when' },
      REVIEW_CHOICES.map((r) => {
        const radio = h('input', { type: 'radio', name: 'review-when', id: `dec-review-${r.key}`, value: r.key });
        radio.checked = r.key === reviewChoice;
        radio.addEventListener('change', () => { reviewChoice = r.key; syncReview(); if (r.key === 'date') dateInput.focus(); });
        return h('span', { class: 'dec-review-choice' }, radio, h('label', { for: radio.id, text: r.label }));
      }), dateInput);
    const error = h('p', { class: 'field-error', role: 'alert' });
    const submit = h('button', { type: 'submit', class: 'primary', text: existing ? 'Save the record' : 'Record my decision' });
    const recordFormEl = h('form', { class: 'dec-record-form', novalidate: true },
      h('div', { class: 'field' }, h('label', { for: 'dec-chosen', text: 'What I chose' }),
        h('p', { class: 'hint', text: 'The choice you actually made. It may differ from the matrix winner: the matrix is a thinking aid, not a verdict.' }), choice),
      gutField, rationaleField, expectedField,
      h('div', { class: 'field' }, h('span', { class: 'label', id: 'dec-review-when', text: 'When to look back' }), radios, preview),
      error,
      h('div', { class: 'actions' }, submit,
        existing ? h('button', { type: 'button', text: 'Cancel', onclick: () => { editingRecord = false; renderRecord(); } }) : null));
    syncReview();
    recordFormEl.addEventListener('submit', async (event) => {
      event.preventDefault();
      error.textContent = '';
      choice.removeAttribute('aria-invalid');
      if (isDirty()) { error.textContent = 'Save the matrix first, so the record keeps the matrix you decided on.'; return; }
      if (choice.value === '') { error.textContent = 'Choose the option you went for.'; choice.setAttribute('aria-invalid', 'true'); choice.focus(); return; }
      if (reviewChoice === 'date' && !dateInput.value) { error.textContent = 'Pick the review date, or choose "No review date".'; dateInput.focus(); return; }
      submit.disabled = true;
      try {
        const result = await put(`/api/decisions/${id}/record`, {
          chosen_option: Number(choice.value), gut_feeling: gut.value, rationale: rationale.value,
          expected_outcome: expected.value, review_date: reviewDate(), version: baseVersion,
        });
        adopt(result);
        state = toState(result);
        drafts.clear();
        editingRecord = false;
        toast(existing ? 'Record saved' : 'Decision recorded');
        build();
        recordArea.querySelector('h2')?.focus();
      } catch (e) {
        error.textContent = e.status === 409 ? 'This decision was changed elsewhere. Reload the page to see the latest version.' : e.message;
      } finally {
        submit.disabled = false;
      }
    });
    return recordFormEl;
  }

  function recordView(r) {
    const winner = analysis?.winner;
    return h('div', { class: 'dec-record' },
      h('dl', { class: 'dec-dl' },
        h('dt', { text: 'What I chose' }), h('dd', {}, h('strong', { text: r.chosen_option_name })),
        winner !== null && winner !== undefined && winner !== r.chosen_option
          ? [h('dt', { text: 'The matrix favoured' }), h('dd', { text: `${server.options[winner].name}. Choosing differently is allowed; the reasons below say why.` })] : null,
        r.gut_feeling ? [h('dt', { text: 'Gut feeling before the numbers' }), h('dd', { class: 'dec-text', text: r.gut_feeling })] : null,
        r.rationale ? [h('dt', { text: 'Why' }), h('dd', { class: 'dec-text', text: r.rationale })] : null,
        r.expected_outcome ? [h('dt', { text: 'What I expected' }), h('dd', { class: 'dec-text', text: r.expected_outcome })] : null,
        h('dt', { text: 'Decided' }), h('dd', { text: formatDateTime(r.decided_at) }),
        h('dt', { text: 'Review' }), h('dd', {}, r.review_date ? dateElement(r.review_date) : 'No review date')),
      h('div', { class: 'actions' },
        h('button', { type: 'button', text: 'Edit the record', onclick: () => { editingRecord = true; renderRecord(); recordArea.querySelector('select')?.focus(); } }),
        h('button', {
          type: 'button', text: 'Reopen the decision',
          onclick: async () => {
            if (!window.confirm('Reopen this decision? The recorded choice and any review are removed so the matrix can change again.')) return;
            try {
              const result = await post(`/api/decisions/${id}/reopen`, { version: baseVersion });
              adopt(result);
              state = toState(result);
              toast('Decision reopened');
              build();
            } catch (e) {
              toast(`Not reopened: ${e.message}`);
            }
          },
        })));
  }

  function renderRecord() {
    const record = server.record;
    replace(recordArea, h('section', { class: 'card', 'aria-labelledby': 'dec-record-title' },
      h('h2', { id: 'dec-record-title', tabindex: '-1', text: record ? 'My decision' : 'Record my decision' }),
      !record ? h('p', { class: 'muted', text: 'When you have made the choice, write it down with your reasons, and pick a date to look back. The matrix is kept as it is now.' }) : null,
      record && !editingRecord ? recordView(record) : recordForm(record)));
  }

  // ---- Review ----
  function renderReview() {
    if (server.status === 'open') { replace(reviewArea); return; }
    const review = server.review;
    const section = h('section', { class: `card${server.review_due ? ' dec-review--due' : ''}`, 'aria-labelledby': 'dec-review-title' },
      h('h2', { id: 'dec-review-title', tabindex: '-1', text: 'Looking back' }));
    if (review && !editingReview) {
      section.append(
        h('dl', { class: 'dec-dl' },
          h('dt', { text: 'What actually happened' }), h('dd', { class: 'dec-text', text: review.what_happened }),
          review.lesson ? [h('dt', { text: 'The lesson' }), h('dd', { class: 'dec-text', text: review.lesson })] : null,
          h('dt', { text: 'Reviewed' }), h('dd', { text: formatDateTime(review.reviewed_at) })),
        h('button', { type: 'button', text: 'Edit the review', onclick: () => { editingReview = true; renderReview(); } }));
    } else {
      const happened = h('textarea', { id: 'dec-happened', rows: 4, maxlength: 4000, 'data-field': 'what_happened' });
      happened.value = review?.what_happened ?? '';
      const lesson = h('textarea', { id: 'dec-lesson', rows: 3, maxlength: 4000 });
      lesson.value = review?.lesson ?? '';
      const error = h('p', { class: 'field-error', role: 'alert' });
      const submit = h('button', { type: 'submit', class: 'primary', text: 'Save the review' });
      const reviewForm = h('form', { class: 'dec-review-form', novalidate: true },
        server.review_due ? h('p', { class: 'notice warning', text: 'The review date has come. How did it turn out?' })
          : h('p', { class: 'muted' }, 'Come back ', server.record?.review_date ? ['on ', dateElement(server.record.review_date)] : 'when you know more', '; you can also write this now.'),
        h('div', { class: 'field' }, h('label', { for: 'dec-happened', text: 'What actually happened' }),
          h('p', { class: 'hint', text: server.record?.expected_outcome ? `You expected: ${server.record.expected_outcome}` : 'Compare with what you expected.' }), happened),
        h('div', { class: 'field' }, h('label', { for: 'dec-lesson', text: 'The lesson' }), h('p', { class: 'hint', text: 'What would you weigh differently next time?' }), lesson),
        error,
        h('div', { class: 'actions' }, submit,
          review ? h('button', { type: 'button', text: 'Cancel', onclick: () => { editingReview = false; renderReview(); } }) : null));
      reviewForm.addEventListener('submit', async (event) => {
        event.preventDefault();
        error.textContent = '';
        if (!happened.value.trim()) { error.textContent = 'Write what actually happened first.'; happened.focus(); return; }
        submit.disabled = true;
        try {
          const result = await put(`/api/decisions/${id}/review`, { what_happened: happened.value, lesson: lesson.value, version: baseVersion });
          adopt(result);
          state = toState(result);
          editingReview = false;
          toast('Review saved');
          build();
          reviewArea.querySelector('h2')?.focus();
        } catch (e) {
          error.textContent = e.status === 409 ? 'This decision was changed elsewhere. Reload the page to see the latest version.' : e.message;
        } finally {
          submit.disabled = false;
        }
      });
      section.append(reviewForm);
    }
    replace(reviewArea, section);
  }

  // ---- The whole page ----
  function build() {
    renderHeader();
    editors.disabled = locked();
    if (locked()) {
      replace(noticeArea, h('div', { class: 'notice', role: 'status' },
        h('p', { text: 'This decision is recorded, so the matrix below is kept exactly as you decided on it. Reopen the decision to change it.' })));
    }
    renderAbout();
    renderOptions();
    renderCriteria();
    renderWeights();
    renderScores();
    renderAnalysis();
    renderRecord();
    renderReview();
    saveBar.style.display = locked() ? 'none' : '';
    refreshState();
  }

  form.addEventListener('submit', (event) => { event.preventDefault(); save(); });
  const removeSaveShortcut = onSaveShortcut(save);

  const draft = drafts.load();
  const restored = !locked() && draft?.data && !same(draft.data, saved) && draft.data.options?.length === draft.data.scores?.length;
  if (restored) {
    state = draft.data;
    if (typeof draft.baseVersion === 'number') baseVersion = draft.baseVersion;
  } else if (draft) {
    drafts.clear();
  }

  main.append(header, noticeArea, form,
    h('section', { class: 'card dec-analysis', 'aria-labelledby': 'dec-analysis-title' },
      h('h2', { id: 'dec-analysis-title', text: 'What the numbers say' }), analysisArea),
    recordArea, reviewArea, noteDialog);
  build();
  if (restored) {
    replace(noticeArea, h('div', { class: 'notice', role: 'status' },
      h('p', { text: `Restored changes you had not saved yet (from ${formatDateTime(draft.savedAt)}).` }),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', text: 'Save them now', onclick: () => save() }),
        h('button', { type: 'button', text: 'Discard them', onclick: () => { drafts.clear(); state = toState(server); baseVersion = server.version; analysis = server.analysis; replace(noticeArea); build(); } }))));
    schedulePreview();
  }

  return {
    title: server.title,
    isDirty,
    dispose: () => { removeSaveShortcut(); clearTimeout(previewTimer); },
  };
}
