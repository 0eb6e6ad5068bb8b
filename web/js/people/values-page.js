// Feedback by value (/people/feedback/values): for each core value, in your ranking, the feedback that
// supports it, the feedback that contradicts it, or that none mentions it.
import { dateElement, h } from '../shared/dom.js';
import { emptyCard, feedbackNav, peopleHeader } from './common.js';

function examples(title, list, className) {
  if (!list.length) return null;
  return h('div', { class: 'people-value__examples' },
    h('h3', { text: title }),
    h('ul', {}, list.map((e) => h('li', { class: className },
      h('a', { href: `/people/feedback/${e.id}`, 'data-link': true }, dateElement(e.received_on)), ' ', h('q', { text: e.said })))));
}

function valueCard(v) {
  const state = v.supports + v.contradicts === 0 ? 'never' : v.contradicts > v.supports ? 'contradicted' : 'supported';
  return h('li', { class: `card people-value people-value--${state}`, dataset: { value: v.value_id } },
    h('div', { class: 'people-value__head' },
      h('h2', {}, h('span', { class: 'people-value__rank', text: `${v.rank}` }), ' ', v.name),
      h('p', { class: 'people-value__counts' },
        h('span', { class: 'badge people-stance--supports', text: `${v.supports} support` }), ' ',
        h('span', { class: 'badge people-stance--contradicts', text: `${v.contradicts} contradict` }))),
    h('p', { class: 'people-value__finding', text: v.finding }),
    v.last_on ? h('p', { class: 'small muted' }, 'Last mentioned ', dateElement(v.last_on), ' · ',
      h('a', { href: `/people/feedback?value=${v.value_id}`, 'data-link': true, text: 'See all' })) : null,
    examples('Supports it', v.supporting, 'people-value__example--supports'),
    examples('Contradicts it', v.contradicting, 'people-value__example--contradicts'));
}

export async function render(main, { data }) {
  const view = await data.values;
  main.append(...peopleHeader('feedback'), feedbackNav('values'));
  if (!view.items.length) {
    main.append(emptyCard('No core values yet', 'Rank your core values first: then this page shows, for each one, what your feedback says about it.',
      h('a', { class: 'button primary', href: '/values/sort', 'data-link': true, text: 'Sort your values' }), 2));
    return { title: 'Feedback by value' };
  }
  const never = view.items.filter((v) => v.supports + v.contradicts === 0);
  main.append(h('p', { class: 'muted small', text: `${view.explanation} ${view.total} feedback items logged.` }));
  if (never.length && view.total) {
    main.append(h('div', { class: 'notice warning', role: 'note' }, h('p', {}, h('strong', { text: 'Never mentioned: ' }), never.map((v) => v.name).join(', '),
      '. Values others never see you live are worth a question at your next check-in.')));
  }
  main.append(h('ul', { class: 'people-values', 'aria-label': 'Your core values and their feedback' }, view.items.map(valueCard)));
  return { title: 'Feedback by value' };
}
