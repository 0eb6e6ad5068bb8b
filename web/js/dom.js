// Small DOM helpers. User text always goes in as text nodes, never as HTML.

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

// A date-time from the API ("2026-11-23T19:22:53Z") in the user's locale, e.g. "23 Nov 2026, 19:22".
export function formatDateTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

// A <time> element for an ISO timestamp.
export function timeElement(iso) {
  return h('time', { datetime: iso, text: formatDateTime(iso) });
}
