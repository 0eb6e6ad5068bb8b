// The Values section's page header and sub-navigation, shared by its pages.
import { pageHeader as header, sectionNav } from '../shared/dom.js';

const TABS = [
  ['/values', 'Values', ''],
  ['/values/sort', 'Card sort', 'sort'],
  ['/values/alignment', 'Alignment', 'alignment'],
  ['/values/worksheet', 'Worksheet', 'worksheet'],
  ['/values/vision-builder', 'Vision builder', 'vision-builder'],
  ['/values/balance', 'Balance', 'balance'],
];

// The standard page header of a Values page: the heading and its intro, then the sub-navigation with
// `tab` marked.
export function pageHeader(tab, title, intro) {
  return [header(title, intro), sectionNav('Values and alignment', TABS, tab)];
}
