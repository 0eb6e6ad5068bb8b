// Goals: initiatives (performance goals) with the SMART check, health, the focus rule, and the stop-doing list.
import { ApiError, del, get, patch, post, put } from '../api.js';
import { formatDateTime, h, replace, toast } from '../dom.js';
import { draftStore } from '../draft.js';
import {
  HORIZONS, STATUS_LABELS, STOP_ACTIONS, dateElement, errorShower, field, healthBadge,
  initiativeSelect, loadCoreValues, milestoneEditor,
} from './common.js';

const EDITABLE = ['title', 'why', 'value_ids', 'supports_vision', 'horizon', 'start_date', 'finish_date',
  'measure_of_success', 'status', 'progress', 'milestones'];
const pick = (i) => Object.fromEntries(EDITABLE.map((k) => [k, i[k] ?? null]));
const same = (a, b) => JSON.stringify(pick(a)) === JSON.stringify(pick(b));
const EMPTY = {
  title: '', why: '', value_ids: [], supports_vision: false, horizon: 'short', start_date: null, finish_date: null,
  measure_of_success: '', status: 'planned', progress: 0, milestones: [],
};

export async function renderInitiatives(main) {
  const [list, stopList, values, vision] = await Promise.all([
    get('/api/initiatives'), get('/api/stop-doing'), loadCoreValues(), get('/api/vision'),
  ]);
  let initiatives = list.items;
  let stopItems = stopList.items;
  let editor = null;  // {isDirty()} while the editor is open

  const focusArea = h('div', { 'aria-live': 'polite' });
  const editorArea = h('div');
  const listArea = h('div');
  const counter = h('p', { class: 'focus-count', role: 'status' });
  const newButton = h('button', { type: 'button', class: 'primary', text: 'New initiative', onclick: () => openEditor(null) });
  const stopArea = h('div');
  const valueName = (id) => values?.find((v) => v.id === id)?.name ?? `Value #${id}`;

  async function reload() {
    const [fresh, freshStop] = await Promise.all([get('/api/initiatives'), get('/api/stop-doing')]);
    initiatives = fresh.items;
    stopItems = freshStop.items;
    renderList();
    renderStop();
  }

  // ---- the focus rule ----

  // Shows the server's refusal with the active initiatives to postpone or drop; `retry` runs after a choice.
  function showFocusChoice(error, retry) {
    const active = error.body?.active ?? [];
    const choose = async (item, status) => {
      try {
        await patch(`/api/initiatives/${item.id}`, { status, version: item.version });
        replace(focusArea);
        toast(`${STATUS_LABELS[status]}: ${item.title}`);
        await retry();
      } catch (e) {
        replace(focusArea, h('div', { class: 'notice error', role: 'alert' }, h('p', { text: e.message })));
      }
    };
    replace(focusArea, h('div', { class: 'notice warning focus-choice', role: 'alert' },
      h('p', {}, h('strong', { text: 'Five active initiatives is the limit.' }), ' ', error.message),
      h('p', { text: 'Which one should make room?' }),
      h('ul', { class: 'focus-choice__list' }, active.map((item) => h('li', {},
        h('span', { class: 'focus-choice__title', text: item.title }),
        h('span', { class: 'focus-choice__actions' },
          h('button', { type: 'button', text: 'Postpone', 'aria-label': `Postpone ${item.title}`, onclick: () => choose(item, 'postponed') }),
          h('button', { type: 'button', text: 'Drop', 'aria-label': `Drop ${item.title}`, onclick: () => choose(item, 'dropped') }))))),
      h('div', { class: 'actions' },
        h('button', { type: 'button', text: 'Keep things as they are', onclick: () => replace(focusArea) }))));
    focusArea.querySelector('button')?.focus();
  }

  // ---- the list ----

  async function changeStatus(item, status) {
    try {
      await patch(`/api/initiatives/${item.id}`, { status, version: item.version });
      toast(`${item.title}: ${STATUS_LABELS[status].toLowerCase()}`);
      replace(focusArea);
      await reload();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.field === 'status') {
        showFocusChoice(error, () => changeStatus(item, status));
      } else if (error instanceof ApiError && error.status === 409) {
        toast('It was changed elsewhere; showing the latest.');
        await reload();
      } else {
        replace(focusArea, h('div', { class: 'notice error', role: 'alert' },
          h('p', { text: `${item.title} was not changed: ${error.message}` }),
          error.field === 'start_date' || error.field === 'finish_date'
            ? h('button', { type: 'button', text: 'Add the dates', onclick: () => openEditor(item) }) : null));
      }
    }
  }

  async function tickMilestone(item, index, done) {
    const milestones = item.milestones.map((m, i) => (i === index ? { ...m, done } : m));
    try {
      await patch(`/api/initiatives/${item.id}`, { milestones, version: item.version });
      toast(done ? `Milestone reached: ${item.milestones[index].title}` : 'Milestone reopened');
    } catch (error) {
      toast(`Not saved: ${error.message}`);
    }
    await reload();
    listArea.querySelector(`#ms-${item.id}-${index}`)?.focus();
  }

  async function remove(item) {
    if (!window.confirm(`Delete the initiative "${item.title}" and its milestones? This cannot be undone.\n\n(Postpone or drop keeps it as a record instead.)`)) return;
    try {
      await del(`/api/initiatives/${item.id}`);
      toast(`Deleted: ${item.title}`);
    } catch (error) {
      toast(`Not deleted: ${error.message}`);
    }
    await reload();
  }

  function smartBlock(item) {
    if (item.smart_gaps.length === 0) {
      return h('p', { class: 'smart smart--ok small' }, h('span', { 'aria-hidden': 'true', text: '✓ ' }), 'Looks SMART: specific, measurable, achievable, relevant and time-bound.');
    }
    return h('div', { class: 'smart' },
      h('p', { class: 'small smart__title' }, h('strong', { text: 'SMART check' }), ` · it visibly lacks ${item.smart_gaps.map((g) => g.quality).join(', ')}`),
      h('ul', { class: 'smart__list' }, item.smart_gaps.map((g) => h('li', {},
        h('span', { class: 'smart__letter', 'aria-hidden': 'true', text: g.letter }),
        h('span', {}, h('span', { class: 'visually-hidden', text: `${g.quality}: ` }), g.hint)))));
  }

  function card(item) {
    const statusActions = [];
    if (item.status !== 'active' && item.status !== 'done') statusActions.push(['Start', 'active']);
    if (item.status === 'active') statusActions.push(['Mark done', 'done']);
    if (item.status === 'active' || item.status === 'planned') statusActions.push(['Postpone', 'postponed']);
    if (item.status !== 'dropped' && item.status !== 'done') statusActions.push(['Drop', 'dropped']);
    const horizon = HORIZONS.find((x) => x.key === item.horizon);
    const overdue = item.health.state === 'overdue';
    return h('article', { class: `card initiative initiative--${item.status}${overdue ? ' initiative--overdue' : ''}`, 'aria-labelledby': `init-${item.id}-title`, dataset: { id: item.id } },
      h('div', { class: 'initiative__head' },
        h('h3', { id: `init-${item.id}-title`, text: item.title }),
        h('div', { class: 'badges' },
          h('span', { class: `badge status status--${item.status}`, text: STATUS_LABELS[item.status] }),
          healthBadge(item.health),
          h('span', { class: 'badge', text: `${horizon.label} term` }))),
      item.status === 'active' || item.status === 'planned'
        ? h('p', { class: `health-reason small health-reason--${item.health.state}`, text: item.health.reason }) : null,
      h('p', { class: 'initiative__dates small muted' },
        item.start_date || item.finish_date
          ? [item.start_date ? dateElement(item.start_date) : 'No start date', ' → ', item.finish_date ? dateElement(item.finish_date) : 'no finish date']
          : 'No dates yet'),
      h('div', { class: 'progress-row' },
        h('progress', { max: 100, value: item.progress, 'aria-label': `Progress of ${item.title}` }),
        h('span', { class: 'small', text: `${item.progress}%` })),
      item.measure_of_success ? h('p', {}, h('strong', { text: 'Done when: ' }), item.measure_of_success) : null,
      item.why ? h('p', { class: 'initiative__why' }, h('strong', { text: 'Why: ' }), item.why) : null,
      item.value_ids.length || item.supports_vision
        ? h('p', { class: 'small links' },
          item.supports_vision ? h('span', { class: 'chip', text: 'Supports my vision' }) : null,
          item.value_ids.map((id) => h('span', { class: 'chip', text: valueName(id) })))
        : null,
      item.milestones.length
        ? h('ul', { class: 'milestones', 'aria-label': `Milestones of ${item.title}` }, item.milestones.map((m, i) => {
          const box = h('input', { type: 'checkbox', id: `ms-${item.id}-${i}`, checked: m.done ? true : null, onchange: (e) => tickMilestone(item, i, e.target.checked) });
          return h('li', { class: m.done ? 'done' : null },
            box, h('label', { for: box.id }, m.title, m.due_date ? h('span', { class: 'muted small' }, ' · due ', dateElement(m.due_date)) : null));
        }))
        : null,
      smartBlock(item),
      h('div', { class: 'initiative__actions' },
        h('button', { type: 'button', text: 'Edit', 'aria-label': `Edit ${item.title}`, onclick: () => openEditor(item) }),
        statusActions.map(([label, status]) => h('button', { type: 'button', text: label, 'aria-label': `${label}: ${item.title}`, onclick: () => changeStatus(item, status) })),
        h('button', { type: 'button', class: 'link danger', text: 'Delete', 'aria-label': `Delete ${item.title}`, onclick: () => remove(item) })));
  }

  function renderList() {
    const active = initiatives.filter((i) => i.status === 'active');
    counter.textContent = `${active.length} of ${list.max_active} active`;
    counter.classList.toggle('full', active.length >= list.max_active);
    const groups = [
      ['Active', active],
      ['Planned', initiatives.filter((i) => i.status === 'planned')],
      ['Postponed', initiatives.filter((i) => i.status === 'postponed')],
    ];
    const closed = initiatives.filter((i) => i.status === 'done' || i.status === 'dropped');
    if (initiatives.length === 0) {
      replace(listArea, h('div', { class: 'empty-state card' },
        h('h3', { text: 'No initiatives yet' }),
        h('p', { text: 'An initiative is a concrete move that brings your vision closer: a title, dates, a measure of success and why it matters. Keep at most five active at a time.' }),
        h('button', { type: 'button', class: 'primary', text: 'Add my first initiative', onclick: () => openEditor(null) })));
      return;
    }
    replace(listArea,
      groups.filter(([, items]) => items.length).map(([label, items]) => h('section', { class: 'initiative-group', 'aria-label': label },
        h('h3', { class: 'group-title', text: `${label} (${items.length})` }), items.map(card))),
      closed.length
        ? h('details', { class: 'initiative-group' },
          h('summary', { text: `Done and dropped (${closed.length})` }), closed.map(card))
        : null);
  }

  // ---- the editor ----

  function openEditor(item) {
    if (editor?.isDirty() && !window.confirm('Discard the changes in the open editor?')) return;
    editor?.close(false);
    editor = buildEditor(item);
    replace(editorArea, editor.el);
    if (initiatives.length === 0) replace(listArea);  // the empty state's button would repeat the editor
    editor.focus();
  }

  function buildEditor(item) {
    const original = item ? pick(item) : { ...EMPTY };
    const drafts = draftStore(`goals.initiative.${item ? item.id : 'new'}`);
    const prefix = `ini-${item ? item.id : 'new'}`;
    let baseVersion = item?.version ?? 0;
    const c = {
      title: h('input', { type: 'text' }),
      why: h('textarea', { rows: 3 }),
      horizon: h('select', {}, HORIZONS.map((x) => h('option', { value: x.key, text: `${x.label} (${x.hint})` }))),
      start_date: h('input', { type: 'date' }),
      finish_date: h('input', { type: 'date' }),
      measure_of_success: h('textarea', { rows: 2 }),
      status: h('select', {}, Object.entries(STATUS_LABELS).map(([k, v]) => h('option', { value: k, text: v }))),
      progress: h('input', { type: 'number', min: 0, max: 100, step: 5, inputmode: 'numeric' }),
      supports_vision: h('input', { type: 'checkbox' }),
    };
    const f = {
      title: field({ id: `${prefix}-title`, label: 'Title', hint: 'Name the result, e.g. "Ship the billing API v2" rather than "Improve the API".', control: c.title, max: 200 }),
      why: field({ id: `${prefix}-why`, label: 'Why it supports the bigger picture', hint: 'How this moves your vision forward or serves your values.', control: c.why, max: 2000 }),
      horizon: field({ id: `${prefix}-horizon`, label: 'Horizon', control: c.horizon }),
      start_date: field({ id: `${prefix}-start`, label: 'Start', control: c.start_date }),
      finish_date: field({ id: `${prefix}-finish`, label: 'Finish', control: c.finish_date }),
      measure_of_success: field({ id: `${prefix}-measure`, label: 'Measure of success', hint: 'What will be true when it is done: a number, a deliverable, someone\'s yes.', control: c.measure_of_success, max: 1000 }),
      status: field({ id: `${prefix}-status`, label: 'Status', hint: 'At most five can be active at a time.', control: c.status }),
      progress: field({ id: `${prefix}-progress`, label: 'Progress (%)', control: c.progress }),
    };
    const valueBoxes = (values ?? []).map((v) => h('input', { type: 'checkbox', value: String(v.id), 'aria-label': v.name }));
    const valuesError = h('span', { class: 'field-error' });
    const valuesField = values
      ? h('fieldset', { class: 'field value-picker' },
        h('legend', { class: 'label', text: 'Core values it serves' }),
        h('div', { class: 'value-picker__list' }, values.map((v, i) => h('label', { class: 'chip-check' }, valueBoxes[i], h('span', { text: v.name })))),
        valuesError)
      : h('p', { class: 'muted small', text: 'Once you rank your core values on the Values page, you can link them here.' });
    const visionField = h('div', { class: 'field check-field' },
      h('label', {}, c.supports_vision, ' It supports my vision'),
      vision.statement ? h('p', { class: 'hint vision-quote', text: vision.statement }) : h('p', { class: 'hint', text: 'Your vision statement is not written yet.' }));
    const milestones = milestoneEditor(prefix, original.milestones, () => onInput());
    const smartPreview = h('div', { class: 'smart-preview', 'aria-live': 'polite' });
    const general = h('div');
    const saveState = h('span', { class: 'save-state', role: 'status', 'aria-live': 'polite' });
    const saveButton = h('button', { type: 'submit', class: 'primary', text: item ? 'Save changes' : 'Add initiative' });
    const noticeArea = h('div');

    function read() {
      return {
        title: c.title.value, why: c.why.value,
        value_ids: values ? valueBoxes.filter((b) => b.checked).map((b) => Number(b.value)) : (original.value_ids ?? []),
        supports_vision: c.supports_vision.checked, horizon: c.horizon.value,
        start_date: c.start_date.value || null, finish_date: c.finish_date.value || null,
        measure_of_success: c.measure_of_success.value, status: c.status.value,
        progress: c.progress.value === '' ? 0 : Number(c.progress.value), milestones: milestones.read(),
      };
    }
    function fill(v) {
      for (const k of ['title', 'why', 'measure_of_success']) { c[k].value = v[k] ?? ''; c[k].updateCounter?.(); }
      c.horizon.value = v.horizon; c.status.value = v.status;
      c.start_date.value = v.start_date ?? ''; c.finish_date.value = v.finish_date ?? '';
      c.progress.value = String(v.progress ?? 0);
      c.supports_vision.checked = Boolean(v.supports_vision);
      for (const b of valueBoxes) b.checked = (v.value_ids ?? []).includes(Number(b.value));
    }

    let checkTimer = null;
    async function refreshSmart() {
      try {
        const result = await post('/api/initiatives/check', read());
        replace(smartPreview, result.smart_gaps.length === 0
          ? h('p', { class: 'smart smart--ok small', text: '✓ Looks SMART.' })
          : h('div', { class: 'smart' },
            h('p', { class: 'small' }, h('strong', { text: 'SMART check: ' }), `lacks ${result.smart_gaps.map((g) => g.quality).join(', ')}`),
            h('ul', { class: 'smart__list' }, result.smart_gaps.map((g) => h('li', {}, h('span', { class: 'smart__letter', 'aria-hidden': 'true', text: g.letter }), h('span', { text: g.hint }))))));
      } catch {
        // A draft the server cannot read yet (e.g. a half-typed number): keep the last check.
      }
    }
    const isDirty = () => !same(read(), original);
    function onInput() {
      if (isDirty()) { drafts.save(read(), baseVersion); saveState.dataset.state = 'dirty'; saveState.textContent = 'Unsaved changes'; } else { drafts.clear(); saveState.textContent = ''; }
      clearTimeout(checkTimer);
      checkTimer = setTimeout(refreshSmart, 300);
    }

    const errorFields = () => ({ ...Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v])), ...milestones.errorFields(), ...Object.fromEntries(valueBoxes.map((b, i) => [`value_ids[${i}]`, { error: valuesError, control: b }])) });

    let saving = false;
    async function save() {
      if (saving) return;
      const errors = errorShower(errorFields(), general);
      errors.clear();
      const body = read();
      saving = true;
      saveButton.disabled = true;
      saveState.dataset.state = 'saving';
      saveState.textContent = 'Saving…';
      try {
        const saved = item ? await put(`/api/initiatives/${item.id}`, { ...body, version: baseVersion }) : await post('/api/initiatives', body);
        drafts.clear();
        toast(item ? 'Initiative saved' : 'Initiative added');
        close(true);
        replace(focusArea);
        await reload();
        listArea.querySelector(`[data-id="${saved.id}"] h3`)?.setAttribute('tabindex', '-1');
        listArea.querySelector(`[data-id="${saved.id}"] h3`)?.focus();
      } catch (error) {
        saveState.dataset.state = 'error';
        if (error instanceof ApiError && error.status === 409 && error.field === 'status') {
          saveState.textContent = 'Not saved: too many active initiatives';
          showFocusChoice(error, save);
        } else if (error instanceof ApiError && error.status === 409 && error.body?.current) {
          saveState.textContent = 'Not saved: changed elsewhere';
          const current = error.body.current;
          replace(noticeArea, h('div', { class: 'notice warning', role: 'alert' },
            h('p', { text: 'This initiative was changed in another tab or window. Your edits are still in the form.' }),
            h('div', { class: 'actions' },
              h('button', { type: 'button', class: 'primary', text: 'Keep mine and save', onclick: () => { baseVersion = current.version; replace(noticeArea); save(); } }),
              h('button', { type: 'button', text: 'Use the other version', onclick: () => { baseVersion = current.version; Object.assign(original, pick(current)); fill(current); drafts.clear(); replace(noticeArea); onInput(); } }))));
        } else {
          saveState.textContent = 'Not saved: please fix the highlighted field';
          errors.show(error);
        }
      } finally {
        saving = false;
        saveButton.disabled = false;
      }
    }

    const form = h('form', { class: 'card initiative-editor', novalidate: true, 'aria-labelledby': `${prefix}-heading` },
      h('h3', { id: `${prefix}-heading`, text: item ? `Edit: ${item.title}` : 'New initiative' }),
      noticeArea,
      f.title.el, f.measure_of_success.el,
      h('div', { class: 'field-row' }, f.start_date.el, f.finish_date.el, f.horizon.el),
      h('div', { class: 'field-row' }, f.status.el, f.progress.el),
      f.why.el, valuesField, visionField,
      milestones.el,
      smartPreview,
      general,
      h('div', { class: 'save-bar' }, saveButton,
        h('button', { type: 'button', text: 'Cancel', onclick: () => { if (!isDirty() || window.confirm('Discard your changes to this initiative?')) { drafts.clear(); close(true); } } }),
        saveState));
    form.addEventListener('input', onInput);
    form.addEventListener('change', onInput);
    form.addEventListener('submit', (e) => { e.preventDefault(); save(); });
    form.addEventListener('keydown', (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') { e.preventDefault(); save(); }
      if (e.key === 'Escape' && !isDirty()) close(true);
    });

    fill(original);
    const draft = drafts.load();
    if (draft?.data && !same(draft.data, original)) {
      fill(draft.data);
      if (typeof draft.baseVersion === 'number' && item) baseVersion = draft.baseVersion;
      replace(noticeArea, h('div', { class: 'notice', role: 'status' },
        h('p', { text: `Restored changes you had not saved yet (from ${formatDateTime(draft.savedAt)}).` }),
        h('div', { class: 'actions' },
          h('button', { type: 'button', text: 'Discard them', onclick: () => { drafts.clear(); fill(original); baseVersion = item?.version ?? 0; replace(noticeArea); onInput(); } }))));
    }
    refreshSmart();

    function close(focusBack) {
      replace(editorArea);
      editor = null;
      renderList();
      if (focusBack) (item ? listArea.querySelector(`[data-id="${item.id}"] h3`) : newButton)?.focus?.();
    }
    return { el: form, isDirty, close, focus: () => c.title.focus() };
  }

  // ---- making room: the stop-doing list ----

  function stopForm() {
    const prefix = 'stop-new';
    const c = {
      text: h('input', { type: 'text' }),
      action: h('select', {}, STOP_ACTIONS.map((a) => h('option', { value: a.key, text: a.label }))),
      delegate_to: h('input', { type: 'text' }),
      delegate_by: h('input', { type: 'date' }),
      initiative_id: initiativeSelect(initiatives, null),
    };
    c.action.value = 'postpone';
    const f = {
      text: field({ id: `${prefix}-text`, label: 'What will you stop doing?', hint: 'A meeting, a habit, a commitment that takes time your initiatives need.', control: c.text, max: 300 }),
      action: field({ id: `${prefix}-action`, label: 'How', control: c.action }),
      delegate_to: field({ id: `${prefix}-to`, label: 'Delegate to', control: c.delegate_to, max: 120 }),
      delegate_by: field({ id: `${prefix}-by`, label: 'Hand over by', control: c.delegate_by }),
      initiative_id: field({ id: `${prefix}-initiative`, label: 'Makes room for', control: c.initiative_id }),
    };
    const delegateRow = h('div', { class: 'field-row' }, f.delegate_to.el, f.delegate_by.el);
    const syncAction = () => { delegateRow.hidden = c.action.value !== 'delegate'; };
    c.action.addEventListener('change', syncAction);
    syncAction();
    const general = h('div');
    const form = h('form', { class: 'stop-form', novalidate: true, 'aria-label': 'Add to the stop-doing list' },
      f.text.el, h('div', { class: 'field-row' }, f.action.el, f.initiative_id.el), delegateRow, general,
      h('button', { type: 'submit', class: 'primary', text: 'Add to the list' }));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const errors = errorShower(f, general);
      errors.clear();
      try {
        await post('/api/stop-doing', {
          text: c.text.value, action: c.action.value, delegate_to: c.delegate_to.value,
          delegate_by: c.delegate_by.value || null, initiative_id: c.initiative_id.value ? Number(c.initiative_id.value) : null,
        });
        toast('Added to the stop-doing list');
        await reload();
        stopArea.querySelector('#stop-new-text')?.focus();
      } catch (error) {
        errors.show(error);
      }
    });
    return form;
  }

  async function saveStop(item, changes, message) {
    try {
      await put(`/api/stop-doing/${item.id}`, { ...item, ...changes });
      toast(message);
    } catch (error) {
      toast(`Not saved: ${error.message}`);
    }
    await reload();
  }

  function stopLine(item) {
    const action = STOP_ACTIONS.find((a) => a.key === item.action);
    const forInitiative = initiatives.find((i) => i.id === item.initiative_id);
    return h('li', { class: `stop-item${item.done ? ' done' : ''}` },
      h('div', { class: 'stop-item__text' },
        h('span', { class: `badge action action--${item.action}`, text: action.label.replace(' it', '') }),
        ' ', h('span', { text: item.text }),
        item.action === 'delegate' && item.delegate_to
          ? h('span', { class: 'small muted' }, ` → ${item.delegate_to}`, item.delegate_by ? [' by ', dateElement(item.delegate_by)] : null)
          : null,
        forInitiative ? h('span', { class: 'small muted', text: ` · makes room for “${forInitiative.title}”` }) : null,
        item.done && item.done_at ? h('span', { class: 'small muted', text: ` · done ${formatDateTime(item.done_at)}` }) : null),
      h('div', { class: 'stop-item__actions' },
        item.done
          ? h('button', { type: 'button', class: 'link', text: 'Reopen', 'aria-label': `Reopen ${item.text}`, onclick: () => saveStop(item, { done: false }, 'Reopened') })
          : h('button', { type: 'button', text: 'Done', 'aria-label': `Mark done: ${item.text}`, onclick: () => saveStop(item, { done: true }, 'Done, and kept as a record') }),
        h('button', {
          type: 'button', class: 'link danger', text: 'Delete', 'aria-label': `Delete ${item.text}`,
          onclick: async () => {
            if (!window.confirm(`Delete "${item.text}" from the stop-doing list?`)) return;
            try { await del(`/api/stop-doing/${item.id}`); toast('Deleted'); } catch (error) { toast(`Not deleted: ${error.message}`); }
            await reload();
          },
        })));
  }

  function renderStop() {
    const open = stopItems.filter((s) => !s.done);
    const done = stopItems.filter((s) => s.done);
    replace(stopArea,
      open.length
        ? h('ul', { class: 'stop-list' }, open.map(stopLine))
        : h('p', { class: 'muted', text: 'Nothing on the list yet. Every new initiative needs time from somewhere: what will you cancel, postpone or hand over?' }),
      done.length ? h('details', { class: 'stop-done' }, h('summary', { text: `Done, kept as a record (${done.length})` }), h('ul', { class: 'stop-list' }, done.map(stopLine))) : null,
      stopForm());
  }

  main.append(
    h('section', { class: 'goals-section', 'aria-labelledby': 'initiatives-title' },
      h('div', { class: 'section-header' },
        h('h2', { id: 'initiatives-title', text: 'Initiatives' }), counter, newButton),
      h('p', { class: 'muted small', text: 'Health is judged from the dates, progress and milestones: overdue when a finish date or milestone has passed, at risk when progress trails the time elapsed by more than 20 points or a milestone is due within 7 days.' }),
      focusArea, editorArea, listArea),
    h('section', { class: 'card goals-section', 'aria-labelledby': 'stop-title' },
      h('h2', { id: 'stop-title', text: 'Making room: the stop-doing list' }),
      h('p', { class: 'muted', text: 'What you cancel, postpone or delegate so your initiatives get the time they need.' }),
      stopArea));
  renderList();
  renderStop();
  return { title: 'Goals', isDirty: () => Boolean(editor?.isDirty()) };
}
