// The vision builder: a short guided flow (values, leader, impact, future) that drafts a statement,
// which the person edits and saves as a new version of their vision (PUT /api/vision).
import { ApiError, get, post, put } from '../api.js';
import { h, replace, toast } from '../dom.js';
import { draftStore } from '../draft.js';
import { pageHeader } from '../values/nav.js';

const STEPS = [
  { name: 'leader', title: 'The leader you want to be', lead: 'I am …', hint: 'e.g. “a calm, candid leader who helps people grow”' },
  { name: 'impact', title: 'The impact you want', lead: 'Through my work, I want to …', hint: 'e.g. “help small teams ship work they are proud of”' },
  { name: 'professional_future', title: 'Where you want to be at work', lead: 'In N years, I see myself …', hint: 'e.g. “leading an engineering group”' },
  { name: 'personal_future', title: 'Where you want to be in life', lead: 'Outside work, I see myself …', hint: 'e.g. “living by the sea with time for my kids every evening”' },
];
const MAX = 250;

export async function render(main) {
  const [core, vision] = await Promise.all([get('/api/values/core'), get('/api/vision')]);
  const drafts = draftStore('vision-builder');
  const answers = drafts.load()?.data ?? {
    top_values: core.items.slice(0, 5).map((v) => v.name), leader: '', impact: '', professional_future: '', personal_future: '',
    horizon_years: vision.horizon_years ?? 7,
  };
  let step = 0;
  let statement = null;
  const body = h('div');
  const keep = () => drafts.save(answers, 0);

  function valuesStep() {
    const checks = core.items.map((v) => {
      const box = h('input', { type: 'checkbox', id: `bv-${v.id}`, checked: answers.top_values.includes(v.name) });
      box.addEventListener('change', () => {
        answers.top_values = core.items.filter((c) => main.querySelector(`#bv-${c.id}`).checked).map((c) => c.name);
        keep();
      });
      return h('li', {}, box, h('label', { for: `bv-${v.id}`, text: v.name }));
    });
    return h('fieldset', {},
      h('legend', { text: 'Your top values' }),
      core.items.length
        ? [h('p', { class: 'hint', text: 'Which of your core values should the statement name? Two to four usually read best.' }), h('ul', { class: 'checks' }, checks)]
        : h('p', { class: 'muted' }, 'You have no core values yet. ', h('a', { href: '/values/sort', 'data-link': true, text: 'Do the card sort' }), ' first, or continue without them.'));
  }

  function textStep(spec) {
    const id = `bv-${spec.name}`;
    const counter = h('span', { class: 'counter', 'aria-hidden': 'true' });
    const area = h('textarea', { id, rows: 3, value: answers[spec.name], 'aria-describedby': `${id}-hint` });
    const update = () => { counter.textContent = `${[...area.value].length} / ${MAX}`; counter.classList.toggle('over', [...area.value].length > MAX); };
    area.addEventListener('input', () => { answers[spec.name] = area.value; update(); keep(); });
    update();
    const horizon = spec.name === 'professional_future'
      ? h('div', { class: 'field' }, h('label', { for: 'bv-horizon', text: 'How many years ahead' }),
        (() => {
          const sel = h('select', { id: 'bv-horizon' }, [5, 6, 7, 8, 9, 10].map((n) => h('option', { value: String(n), text: `${n} years`, selected: n === answers.horizon_years })));
          sel.addEventListener('change', () => { answers.horizon_years = Number(sel.value); keep(); });
          return sel;
        })())
      : null;
    return h('fieldset', {},
      h('legend', { text: spec.title }),
      horizon,
      h('div', { class: 'field' },
        h('label', { for: id, text: spec.lead.replace('N years', `${answers.horizon_years} years`) }),
        h('p', { class: 'hint', id: `${id}-hint`, text: spec.hint }),
        area, h('div', { class: 'field__footer' }, counter)));
  }

  async function makeDraft() {
    try {
      statement = (await post('/api/vision-builder/draft', answers)).statement;
      show();
    } catch (error) {
      toast(error.message);
      const index = STEPS.findIndex((s) => s.name === error.field);
      if (index >= 0) { step = index + 1; show(); main.querySelector(`#bv-${error.field}`)?.focus(); }
    }
  }

  function draftView() {
    const area = h('textarea', { id: 'bv-statement', class: 'large', rows: 7, value: statement, 'aria-describedby': 'bv-statement-hint bv-statement-error' });
    const error = h('span', { class: 'field-error', id: 'bv-statement-error' });
    const state = h('span', { class: 'save-state', role: 'status', 'aria-live': 'polite' });
    area.addEventListener('input', () => { statement = area.value; });
    const save = async () => {
      error.textContent = '';
      try {
        const currentVision = await get('/api/vision');
        const { updated_at: _ignored, version, ...fields } = currentVision;
        await put('/api/vision', { ...fields, statement: area.value, version });
        drafts.clear();
        statement = null;
        state.dataset.state = 'saved';
        toast('Saved as your new vision');
        replace(body, h('section', { class: 'card empty-state' },
          h('h2', { text: 'Your vision is saved' }),
          h('p', { text: 'The earlier statement is kept in the history on the Vision page.' }),
          h('a', { class: 'button primary', href: '/vision', 'data-link': true, text: 'See my vision' })));
      } catch (e) {
        if (e instanceof ApiError && e.field === 'statement') { error.textContent = e.message; area.focus(); }
        state.dataset.state = 'error';
        state.textContent = `Not saved: ${e.message}`;
      }
    };
    return h('section', { class: 'card', 'aria-labelledby': 'bv-draft-title' },
      h('h2', { id: 'bv-draft-title', tabindex: '-1', text: 'Your draft statement' }),
      vision.statement ? h('p', { class: 'small muted' }, 'Your current statement: ', h('q', { text: vision.statement })) : null,
      h('div', { class: 'field' },
        h('label', { for: 'bv-statement', text: 'Edit it until it sounds like you' }),
        h('p', { class: 'hint', id: 'bv-statement-hint', text: 'Saving makes it a new version of your vision; the current one stays in the history.' }),
        area, error),
      h('div', { class: 'inline-actions' },
        h('button', { type: 'button', class: 'primary', text: 'Save as my vision', onclick: save }),
        h('button', { type: 'button', text: 'Back to the questions', onclick: () => { statement = null; step = STEPS.length; show(); } }),
        state));
  }

  function show() {
    if (statement !== null) {
      replace(body, draftView());
      body.querySelector('h2').focus();
      return;
    }
    const total = STEPS.length + 1;
    const content = step === 0 ? valuesStep() : textStep(STEPS[step - 1]);
    const last = step === total - 1;
    replace(body, h('form', { class: 'card builder', novalidate: true, onsubmit: (e) => { e.preventDefault(); if (last) makeDraft(); else { step += 1; show(); } } },
      h('p', { class: 'step-count muted small', 'aria-live': 'polite', text: `Step ${step + 1} of ${total}` }),
      h('progress', { max: total, value: step + 1, 'aria-hidden': 'true' }),
      content,
      h('div', { class: 'inline-actions' },
        step > 0 ? h('button', { type: 'button', text: 'Back', onclick: () => { step -= 1; show(); } }) : null,
        h('button', { type: 'submit', class: 'primary', text: last ? 'Draft my statement' : 'Next' }))));
    body.querySelector('textarea, input')?.focus();
  }

  main.append(...pageHeader('vision-builder', 'Vision builder', 'Five short questions, then a draft vision statement for you to edit and save.'), body);
  show();
  return { title: 'Vision builder', isDirty: () => statement !== null };
}
