// The Values section's sub-navigation, shared by its pages.
import { h } from '../dom.js';

export const TABS = [
  ['', 'Values'],
  ['sort', 'Card sort'],
  ['alignment', 'Alignment'],
  ['worksheet', 'Worksheet'],
  ['vision-builder', 'Vision builder'],
  ['balance', 'Balance'],
];

// A nav bar with the current tab marked.
export function subnav(current) {
  return h('nav', { class: 'values-subnav', 'aria-label': 'Values and alignment' },
    h('ul', {}, TABS.map(([tab, label]) => h('li', {},
      h('a', { href: tab ? `/values/${tab}` : '/values', 'data-link': true, 'aria-current': tab === current ? 'page' : null, text: label })))));
}

// The standard page header of a Values page.
export function pageHeader(tab, title, intro) {
  return [subnav(tab), h('div', { class: 'page-header' }, h('h1', { text: title }), intro ? h('p', { text: intro }) : null)];
}

// Shows an API error next to a form: under the named field's control when there is one, else in `fallback`.
export function showError(error, fields, fallback) {
  for (const el of Object.values(fields)) {
    el.error.textContent = '';
    el.control.removeAttribute('aria-invalid');
  }
  const target = error.field && fields[error.field];
  if (target) {
    target.error.textContent = error.message;
    target.control.setAttribute('aria-invalid', 'true');
    target.control.focus();
  } else if (fallback) {
    fallback.textContent = error.message;
  }
}

export const chars = (text) => [...text].length;
