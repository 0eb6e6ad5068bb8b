// Goals: small helpers shared by the initiatives, roads and priorities views.
import { ApiError, get } from '../api.js';
import { h, replace } from '../dom.js';

export const STATUS_LABELS = {
  planned: 'Planned', active: 'Active', done: 'Done', dropped: 'Dropped', postponed: 'Postponed',
};
export const HORIZONS = [
  { key: 'short', label: 'Short', hint: 'under 1 year' },
  { key: 'mid', label: 'Mid', hint: '1 to 3 years' },
  { key: 'long', label: 'Long', hint: '3 years or more' },
];
export const HEALTH_LABELS = {
  on_track: 'On track', at_risk: 'At risk', overdue: 'Overdue', not_started: 'Not started', 'n/a': '',
};
export const STOP_ACTIONS = [
  { key: 'cancel', label: 'Cancel it' },
  { key: 'postpone', label: 'Postpone it' },
  { key: 'delegate', label: 'Delegate it' },
];

export const chars = (text) => [...(text ?? '')].length;

// A calendar date "2026-03-01" in the user's locale ("1 Mar 2026"); "" for null.
export function formatDate(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(y, m - 1, d);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

export function dateElement(iso) {
  return h('time', { datetime: iso, text: formatDate(iso) });
}

// Core values from the values module, or null while that module does not answer (no picker then).
export async function loadCoreValues() {
  try {
    const reply = await get('/api/values/core');
    return Array.isArray(reply?.items) && reply.items.length > 0 ? reply.items : null;
  } catch {
    return null;
  }
}

// Decisions from the decisions module, or null while it does not answer.
export async function loadDecisions() {
  try {
    const reply = await get('/api/decisions');
    return Array.isArray(reply?.items) ? reply.items : null;
  } catch {
    return null;
  }
}

// The sub-navigation between the three Goals pages.
export function goalsNav(current) {
  const tabs = [
    ['/goals', 'Initiatives', 'initiatives'],
    ['/goals/roads', 'Career roads', 'roads'],
    ['/goals/priorities', 'Priorities', 'priorities'],
  ];
  return h('nav', { class: 'goals-tabs', 'aria-label': 'Goals sections' },
    h('ul', {}, tabs.map(([href, label, key]) => h('li', {},
      h('a', { href, 'data-link': true, 'aria-current': key === current ? 'page' : null, text: label })))));
}

// A labelled form field: {id, label, hint?, control, max?}. Returns {el, error, control}.
export function field({ id, label, hint, control, max }) {
  control.id = id;
  const error = h('span', { class: 'field-error', id: `${id}-error` });
  const described = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', described);
  let counter = null;
  if (max) {
    counter = h('span', { class: 'counter', 'aria-hidden': 'true' });
    const update = () => {
      const n = chars(control.value);
      counter.textContent = `${n} / ${max}`;
      counter.classList.toggle('over', n > max);
    };
    control.addEventListener('input', update);
    control.updateCounter = update;
    update();
  }
  const el = h('div', { class: 'field' },
    h('label', { for: id, text: label }),
    hint ? h('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null,
    control,
    h('div', { class: 'field__footer' }, error, counter));
  return { el, error, control };
}

// Field errors from the API: `fields` maps an API field name to {error, control}; shows the message next to it.
export function errorShower(fields, fallback) {
  return {
    clear() {
      for (const f of Object.values(fields)) {
        f.error.textContent = '';
        f.control.removeAttribute('aria-invalid');
      }
      replace(fallback);
    },
    show(error) {
      const target = error instanceof ApiError && error.field ? fields[error.field] : null;
      if (target) {
        target.error.textContent = error.message;
        target.control.setAttribute('aria-invalid', 'true');
        target.control.focus();
      } else {
        replace(fallback, h('p', { class: 'field-error', role: 'alert', text: error.message }));
      }
    },
  };
}

// An editable list of milestones. `prefix` makes ids unique; `fields` receives "milestones[i].title" etc.
export function milestoneEditor(prefix, initial, onChange) {
  let rows = [];
  const list = h('ol', { class: 'milestone-editor' });
  const addButton = h('button', { type: 'button', text: 'Add milestone', onclick: () => { add({ title: '', due_date: null, done: false }, true); onChange?.(); } });

  function add(m, focus) {
    const row = { title: h('input', { type: 'text', value: m.title, maxlength: 400 }), due: h('input', { type: 'date', value: m.due_date ?? '' }), done: h('input', { type: 'checkbox' }) };
    row.done.checked = Boolean(m.done);
    row.titleError = h('span', { class: 'field-error' });
    row.dueError = h('span', { class: 'field-error' });
    const remove = h('button', { type: 'button', class: 'link danger', text: 'Remove' });
    row.el = h('li', { class: 'milestone-editor__row' },
      h('label', { class: 'milestone-editor__title' }, h('span', { class: 'visually-hidden', text: 'Milestone' }), row.title),
      h('label', { class: 'milestone-editor__due' }, h('span', { class: 'small muted', text: 'Due' }), row.due),
      h('label', { class: 'milestone-editor__done' }, row.done, h('span', { class: 'small', text: 'Done' })),
      remove, row.titleError, row.dueError);
    remove.addEventListener('click', () => {
      rows = rows.filter((r) => r !== row);
      row.el.remove();
      renumber();
      onChange?.();
      addButton.focus();
    });
    rows.push(row);
    list.append(row.el);
    renumber();
    if (focus) row.title.focus();
  }

  function renumber() {
    rows.forEach((r, i) => {
      r.title.setAttribute('aria-label', `Milestone ${i + 1}`);
      r.due.setAttribute('aria-label', `Milestone ${i + 1} due date`);
      r.done.setAttribute('aria-label', `Milestone ${i + 1} done`);
    });
  }

  for (const m of initial ?? []) add(m, false);
  return {
    el: h('div', { class: 'field' },
      h('span', { class: 'label', text: 'Milestones' }),
      h('p', { class: 'hint', text: 'Steps with due dates you can tick off. The earliest open one is shown on Home.' }),
      list, addButton),
    read: () => rows.map((r) => ({ title: r.title.value, due_date: r.due.value || null, done: r.done.checked })),
    // The {error, control} pairs for API field names like "milestones[2].title".
    errorFields() {
      const out = {};
      rows.forEach((r, i) => {
        out[`milestones[${i}].title`] = { error: r.titleError, control: r.title };
        out[`milestones[${i}].due_date`] = { error: r.dueError, control: r.due };
      });
      return out;
    },
  };
}

// A <select> of initiatives (with "None"), for linking stop-doing items and tasks.
export function initiativeSelect(initiatives, selected) {
  return h('select', {},
    h('option', { value: '', text: 'None' }),
    initiatives.filter((i) => i.status !== 'dropped' && i.status !== 'done').map((i) =>
      h('option', { value: String(i.id), text: i.title, selected: i.id === selected ? true : null })));
}

export function healthBadge(health) {
  if (!health || !HEALTH_LABELS[health.state]) return null;
  return h('span', { class: `badge health health--${health.state}`, title: health.reason, text: HEALTH_LABELS[health.state] });
}
