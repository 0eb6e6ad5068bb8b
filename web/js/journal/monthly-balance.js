// The monthly review's balance: the wheel the review shows against last month's (as the server compares
// them), and sliders to re-rate it in place, which save a balance snapshot that the review then links.
import { post } from '../shared/api.js';
import { formatDate, h } from '../shared/dom.js';
import { balanceRater } from '../values/balance-wheel.js';
import { balanceCompared, balanceLine } from './monthly-charts.js';

// The balance step for the facts' `balance` ({current, previous, areas, average, previous_average, change}) and
// the life `areas`; onRated(snapshot) once a new snapshot is saved. Returns {el, isDirty()}.
export function balancePart(balance, areas, onRated) {
  const error = h('p', { class: 'field-error', role: 'alert', id: 'review-balance-error' });
  const rater = balanceRater({
    areas: areas.items, last: (balance.current ?? balance.previous)?.ratings, idBase: 'review-area', label: 'Save today’s balance',
    onSave: async (ratings) => {
      error.textContent = '';
      try {
        const created = await post('/api/balance/snapshots', { ratings });
        rater.done();
        await onRated(created);
      } catch (e) {
        error.textContent = `Not saved: ${e.message}`;
      }
    },
  });
  const status = balance.current
    ? h('p', { class: 'small', text: `Re-rated on ${formatDate(balance.current.rated_on)}; this review keeps that snapshot.` })
    : h('p', { class: 'small muted', text: balance.previous ? `Not re-rated this month yet. Last month: ${formatDate(balance.previous.rated_on)}.` : 'Not rated yet: rate each area once a month and change shows.' });
  return {
    el: h('div', { class: 'journal-review-balance' },
      status, balanceLine(balance), balanceCompared(balance),
      h('details', { class: 'journal-review-rate', open: balance.current ? null : true },
        h('summary', { text: balance.current ? 'Re-rate again' : 'Re-rate your balance now' }),
        h('p', { class: 'small muted', text: '0 = badly neglected, 10 = thriving. The sliders start where you left them.' }),
        rater.el),
      error),
    isDirty: () => rater.isDirty(),
  };
}
