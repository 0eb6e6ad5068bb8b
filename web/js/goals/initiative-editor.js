// The initiative editor (new or existing): the SMART fields, values and vision links, milestones, and a
// live SMART check of the draft; saved through the shared editor helper, the focus rule asked on refusal.
import { post, put } from '../shared/api.js';
import { formatDate, h, replace } from '../shared/dom.js';
import { Editor } from '../shared/editor.js';
import { sameValue } from '../shared/merge.js';
import { field, fieldErrors } from '../shared/fields.js';
import { HORIZONS, STATUS_LABELS } from './common.js';
import { isFocusRefusal, showFocusChoice } from './focus-rule.js';
import { smartBlock } from './initiative-card.js';
import { milestoneEditor } from './milestones.js';

const EDITABLE = ['title', 'why', 'value_ids', 'supports_vision', 'horizon', 'start_date', 'finish_date',
  'measure_of_success', 'status', 'progress', 'milestones'];
const pick = (i) => Object.fromEntries(EDITABLE.map((k) => [k, i[k] ?? null]));
const EMPTY = Object.freeze({
  title: '', why: '', value_ids: [], supports_vision: false, horizon: 'short', start_date: null, finish_date: null,
  measure_of_success: '', status: 'planned', progress: 0, milestones: [],
});
const CHECK_DELAY_MS = 300;
const LABELS = {
  title: 'Title', why: 'Why it supports the bigger picture', value_ids: 'Core values it serves', supports_vision: 'It supports my vision',
  horizon: 'Horizon', start_date: 'Start', finish_date: 'Finish', measure_of_success: 'Measure of success', status: 'Status',
  progress: 'Progress (%)', milestones: 'Milestones',
};
const dateOrNone = (d) => formatDate(d) || '(none)';

// How an edit conflict with another tab is merged: field by field (value names from `valueName(id)`).
function conflictParts(valueName) {
  const show = {
    value_ids: (ids) => (ids?.length ? ids.map(valueName).join(', ') : '(none)'),
    horizon: (key) => HORIZONS.find((x) => x.key === key)?.label ?? key,
    start_date: dateOrNone, finish_date: dateOrNone, status: (key) => STATUS_LABELS[key] ?? key,
    milestones: (list) => (list?.length ? list.map((m) => `${m.done ? '✓ ' : ''}${m.title}${m.due_date ? ` (${formatDate(m.due_date)})` : ''}`).join('\n') : '(none)'),
  };
  return EDITABLE.map((key) => ({ key, label: LABELS[key], show: show[key] }));
}

export class InitiativeEditor {
  // page: the initiatives page (values, vision, focusArea, closeEditor(), saved()); item: null for a new one.
  constructor(page, item) {
    this.page = page;
    this.item = item;
    this.prefix = `ini-${item ? item.id : 'new'}`;
    this.controls = this.makeControls();
    this.fields = this.makeFields();
    this.valueBoxes = (page.values ?? []).map((v) => h('input', { type: 'checkbox', value: String(v.id), 'aria-label': v.name }));
    this.valuesError = h('span', { class: 'field-error' });
    this.smartPreview = h('div', { class: 'goals-smart-preview', 'aria-live': 'polite' });
    this.general = h('div');
    this.checkTimer = null;
    this.saveButton = h('button', { type: 'submit', class: 'primary', text: item ? 'Save changes' : 'Add initiative' });
    this.milestones = milestoneEditor((item ? pick(item) : EMPTY).milestones, () => this.changed());
    this.editor = new Editor({
      record: item, blank: { ...EMPTY }, toValues: pick, read: () => this.read(), fill: (v) => this.fill(v),
      same: (a, b) => sameValue(pick(a), pick(b)),
      draftKey: `goals.initiative.${item ? item.id : 'new'}`,
      send: (values, version) => (item ? put(`/api/initiatives/${item.id}`, { ...values, version }) : post('/api/initiatives', values)),
      saveButton: this.saveButton, errors: fieldErrors(() => this.errorFields(), this.general),
      onError: (error) => this.onError(error), parts: conflictParts((id) => page.valueName(id)),
      onSaved: (saved) => { this.editor.forget(); page.saved(saved, this); },
      savedText: () => '',
      messages: {
        nothingSaved: '', saved: item ? 'Initiative saved' : 'Initiative added', saveDraft: null,
        conflict: 'This initiative was changed in another tab or window.',
      },
    });
  }

