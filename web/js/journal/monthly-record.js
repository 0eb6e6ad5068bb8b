// A saved monthly review as it was when saved: the balance it re-rated against last month's, each boundary and
// self-care routine kept or slipped with its note, the values check with the trend, the initiatives as they
// stood and the month's records; today's data may have moved on since.
import { formatDate, h } from '../shared/dom.js';
import { alignmentLine, alignmentTrend, balanceCompared, balanceLine } from './monthly-charts.js';
import { decisionsGroup, factGroup, peopleGroups, reflectionsGroup } from './monthly-facts.js';

const STATE_LABELS = { kept: 'Kept', slipped: 'Slipped' };
const LIST_TITLES = { boundaries: 'Boundaries', self_care: 'Self-care routines' };

function section(id, title, ...content) {
  return h('section', { class: 'journal-record-part', 'aria-labelledby': id }, h('h3', { id, text: title }), content);
}

function balanceSection(balance) {
  const gone = balance.snapshot_id === null && balance.average !== null;
  return section('record-balance', 'Balance',
    balance.average === null ? h('p', { class: 'small muted', text: 'The balance was not re-rated in this review.' }) : null,
    balanceLine(balance),
    gone ? h('p', { class: 'small muted', text: 'That snapshot was deleted since; the review kept its average.' }) : balanceCompared(balance));
}

function practicesSection(practices, tally) {
  const line = (t, word) => `${word}: ${t.kept} kept, ${t.slipped} slipped`;
  return section('record-practices', 'Boundaries and self-care',
    practices.length
      ? [h('p', { class: 'small muted', text: `${line(tally.boundaries, 'Boundaries')} · ${line(tally.self_care, 'self-care')}` }),
        h('ul', { class: 'journal-record-practices' }, practices.map((p) => h('li', { class: `journal-record-practice journal-record-practice--${p.state}` },
          h('span', { class: `badge journal-review-state journal-review-state--${p.state}`, text: STATE_LABELS[p.state] }), ' ',
          h('strong', { text: p.name }), h('span', { class: 'muted small', text: ` · ${LIST_TITLES[p.list]}` }),
          p.note ? h('span', { class: 'journal-record-practice__note', text: p.note }) : null)))]
      : h('p', { class: 'small muted', text: 'No boundary or routine was marked in this review.' }));
}

function valuesSection(alignment) {
  const shown = { current: alignment.current ?? (alignment.overall === null ? null : { overall: alignment.overall, values: null }), previous: alignment.previous };
  return section('record-values', 'Values against the mission',
    alignment.overall === null ? h('p', { class: 'small muted', text: 'The values were not re-checked in this review.' }) : alignmentLine(shown),
    alignment.values.length ? h('ul', { class: 'journal-record-values' }, alignment.values.map((v) => h('li', {},
      h('span', { class: `values-rating-badge values-rating-badge--${v.rating}`, text: String(v.rating) }), ' ',
      h('strong', { text: v.item }), h('span', { class: 'muted small', text: ` · ${v.label}${v.note ? ` · ${v.note}` : ''}` })))) : null,
    alignmentTrend(alignment.trend));
}

function initiativesSection(initiatives) {
  return factGroup({
    title: 'Initiatives', href: (i) => (i.id ? '/goals' : null), level: 'h4',
    facts: { items: initiatives.map((i) => ({ ...i, date: null })), count: initiatives.length },
    detail: (i) => `${i.status === 'done' ? 'Done' : `${i.progress}%`}${i.milestones_total ? ` · ${i.milestones_done} of ${i.milestones_total} milestones` : ''}`,
    empty: 'No active initiative then.',
  });
}

// The card for `review` (GET /api/reviews/:id).
export function reviewRecord(review) {
  const [year] = review.month.split('-');
  return h('section', { class: 'card journal-record', 'aria-labelledby': 'record-title' },
    h('div', { class: 'card__header' },
      h('h2', { id: 'record-title', text: 'What was true then' }),
      h('a', { href: `/journal/year/${year}`, 'data-link': true, text: `See ${year} month by month` })),
    h('p', { class: 'small muted' }, `The month’s facts as this review saved them on ${formatDate(review.updated_at.slice(0, 10))}; later changes elsewhere do not alter them.`,
      review.settled ? ' The month after it is over too, so they are settled: editing the review’s text leaves them as they are.' : null),
    h('div', { class: 'journal-record-grid' },
      balanceSection(review.balance), practicesSection(review.practices, review.tally), valuesSection(review.alignment),
      section('record-month', 'The month', initiativesSection(review.initiatives), reflectionsGroup(review.reflections, 'h4'),
        peopleGroups(review, 'h4'), decisionsGroup(review.decisions, 'h4'))));
}
