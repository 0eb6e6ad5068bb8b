// Goals: words and small parts shared by the initiatives, roads and priorities pages and Home.
import { formatDate, formatDatesIn, h, pageHeader, sectionNav } from '../shared/dom.js';

export const STATUS_LABELS = {
  planned: 'Planned', active: 'Active', done: 'Done', dropped: 'Dropped', postponed: 'Postponed',
};
export const HORIZONS = [
  { key: 'short', label: 'Short', hint: 'under 1 year' },
  { key: 'mid', label: 'Mid', hint: '1 to 3 years' },
  { key: 'long', label: 'Long', hint: '3 years or more' },
];
export const HEALTH_LABELS = {
  on_track: 'On track', at_risk: 'At risk', overdue: 'Overdue', not_started: 'Not started', 'n/a': '',
};

const VIEWS = [
  ['/goals', 'Initiatives', 'initiatives', 'A handful of concrete moves, with dates and a measure of success, that bring your vision closer, and what you stop doing to make room for them.'],
  ['/goals/roads', 'Career roads', 'roads', 'Possible paths from where you are to where you want to be. Pick one as your current road; switching later is fine and is remembered.'],
  ['/goals/priorities', 'Priorities', 'priorities', 'Sort current tasks by urgency and importance: do, schedule, delegate or drop.'],
];

// The heading of the Goals pages (with the way to the printable plan) and the sub-navigation between them,
// `current` marked.
export function goalsHeader(current) {
  const intro = VIEWS.find(([, , key]) => key === current)[3];
  const header = pageHeader('Goals', intro);
  header.append(h('a', { class: 'button', href: '/plan', text: 'Print my plan' }));
  return [header, sectionNav('Goals sections', VIEWS, current)];
}

// A <select> of initiatives (with "None"), for linking stop-doing items and tasks.
export function initiativeSelect(initiatives, selected) {
  return h('select', {},
    h('option', { value: '', text: 'None' }),
    initiatives.filter((i) => i.status !== 'dropped' && i.status !== 'done').map((i) =>
      h('option', { value: String(i.id), text: i.title, selected: i.id === selected ? true : null })));
}

export function healthBadge(health) {
  if (!health || !HEALTH_LABELS[health.state]) return null;
  return h('span', { class: `badge goals-health goals-health--${health.state}`, title: formatDatesIn(health.reason), text: HEALTH_LABELS[health.state] });
}

// Where a record came from when an alignment check's item became it: "From the alignment check of <date>
// (work to lean into)", linked to the alignment page; null without an origin.
export function originNote(origin) {
  if (!origin) return null;
  const list = origin.kind === 'lean_into' ? 'work to lean into' : 'work to avoid or hand off';
  return h('span', { class: 'goals-origin small muted' }, 'From the ',
    h('a', { href: '/values/alignment', 'data-link': true, text: `alignment check of ${formatDate(origin.assessed_on)}` }), ` (${list})`);
}
