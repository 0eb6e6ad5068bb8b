// One 360 round (/people/feedback/rounds/:id): who was asked and who answered, the summary per source,
// each answer recorded as feedback linked to the round, and the round's editor.
import { del, get, post, put } from '../shared/api.js';
import { h, navigate, replace, toast } from '../shared/dom.js';
import { Editor } from '../shared/editor.js';
import { fieldErrors } from '../shared/fields.js';
import { bindEditor, editDetails, feedbackNav, peopleHeader } from './common.js';
import { blankFeedback, feedbackFields } from './feedback-form.js';
import { feedbackItem } from './feedback-item.js';
import { roundFields, roundValues } from './round-form.js';

class RoundPage {
  constructor(round, themes, core, today) {
    Object.assign(this, { round, themes: themes.items, core: core.items, today });
    this.askedArea = h('div');
    this.answersArea = h('div');
    this.answerForm = h('div');
    this.fields = roundFields(`round-${round.id}`, () => this.editor.changed());
    this.general = h('div');
    this.saveButton = h('button', { type: 'submit', class: 'primary', text: 'Save the round' });
    this.editor = new Editor({
      record: round, blank: roundValues(round), toValues: roundValues, read: () => this.fields.read(), fill: (v) => this.fields.fill(v),
      draftKey: `people.round.${round.id}`, send: (values, version) => put(`/api/feedback/rounds/${round.id}`, { ...values, version }),
      saveButton: this.saveButton, errors: fieldErrors(() => this.fields.fields(), this.general),
      onSaved: () => this.savedRound(), messages: { saved: 'Round saved', conflict: 'This round was changed in another tab or window.' },
    });
  }

  // After a save: the people just added got their ids, which the form takes so their answers stay linked.
  async savedRound() {
    await this.reload();
    this.fields.fill(this.editor.saved);
    this.editor.changed();
  }

  async reload() {
    this.round = await get(`/api/feedback/rounds/${this.round.id}`);
    this.editor.adopt(this.round);
    this.render();
  }

  // The feedback form for an answer from `person` (null: someone not on the list).
  recordAnswer(person) {
    const fields = feedbackFields('round-answer', this.themes, this.core);
    const general = h('div');
    const errors = fieldErrors(fields.fields, general);
    const form = h('form', { class: 'card people-feedback-form', novalidate: true, 'aria-label': 'Record an answer' },
      h('h3', { text: person ? `Answer from ${person.name}` : 'Another answer' }), fields.el, general,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', text: 'Save the answer' }),
        h('button', { type: 'button', text: 'Cancel', onclick: () => replace(this.answerForm) })));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      errors.clear();
      try {
        await post('/api/feedback', fields.read());
        toast('Answer saved');
        replace(this.answerForm);
        await this.reload();
      } catch (error) {
        errors.show(error.field, error.message);
      }
    });
    fields.fill({ ...blankFeedback(this.today), source: person?.source ?? 'peer', from_name: person?.name ?? '',
      round_id: this.round.id, round_person_id: person?.id ?? null });
    replace(this.answerForm, form);
    fields.focus();
  }

  render() {
    const r = this.round;
    replace(this.askedArea,
      h('div', { class: 'people-table-wrap', tabindex: 0, role: 'region', 'aria-label': 'Summary per source' }, h('table', { class: 'people-table' }, h('caption', { text: 'Summary per source' }),
        h('thead', {}, h('tr', {}, ['Source', 'Asked', 'Answered', 'Answers', 'Strengths', 'Growth areas'].map((t) => h('th', { scope: 'col', text: t })))),
        h('tbody', {}, r.summary.map((s) => h('tr', {}, h('th', { scope: 'row', text: s.label }),
          [s.asked, s.answered, s.feedback, s.strengths, s.growth].map((n) => h('td', { text: String(n) }))))))),
      h('ul', { class: 'people-asked', 'aria-label': 'Who you asked' }, r.asked.map((p) => h('li', {},
        h('span', { class: 'people-asked__name', text: p.name }), h('span', { class: 'badge', text: p.source_label }),
        h('span', { class: `small ${p.answers ? '' : 'muted'}`, text: p.answers ? `${p.answers} answered` : 'no answer yet' }),
        h('button', { type: 'button', class: 'small', text: 'Record an answer', 'aria-label': `Record an answer from ${p.name}`, onclick: () => this.recordAnswer(p) })))),
      h('button', { type: 'button', class: 'link', text: 'Record an answer from someone else', onclick: () => this.recordAnswer(null) }));
    replace(this.answersArea, r.answers.length
      ? h('ul', { class: 'people-feedback-list', 'aria-label': 'Answers' }, r.answers.map((f) => feedbackItem(f, this.core,
        [h('a', { href: `/people/feedback/${f.id}`, 'data-link': true, text: 'Edit', 'aria-label': `Edit the answer from ${f.from}` })])))
      : h('p', { class: 'muted', text: 'No answers recorded yet.' }));
  }

  async remove() {
    if (!window.confirm(`Delete the round “${this.round.name}”? Its answers stay in your feedback log, without the round.`)) return;
    try {
      await del(`/api/feedback/rounds/${this.round.id}`);
      this.editor.forget();
      navigate('/people/feedback/rounds');
    } catch (error) {
      toast(`Not deleted: ${error.message}`);
    }
  }

  editForm() {
    const form = h('form', { class: 'people-round-form', novalidate: true, 'aria-label': 'Edit the round' },
      this.editor.noticeArea, this.fields.el, this.general, h('div', { class: 'actions' }, this.saveButton, this.editor.stateEl));
    const open = bindEditor(form, this.editor, (v) => this.fields.fill(v));
    return editDetails('Edit the round and who was asked', form, { open, deleteText: 'Delete this round', onDelete: () => this.remove() });
  }
}

export async function render(main, { data }) {
  const [round, themes, core] = await Promise.all([data.round, data.themes, data.core]);
  const page = new RoundPage(round, themes, core, round.today);
  main.append(...peopleHeader('feedback', { title: round.name, intro: '', kicker: h('a', { href: '/people/feedback/rounds', 'data-link': true, text: '360 rounds' }) }),
    feedbackNav('rounds'),
    h('section', { class: 'card people-section', 'aria-label': 'Who you asked' }, page.askedArea),
    page.answerForm,
    h('section', { class: 'people-section', 'aria-labelledby': 'answers-title' }, h('h2', { id: 'answers-title', text: 'Answers' }), page.answersArea),
    page.editForm());
  page.render();
  return { title: round.name, isDirty: () => page.editor.isDirty() };
}
