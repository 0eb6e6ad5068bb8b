// Small DOM helpers: elements built with user text always as text nodes, never as HTML; toasts; navigation;
// and dates as the pages show them (calendar dates and API timestamps, in the user's locale).

// Creates an element. props: attributes, plus `class`, `text`, `dataset`, and on<event> listeners.
// Children may be nodes, strings (inserted as text), arrays, or null/false (skipped).
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'value') el.value = value;
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

// Replaces all children of `el`.
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
}

// Shows a short message in the corner for a few seconds (announced to screen readers).
export function toast(message) {
  const box = document.getElementById('toasts');
  const item = h('div', { class: 'toast', text: message });
  box.append(item);
  setTimeout(() => item.remove(), 4000);
}

// Asks the app to go to `path` (the shell asks first when the page has unsaved changes). An event, so
// that pages need not import the shell that imports them.
export function navigate(path) {
  document.dispatchEvent(new CustomEvent('truenorth:navigate', { detail: path }));
}

// The standard page header: a heading, an optional intro line and an optional kicker line above it.
export function pageHeader(title, intro, kicker) {
  return h('div', { class: 'page-header' },
    kicker ? h('p', { class: 'page-kicker' }, kicker) : null,
    h('h1', { text: title }),
    intro ? h('p', { text: intro }) : null);
}

// ---- Dates ----
// A calendar date with its weekday, as the journal shows it: "Wed 4 Mar 2026".
export const WEEKDAY_DATE = Object.freeze({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });

// A calendar date "2026-03-01" as e.g. "1 Mar 2026" (or with other toLocaleDateString options); never
// shifted by the time zone. "" for null or empty; the text itself when it is not a date.
export function formatDate(iso, options = { dateStyle: 'medium' }) {
  if (!iso) return '';
  const [y, m, d] = String(iso).split('-').map(Number);
  if (!y || !m || !d) return String(iso);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(undefined, { ...options, timeZone: 'UTC' });
}

// A date-time from the API ("2026-11-23T19:22:53Z") in the user's locale, e.g. "23 Nov 2026, 19:22".
export function formatDateTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

// A <time> element for a calendar date.
export function dateElement(iso, options) {
  const el = document.createElement('time');
  el.dateTime = iso;
  el.textContent = formatDate(iso, options);
  return el;
}

// A <time> element for an API timestamp.
export function dateTimeElement(iso) {
  const el = document.createElement('time');
  el.dateTime = iso;
  el.textContent = formatDateTime(iso);
  return el;
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
