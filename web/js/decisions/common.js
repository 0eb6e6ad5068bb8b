// Shared bits of the Decisions pages: status words and badges, dates, and the review-date choices.
import { h } from '../dom.js';

export const STATUS_LABELS = { open: 'Open', decided: 'Decided', reviewed: 'Reviewed' };

// A small badge for a decision's status; a due review is called out instead of "Decided".
export function statusBadge(status, reviewDue = false) {
  if (reviewDue) return h('span', { class: 'dec-badge dec-badge--due', text: 'Review due' });
  return h('span', { class: `dec-badge dec-badge--${status}`, text: STATUS_LABELS[status] ?? status });
}

// A calendar date ("2026-07-01") in the user's locale, e.g. "1 Jul 2026".
export function formatDate(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(y, m - 1, d);
  return date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

export function dateElement(iso) {
  return h('time', { datetime: iso, text: formatDate(iso) });
}

// `iso` ("YYYY-MM-DD") plus `months` calendar months, the day clamped to the month's length.
export function addMonths(iso, months) {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const last = new Date(year, month + 1, 0).getDate();
  const pad = (n) => String(n).padStart(2, '0');
  return `${year}-${pad(month + 1)}-${pad(Math.min(d, last))}`;
}

// One decimal, for percentages the page shows.
export const pct = (value) => `${(Math.round(value * 10) / 10).toFixed(1)}%`;
