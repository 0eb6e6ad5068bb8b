// The vision builder: a short guided flow (values, leader, impact, future) that drafts a statement,
// which the person edits and saves as a new version of their vision (PUT /api/vision).
import { ApiError, get, post, put } from '../shared/api.js';
import { h, replace, toast } from '../shared/dom.js';
import { draftStore } from '../shared/editor.js';
import { counter } from '../shared/fields.js';
import { pageHeader } from './nav.js';

// The draft is written in the present tense, as if it were already true: each lead asks for the words that
// follow "I" (a verb, or what you are); the server turns other phrasings into sentences too.
const STEPS = [
  { name: 'leader', title: 'The leader you want to be', lead: 'I am …', hint: 'e.g. “a calm, candid leader who helps people grow”' },
  { name: 'impact', title: 'The impact you want', lead: 'Through my work, I …', hint: 'e.g. “help small teams ship work they are proud of”, or what it brings: “clean, cheap energy in a million homes”' },
  { name: 'professional_future', title: 'Where you want to be at work', lead: 'In N years, at work, I …', hint: 'e.g. “lead an engineering group”, or a role: “head of platform”' },
  { name: 'personal_future', title: 'Where you want to be in life', lead: 'Outside work, I …', hint: 'e.g. “live by the sea with time for my kids every evening”' },
];
const MAX = 250;
const leadText = (step, years) => step.lead.replace('N years', `${years} years`);
const PRESELECTED = 3;  // the advice is two to four values
const MAX_ADVISED = 4;

class Builder {
  constructor(main, core, vision) {
    this.main = main;
    this.core = core.items;
    this.vision = vision;
    this.drafts = draftStore('vision-builder');
    this.answers = this.drafts.load()?.data ?? {
      top_values: this.core.slice(0, PRESELECTED).map((v) => v.name), leader: '', impact: '', professional_future: '', personal_future: '',
      horizon_years: vision.horizon_years ?? 7,
    };
    this.step = 0;
    this.statement = null;
    this.body = h('div');
  }

  keep() {
    this.drafts.save(this.answers, 0);
  }

  valuesStep() {
    const advice = h('p', { class: 'hint', id: 'bv-values-advice', 'aria-live': 'polite' });
    const advise = () => {
      const n = this.answers.top_values.length;
      advice.textContent = n > MAX_ADVISED ? `${n} chosen: two to four usually read best.` : '';
    };
    const checks = this.core.map((v) => {
      const box = h('input', { type: 'checkbox', id: `bv-${v.id}`, checked: this.answers.top_values.includes(v.name), 'aria-describedby': 'bv-values-advice' });
      box.addEventListener('change', () => {
        this.answers.top_values = this.core.filter((c) => this.main.querySelector(`#bv-${c.id}`).checked).map((c) => c.name);
        this.keep();
        advise();
      });
      return h('li', {}, box, h('label', { for: `bv-${v.id}`, text: v.name }));
    });
    advise();
    return h('fieldset', {},
      h('legend', { text: 'Your top values' }),
      this.core.length
        ? [h('p', { class: 'hint', text: 'Which of your core values should the statement name? Two to four usually read best; your first three are ticked.' }), h('ul', { class: 'values-checks' }, checks), advice]
        : h('p', { class: 'muted' }, 'You have no core values yet. ', h('a', { href: '/values/sort', 'data-link': true, text: 'Do the card sort' }), ' first, or continue without them.'));
  }

  horizonField() {
    const sel = h('select', { id: 'bv-horizon' }, [5, 6, 7, 8, 9, 10].map((n) => h('option', { value: String(n), text: `${n} years`, selected: n === this.answers.horizon_years })));
    sel.addEventListener('change', () => {
      this.answers.horizon_years = Number(sel.value);
      this.keep();
      const lead = this.main.querySelector('label[for="bv-professional_future"]');
      if (lead) lead.textContent = leadText(STEPS.find((s) => s.name === 'professional_future'), this.answers.horizon_years);
    });
    return h('div', { class: 'field' }, h('label', { for: 'bv-horizon', text: 'How many years ahead' }), sel);
  }

  textStep(spec) {
    const id = `bv-${spec.name}`;
    const area = h('textarea', { id, rows: 3, value: this.answers[spec.name], 'aria-describedby': `${id}-hint` });
    area.addEventListener('input', () => { this.answers[spec.name] = area.value; this.keep(); });
    return h('fieldset', {},
      h('legend', { text: spec.title }),
      spec.name === 'professional_future' ? this.horizonField() : null,
      h('div', { class: 'field' },
        h('label', { for: id, text: leadText(spec, this.answers.horizon_years) }),
        h('p', { class: 'hint', id: `${id}-hint`, text: spec.hint }),
        area, h('div', { class: 'field__footer' }, counter(area, MAX))));
  }

