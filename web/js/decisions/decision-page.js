// One decision: title and context, options, criteria (linked to core values), weights (points or
// pairwise), scores with notes, the server's analysis, the choice actually made and the later review.
// The parts live in this folder; this page holds the state they share and puts them together.
import { post, put } from '../shared/api.js';
import { h, replace, toast } from '../shared/dom.js';
import { Editor, onSaveShortcut } from '../shared/editor.js';
import { findingsBlock, sideBySide } from './analysis.js';
import { renderCriteria } from './criteria.js';
import { renderAbout, renderHeader } from './header.js';
import { conflictParts, same, toBody, toState } from './matrix.js';
import { renderOptions } from './options.js';
import { renderRecord } from './record.js';
import { renderReview } from './review.js';
import { noteDialog, renderScores } from './scores.js';
import { renderWeights, renderWeightsInfo } from './weights.js';

const PREVIEW_DELAY_MS = 250;

const card = (key, title, area) => h('section', { class: 'card', 'aria-labelledby': `dec-${key}-title` }, h('h2', { id: `dec-${key}-title`, text: title }), area);

// The field errors of a save: the message in the summary beside Save, the field (by data-field) marked.
function summaryErrors(form, summary) {
  return {
    clear() {
      summary.textContent = '';
      for (const el of form().querySelectorAll('[aria-invalid="true"]')) el.removeAttribute('aria-invalid');
    },
    show(field, message) {
      summary.textContent = message;
      const el = field ? form().querySelector(`[data-field="${CSS.escape(field)}"]`) : null;
      el?.setAttribute('aria-invalid', 'true');
      el?.focus();
      return true;
    },
  };
}

class DecisionPage {
  constructor(loaded, core) {
    this.id = loaded.id;
    this.core = core;
    this.server = loaded;
    this.analysis = loaded.analysis;
    this.state = toState(loaded);
    this.editingRecord = false;
    this.editingReview = false;
    this.previewTimer = null;
    this.previewSeq = 0;
    this.areas = Object.fromEntries(['header', 'notice', 'about', 'options', 'criteria', 'weights', 'weightsInfo', 'scores', 'analysis', 'record', 'review']
      .map((key) => [key, h('div')]));
    this.areas.header.className = 'page-header dec-header';
    this.areas.weightsInfo = h('div', { class: 'dec-weights-info', 'aria-live': 'polite' });
    this.areas.analysis.setAttribute('aria-live', 'polite');
    this.notes = noteDialog(this);
    this.saveButton = h('button', { type: 'submit', class: 'primary', text: 'Save' });
    this.errorSummary = h('p', { class: 'field-error dec-error-summary', role: 'alert' });
    this.editor = new Editor({
      record: loaded, toValues: toState, read: () => this.state, fill: (values) => this.fill(values), same,
      draftKey: `decision.${loaded.id}`, send: (values, version) => put(`/api/decisions/${this.id}`, { ...toBody(values), version }),
      saveButton: this.saveButton, errors: summaryErrors(() => this.form, this.errorSummary), readOnly: () => this.locked(),
      fromDraft: (d) => (d.options?.length === d.scores?.length ? d : null), parts: conflictParts,
      onAdopt: (record) => { this.server = record; this.analysis = record.analysis; },
      onSaved: () => { renderHeader(this); this.renderAnalysis(); this.renderRecord(); },
      messages: { saved: 'Decision saved', conflict: 'This decision was changed in another tab or window after you opened it here.' },
    });
    this.areas.notice = this.editor.noticeArea;
    this.buildForm();
  }

  buildForm() {
    const { areas } = this;
    this.editors = h('fieldset', { class: 'dec-editors' },
      h('legend', { class: 'visually-hidden', text: 'The decision matrix' }),
      card('about', 'The decision', areas.about), card('options', 'Options', areas.options), card('criteria', 'Criteria', areas.criteria),
      card('weights', 'Weights', areas.weights), card('scores', 'Scores', areas.scores));
    this.saveBar = h('div', { class: 'save-bar' }, this.saveButton, this.editor.stateEl, this.errorSummary,
      h('span', { class: 'shortcut muted small' }, h('kbd', { text: 'Ctrl' }), ' + ', h('kbd', { text: 'S' }), ' saves'));
    this.form = h('form', { novalidate: true, 'aria-label': 'Decision matrix' }, this.editors, this.saveBar);
    this.form.addEventListener('submit', (event) => { event.preventDefault(); this.save(); });
  }

