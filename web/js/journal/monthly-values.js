// The monthly review's values check: each core value re-rated against the mission in place, a quick
// re-assessment that saves an alignment snapshot (the other ratings carried over), with the trend.
import { post } from '../shared/api.js';
import { formatDate, h } from '../shared/dom.js';
import { RatingRows } from '../values/alignment-rows.js';
import { alignmentLine, alignmentTrend } from './monthly-charts.js';

function missing(text, href, link) {
  return h('p', { class: 'small muted' }, text, ' ', h('a', { href, 'data-link': true, text: link }), '.');
}

// The values step for the facts' `alignment` (the scale starts from its latest_values) and `form` (GET
// /api/alignment/form, null when it did not answer); onRated(snapshot) once the quick re-assessment is saved.
// Returns {el, isDirty()}.
export function valuesPart(alignment, form, onRated) {
  const status = alignment.current
    ? h('p', { class: 'small', text: `Checked on ${formatDate(alignment.current.assessed_on)}; this review keeps that snapshot.` })
    : h('p', { class: 'small muted', text: 'Not re-checked this month yet.' });
  const head = [status, alignmentLine(alignment), alignmentTrend(alignment.trend)];
  if (!form?.items.values.length) return { el: h('div', {}, head, missing('Rate your core values first:', '/values/sort', 'sort your values')), isDirty: () => false };
  if (!form.mission.trim()) return { el: h('div', {}, head, missing('Values are rated against the mission:', '/vision', 'write your organisation’s mission')), isDirty: () => false };
  const start = Object.fromEntries(alignment.latest_values.map((r) => [`values:${r.id}`, { rating: r.rating, note: '' }]));
  // The alignment page's rating rows, kept in this form (no draft of their own).
  const rating = new RatingRows({ ...form, items: { values: form.items.values, skills: [], strengths: [], passions: [] } }, start);
  const error = h('p', { class: 'field-error', role: 'alert', id: 'review-values-error' });
  const save = async () => {
    error.textContent = '';
    const chosen = rating.collect();
    if (!chosen.length) { error.textContent = 'Rate at least one value first.'; return; }
    try {
      const created = await post('/api/reviews/alignment', { ratings: chosen.map((r) => ({ id: r.id, rating: r.rating, note: r.note })) });
      rating.dirty = false;
      await onRated(created);
    } catch (e) {
      error.textContent = `Not saved: ${e.message}`;
    }
  };
  return {
    el: h('div', { class: 'journal-review-values' }, head,
      h('details', { class: 'journal-review-rate', open: alignment.current ? null : true },
        h('summary', { text: alignment.current ? 'Re-check again' : 'Re-check your values now' }),
        h('p', { class: 'small muted' }, 'How well does each value fit the mission: ', h('q', { text: form.mission }), '? Your skills, strengths and passions keep their last ratings.'),
        rating.scaleKey(),
        form.items.values.map((item) => rating.itemField({ id: 'values' }, item)),
        h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', text: 'Save the values check', onclick: save }))),
      error),
    isDirty: () => rating.dirty,
  };
}
