// Edit conflicts: the three-way merge, part by part, of the copy an editor started from (base), the form
// (mine) and the record saved elsewhere since (theirs); and the notice showing the parts both changed.
import { h } from './dom.js';

let noticeCount = 0;  // names the radio groups of each conflict notice apart

// A part of the values: {keys, label, show?(value)}. Each key names a field, "answers.learned" one inside
// an object; a part of several keys merges them as one (fields that only make sense together).
const partKeys = (part) => part.keys ?? [part.key];

function getPath(values, path) {
  return path.split('.').reduce((v, key) => (v === null || v === undefined ? undefined : v[key]), values);
}

function setPath(values, path, value) {
  const keys = path.split('.');
  const last = keys.pop();
  let target = values;
  for (const key of keys) {
    if (target[key] === null || typeof target[key] !== 'object') target[key] = {};
    target = target[key];
  }
  if (value === undefined) delete target[last];
  else target[last] = structuredClone(value);
}

// The value of `part` in `values` (one key: its value; several: their values in order).
export function partValue(values, part) {
  const keys = partKeys(part);
  return keys.length === 1 ? getPath(values, keys[0]) : keys.map((key) => getPath(values, key));
}

// `values` with `part` set to `value` (as partValue gives it); `values` itself is left as it was.
export function withPart(values, part, value) {
  const out = structuredClone(values);
  const keys = partKeys(part);
  keys.forEach((key, i) => setPath(out, key, keys.length === 1 ? value : value[i]));
  return out;
}

// `value` as JSON with every object's keys in sorted order, so two values that differ only in key order
// (a form reads its fields in page order, the server sends them sorted) give the same text.
const canonicalJson = (value) => JSON.stringify(value ?? null, (key, v) => (v && typeof v === 'object' && !Array.isArray(v)
  ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]))
  : v));

// Equal as saved: a missing value, null and undefined count the same, and so do objects in any key order.
export const sameValue = (a, b) => canonicalJson(a) === canonicalJson(b);

// One part for each field of the values, labelled by its name ("current_position" as "current position").
export function partsOf(...values) {
  const keys = [...new Set(values.flatMap((v) => (v && typeof v === 'object' ? Object.keys(v) : [])))];
  return keys.map((key) => ({ key, label: key.replaceAll('_', ' ') }));
}

// Merges part by part. A part only one side changed takes that side's value; a part both changed to
// different values is a conflict and keeps mine until chosen. With no base (unknown: a draft from an
// older version), every part that differs is a conflict. Returns {merged, taken, conflicts}: merged is
// mine with the parts only they changed set to theirs (`taken`); `conflicts` lists the rest.
export function mergeThreeWay({ base, mine, theirs, parts }) {
  let merged = structuredClone(mine);
  const taken = [];
  const conflicts = [];
  for (const part of parts) {
    const m = partValue(mine, part);
    const t = partValue(theirs, part);
    if (sameValue(m, t)) continue;
    const b = base ? partValue(base, part) : undefined;
    if (base && sameValue(b, m)) {
      merged = withPart(merged, part, t);
      taken.push(part);
    } else if (!base || !sameValue(b, t)) {
      conflicts.push(part);
    }
  }
  return { merged, taken, conflicts };
}

// A part's value as plain text for the side-by-side view of a conflict.
export function describeValue(value) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '(empty)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return value.join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

// The notice for `conflicts` (parts both changed): for each, mine beside theirs with a choice (mine
// first). `taken`: the parts merged from theirs already. messages: {conflict, merged, conflictHint, mine,
// theirs}. onSave(parts chosen as theirs) saves; onTakeTheirs() drops my changes.
export function conflictNotice({ conflicts, taken, mine, theirs, messages, onSave, onTakeTheirs }) {
  const group = `conflict-${++noticeCount}`;
  const side = (part, i, which, value) => {
    const id = `${group}-${i}-${which}`;
    return h('div', { class: `conflict-side conflict-side--${which}` },
      h('label', {},
        h('input', { type: 'radio', name: `${group}-${i}`, value: which, checked: which === 'mine', 'aria-describedby': `${id}-text` }),
        ` ${messages[which]}`),
      h('div', { class: 'conflict-side__text', id: `${id}-text`, text: part.show?.(value) ?? describeValue(value) }));
  };
  const fields = conflicts.map((part, i) => h('fieldset', { class: 'conflict-field' },
    h('legend', { text: part.label }),
    h('div', { class: 'conflict-sides' }, side(part, i, 'mine', partValue(mine, part)), side(part, i, 'theirs', partValue(theirs, part)))));
  const chosenTheirs = () => conflicts.filter((part, i) => fields[i].querySelector('input[value="theirs"]').checked);
  const saveButton = h('button', { type: 'button', class: 'primary', onclick: () => onSave(chosenTheirs()) });
  const label = () => {
    const n = chosenTheirs().length;
    saveButton.textContent = n === 0 ? 'Keep mine and save' : n === conflicts.length ? 'Use theirs and save' : 'Save my choices';
  };
  label();
  const names = (parts) => parts.map((part) => part.label).join(', ');
  return h('div', { class: 'notice warning conflict-notice', role: 'alert', onchange: label },
    h('p', {}, h('strong', { text: messages.conflict })),
    taken.length ? h('p', { text: `${messages.merged}: ${names(taken)}.` }) : null,
    h('p', { text: messages.conflictHint }),
    fields,
    h('div', { class: 'actions' }, saveButton, h('button', { type: 'button', text: 'Use the other version', onclick: onTakeTheirs })));
}
