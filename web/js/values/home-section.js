// Home's Values section: the ranked core values and the latest alignment score and its trend.
import { get } from '../api.js';
import { h } from '../dom.js';

const formatDate = (iso) => new Date(`${iso}T12:00:00`).toLocaleDateString(undefined, { dateStyle: 'medium' });

export async function valuesHomeSection() {
  const [core, assessments] = await Promise.all([get('/api/values/core'), get('/api/alignment/assessments')]);
  if (!core.items.length) {
    return h('section', { class: 'card values-home', 'aria-labelledby': 'home-values-title' },
      h('h2', { id: 'home-values-title', text: 'My core values' }),
      h('p', { class: 'muted', text: 'Find out what you value most: a fifteen-minute card sort, which you can pause and resume.' }),
      h('a', { class: 'button', href: '/values/sort', 'data-link': true, text: 'Start the values card sort' }));
  }
  const [latest, previous] = assessments.items;
  let alignment = h('p', { class: 'small muted' }, 'Not yet checked against the mission. ', h('a', { href: '/values/alignment', 'data-link': true, text: 'Rate your alignment' }), '.');
  if (latest) {
    const delta = previous && latest.scores.overall !== null && previous.scores.overall !== null ? latest.scores.overall - previous.scores.overall : null;
    alignment = h('p', { class: 'home-alignment' },
      h('a', { href: '/values/alignment', 'data-link': true }, 'Alignment with the mission: ', h('strong', { text: `${latest.scores.overall ?? '—'} / 100` })),
      h('span', { class: 'muted small', text: ` on ${formatDate(latest.assessed_on)}` }),
      delta !== null ? h('span', { class: `score-delta ${delta > 0 ? 'up' : delta < 0 ? 'down' : ''}`, text: ` ${delta > 0 ? '▲ +' : delta < 0 ? '▼ ' : '± '}${delta} since ${formatDate(previous.assessed_on)}` }) : null,
      latest.conflicts ? h('span', { class: 'conflict-flag', text: ` · ${latest.conflicts} values conflict${latest.conflicts > 1 ? 's' : ''}` }) : null);
  }
  return h('section', { class: 'card values-home', 'aria-labelledby': 'home-values-title' },
    h('div', { class: 'card__header' }, h('h2', { id: 'home-values-title', text: 'My core values' }), h('a', { href: '/values', 'data-link': true, text: 'Values' })),
    h('ol', { class: 'home-core-values' }, core.items.map((v) => h('li', { title: v.meaning || v.definition, text: v.name }))),
    alignment);
}
