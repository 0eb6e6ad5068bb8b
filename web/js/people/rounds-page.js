// 360 rounds (/people/feedback/rounds): each round with how many of those asked have answered, and the
// form that starts a new one.
import { post } from '../shared/api.js';
import { dateElement, h, navigate, replace, toast } from '../shared/dom.js';
import { fieldErrors } from '../shared/fields.js';
import { emptyCard, feedbackNav, peopleHeader } from './common.js';
import { blankRound, roundFields } from './round-form.js';

function roundList(items) {
  if (!items.length) {
    return emptyCard('No 360 round yet', 'Ask a handful of people around you (peers, reports, your manager) the same few questions, and record each answer here as feedback.');
  }
  return h('ul', { class: 'people-round-list', 'aria-label': '360 rounds' }, items.map((r) => h('li', { class: 'card' },
    h('h3', {}, h('a', { href: `/people/feedback/rounds/${r.id}`, 'data-link': true, text: r.name })),
    h('p', { class: 'small muted' }, 'Started ', dateElement(r.started_on),
      ` · ${r.answered_count} of ${r.asked_count} asked have answered · ${r.answer_count} ${r.answer_count === 1 ? 'answer' : 'answers'}`))));
}

export async function render(main, { data }) {
  const rounds = await data.rounds;
  const formArea = h('div');
  const newButton = h('button', { type: 'button', class: 'primary', text: 'New 360 round', 'aria-expanded': 'false' });
  const openForm = () => {
    if (formArea.firstChild) { replace(formArea); newButton.setAttribute('aria-expanded', 'false'); return; }
    const fields = roundFields('new-round', () => {});
    const general = h('div');
    const errors = fieldErrors(() => fields.fields(), general);
    const form = h('form', { class: 'card people-round-form', novalidate: true, 'aria-label': 'New 360 round' },
      h('h3', { text: 'New 360 round' }), fields.el, general,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', text: 'Save the round' }),
        h('button', { type: 'button', text: 'Cancel', onclick: openForm })));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      errors.clear();
      try {
        const saved = await post('/api/feedback/rounds', fields.read());
        toast(`Started ${saved.name}`);
        navigate(`/people/feedback/rounds/${saved.id}`);
      } catch (error) {
        errors.show(error.field, error.message);
      }
    });
    fields.fill(blankRound(rounds.today));
    replace(formArea, form);
    newButton.setAttribute('aria-expanded', 'true');
    form.querySelector('input').focus();
  };
  newButton.addEventListener('click', openForm);
  main.append(...peopleHeader('feedback'), feedbackNav('rounds'),
    h('section', { class: 'people-section', 'aria-labelledby': 'rounds-title' },
      h('div', { class: 'people-section-header' }, h('h2', { id: 'rounds-title', text: '360 rounds' }), newButton),
      formArea, roundList(rounds.items)));
  return { title: '360 rounds' };
}
