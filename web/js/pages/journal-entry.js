// A journal entry: /journal/new/:kind writes one, /journal/:id reads one, /journal/:id/edit edits one.
// The editor keeps a local draft until the server confirms the save, and warns before leaving unsaved text.
import { del, get, post, put } from '../api.js';
import { navigate } from '../app.js';
import { formatDateTime, h, replace, toast } from '../dom.js';
import { draftStore } from '../draft.js';
import { onSaveShortcut, showSaveError } from '../editor.js';
import { ENERGY_WORDS, MOOD_WORDS, dayElement, formatDay, kindLabel, loadCoreValues, markdownBlock } from '../journal/render.js';

const chars = (text) => [...text].length;

export async function render(main, params) {
  if (params.kind) return editor(main, { kind: params.kind });
  if (location.pathname.endsWith('/edit')) return editor(main, { id: params.id });
  return view(main, params.id);
}

// --- Reading an entry ---

async function view(main, id) {
  const [entry, meta, coreValues] = await Promise.all([get(`/api/journal/entries/${encodeURIComponent(id)}`), get('/api/journal/kinds'), loadCoreValues(get)]);
  const kind = meta.items.find((k) => k.id === entry.kind);
  const noticeArea = h('div', { 'aria-live': 'polite' });

  function showTrashed() {
    replace(noticeArea, h('div', { class: 'notice warning', role: 'status' },
      h('p', { text: 'This entry is in the trash. It stays there until you restore it or delete it for good.' }),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', text: 'Restore', onclick: restore }),
        h('a', { href: '/journal/trash', 'data-link': true, text: 'Open the trash' }))));
  }

  async function restore() {
    try {
      const restored = await post(`/api/journal/entries/${entry.id}/restore`);
      Object.assign(entry, restored);
      replace(noticeArea);
      actions.hidden = false;
      toast('Entry restored');
    } catch (error) {
      replace(noticeArea, h('div', { class: 'notice error', role: 'alert' }, h('p', { text: `Could not restore: ${error.message}` })));
    }
  }

  async function moveToTrash() {
    try {
      await del(`/api/journal/entries/${entry.id}`);
      actions.hidden = true;
      replace(noticeArea, h('div', { class: 'notice', role: 'status' },
        h('p', { text: 'Moved to the trash.' }),
        h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'primary', text: 'Undo', onclick: restore }),
          h('a', { href: '/journal', 'data-link': true, text: 'Back to the journal' }))));
      noticeArea.querySelector('button')?.focus();
    } catch (error) {
      toast(`Could not move to the trash: ${error.message}`);
    }
  }

  const actions = h('div', { class: 'entry-actions' },
    h('a', { class: 'button primary', href: `/journal/${entry.id}/edit`, 'data-link': true, text: 'Edit' }),
    h('button', { type: 'button', class: 'danger', text: 'Move to trash', onclick: moveToTrash }));

  const answered = (kind?.prompts ?? []).filter((p) => entry.answers[p.key] !== undefined);
  const valueNames = entry.value_ids.map((vid) => coreValues.find((v) => v.id === vid)?.name ?? `Value #${vid}`);

  main.append(
    h('div', { class: 'page-header entry-header' },
      h('p', { class: 'entry-kicker' },
        h('a', { href: '/journal', 'data-link': true, text: 'Journal' }), ' · ',
        h('span', { text: kindLabel(entry.kind) }), ' · ',
        dayElement(entry.date),
        entry.week ? h('span', { class: 'muted', text: ` · week ${entry.week.week}` }) : null),
      h('h1', { text: entry.title })),
    noticeArea,
    h('article', { class: 'card entry-read' },
      answered.map((p) => h('section', { class: 'entry-answer' },
        h('h2', { text: p.label }),
        p.type === 'rating'
          ? h('p', { class: 'rating-readout', text: `${entry.answers[p.key]} / 5` })
          : markdownBlock(entry.html.answers[p.key]))),
      entry.body ? h('section', { class: 'entry-answer' }, answered.length ? h('h2', { text: 'Notes' }) : null, markdownBlock(entry.html.body)) : null,
      h('dl', { class: 'entry-facts' },
        entry.mood ? [h('dt', { text: 'Mood' }), h('dd', { text: `${entry.mood}/5 · ${MOOD_WORDS[entry.mood]}` })] : null,
        entry.energy ? [h('dt', { text: 'Energy' }), h('dd', { text: `${entry.energy}/5 · ${ENERGY_WORDS[entry.energy]}` })] : null,
        entry.tags.length ? [h('dt', { text: 'Tags' }), h('dd', {}, h('ul', { class: 'tag-list' }, entry.tags.map((t) => h('li', {}, h('span', { class: 'tag', text: `#${t}` })))))] : null,
        valueNames.length ? [h('dt', { text: 'Values' }), h('dd', { text: valueNames.join(', ') })] : null,
        h('dt', { text: 'Last saved' }), h('dd', { text: formatDateTime(entry.updated_at) }))),
    actions);

  if (entry.deleted_at) {
    actions.hidden = true;
    showTrashed();
  }
  return { title: entry.title };
}

