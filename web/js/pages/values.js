// Values: the overview (core values, sort history, skills, strengths, passions) and the dispatcher for the
// section's other pages (/values/sort, /values/alignment, /values/worksheet, /values/vision-builder, /values/balance).
import { get, put } from '../api.js';
import { formatDateTime, h, replace, toast } from '../dom.js';
import { showSaveError } from '../editor.js';
import { listEditor } from '../values/lists.js';
import { pageHeader } from '../values/nav.js';

const PAGES = {
  sort: () => import('./values-sort.js'),
  alignment: () => import('./alignment.js'),
  worksheet: () => import('./worksheet.js'),
  'vision-builder': () => import('./vision-builder.js'),
  balance: () => import('./balance.js'),
};

// Edits what each current core value means, in place; saves them on the newest finished card sort.
function meaningsEditor(sort, list, onDone) {
  const state = h('span', { class: 'save-state', role: 'status', 'aria-live': 'polite' });
  const errors = {};
  const fields = sort.top_values.map((t, i) => {
    const id = `meaning-${i}`;
    errors[i] = h('span', { class: 'field-error', id: `${id}-error` });
    const area = h('textarea', { id, rows: 2, maxlength: 500, 'aria-describedby': `${id}-error`, value: t.meaning });
    return { t, area, el: h('div', { class: 'field' }, h('label', { for: id, text: `${i + 1}. ${t.name}: what it means to me` }), area, errors[i]) };
  });
  const ui = {
    showConflict: () => toast('Your values were changed in another tab: reload the page to see them.'),
    showFieldError: (field, message) => {
      const index = Number(field.match(/^top_values\[(\d+)\]/)?.[1]);
      if (!errors[index]) return false;
      errors[index].textContent = message;
      fields[index].area.setAttribute('aria-invalid', 'true');
      fields[index].area.focus();
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
        top_values: fields.map((f) => ({ value: f.t.value, meaning: f.area.value })), version: sort.version,
      });
      toast('Meanings saved');
      onDone(saved);
    } catch (error) {
      showSaveError(error, ui);
    }
  });
  replace(list, form);
  fields[0]?.area.focus();
}

function coreValuesCard(core, inProgress) {
  const action = inProgress
    ? h('a', { class: 'button primary', href: '/values/sort', 'data-link': true, text: 'Continue the card sort' })
    : h('a', { class: 'button' + (core.length ? '' : ' primary'), href: '/values/sort', 'data-link': true, text: core.length ? 'Sort my values again' : 'Start the card sort' });
  if (core.length === 0) {
    return h('section', { class: 'card empty-state', 'aria-labelledby': 'core-title' },
      h('h2', { id: 'core-title', text: 'What do you value?' }),
      h('p', { text: 'Go through about 70 values one at a time and sort each into “very important”, “important” or “not important to me”. Then rank your top five to ten and write what each means to you. It takes about fifteen minutes, and you can stop and come back.' }),
      action);
  }
  return h('section', { class: 'card', 'aria-labelledby': 'core-title' },
    h('div', { class: 'card__header' }, h('h2', { id: 'core-title', text: 'My core values' }), action),
    inProgress ? h('p', { class: 'muted small', text: 'A new card sort is in progress; these values stay until you finish it.' }) : null,
    h('ol', { class: 'core-values' }, core.map((v) => h('li', {},
      h('span', { class: 'core-name', text: v.name }),
      v.meaning ? h('span', { class: 'core-meaning', text: v.meaning }) : null,
      v.definition ? h('span', { class: 'muted small', text: v.definition }) : null,
      h('a', { class: 'small', href: `/journal?value=${v.id}`, 'data-link': true, text: 'Reflections linked to it', 'aria-label': `Reflections linked to ${v.name}` })))));
}

// The core values card, with an "Edit meanings" button for the newest finished sort.
function editableCoreValuesCard(core, inProgress, newestSort) {
  const card = coreValuesCard(core, inProgress);
  if (!newestSort || core.length === 0) return card;
  const list = card.querySelector('.core-values');
  const area = h('div');
  list.replaceWith(area);
  const show = (items) => {
    replace(area, list);
    // The saved meanings, in rank order like the list.
    (items ?? []).forEach((t, i) => {
      const item = list.children[i];
      if (!item) return;
      let meaning = item.querySelector('.core-meaning');
      if (!meaning) item.querySelector('.core-name').after(meaning = h('span', { class: 'core-meaning' }));
      meaning.textContent = t.meaning;
    });
    replace(area, list, h('button', { type: 'button', class: 'link', text: 'Edit what they mean to me', onclick: () => edit() }));
  };
  const edit = () => meaningsEditor(newestSort, area, (saved) => {
    if (saved) Object.assign(newestSort, saved);
    show(saved ? saved.top_values : null);
  });
  show(null);
  return card;
}

function historyCard(sorts) {
  if (sorts.length < 2) return null;
  return h('section', { class: 'card', 'aria-labelledby': 'sorts-title' },
    h('h2', { id: 'sorts-title', text: 'Earlier card sorts' }),
    h('ol', { class: 'history' }, sorts.slice(1).map((s) => h('li', {},
      h('time', { datetime: s.finished_at, text: formatDateTime(s.finished_at) }),
      h('p', { text: s.top_values.map((t) => t.name).join(' · ') })))));
}

export async function render(main, params) {
  if (params.tab) {
    const load = PAGES[params.tab];
    if (!load) {
      main.append(h('div', { class: 'card empty-state' }, h('h1', { text: 'Page not found' }), h('a', { href: '/values', 'data-link': true, text: 'Back to Values' })));
      return { title: 'Not found' };
    }
    return (await load()).render(main, params);
  }
  const [core, current, sorts] = await Promise.all([get('/api/values/core'), get('/api/values/sorts/current'), get('/api/values/sorts')]);
  const lists = await Promise.all([
    listEditor({ list: 'skills', title: 'Skills', singular: 'skill', maxName: 120, placeholder: 'e.g. System design', hint: 'What you have learned to do well. Skills can usually be flexed to fit the mission.', empty: 'No skills yet.' }),
    listEditor({ list: 'strengths', title: 'Strengths', singular: 'strength', maxName: 120, placeholder: 'e.g. Calm under pressure', hint: 'What comes naturally and gives you energy.', empty: 'No strengths yet.' }),
    listEditor({ list: 'passions', title: 'Passions', singular: 'passion', maxName: 120, placeholder: 'e.g. Teaching', hint: 'What you would do even if nobody paid you. It only needs to fit the mission in part.', empty: 'No passions yet.' }),
  ]);
  main.append(
    ...pageHeader('', 'Values', 'Your energetic centre: the values, skills, strengths and passions you bring, checked against your organisation’s mission.'),
    editableCoreValuesCard(core.items, Boolean(current.sort), sorts.items[0]),
    historyCard(sorts.items) ?? '',
    h('h2', { class: 'section-title', text: 'Skills, strengths and passions' }),
    h('div', { class: 'grid kept-grid' }, lists),
    h('section', { class: 'card next-step' },
      h('p', {}, 'When your lists are ready, ', h('a', { href: '/values/alignment', 'data-link': true, text: 'rate how well each fits the mission' }), '.')));
  return { title: 'Values' };
}