  makeControls() {
    return {
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
  }

  makeFields() {
    const { controls: c, prefix } = this;
    return {
      title: field({ id: `${prefix}-title`, label: LABELS.title, hint: 'Name the result, e.g. "Ship the billing API v2" rather than "Improve the API".', control: c.title, max: 200 }),
      why: field({ id: `${prefix}-why`, label: LABELS.why, hint: 'How this moves your vision forward or serves your values.', control: c.why, max: 2000 }),
      horizon: field({ id: `${prefix}-horizon`, label: LABELS.horizon, control: c.horizon }),
      start_date: field({ id: `${prefix}-start`, label: LABELS.start_date, control: c.start_date }),
      finish_date: field({ id: `${prefix}-finish`, label: LABELS.finish_date, control: c.finish_date }),
      measure_of_success: field({ id: `${prefix}-measure`, label: LABELS.measure_of_success, hint: 'What a reader could check when it is done, in a few words: a number ("3 talks given"), a date ("by 30 June") or an outcome ("exam passed", "my manager agreed").', control: c.measure_of_success, max: 1000 }),
      status: field({ id: `${prefix}-status`, label: LABELS.status, hint: 'At most five can be active at a time.', control: c.status }),
      progress: field({ id: `${prefix}-progress`, label: LABELS.progress, control: c.progress }),
    };
  }

  errorFields() {
    return { ...this.fields, ...this.milestones.errorFields(), ...Object.fromEntries(this.valueBoxes.map((b, i) => [`value_ids[${i}]`, { error: this.valuesError, control: b }])) };
  }

  read() {
    const c = this.controls;
    return {
      title: c.title.value, why: c.why.value,
      value_ids: this.page.values ? this.valueBoxes.filter((b) => b.checked).map((b) => Number(b.value)) : (this.editor.saved.value_ids ?? []),
      supports_vision: c.supports_vision.checked, horizon: c.horizon.value,
      start_date: c.start_date.value || null, finish_date: c.finish_date.value || null,
      measure_of_success: c.measure_of_success.value, status: c.status.value,
      progress: c.progress.value === '' ? 0 : Number(c.progress.value), milestones: this.milestones.read(),
    };
  }

  fill(v) {
    const c = this.controls;
    for (const k of ['title', 'why', 'measure_of_success']) { c[k].value = v[k] ?? ''; c[k].updateCounter?.(); }
    c.horizon.value = v.horizon;
    c.status.value = v.status;
    c.start_date.value = v.start_date ?? '';
    c.finish_date.value = v.finish_date ?? '';
    c.progress.value = String(v.progress ?? 0);
    c.supports_vision.checked = Boolean(v.supports_vision);
    for (const b of this.valueBoxes) b.checked = (v.value_ids ?? []).includes(Number(b.value));
  }

  changed() {
    this.editor.changed();
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => this.refreshSmart(), CHECK_DELAY_MS);
  }

  async refreshSmart() {
    try {
      replace(this.smartPreview, smartBlock((await post('/api/initiatives/check', this.read())).smart_gaps, { short: true }));
    } catch {
      // A draft the server cannot read yet (e.g. a half-typed number): keep the last check.
    }
  }

  onError(error) {
    if (!isFocusRefusal(error)) return false;
    this.editor.showState('error', 'Not saved: too many active initiatives');
    showFocusChoice(this.page.focusArea, error, () => this.editor.save());
    return true;
  }

  valuesField() {
    const { values } = this.page;
    if (!values) return h('p', { class: 'muted small', text: 'Once you rank your core values on the Values page, you can link them here.' });
    return h('fieldset', { class: 'field goals-value-picker' },
      h('legend', { class: 'label', text: LABELS.value_ids }),
      h('div', { class: 'goals-value-picker__list' }, values.map((v, i) => h('label', { class: 'goals-chip-check' }, this.valueBoxes[i], h('span', { text: v.name })))),
      this.valuesError);
  }

  visionField() {
    const { statement } = this.page.vision;
    return h('div', { class: 'field goals-check-field' },
      h('label', {}, this.controls.supports_vision, ` ${LABELS.supports_vision}`),
      statement ? h('p', { class: 'hint goals-vision-quote', text: statement }) : h('p', { class: 'hint', text: 'Your vision statement is not written yet.' }));
  }

  cancel() {
    if (this.editor.isDirty() && !window.confirm('Discard your changes to this initiative?')) return;
    this.editor.drafts.clear();
    this.page.closeEditor(true);
  }

  // The editor's form, filled from the initiative (or a draft left from before).
  element() {
    const f = this.fields;
    const form = h('form', { class: 'card goals-initiative-editor', novalidate: true, 'aria-labelledby': `${this.prefix}-heading` },
      h('h3', { id: `${this.prefix}-heading`, text: this.item ? `Edit: ${this.item.title}` : 'New initiative' }),
      this.editor.noticeArea,
      f.title.el, f.measure_of_success.el,
      h('div', { class: 'goals-field-row' }, f.start_date.el, f.finish_date.el, f.horizon.el),
      h('div', { class: 'goals-field-row' }, f.status.el, f.progress.el),
      f.why.el, this.valuesField(), this.visionField(), this.milestones.el, this.smartPreview, this.general,
      h('div', { class: 'save-bar' }, this.saveButton, h('button', { type: 'button', text: 'Cancel', onclick: () => this.cancel() }), this.editor.stateEl));
    form.addEventListener('input', () => this.changed());
    form.addEventListener('change', () => this.changed());
    form.addEventListener('submit', (e) => { e.preventDefault(); this.editor.save(); });
    form.addEventListener('keydown', (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') { e.preventDefault(); this.editor.save(); }
      if (e.key === 'Escape' && !this.editor.isDirty()) this.page.closeEditor(true);
    });
    this.fill(this.editor.saved);
    this.editor.restoreDraft();
    this.refreshSmart();
    return form;
  }

  focus() {
    this.controls.title.focus();
  }
}
