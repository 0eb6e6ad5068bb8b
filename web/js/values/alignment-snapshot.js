// Alignment results as the pages show them: the score tiles, the warnings, and one saved snapshot with
// its ratings and its editable "lean into" / "hand off" lists, each item one step from an initiative or a
// stop-doing item.
import { ApiError, get, put } from '../shared/api.js';
import { formatDate, h, replace } from '../shared/dom.js';
import { AlignmentActions } from './alignment-actions.js';
import { CATEGORIES } from './alignment-rows.js';
import { scoreDelta } from './home-section.js';

export const lines = (text) => text.split('\n').map((l) => l.trim()).filter(Boolean);

// The overall and per-category scores, each with its change since `previous` (a snapshot summary).
export function scoreTiles(scores, previous, categories) {
  const rule = Object.fromEntries(categories.map((c) => [c.id, c.rule]));
  const tile = (id, title, extra) => {
    const value = scores[id];
    return h('div', { class: `values-score-tile${id === 'overall' ? ' values-score-tile--overall' : ''}`, dataset: { category: id } },
      h('span', { class: 'values-score-title', text: title }),
      h('span', { class: 'values-score-value', text: value === null ? '—' : String(value) }),
      previous ? scoreDelta(value, previous.scores?.[id], previous.assessed_on) : null,
      extra ? h('span', { class: 'values-score-rule small muted', text: extra }) : null);
  };
  return h('div', { class: 'values-scores' },
    h('div', { class: 'values-score-grid' },
      tile('overall', 'Overall'),
      CATEGORIES.map((c) => tile(c.id, c.title, scores[c.id] === null ? 'Nothing rated.' : rule[c.id]))),
    h('p', { class: 'small muted values-explanation', text: scores.explanation }));
}

export function warningsBox(warnings) {
  if (!warnings.length) return null;
  return h('div', { class: 'values-warnings' }, warnings.map((w) => h('div', {
    class: `notice ${w.level === 'values_conflict' ? 'error values-conflict' : 'warning'}`, role: w.level === 'values_conflict' ? 'alert' : null,
  }, h('p', {}, w.level === 'values_conflict'
    ? [h('strong', { text: 'Values conflict: ' }), w.message.replace(/^Values conflict:\s*/, '')]
    : [h('strong', { text: 'Watch this value: ' }), w.message]))));
}

// A "lean into" or "hand off" textarea with its label and hint.
export function workList(id, label, hint, value, rows = 4) {
  const control = h('textarea', { id, rows, value, 'aria-describedby': `${id}-hint ${id}-error` });
  const error = h('span', { class: 'field-error', id: `${id}-error` });
  return { control, error, el: h('div', { class: 'field' }, h('label', { for: id, text: label }), h('p', { class: 'hint', id: `${id}-hint`, text: hint }), control, error) };
}

async function saveLists(snap, lean, hand, state, actions) {
  lean.error.textContent = '';
  hand.error.textContent = '';
  try {
    Object.assign(snap, await put(`/api/alignment/assessments/${snap.id}`, { lean_into: lines(lean.control.value), hand_off: lines(hand.control.value), version: snap.version }));
    actions.render();
    state.dataset.state = 'saved';
    state.textContent = 'Saved';
  } catch (error) {
    state.dataset.state = 'error';
    if (error instanceof ApiError && error.status === 409) {
      Object.assign(snap, error.body.current);
      actions.render();
      state.textContent = 'Changed in another tab: press Save again to keep this text.';
    } else if (error.field?.startsWith('lean_into')) lean.error.textContent = error.message;
    else if (error.field?.startsWith('hand_off')) hand.error.textContent = error.message;
    else state.textContent = `Not saved: ${error.message}`;
  }
}

function ratedItems(snap) {
  return h('details', { class: 'values-rated-items' }, h('summary', { text: `All ${snap.ratings.length} ratings` }),
    h('ul', {}, snap.ratings.map((r) => h('li', {},
      h('span', { class: `values-rating-badge values-rating-badge--${r.rating}`, text: String(r.rating) }), ' ',
      h('strong', { text: r.item }), h('span', { class: 'muted', text: ` (${r.category}) · ${r.label}` }),
      r.note ? h('span', { class: 'small muted', text: ` · ${r.note}` }) : null))));
}

// Shows snapshot `snap` (or, given an id, loads it first) in `area`; `form` is GET /api/alignment/form.
export async function showSnapshot(area, snapOrId, form, { focus = false } = {}) {
  const snap = typeof snapOrId === 'object' ? snapOrId : await get(`/api/alignment/assessments/${snapOrId}`);
  const lean = workList('snap-lean', 'Work to lean into', 'One kind of work per line.', snap.lean_into.join('\n'));
  const hand = workList('snap-hand', 'Work to avoid, postpone or hand off', 'One kind of work per line.', snap.hand_off.join('\n'));
  const state = h('span', { class: 'save-state', role: 'status', 'aria-live': 'polite' });
  const actions = new AlignmentActions(snap, { idBase: 'snap-actions' });
  const empty = !snap.lean_into.length && !snap.hand_off.length;
  const { previous } = snap;
  replace(area, h('section', { class: 'card values-snapshot', 'aria-labelledby': 'snap-title', dataset: { id: String(snap.id) } },
    h('div', { class: 'card__header' },
      h('h2', { id: 'snap-title', tabindex: '-1', text: `Snapshot of ${formatDate(snap.assessed_on)}` }),
      previous ? h('button', { type: 'button', class: 'link', text: `Open the previous snapshot (${formatDate(previous.assessed_on)})`, onclick: () => showSnapshot(area, previous.id, form, { focus: true }) }) : null),
    h('p', { class: 'small muted' }, `Rated against the mission of ${snap.organisation || 'my organisation'}: `, h('q', { text: snap.mission })),
    warningsBox(snap.warnings),
    scoreTiles(snap.scores, previous, form.categories),
    ratedItems(snap),
    h('p', { class: 'small muted values-actions-intro', text: 'What this check means in practice. Plan an item as an initiative, or put it on the stop-doing list, in one step.' }),
    actions.el,
    h('details', { class: 'values-actions-edit', open: empty },
      h('summary', { text: 'Edit the lists' }),
      h('div', { class: 'grid values-actions-grid' }, lean.el, hand.el),
      h('div', { class: 'actions' }, h('button', { type: 'button', text: 'Save my lists', onclick: () => saveLists(snap, lean, hand, state, actions) }), state))));
  if (focus) area.querySelector('h2').focus();
}
