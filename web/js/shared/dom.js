// Small DOM helpers: elements built with user text always as text nodes, never as HTML; toasts; navigation;
// and the app's one date format (calendar dates and API timestamps, in the user's locale).

// Creates an element. props: attributes, plus `class`, `text`, `dataset`, and on<event> listeners.
// Children may be nodes, strings (inserted as text), arrays, or null/false (skipped).
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const key in props) {  // for...in, not Object.entries: no array per element (pages build thousands)
    const value = props[key];
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (typeof value === 'function' && key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'value') el.value = value;
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  if (children.length > 0) append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

// Replaces all children of `el`.
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
}

const TOAST_MS = 4000;
const MAX_TOASTS = 3;

// Shows a short message in the corner for a few seconds (announced to screen readers); at most the three
// newest stay, and clicks go through them to the page.
export function toast(message) {
  const box = document.getElementById('toasts');
  const item = h('div', { class: 'toast', text: message });
  box.append(item);
  while (box.children.length > MAX_TOASTS) box.firstElementChild.remove();
  setTimeout(() => item.remove(), TOAST_MS);
}

// Asks the app to go to `path` (the shell asks first when the page has unsaved changes). An event, so
// that pages need not import the shell that imports them.
export function navigate(path) {
  document.dispatchEvent(new CustomEvent('truenorth:navigate', { detail: path }));
}

// Tells the app that the page now shows what `path` names (e.g. a search kept in the query), without
// showing the page again: the address bar, a reload and Back then return to it.
export function setAddress(path) {
  document.dispatchEvent(new CustomEvent('truenorth:address', { detail: path }));
}

// The standard page header: a heading, an optional intro line and an optional kicker line above it.
export function pageHeader(title, intro, kicker) {
  return h('div', { class: 'page-header' },
    kicker ? h('p', { class: 'page-kicker' }, kicker) : null,
    h('h1', { text: title }),
    intro ? h('p', { text: intro }) : null);
}

// A module's row of links between its pages (`label` names it for screen readers): links are
// [href, text, key], the one whose key is `current` marked as the page shown; `pills` draws the smaller
// row of views inside a page.
export function sectionNav(label, links, current, { pills = false } = {}) {
  return h('nav', { class: pills ? 'tabs tabs--pills' : 'tabs', 'aria-label': label },
    h('ul', {}, links.map(([href, text, key]) => h('li', {},
      h('a', { href, 'data-link': true, 'aria-current': key === current ? 'page' : null, text })))));
}

// ---- Dates ----
// The one date format of the whole app, in the user's locale (e.g. "7 Dec 2026" or "Dec 7, 2026"),
// optionally with the weekday ("Mon 7 Dec 2026") or the time ("7 Dec 2026, 19:22"). Every page shows
// dates through the functions below, never in a format of its own.
const DAY_PARTS = { day: 'numeric', month: 'short', year: 'numeric' };
const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { ...DAY_PARTS, timeZone: 'UTC' });
const WEEKDAY_FORMAT = new Intl.DateTimeFormat(undefined, { ...DAY_PARTS, weekday: 'short', timeZone: 'UTC' });
const DATE_TIME_FORMAT = new Intl.DateTimeFormat(undefined, { ...DAY_PARTS, hour: 'numeric', minute: '2-digit' });
const SECONDS_FORMAT = new Intl.DateTimeFormat(undefined, { ...DAY_PARTS, hour: 'numeric', minute: '2-digit', second: '2-digit' });
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

// The option of formatDate and dateElement that adds the weekday, as the journal shows its days.
export const WEEKDAY_DATE = Object.freeze({ weekday: true });

// A calendar date "2026-03-01" in the app's date format, with the weekday when `weekday`; never shifted
// by the time zone. "" for null or empty; the text itself when it is not a date.
export function formatDate(iso, { weekday = false } = {}) {
  if (!iso) return '';
  const [y, m, d] = String(iso).split('-').map(Number);
  if (!y || !m || !d) return String(iso);
  return (weekday ? WEEKDAY_FORMAT : DATE_FORMAT).format(new Date(Date.UTC(y, m - 1, d)));
}

// `text` from the server (e.g. "Starts on 2026-12-07.") with each YYYY-MM-DD in the app's date format.
export function formatDatesIn(text) {
  return String(text ?? '').replace(ISO_DATE, (iso) => formatDate(iso));
}

// A date-time from the API ("2026-11-23T19:22:53Z") in the app's date format with the user's local time,
// to the second when `seconds` (e.g. backups, several of which can be made within a minute).
export function formatDateTime(iso, { seconds = false } = {}) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (seconds ? SECONDS_FORMAT : DATE_TIME_FORMAT).format(date);
}

const TIME_OF_DAY_FORMAT = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });

// A time of day "16:30" in the user's locale ("16:30" or "4:30 PM"); the text itself when it is not one.
export function formatTimeOfDay(hhmm) {
  const [hours, minutes] = String(hhmm).split(':').map(Number);
  if (!Number.isInteger(hours) || !Number.isInteger(minutes)) return String(hhmm);
  return TIME_OF_DAY_FORMAT.format(new Date(Date.UTC(2000, 0, 1, hours, minutes)));
}

// A <time> element for a calendar date (options as formatDate's).
export function dateElement(iso, options) {
  const el = document.createElement('time');
  el.dateTime = iso;
  el.textContent = formatDate(iso, options);
  return el;
}

// A <time> element for an API timestamp (options as formatDateTime's).
export function dateTimeElement(iso, options) {
  const el = document.createElement('time');
  el.dateTime = iso;
  el.textContent = formatDateTime(iso, options);
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
