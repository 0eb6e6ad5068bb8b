// Home's Values section: the ranked core values and the latest alignment score and its trend.
import { formatDate, h } from '../shared/dom.js';

// "▲ +4 since 1 Mar 2026" for a score that changed since an earlier one; null when there is nothing to compare.
export function scoreDelta(value, before, since) {
  if (value === null || value === undefined || before === null || before === undefined) return null;
  const delta = value - before;
  return h('span', {
    class: `values-score-delta${delta > 0 ? ' values-score-delta--up' : delta < 0 ? ' values-score-delta--down' : ''}`,
    text: `${delta > 0 ? '▲ +' : delta < 0 ? '▼ ' : '± '}${delta} since ${formatDate(since)}`,
  });
}

function alignmentLine(latest, previous) {
  if (!latest) {
    return h('p', { class: 'small muted', text: 'Not yet checked against the mission.' });  // the check itself is in What to do next
  }
  const delta = previous ? scoreDelta(latest.scores.overall, previous.scores.overall, previous.assessed_on) : null;
  return h('p', { class: 'values-home__alignment' },
    h('a', { href: '/values/alignment', 'data-link': true }, 'Alignment with the mission: ', h('strong', { text: `${latest.scores.overall ?? '—'} / 100` })),
    h('span', { class: 'muted small', text: ` on ${formatDate(latest.assessed_on)}` }),
    delta ? [' ', delta] : null,
    latest.conflicts ? h('span', { class: 'values-conflict-flag', text: ` · ${latest.conflicts} values conflict${latest.conflicts > 1 ? 's' : ''}` }) : null);
}

export async function valuesHomeSection(data) {
  const [core, assessments] = await Promise.all([data.core, data.assessments]);
  if (!core.items.length) {
    return h('section', { class: 'card values-home', 'aria-labelledby': 'home-values-title' },
      h('h2', { id: 'home-values-title', text: 'My core values' }),
      h('p', { class: 'muted', text: 'Find out what you value most: a fifteen-minute card sort, which you can pause and resume.' }),
      h('a', { class: 'button', href: '/values/sort', 'data-link': true, text: 'Start the values card sort' }));
  }
  const [latest, previous] = assessments.items;
  return h('section', { class: 'card values-home', 'aria-labelledby': 'home-values-title' },
    h('div', { class: 'card__header' }, h('h2', { id: 'home-values-title', text: 'My core values' }), h('a', { href: '/values', 'data-link': true, text: 'Values' })),
    h('ol', { class: 'values-home__core' }, core.items.map((v) => h('li', { title: v.meaning || v.definition, text: v.name }))),
    alignmentLine(latest, previous));
}
