// Writing or editing a journal entry (/journal/new/:kind, /journal/:id/edit). The editor keeps a local
// draft until the server confirms the save, and warns before leaving unsaved text. A monthly review shows the
// month's facts beside its questions (journal/monthly-review.js) and saves what it chose with the entry.
import { post, put } from '../shared/api.js';
import { WEEKDAY_DATE as DAY, formatDate, h, navigate, pageHeader } from '../shared/dom.js';
import { Editor, onSaveShortcut } from '../shared/editor.js';
import { sameValue } from '../shared/merge.js';
import { field, fieldErrors } from '../shared/fields.js';
import { fillScale, readScale, scale, suggestions, textField, valuesPicker } from './editor-fields.js';
import { ENERGY_WORDS, MOOD_WORDS } from './render.js';
import { weeklyExperiments } from '../people/experiments-note.js';
import { SelfCareTicks, keptIds } from './self-care-ticks.js';

const INTRO = {
  weekly: 'Two minutes is enough. Answer what you can; one honest line beats a blank page.',
  monthly: 'Step back from the weeks: what moved, what you enjoyed, what is out of balance, and whether your work still fits your values.',
  free: 'Anything on your mind. Use a question below if you want a nudge.',
};
const splitTags = (text) => text.split(',').map((t) => t.trim()).filter(Boolean);
const fromEntry = (e) => ({
  date: e.date, title: e.title, body: e.body, answers: { ...e.answers }, tags: e.tags.join(', '),
  mood: e.mood, energy: e.energy, value_ids: [...e.value_ids], self_care: keptIds(e),
});
const normalise = (v) => ({ ...v, tags: splitTags(v.tags) });
const monthOf = (date) => date.slice(0, 7);
const scaleText = (words) => (n) => (n ? `${n} · ${words[n]}` : '(none)');

// How an edit conflict with another tab is merged: each field, and each answer, on its own.
function conflictParts(kind, coreValues, review, selfCare) {
  const valueName = (id) => coreValues.find((v) => v.id === id)?.name ?? `Value #${id}`;
  return [
    { key: 'date', label: 'Date', show: (d) => formatDate(d, DAY) },
    { key: 'title', label: 'Title' },
    ...kind.prompts.map((p) => ({ key: `answers.${p.key}`, label: p.label })),
    { key: 'body', label: kind.id === 'free' ? 'Entry' : 'Anything else' },
    { key: 'tags', label: 'Tags' },
    { key: 'mood', label: 'Mood', show: scaleText(MOOD_WORDS) },
    { key: 'energy', label: 'Energy', show: scaleText(ENERGY_WORDS) },
    { key: 'value_ids', label: 'Core values', show: (ids) => (ids?.length ? ids.map(valueName).join(', ') : '(none)') },
    ...(review ? [{ key: 'review', label: 'The review’s checks', show: (r) => `${r?.practices?.length ?? 0} practices marked` }] : []),
    ...(selfCare ? [selfCare.part()] : []),
  ];
}

class EntryEditor {
  // makeReview(onChange): a monthly review's MonthlyReview, else null; routines: the self-care list (a
  // weekly reflection ticks them off), else null.
  constructor(meta, kind, existing, coreValues, makeReview, routines) {
    this.kind = kind;
    this.existing = existing;
    this.fields = {};
    this.review = makeReview?.(() => this.editor.changed()) ?? null;
    this.selfCare = kind.id === 'weekly' ? new SelfCareTicks(routines) : null;  // the routines kept this week
    this.blank = {
      date: meta.today, title: '', body: '', answers: {}, tags: '', mood: null, energy: null, value_ids: [], self_care: [],
      review: this.review?.valuesOf(null),
    };
    this.saveButton = h('button', { type: 'submit', class: 'primary', text: existing ? 'Save' : 'Save entry' });
    this.weekNote = h('span', { class: 'muted small', id: 'entry-date-hint' });
    this.form = this.makeForm(meta, coreValues);
    this.editor = new Editor({
      record: existing, blank: this.blank, toValues: (e) => this.toValues(e), read: () => this.read(), fill: (v) => this.fill(v),
      same: (a, b) => sameValue(normalise(a), normalise(b)), fromDraft: (d) => ({ ...this.blank, ...d }),
      draftKey: existing ? `journal.entry.${existing.id}` : `journal.new.${kind.id}`,
      send: (values, version) => this.send(values, version),
      onSaved: (result) => { if (!existing) { this.editor.forget(); navigate(`/journal/${result.id}`); } },
      saveButton: this.saveButton, errors: fieldErrors(this.fields), parts: conflictParts(kind, coreValues, this.review, this.selfCare),
      validate: (values) => (values.date ? null : { field: 'date', message: 'date is required' }),
      messages: {
        dirty: 'Unsaved changes (a draft is kept in this browser)', saved: 'Entry saved',
        conflict: 'This entry was changed in another tab or window after you started editing here.',
        restored: 'Restored text you had not saved yet', saveDraft: 'Save it now', discardDraft: 'Discard it', discardConfirm: 'Discard the unsaved text?',
      },
    });
  }