  async makeDraft() {
    try {
      this.statement = (await post('/api/vision-builder/draft', this.answers)).statement;
      this.show();
    } catch (error) {
      toast(error.message);
      const index = STEPS.findIndex((s) => s.name === error.field);
      if (index >= 0) {
        this.step = index + 1;
        this.show();
        this.main.querySelector(`#bv-${error.field}`)?.focus();
      }
    }
  }

  // Saves the edited statement as the vision's new statement with the horizon chosen here, keeping the
  // vision's other fields.
  async saveStatement(area, error, state) {
    error.textContent = '';
    try {
      const { updated_at: _ignored, version, ...fields } = await get('/api/vision');
      await put('/api/vision', { ...fields, statement: area.value, horizon_years: this.answers.horizon_years, version });
      this.drafts.clear();
      this.statement = null;
      state.dataset.state = 'saved';
      toast('Saved as your new vision');
      replace(this.body, h('section', { class: 'card empty-state' },
        h('h2', { text: 'Your vision is saved' }),
        h('p', { text: 'The earlier statement is kept in the history on the Vision page.' }),
        h('a', { class: 'button primary', href: '/vision', 'data-link': true, text: 'See my vision' })));
    } catch (e) {
      if (e instanceof ApiError && e.field === 'statement') { error.textContent = e.message; area.focus(); }
      state.dataset.state = 'error';
      state.textContent = `Not saved: ${e.message}`;
    }
  }

  draftView() {
    const area = h('textarea', { id: 'bv-statement', class: 'large', rows: 7, value: this.statement, 'aria-describedby': 'bv-statement-hint bv-statement-error' });
    const error = h('span', { class: 'field-error', id: 'bv-statement-error' });
    const state = h('span', { class: 'save-state', role: 'status', 'aria-live': 'polite' });
    area.addEventListener('input', () => { this.statement = area.value; });
    return h('section', { class: 'card', 'aria-labelledby': 'bv-draft-title' },
      h('h2', { id: 'bv-draft-title', tabindex: '-1', text: 'Your draft statement' }),
      this.vision.statement ? h('p', { class: 'small muted' }, 'Your current statement: ', h('q', { text: this.vision.statement })) : null,
      h('div', { class: 'field' },
        h('label', { for: 'bv-statement', text: 'Edit it until it sounds like you' }),
        h('p', { class: 'hint', id: 'bv-statement-hint', text: `Saving makes it a new version of your vision, looking ${this.answers.horizon_years} years ahead; the current one stays in the history.` }),
        area, error),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', text: 'Save as my vision', onclick: () => this.saveStatement(area, error, state) }),
        h('button', { type: 'button', text: 'Back to the questions', onclick: () => { this.statement = null; this.step = STEPS.length; this.show(); } }),
        state));
  }

  show() {
    if (this.statement !== null) {
      replace(this.body, this.draftView());
      this.body.querySelector('h2').focus();
      return;
    }
    const total = STEPS.length + 1;
    const last = this.step === total - 1;
    const next = () => { if (last) this.makeDraft(); else { this.step += 1; this.show(); } };
    replace(this.body, h('form', { class: 'card values-builder', novalidate: true, onsubmit: (e) => { e.preventDefault(); next(); } },
      h('p', { class: 'muted small', 'aria-live': 'polite', text: `Step ${this.step + 1} of ${total}` }),
      h('progress', { max: total, value: this.step + 1, 'aria-hidden': 'true' }),
      this.step === 0 ? this.valuesStep() : this.textStep(STEPS[this.step - 1]),
      h('div', { class: 'actions' },
        this.step > 0 ? h('button', { type: 'button', text: 'Back', onclick: () => { this.step -= 1; this.show(); } }) : null,
        h('button', { type: 'submit', class: 'primary', text: last ? 'Draft my statement' : 'Next' }))));
    this.body.querySelector('textarea, input')?.focus();
  }
}

export async function render(main, { data }) {
  const [core, vision] = await Promise.all([data.core, data.vision]);
  const builder = new Builder(main, core, vision);
  main.append(...pageHeader('vision-builder', 'Vision builder', 'Five short questions, then a draft vision statement for you to edit and save.'), builder.body);
  builder.show();
  return { title: 'Vision builder', isDirty: () => builder.statement !== null };
}
