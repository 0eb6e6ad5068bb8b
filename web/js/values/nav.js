// The Values section's sub-navigation and page header, shared by its pages.
import { h, pageHeader as header } from '../shared/dom.js';

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

// The standard page header of a Values page: the sub-navigation, then the heading and its intro.
export function pageHeader(tab, title, intro) {
  return [subnav(tab), header(title, intro)];
}
