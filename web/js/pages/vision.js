// Vision: edit the statement, organisation and positions; drafts, conflicts and the statement's history.
import { get, put } from '../api.js';
import { formatDateTime, h, replace, timeElement, toast } from '../dom.js';
import { draftStore } from '../draft.js';
import { onSaveShortcut, showSaveError } from '../editor.js';

const TEXT_FIELDS = [
  {
    name: 'statement', label: 'My vision statement', max: 2000, large: true,
    hint: 'Who you want to be at work and beyond it, five to ten years from now. Write it in the present tense, as if it were already true.',
  },
  { name: 'organisation', label: 'Organisation', max: 200, input: true, hint: 'Where you work now (or the kind of place you want to work).' },
  { name: 'mission', label: 'Its mission', max: 2000, hint: 'What your organisation exists to do, in its words or yours. Values, skills and passions are checked against it.' },
  { name: 'current_position', label: 'Where I am now', max: 2000, hint: 'Your role, responsibilities and situation today.' },
  { name: 'future_position', label: 'Where I want to be', max: 2000, hint: 'The role, work and life you are heading for.' },
];
const HORIZONS = [5, 6, 7, 8, 9, 10];

const pick = (v) => Object.fromEntries([...TEXT_FIELDS.map((f) => [f.name, v[f.name] ?? '']), ['horizon_years', v.horizon_years]]);
const same = (a, b) => JSON.stringify(pick(a)) === JSON.stringify(pick(b));
const chars = (text) => [...text].length;

