// The core values card of the Values overview, with an in-place editor for what each value means, saved
// on the newest finished card sort.
import { put } from '../shared/api.js';
import { h, replace, toast } from '../shared/dom.js';
import { explainSaveError } from '../shared/editor.js';

// Edits what each current core value means inside `area`; onDone(saved sort or null) when finished.
function meaningsEditor(sort, area, onDone) {
  const state = h('span', { class: 'save-state', role: 'status', 'aria-live': 'polite' });
  const fields = sort.top_values.map((t, i) => {
    const id = `meaning-${i}`;
    const error = h('span', { class: 'field-error', id: `${id}-error` });
    const control = h('textarea', { id, rows: 2, maxlength: 500, 'aria-describedby': `${id}-error`, value: t.meaning });
    return { t, control, error, el: h('div', { class: 'field' }, h('label', { for: id, text: `${i + 1}. ${t.name}: what it means to me` }), control, error) };
  });
  const ui = {
    showConflict: () => toast('Your values were changed in another tab: reload the page to see them.'),
    showFieldError: (field, message) => {
      const target = fields[Number(field.match(/^top_values\[(\d+)\]/)?.[1])];
      if (!target) return false;
      target.error.textContent = message;
      target.control.setAttribute('aria-invalid', 'true');
      target.control.focus();
      return true;
    },
    showState: (kind, text) => { state.dataset.state = kind; state.textContent = text; },
  };
  const form = h('form', { novalidate: true, 'aria-label': 'What my core values mean to me' },
    fields.map((f) => f.el),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', text: 'Save meanings' }),
      h('button', { type: 'button', text: 'Cancel', onclick: () => onDone(null) }),
      state));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const saved = await put(`/api/values/sorts/${sort.id}/top`, {
        top_values: fields.map((f) => ({ value: f.t.value, meaning: f.control.value })), version: sort.version,
      });
      toast('Meanings saved');
      onDone(saved);
    } catch (error) {
      explainSaveError(error, ui);
    }
  });
  replace(area, form);
  fields[0]?.control.focus();
}

function coreValuesList(core) {
  return h('ol', { class: 'values-core-list' }, core.map((v) => h('li', {},
    h('span', { class: 'values-core-name', text: v.name }),
    v.meaning ? h('span', { class: 'values-core-meaning', text: v.meaning }) : null,
    v.definition ? h('span', { class: 'muted small', text: v.definition }) : null,
    h('a', { class: 'small', href: `/journal?value=${v.id}`, 'data-link': true, text: 'Reflections linked to it', 'aria-label': `Reflections linked to ${v.name}` }))));
}

// The saved meanings (in rank order, like the list) into the list's items.
function showMeanings(list, items) {
  items.forEach((t, i) => {
    const item = list.children[i];
    if (!item) return;
    let meaning = item.querySelector('.values-core-meaning');
    if (!meaning) item.querySelector('.values-core-name').after(meaning = h('span', { class: 'values-core-meaning' }));
    meaning.textContent = t.meaning;
  });
}

// The core values card, with an "Edit what they mean to me" button for the newest finished sort.
export function coreValuesCard(core, inProgress, newestSort) {
  const action = inProgress
    ? h('a', { class: 'button primary', href: '/values/sort', 'data-link': true, text: 'Continue the card sort' })
    : h('a', { class: `button${core.length ? '' : ' primary'}`, href: '/values/sort', 'data-link': true, text: core.length ? 'Sort my values again' : 'Start the card sort' });
  if (core.length === 0) {
    return h('section', { class: 'card empty-state', 'aria-labelledby': 'core-title' },
      h('h2', { id: 'core-title', text: 'What do you value?' }),
      h('p', { text: 'Go through about 70 values one at a time and sort each into “very important”, “important” or “not important to me”. Then rank your top five to ten and write what each means to you. It takes about fifteen minutes, and you can stop and come back.' }),
      action);
  }
  const list = coreValuesList(core);
  const area = h('div');
  const show = () => replace(area, list, newestSort
    ? h('button', { type: 'button', class: 'link', text: 'Edit what they mean to me', onclick: edit }) : null);
  const edit = () => meaningsEditor(newestSort, area, (saved) => {
    if (saved) {
      Object.assign(newestSort, saved);
      showMeanings(list, saved.top_values);
    }
    show();
  });
  show();
  return h('section', { class: 'card', 'aria-labelledby': 'core-title' },
    h('div', { class: 'card__header' }, h('h2', { id: 'core-title', text: 'My core values' }), action),
    inProgress ? h('p', { class: 'muted small', text: 'A new card sort is in progress; these values stay until you finish it.' }) : null,
    area);
}