  locked() {
    return this.server.status !== 'open';
  }

  // After an edit: the draft and save state follow; most edits also refresh the analysis shortly after.
  changed({ preview = true } = {}) {
    this.editor.changed();
    if (preview) this.schedulePreview();
  }

  save() {
    clearTimeout(this.previewTimer);
    return this.editor.save();
  }

  // The form shows `values` (a draft, the saved copy, or the other tab's version).
  fill(values) {
    this.state = structuredClone(values);
    const saved = same(values, this.editor.saved);
    if (saved) this.analysis = this.server.analysis;
    this.build();
    if (!saved) this.schedulePreview();
  }

  // The server's reply to a record, review or reopen becomes the page.
  replaceWith(result) {
    this.editor.adopt(result);
    this.state = toState(result);
    this.editor.drafts.clear();
    this.build();
  }

  // Sends a record, review or reopen (`request` resolves to the decision); the reply becomes the page and
  // focus goes to `area`'s heading. A failure is told in `error`; `button` is disabled meanwhile.
  async sendPart(request, { message, area, error, button }) {
    if (error) error.textContent = '';
    if (button) button.disabled = true;
    try {
      const result = await request();
      this.editingRecord = false;
      this.editingReview = false;
      toast(message);
      this.replaceWith(result);
      area?.querySelector('h2')?.focus();
    } catch (e) {
      const text = e.status === 409 ? 'This decision was changed elsewhere. Reload the page to see the latest version.' : e.message;
      if (error) error.textContent = text;
      else toast(`Not reopened: ${e.message}`);
    } finally {
      if (button) button.disabled = false;
    }
  }

  schedulePreview() {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => this.preview(), PREVIEW_DELAY_MS);
  }

  // The analysis of the matrix as it is on the page, from the server (nothing saved).
  async preview() {
    const seq = ++this.previewSeq;
    try {
      const result = await post('/api/decisions/analyse', toBody(this.state));
      if (seq !== this.previewSeq) return;
      this.analysis = result;
      this.renderAnalysis();
    } catch (error) {
      if (seq !== this.previewSeq) return;
      replace(this.areas.analysis, h('p', { class: 'notice warning', text: `The analysis waits for a fix: ${error.message}.` }));
    }
  }

  renderOptions() { renderOptions(this); }
  renderCriteria() { renderCriteria(this); }
  renderWeights() { renderWeights(this); }
  renderScores() { renderScores(this); }
  renderRecord() { renderRecord(this); }

  renderAnalysis() {
    if (!this.analysis) return;
    replace(this.areas.analysis, findingsBlock(this.analysis), sideBySide(this.analysis, this.state.options, this.state.criteria));
    renderWeightsInfo(this);
  }

  // The whole page from the state.
  build() {
    renderHeader(this);
    this.editors.disabled = this.locked();
    if (this.locked()) {
      replace(this.areas.notice, h('div', { class: 'notice', role: 'status' },
        h('p', { text: 'This decision is recorded, so the matrix below is kept exactly as you decided on it. Reopen the decision to change it.' })));
    }
    renderAbout(this);
    this.renderOptions();
    this.renderCriteria();
    this.renderWeights();
    this.renderScores();
    this.renderAnalysis();
    this.renderRecord();
    renderReview(this);
    this.saveBar.style.display = this.locked() ? 'none' : '';
    this.editor.refreshState();
  }
}

export async function render(main, { data }) {
  const [loaded, core] = await Promise.all([data.decision, data.core]);
  const page = new DecisionPage(loaded, core);
  main.append(page.areas.header, page.editor.noticeArea, page.form,
    h('section', { class: 'card dec-analysis', 'aria-labelledby': 'dec-analysis-title' },
      h('h2', { id: 'dec-analysis-title', text: 'What the numbers say' }), page.areas.analysis),
    page.areas.record, page.areas.review, page.notes.el);
  if (!page.editor.restoreDraft()) page.build();
  const removeShortcut = onSaveShortcut(() => page.save());
  return {
    title: loaded.title,
    isDirty: () => page.editor.isDirty(),
    dispose: () => { removeShortcut(); clearTimeout(page.previewTimer); },
    focus: page.locked() ? null : page.form.querySelector('#dec-title'),
  };
}
