// Shared bits of the Decisions pages: status words and badges, and percentages as the pages show them.
import { h } from '../shared/dom.js';

export const STATUS_LABELS = { open: 'Open', decided: 'Decided', reviewed: 'Reviewed' };

// A small badge for a decision's status; a due review is called out instead of "Decided".
export function statusBadge(status, reviewDue = false) {
  if (reviewDue) return h('span', { class: 'badge dec-badge dec-badge--due', text: 'Review due' });
  return h('span', { class: `badge dec-badge dec-badge--${status}`, text: STATUS_LABELS[status] ?? status });
}

// One decimal, for percentages the page shows.
export const pct = (value) => `${(Math.round(value * 10) / 10).toFixed(1)}%`;
