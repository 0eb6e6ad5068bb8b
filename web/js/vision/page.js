// Vision: edit the statement, organisation and positions; drafts, conflicts, the statement's history and the
// statement of a year ago beside today's.
import { get, put } from '../shared/api.js';
import { dateTimeElement, formatDateTime, h, pageHeader, replace } from '../shared/dom.js';
import { Editor, onSaveShortcut } from '../shared/editor.js';
import { chars, field, fieldErrors } from '../shared/fields.js';
import { yearAgoCard } from './year-ago.js';

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
// How an edit conflict with another tab is merged: field by field.
const PARTS = [...TEXT_FIELDS.map((f) => ({ key: f.name, label: f.label })),
  { key: 'horizon_years', label: 'How far ahead', show: (years) => `${years} years` }];

const pick = (v) => Object.fromEntries([...TEXT_FIELDS.map((f) => [f.name, v[f.name] ?? '']), ['horizon_years', v.horizon_years]]);

class VisionPage {
  constructor(vision) {
    this.fields = {};
    for (const spec of TEXT_FIELDS) {
      const control = spec.input
        ? h('input', { type: 'text', name: spec.name, autocomplete: 'organization' })
        : h('textarea', { name: spec.name, class: spec.large ? 'large' : null, rows: spec.large ? 5 : 3 });
      this.fields[spec.name] = field({ id: `vision-${spec.name}`, label: spec.label, hint: spec.hint, control, max: spec.max });
    }
    const horizon = h('select', { name: 'horizon_years' }, HORIZONS.map((n) => h('option', { value: String(n), text: `${n} years` })));
    this.fields.horizon_years = field({ id: 'vision-horizon_years', label: 'How far ahead', control: horizon });
    this.saveButton = h('button', { type: 'submit', class: 'primary', text: 'Save' });
    this.historyList = h('div');
    this.yearAgo = h('div');
    this.editor = new Editor({
      record: vision, toValues: pick, read: () => this.read(), fill: (v) => this.fill(v), draftKey: 'vision',
      send: (values, version) => put('/api/vision', { ...values, version }),
      saveButton: this.saveButton, errors: fieldErrors(this.fields),
      validate: (values) => {
        const tooLong = TEXT_FIELDS.find((f) => chars(values[f.name]) > f.max);
        return tooLong ? { field: tooLong.name, message: `${tooLong.label} must be at most ${tooLong.max} characters` } : null;
      },
      onSaved: async (result, before) => {
        if (result.statement === before.statement) return;
        const [history, yearAgo] = await Promise.all([get('/api/vision/history'), get('/api/vision/a-year-ago').catch(() => null)]);
        this.renderHistory(history.items);
        replace(this.yearAgo, yearAgoCard(yearAgo));
      },
      parts: PARTS,
      messages: { saved: 'Vision saved', conflict: 'Your vision was changed in another tab or window after you started editing here.' },
    });
  }

  read() {
    const values = Object.fromEntries(TEXT_FIELDS.map((f) => [f.name, this.fields[f.name].control.value]));
    values.horizon_years = Number(this.fields.horizon_years.control.value);
    return values;
  }

  fill(values) {
    for (const f of TEXT_FIELDS) {
      const { control } = this.fields[f.name];
      control.value = values[f.name] ?? '';
      control.updateCounter();
    }
    this.fields.horizon_years.control.value = String(values.horizon_years ?? 7);
  }

  form() {
    const f = this.fields;
    const form = h('form', { novalidate: true, 'aria-label': 'My vision' },
      h('section', { class: 'card' }, f.statement.el,
        h('p', { class: 'small' }, 'Not sure where to start? ',
          h('a', { href: '/values/vision-builder', 'data-link': true, text: 'Draft it with the vision builder' }),
          ': five short questions about your values, the leader you want to be and where you are heading.')),
      h('section', { class: 'card' }, h('h2', { text: 'My organisation' }), f.organisation.el, f.mission.el),
      h('section', { class: 'card' }, h('h2', { text: 'The road ahead' }), f.current_position.el, f.future_position.el, f.horizon_years.el),
      h('div', { class: 'save-bar' }, this.saveButton, this.editor.stateEl,
        h('span', { class: 'shortcut muted small' }, h('kbd', { text: 'Ctrl' }), ' + ', h('kbd', { text: 'S' }), ' saves')));
    form.addEventListener('input', () => this.editor.changed());
    form.addEventListener('change', () => this.editor.changed());
    form.addEventListener('submit', (event) => { event.preventDefault(); this.editor.save(); });
    return form;
  }

  // Earlier statements, newest first; the current one is left out.
  renderHistory(items) {
    const earlier = items.filter((item, i) => !(i === 0 && item.statement === this.editor.saved.statement));
    replace(this.historyList, earlier.length === 0
      ? h('p', { class: 'muted', text: 'Each time you change your statement, the earlier version is kept here, so you can see how your vision grows.' })
      : h('ol', { class: 'history', reversed: true }, earlier.map((item) => h('li', {},
        dateTimeElement(item.saved_at),
        h('blockquote', { text: item.statement || '(empty)' }),
        h('button', {
          type: 'button', class: 'link', text: 'Use this wording',
          'aria-label': `Use the wording from ${formatDateTime(item.saved_at)}`,
          onclick: () => this.useWording(item.statement),
        })))));
  }

  useWording(statement) {
    const { control } = this.fields.statement;
    control.value = statement;
    control.updateCounter();
    this.editor.changed();
    control.focus();
  }
}

export async function render(main, { data }) {
  const [vision, history, yearAgo] = await Promise.all([data.vision, data.history, data.yearAgo]);
  const page = new VisionPage(vision);
  main.append(
    pageHeader('Vision', 'One statement that joins the work you want to do with the life you want to live. Revisit it whenever something big changes.'),
    page.editor.noticeArea,
    page.form(),
    page.yearAgo,
    h('section', { class: 'card', 'aria-labelledby': 'history-title' },
      h('h2', { id: 'history-title', text: 'Earlier versions of my statement' }),
      page.historyList));
  page.fill(page.editor.saved);
  page.editor.restoreDraft();
  page.renderHistory(history.items);
  replace(page.yearAgo, yearAgoCard(yearAgo));
  page.editor.refreshState();
  if (vision.version === 0) page.fields.statement.control.focus();
  return {
    title: 'Vision', isDirty: () => page.editor.isDirty(), dispose: onSaveShortcut(() => page.editor.save()),
    focus: page.fields.statement.control,
  };
}