// --- Writing or editing an entry ---

async function editor(main, { kind: newKind, id }) {
  const [meta, existing, coreValues] = await Promise.all([
    get('/api/journal/kinds'),
    id ? get(`/api/journal/entries/${encodeURIComponent(id)}`) : null,
    loadCoreValues(get),
  ]);
  const kindId = existing?.kind ?? newKind;
  const kind = meta.items.find((k) => k.id === kindId);
  if (!kind) {
    main.append(h('div', { class: 'card empty-state' },
      h('h1', { text: 'Unknown kind of entry' }),
      h('p', { text: 'Choose a weekly reflection, a monthly review or a free entry from the journal.' }),
      h('a', { class: 'button primary', href: '/journal', 'data-link': true, text: 'Go to the journal' })));
    return { title: 'Journal' };
  }
  if (existing?.deleted_at) {
    navigate(`/journal/${existing.id}`);
    return { title: existing.title };
  }

  const limits = meta.limits;
  const drafts = draftStore(existing ? `journal.entry.${existing.id}` : `journal.new.${kind.id}`);
  const blank = { date: meta.today, title: '', body: '', answers: {}, tags: '', mood: null, energy: null, value_ids: [] };
  const fromEntry = (e) => ({
    date: e.date, title: e.title, body: e.body, answers: { ...e.answers }, tags: e.tags.join(', '),
    mood: e.mood, energy: e.energy, value_ids: [...e.value_ids],
  });
  let saved = existing ? fromEntry(existing) : blank;
  let baseVersion = existing?.version ?? 0;
  let saving = false;

  const controls = {};
  const errors = {};
  const noticeArea = h('div');
  const saveState = h('span', { class: 'save-state', role: 'status', 'aria-live': 'polite' });
  const saveButton = h('button', { type: 'submit', class: 'primary', text: existing ? 'Save' : 'Save entry' });

  function errorSlot(name, idBase) {
    errors[name] = h('span', { class: 'field-error', id: `${idBase}-error` });
    return errors[name];
  }

  function textField({ name, id: fieldId, label, hint, max, large, rows = 4, placeholder }) {
    const counter = h('span', { class: 'counter', 'aria-hidden': 'true' });
    const control = h('textarea', { id: fieldId, name, rows, class: large ? 'large' : null, placeholder, 'aria-describedby': `${fieldId}-hint ${fieldId}-error` });
    controls[name] = control;
    control.updateCounter = () => {
      const n = chars(control.value);
      counter.textContent = n > max * 0.8 ? `${n} / ${max}` : '';
      counter.classList.toggle('over', n > max);
    };
    control.addEventListener('input', control.updateCounter);
    return h('div', { class: 'field' },
      h('label', { for: fieldId, text: label }),
      hint ? h('p', { class: 'hint', id: `${fieldId}-hint`, text: hint }) : null,
      control,
      h('div', { class: 'field__footer' }, errorSlot(name, fieldId), counter));
  }

  // A 1-5 choice as radio buttons, with "not set" for optional ones.
  function scale({ name, legend, hint, words, optional }) {
    const idBase = `entry-${name.replace(/\W/g, '-')}`;
    const options = [];
    if (optional) options.push(['', 'Not set']);
    for (let n = 1; n <= 5; n += 1) options.push([String(n), words ? `${n} · ${words[n]}` : String(n)]);
    const group = h('div', { class: 'scale', role: 'radiogroup', 'aria-describedby': `${idBase}-hint ${idBase}-error` },
      options.map(([value, text]) => h('label', { class: 'scale__option' },
        h('input', { type: 'radio', name, value }), h('span', { text }))));
    controls[name] = group;
    return h('fieldset', { class: 'field scale-field' },
      h('legend', { class: 'label', text: legend }),
      hint ? h('p', { class: 'hint', id: `${idBase}-hint`, text: hint }) : null,
      group,
      h('div', { class: 'field__footer' }, errorSlot(name, idBase)));
  }

  const readScale = (name) => {
    const checked = controls[name].querySelector('input:checked');
    return checked && checked.value !== '' ? Number(checked.value) : null;
  };
  const fillScale = (name, value) => {
    for (const input of controls[name].querySelectorAll('input')) input.checked = input.value === (value == null ? '' : String(value));
  };

  const promptFields = kind.prompts.map((p) => (p.type === 'rating'
    ? scale({ name: `answers.${p.key}`, legend: p.label, hint: p.question, optional: true })
    : textField({ name: `answers.${p.key}`, id: `entry-answer-${p.key}`, label: p.label, hint: p.question, max: limits.answer, rows: 3 })));

  const dateInput = h('input', { type: 'date', id: 'entry-date', name: 'date', required: true, 'aria-describedby': 'entry-date-error' });
  controls.date = dateInput;
  const titleInput = h('input', { type: 'text', id: 'entry-title', name: 'title', maxlength: limits.title * 2, 'aria-describedby': 'entry-title-hint entry-title-error' });
  controls.title = titleInput;
  const tagsInput = h('input', { type: 'text', id: 'entry-tags', name: 'tags', autocomplete: 'off', 'aria-describedby': 'entry-tags-hint entry-tags-error' });
  controls.tags = tagsInput;

  const bodyField = textField({
    name: 'body', id: 'entry-body', large: kind.id === 'free', rows: kind.id === 'free' ? 10 : 4, max: limits.body,
    label: kind.id === 'free' ? 'Entry' : 'Anything else',
    hint: 'Markdown works: **bold**, _italic_, - lists, [links](https://…). HTML tags are left out.',
  });

  const suggestions = kind.id === 'free' && meta.suggestions.length
    ? h('div', { class: 'suggestions' },
      h('p', { class: 'hint', text: 'Need a starting point? This week’s questions:' }),
      h('ul', {}, meta.suggestions.map((q) => h('li', {},
        h('button', {
          type: 'button', class: 'link', text: q, 'aria-label': `Add the question: ${q}`,
          onclick: () => {
            const body = controls.body;
            body.value = `${body.value.trim() ? `${body.value.trimEnd()}\n\n` : ''}**${q}**\n\n`;
            body.updateCounter();
            onInput();
            body.focus();
            body.setSelectionRange(body.value.length, body.value.length);
          },
        })))))
    : null;

  const valuesGroup = coreValues.length
    ? h('fieldset', { class: 'field' },
      h('legend', { class: 'label', text: 'Values this touches' }),
      h('p', { class: 'hint', id: 'entry-values-hint', text: 'Link the entry to your core values, so you can see later which ones keep coming up.' }),
      controls.value_ids = h('div', { class: 'value-picker' }, coreValues.map((v) => h('label', { class: 'value-option' },
        h('input', { type: 'checkbox', name: 'value_ids', value: String(v.id) }), h('span', { text: v.name })))),
      h('div', { class: 'field__footer' }, errorSlot('value_ids', 'entry-values')))
    : null;

  const weekNote = h('span', { class: 'muted small', id: 'entry-date-hint' });
  const form = h('form', { novalidate: true, 'aria-label': kind.label, class: 'entry-form' },
    h('section', { class: 'card entry-when' },
      h('div', { class: 'field' },
        h('label', { for: 'entry-date', text: 'Date' }), dateInput, weekNote,
        h('div', { class: 'field__footer' }, errorSlot('date', 'entry-date'))),
      h('div', { class: 'field' },
        h('label', { for: 'entry-title', text: 'Title' }),
        h('p', { class: 'hint', id: 'entry-title-hint', text: 'Optional: leave it empty for a title from the date.' }),
        titleInput,
        h('div', { class: 'field__footer' }, errorSlot('title', 'entry-title')))),
    promptFields.length ? h('section', { class: 'card' }, promptFields) : null,
    h('section', { class: 'card' }, suggestions, bodyField),
    h('section', { class: 'card' },
      h('div', { class: 'field' },
        h('label', { for: 'entry-tags', text: 'Tags' }),
        h('p', { class: 'hint', id: 'entry-tags-hint', text: 'Separated by commas, e.g. feedback, team, health.' }),
        tagsInput,
        h('div', { class: 'field__footer' }, errorSlot('tags', 'entry-tags'))),
      h('div', { class: 'scales' },
        scale({ name: 'mood', legend: 'Mood', words: MOOD_WORDS, optional: true }),
        scale({ name: 'energy', legend: 'Energy', words: ENERGY_WORDS, optional: true })),
      valuesGroup),
    h('div', { class: 'save-bar' }, saveButton, saveState,
      h('a', { href: existing ? `/journal/${existing.id}` : '/journal', 'data-link': true, text: existing ? 'Back to the entry' : 'Cancel' }),
      h('span', { class: 'shortcut muted small' }, h('kbd', { text: 'Ctrl' }), ' + ', h('kbd', { text: 'S' }), ' saves')));

  function read() {
    const answers = {};
    for (const p of kind.prompts) {
      const name = `answers.${p.key}`;
      if (p.type === 'rating') {
        const v = readScale(name);
        if (v !== null) answers[p.key] = v;
      } else if (controls[name].value.trim() !== '') {
        answers[p.key] = controls[name].value;
      }
    }
    return {
      date: dateInput.value,
      title: titleInput.value,
      body: controls.body.value,
      answers,
      tags: tagsInput.value,
      mood: readScale('mood'),
      energy: readScale('energy'),
      value_ids: controls.value_ids ? [...controls.value_ids.querySelectorAll('input:checked')].map((c) => Number(c.value)) : saved.value_ids,
    };
  }

  function fill(v) {
    dateInput.value = v.date ?? '';
    titleInput.value = v.title ?? '';
    controls.body.value = v.body ?? '';
    controls.body.updateCounter();
    for (const p of kind.prompts) {
      const name = `answers.${p.key}`;
      if (p.type === 'rating') fillScale(name, v.answers?.[p.key] ?? null);
      else {
        controls[name].value = v.answers?.[p.key] ?? '';
        controls[name].updateCounter();
      }
    }
    tagsInput.value = v.tags ?? '';
    fillScale('mood', v.mood);
    fillScale('energy', v.energy);
    if (controls.value_ids) {
      for (const c of controls.value_ids.querySelectorAll('input')) c.checked = (v.value_ids ?? []).includes(Number(c.value));
    }
    updateWeekNote();
  }

  function updateWeekNote() {
    weekNote.textContent = dateInput.value ? formatDay(dateInput.value, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }) : '';
  }

  const normalise = (v) => JSON.stringify({ ...v, tags: v.tags.split(',').map((t) => t.trim()).filter(Boolean) });
  const isDirty = () => normalise(read()) !== normalise(saved);

  function showState(state, text) {
    saveState.dataset.state = state;
    saveState.textContent = text;
  }

  function refreshState() {
    if (saving) return;
    if (isDirty()) showState('dirty', 'Unsaved changes (a draft is kept in this browser)');
    else if (!existing) showState('idle', 'Nothing saved yet');
    else showState('saved', `Saved · ${formatDateTime(existing.updated_at)}`);
  }

  function clearErrors() {
    for (const [name, el] of Object.entries(errors)) {
      el.textContent = '';
      controls[name]?.removeAttribute('aria-invalid');
    }
  }

  function showFieldError(field, message) {
    const name = field.replace(/\[\d+\]$/, '');
    if (!errors[name]) return false;
    errors[name].textContent = message;
    const control = controls[name];
    control.setAttribute('aria-invalid', 'true');
    (control.querySelector?.('input') ?? control).focus();
    return true;
  }

  function onInput() {
    if (isDirty()) drafts.save(read(), baseVersion);
    else drafts.clear();
    updateWeekNote();
    refreshState();
  }

  function payload(v) {
    return {
      kind: kind.id, date: v.date, title: v.title, body: v.body, answers: v.answers,
      tags: v.tags.split(',').map((t) => t.trim()).filter(Boolean),
      mood: v.mood, energy: v.energy, value_ids: v.value_ids,
    };
  }

  function showConflict(current) {
    replace(noticeArea, h('div', { class: 'notice warning', role: 'alert' },
      h('p', {}, h('strong', { text: 'This entry was changed in another tab or window after you started editing here.' })),
      h('p', { text: 'Your text is still in the form below. Choose which version to keep.' }),
      h('div', { class: 'actions' },
        h('button', {
          type: 'button', class: 'primary', text: 'Keep mine and save',
          onclick: () => { baseVersion = current.version; replace(noticeArea); save(); },
        }),
        h('button', {
          type: 'button', text: 'Use the other version',
          onclick: () => { saved = fromEntry(current); baseVersion = current.version; Object.assign(existing, current); fill(saved); drafts.clear(); replace(noticeArea); refreshState(); },
        }))));
  }

  async function save() {
    if (saving) return;
    clearErrors();
    const values = read();
    if (!values.date) {
      showFieldError('date', 'date is required');
      showState('error', 'Not saved: please fix the highlighted field');
      return;
    }
    saving = true;
    saveButton.disabled = true;
    showState('saving', 'Saving…');
    try {
      if (!existing) {
        const created = await post('/api/journal/entries', payload(values));
        drafts.clear();
        saved = read();
        saving = false;
        toast('Entry saved');
        navigate(`/journal/${created.id}`);
        return;
      }
      const result = await put(`/api/journal/entries/${existing.id}`, { ...payload(values), version: baseVersion });
      Object.assign(existing, result);
      saved = fromEntry(result);
      baseVersion = result.version;
      if (!isDirty()) drafts.clear();
      replace(noticeArea);
      toast('Entry saved');
    } catch (error) {
      showSaveError(error, { showConflict, showFieldError, showState });
      return;
    } finally {
      saving = false;
      saveButton.disabled = false;
    }
    refreshState();
  }

  form.addEventListener('input', onInput);
  form.addEventListener('change', onInput);
  form.addEventListener('submit', (event) => { event.preventDefault(); save(); });
  const removeSaveShortcut = onSaveShortcut(save);

  const intro = {
    weekly: 'Two minutes is enough. Answer what you can; one honest line beats a blank page.',
    monthly: 'Step back from the weeks: what moved, what you enjoyed, what is out of balance, and whether your work still fits your values.',
    free: 'Anything on your mind. Use a question below if you want a nudge.',
  }[kind.id] ?? '';
  main.append(
    h('div', { class: 'page-header' },
      h('p', { class: 'entry-kicker' }, h('a', { href: '/journal', 'data-link': true, text: 'Journal' }), ` · ${existing ? 'Editing' : 'New'}`),
      h('h1', { text: existing ? existing.title : kind.label }),
      h('p', { text: intro })),
    noticeArea,
    form);

  fill(saved);
  const draft = drafts.load();
  if (draft?.data && normalise({ ...blank, ...draft.data }) !== normalise(saved)) {
    fill({ ...blank, ...draft.data });
    if (typeof draft.baseVersion === 'number' && existing) baseVersion = draft.baseVersion;
    replace(noticeArea, h('div', { class: 'notice', role: 'status' },
      h('p', { text: `Restored text you had not saved yet (from ${formatDateTime(draft.savedAt)}).` }),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', text: 'Save it now', onclick: () => save() }),
        h('button', {
          type: 'button', text: 'Discard it',
          onclick: () => { if (window.confirm('Discard the unsaved text?')) { drafts.clear(); fill(saved); baseVersion = existing?.version ?? 0; replace(noticeArea); refreshState(); } },
        }))));
  } else if (draft) {
    drafts.clear();
  }
  refreshState();
  const first = kind.prompts.find((p) => p.type === 'text');
  (first ? controls[`answers.${first.key}`] : controls.body).focus();

  return { title: existing ? `Edit: ${existing.title}` : kind.label, isDirty, dispose: removeSaveShortcut };
}