  // A saved entry as the form's values; a monthly review's choices come with it (record.review) or stay as saved.
  toValues(e) {
    const values = fromEntry(e);
    if (this.review) values.review = e.review ? this.review.valuesOf(e.review) : this.editor?.saved.review ?? this.review.valuesOf(this.review.review);
    return values;
  }

  // Saves the entry, then a monthly review's choices. An entry saved by an attempt whose review save failed
  // (`pending`) is updated by the next attempt from the version it got, never created twice.
  async send(values, version) {
    const target = this.pending ?? this.existing;
    const entry = target
      ? await put(`/api/journal/entries/${target.id}`, { ...this.payload(values), version: this.pending?.version ?? version })
      : await post('/api/journal/entries', this.payload(values));
    this.pending = entry;
    if (this.review) entry.review = await this.review.save(entry, values.review);
    this.pending = null;
    return entry;
  }

  // The date, title and tags fields.
  whenFields() {
    const f = this.fields;
    const date = h('input', { type: 'date', name: 'date', required: true });
    f.date = field({ id: 'entry-date', label: 'Date', control: date });
    date.after(this.weekNote);
    f.title = field({ id: 'entry-title', label: 'Title', hint: 'Optional: leave it empty for a title from the date.', control: h('input', { type: 'text', name: 'title', maxlength: this.limits.title * 2 }) });
    f.tags = field({ id: 'entry-tags', label: 'Tags', hint: 'Separated by commas, e.g. feedback, team, health.', control: h('input', { type: 'text', name: 'tags', autocomplete: 'off' }) });
  }

  makeForm(meta, coreValues) {
    const { kind, fields } = this;
    this.limits = meta.limits;
    this.whenFields();
    const prompts = kind.prompts.map((p) => (p.type === 'rating'
      ? scale(fields, { name: `answers.${p.key}`, legend: p.label, hint: p.question, optional: true })
      : textField(fields, { name: `answers.${p.key}`, id: `entry-answer-${p.key}`, label: p.label, hint: p.question, max: this.limits.answer, rows: 3 })));
    // A monthly review: each question beside the part of the month it asks about.
    const steps = this.review ? kind.prompts.map((p, i) => h('section', { class: 'card journal-review-step' },
      h('div', { class: 'journal-review-step__question' }, prompts[i]), this.review.asideFor(p.key))) : null;
    const free = kind.id === 'free';
    const body = textField(fields, {
      name: 'body', id: 'entry-body', large: free, rows: free ? 10 : 4, max: this.limits.body, label: free ? 'Entry' : 'Anything else',
      hint: 'Markdown works: **bold**, _italic_, - lists, [links](https://…). HTML tags are left out.',
    });
    const form = h('form', { novalidate: true, 'aria-label': kind.label, class: 'journal-entry-form' },
      h('section', { class: 'card journal-entry-when' }, fields.date.el, fields.title.el),
      steps ?? (prompts.length ? h('section', { class: 'card' }, prompts) : null),
      this.selfCare?.el ?? null,
      h('section', { class: 'card' }, free ? suggestions(meta.suggestions, (q) => this.addQuestion(q)) : null, body),
      h('section', { class: 'card' }, fields.tags.el,
        h('div', { class: 'journal-scales' },
          scale(fields, { name: 'mood', legend: 'Mood', words: MOOD_WORDS, optional: true }),
          scale(fields, { name: 'energy', legend: 'Energy', words: ENERGY_WORDS, optional: true })),
        valuesPicker(fields, coreValues)),
      h('div', { class: 'save-bar' }, this.saveButton, null,
        h('a', { href: this.existing ? `/journal/${this.existing.id}` : '/journal', 'data-link': true, text: this.existing ? 'Back to the entry' : 'Cancel' }),
        h('span', { class: 'shortcut muted small' }, h('kbd', { text: 'Ctrl' }), ' + ', h('kbd', { text: 'S' }), ' saves')));
    const onInput = () => { this.editor.changed(); this.updateWeekNote(); };
    form.addEventListener('input', onInput);
    form.addEventListener('change', onInput);
    form.addEventListener('submit', (event) => { event.preventDefault(); this.editor.save(); });
    return form;
  }

  addQuestion(q) {
    const body = this.fields.body.control;
    body.value = `${body.value.trim() ? `${body.value.trimEnd()}\n\n` : ''}**${q}**\n\n`;
    body.updateCounter();
    this.editor.changed();
    body.focus();
    body.setSelectionRange(body.value.length, body.value.length);
  }

  read() {
    const c = (name) => this.fields[name].control;
    const answers = {};
    for (const p of this.kind.prompts) {
      const name = `answers.${p.key}`;
      if (p.type === 'rating') {
        const v = readScale(c(name));
        if (v !== null) answers[p.key] = v;
      } else if (c(name).value.trim() !== '') {
        answers[p.key] = c(name).value;
      }
    }
    return {
      date: c('date').value, title: c('title').value, body: c('body').value, answers, tags: c('tags').value,
      mood: readScale(c('mood')), energy: readScale(c('energy')),
      value_ids: this.fields.value_ids ? [...c('value_ids').querySelectorAll('input:checked')].map((b) => Number(b.value)) : this.editor.saved.value_ids,
      review: this.review?.read(this.fields),
      self_care: this.selfCare?.read() ?? [],
    };
  }