export async function render(main) {
  const [vision, history] = await Promise.all([get('/api/vision'), get('/api/vision/history')]);
  const drafts = draftStore('vision');
  let saved = pick(vision);
  let baseVersion = vision.version;
  let saving = false;

  const controls = {};
  const errors = {};
  const noticeArea = h('div');
  const saveState = h('span', { class: 'save-state', role: 'status', 'aria-live': 'polite' });
  const saveButton = h('button', { type: 'submit', class: 'primary', text: 'Save' });
  const historyList = h('div');

  function field(spec) {
    const id = `vision-${spec.name}`;
    const counter = h('span', { class: 'counter', 'aria-hidden': 'true' });
    errors[spec.name] = h('span', { class: 'field-error', id: `${id}-error` });
    const control = spec.input
      ? h('input', { type: 'text', id, name: spec.name, autocomplete: 'organization' })
      : h('textarea', { id, name: spec.name, class: spec.large ? 'large' : null, rows: spec.large ? 5 : 3 });
    control.setAttribute('aria-describedby', `${id}-hint ${id}-error`);
    controls[spec.name] = control;
    const updateCounter = () => {
      const n = chars(control.value);
      counter.textContent = `${n} / ${spec.max}`;
      counter.classList.toggle('over', n > spec.max);
    };
    control.addEventListener('input', updateCounter);
    control.updateCounter = updateCounter;
    return h('div', { class: 'field' },
      h('label', { for: id, text: spec.label }),
      h('p', { class: 'hint', id: `${id}-hint`, text: spec.hint }),
      control,
      h('div', { class: 'field__footer' }, errors[spec.name], counter));
  }

  const horizon = h('select', { id: 'vision-horizon_years', name: 'horizon_years', 'aria-describedby': 'vision-horizon_years-error' },
    HORIZONS.map((n) => h('option', { value: String(n), text: `${n} years` })));
  controls.horizon_years = horizon;
  errors.horizon_years = h('span', { class: 'field-error', id: 'vision-horizon_years-error' });

  const byName = Object.fromEntries(TEXT_FIELDS.map((f) => [f.name, f]));
  const form = h('form', { novalidate: true, 'aria-label': 'My vision' },
    h('section', { class: 'card' }, field(byName.statement)),
    h('section', { class: 'card' },
      h('h2', { text: 'My organisation' }),
      field(byName.organisation), field(byName.mission)),
    h('section', { class: 'card' },
      h('h2', { text: 'The road ahead' }),
      field(byName.current_position), field(byName.future_position),
      h('div', { class: 'field' },
        h('label', { for: 'vision-horizon_years', text: 'How far ahead' }),
        horizon, h('div', { class: 'field__footer' }, errors.horizon_years))),
    h('div', { class: 'save-bar' }, saveButton, saveState,
      h('span', { class: 'shortcut muted small' }, h('kbd', { text: 'Ctrl' }), ' + ', h('kbd', { text: 'S' }), ' saves')));

  function read() {
    const values = Object.fromEntries(TEXT_FIELDS.map((f) => [f.name, controls[f.name].value]));
    values.horizon_years = Number(horizon.value);
    return values;
  }

  function fill(values) {
    for (const f of TEXT_FIELDS) {
      controls[f.name].value = values[f.name] ?? '';
      controls[f.name].updateCounter();
    }
    horizon.value = String(values.horizon_years ?? 7);
  }

  const isDirty = () => !same(read(), saved);

  function showState(state, text) {
    saveState.dataset.state = state;
    saveState.textContent = text;
  }

  function refreshState() {
    if (saving) return;
    if (isDirty()) showState('dirty', 'Unsaved changes');
    else if (baseVersion === 0) showState('idle', 'Nothing saved yet');
    else showState('saved', `Saved${vision.updated_at ? ` · ${formatDateTime(vision.updated_at)}` : ''}`);
  }

  function clearErrors() {
    for (const [name, el] of Object.entries(errors)) {
      el.textContent = '';
      controls[name].removeAttribute('aria-invalid');
    }
  }

  function showFieldError(name, message) {
    if (!errors[name]) return false;
    errors[name].textContent = message;
    controls[name].setAttribute('aria-invalid', 'true');
    controls[name].focus();
    return true;
  }

  function adopt(server) {
    Object.assign(vision, server);
    saved = pick(server);
    baseVersion = server.version;
  }

  function onInput() {
    if (isDirty()) drafts.save(read(), baseVersion);
    else drafts.clear();
    refreshState();
  }

  function showConflict(current) {
    replace(noticeArea, h('div', { class: 'notice warning', role: 'alert' },
      h('p', {}, h('strong', { text: 'Your vision was changed in another tab or window after you started editing here.' })),
      h('p', { text: 'Your text is still in the form below. Choose which version to keep.' }),
      current.statement ? h('p', { class: 'small' }, h('span', { class: 'muted', text: 'The other saved statement: ' }), current.statement) : null,
      h('div', { class: 'actions' },
        h('button', {
          type: 'button', class: 'primary', text: 'Keep mine and save',
          onclick: () => { baseVersion = current.version; replace(noticeArea); save(); },
        }),
        h('button', {
          type: 'button', text: 'Use the other version',
          onclick: () => { adopt(current); fill(current); drafts.clear(); replace(noticeArea); refreshState(); },
        }))));
  }

  async function save() {
    if (saving) return;
    clearErrors();
    const values = read();
    const tooLong = TEXT_FIELDS.find((f) => chars(values[f.name]) > f.max);
    if (tooLong) {
      showFieldError(tooLong.name, `${tooLong.label} must be at most ${tooLong.max} characters`);
      showState('error', 'Not saved: please fix the highlighted field');
      return;
    }
    saving = true;
    saveButton.disabled = true;
    showState('saving', 'Saving…');
    try {
      const result = await put('/api/vision', { ...values, version: baseVersion });
      const statementChanged = result.statement !== saved.statement;
      adopt(result);
      if (same(read(), saved)) drafts.clear();
      replace(noticeArea);
      toast('Vision saved');
      if (statementChanged) renderHistory((await get('/api/vision/history')).items);
    } catch (error) {
      showSaveError(error, { showConflict, showFieldError, showState });
      return;
    } finally {
      saving = false;
      saveButton.disabled = false;
    }
    refreshState();
  }

  function renderHistory(items) {
    const earlier = items.filter((item, i) => !(i === 0 && item.statement === saved.statement));
    replace(historyList, earlier.length === 0
      ? h('p', { class: 'muted', text: 'Each time you change your statement, the earlier version is kept here, so you can see how your vision grows.' })
      : h('ol', { class: 'history', reversed: true }, earlier.map((item) => h('li', {},
        timeElement(item.saved_at),
        h('blockquote', { text: item.statement || '(empty)' }),
        h('button', {
          type: 'button', class: 'link', text: 'Use this wording',
          'aria-label': `Use the wording from ${formatDateTime(item.saved_at)}`,
          onclick: () => { controls.statement.value = item.statement; controls.statement.updateCounter(); onInput(); controls.statement.focus(); },
        })))));
  }

  form.addEventListener('input', onInput);
  form.addEventListener('change', onInput);
  form.addEventListener('submit', (event) => { event.preventDefault(); save(); });
  const removeSaveShortcut = onSaveShortcut(save);

  main.append(
    h('div', { class: 'page-header' },
      h('h1', { text: 'Vision' }),
      h('p', { text: 'One statement that joins the work you want to do with the life you want to live. Revisit it whenever something big changes.' })),
    noticeArea,
    form,
    h('section', { class: 'card', 'aria-labelledby': 'history-title' },
      h('h2', { id: 'history-title', text: 'Earlier versions of my statement' }),
      historyList));

  fill(saved);
  const draft = drafts.load();
  if (draft?.data && !same(draft.data, saved)) {
    fill(draft.data);
    if (typeof draft.baseVersion === 'number') baseVersion = draft.baseVersion;
    replace(noticeArea, h('div', { class: 'notice', role: 'status' },
      h('p', { text: `Restored changes you had not saved yet (from ${formatDateTime(draft.savedAt)}).` }),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', text: 'Save them now', onclick: () => save() }),
        h('button', {
          type: 'button', text: 'Discard them',
          onclick: () => { drafts.clear(); fill(saved); baseVersion = vision.version; replace(noticeArea); refreshState(); },
        }))));
  } else if (draft) {
    drafts.clear();
  }
  renderHistory(history.items);
  refreshState();
  if (vision.version === 0) controls.statement.focus();

  return { title: 'Vision', isDirty, dispose: removeSaveShortcut };
}