  fill(v) {
    const c = (name) => this.fields[name].control;
    const text = (name, value) => { c(name).value = value ?? ''; c(name).updateCounter?.(); };
    text('date', v.date);
    text('title', v.title);
    text('body', v.body);
    for (const p of this.kind.prompts) {
      const name = `answers.${p.key}`;
      if (p.type === 'rating') fillScale(c(name), v.answers?.[p.key] ?? null);
      else text(name, v.answers?.[p.key]);
    }
    text('tags', v.tags);
    fillScale(c('mood'), v.mood);
    fillScale(c('energy'), v.energy);
    this.review?.fill(v.review);
    if (this.fields.value_ids) {
      for (const b of c('value_ids').querySelectorAll('input')) b.checked = (v.value_ids ?? []).includes(Number(b.value));
    }
    this.selfCare?.fill(v.self_care);
    this.updateWeekNote();
  }

  // The weekday under the date; a monthly review moved to another month shows that month's facts.
  updateWeekNote() {
    const { value } = this.fields.date.control;
    this.weekNote.textContent = value ? formatDate(value, DAY) : '';
    if (this.review && value && monthOf(value) !== this.review.facts.month) this.review.reload(monthOf(value)).catch(() => {});
  }

  payload(v) {
    return {
      kind: this.kind.id, date: v.date, title: v.title, body: v.body, answers: v.answers, tags: splitTags(v.tags),
      mood: v.mood, energy: v.energy, value_ids: v.value_ids, ...(this.selfCare ? { self_care: this.selfCare.payload(v.self_care) } : {}),
    };
  }
}

// The monthly review's modules, loaded only for a monthly review: {MonthlyReview, loadMonthly, reviewRecord}.
async function monthlyParts() {
  const [review, record] = await Promise.all([import('./monthly-review.js'), import('./monthly-record.js')]);
  return { ...review, ...record };
}

function unknownKind(main) {
  main.append(h('div', { class: 'card empty-state' },
    h('h1', { text: 'Unknown kind of entry' }),
    h('p', { text: 'Choose a weekly reflection, a monthly review or a free entry from the journal.' }),
    h('a', { class: 'button primary', href: '/journal', 'data-link': true, text: 'Go to the journal' })));
  return { title: 'Journal' };
}

export async function render(main, { params, data }) {
  const [meta, existing, core, experiments, monthlyData, routines] = await Promise.all([data.kinds, data.entry, data.core, data.experiments, data.monthly, data.selfCare]);
  const kind = meta.items.find((k) => k.id === (existing?.kind ?? params.kind));
  if (!kind) return unknownKind(main);
  if (existing?.deleted_at) {
    navigate(`/journal/${existing.id}`);
    return { title: existing.title };
  }
  const parts = kind.id === 'monthly' && monthlyData ? await monthlyParts() : null;
  const loaded = parts ? await parts.loadMonthly(monthlyData) : null;
  // A settled review keeps its facts: the text stays editable, the facts show as saved.
  const settled = loaded?.review?.settled ? parts.reviewRecord(loaded.review) : null;
  const monthly = settled ? null : loaded;
  if (existing && monthly) existing.review = monthly.review;
  const makeReview = monthly ? (onChange) => new parts.MonthlyReview(monthly, onChange) : null;
  const page = new EntryEditor(meta, kind, existing, core.items, makeReview, routines?.items);
  const saveBar = page.form.querySelector('.save-bar');
  saveBar.insertBefore(page.editor.stateEl, page.saveButton.nextSibling);
  const kicker = [h('a', { href: '/journal', 'data-link': true, text: 'Journal' }), ` · ${existing ? 'Editing' : 'New'}`];
  // A new weekly reflection also shows the takeaways planned as this week's experiments (People & learning).
  const tryThisWeek = kind.id === 'weekly' && !existing ? weeklyExperiments(experiments) : null;
  main.append(pageHeader(existing ? existing.title : kind.label, INTRO[kind.id] ?? '', kicker), page.editor.noticeArea, ...[tryThisWeek].filter(Boolean), page.form, ...[settled].filter(Boolean));
  page.fill(page.editor.saved);
  page.editor.restoreDraft();
  page.editor.refreshState();
  const first = kind.prompts.find((p) => p.type === 'text');
  const focus = page.fields[first ? `answers.${first.key}` : 'body'].control;
  // On a full load typing goes to the first question once the page is drawn (focusing it before would lay
  // the whole form out twice); after a link the shell has put it there already.
  requestAnimationFrame(() => setTimeout(() => {
    if (focus.isConnected && document.activeElement === document.body) focus.focus();
  }, 0));
  return {
    title: existing ? `Edit: ${existing.title}` : kind.label, isDirty: () => page.editor.isDirty() || Boolean(page.review?.isDirty()),
    dispose: onSaveShortcut(() => page.editor.save()), focus,
  };
}
