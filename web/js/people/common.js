// People and learning: the words, badges and sub-navigation shared by its pages and its Home section.
import { dateElement, h, pageHeader, sectionNav } from '../shared/dom.js';

export const ROLE_LABELS = Object.freeze({
  mentor: 'Mentor', accountability_partner: 'Accountability partner', coach: 'Coach', manager: 'Manager', peer: 'Peer',
});
export const OWNER_LABELS = Object.freeze({ me: 'Me', partner: 'My partner', both: 'Both of us' });
export const SOURCE_LABELS = Object.freeze({
  self: 'Self', peer: 'Peer', direct_report: 'Direct report', manager: 'Manager', other: 'Other',
});
export const SHELF_LABELS = Object.freeze({ want: 'Want to', in_progress: 'In progress', done: 'Done', stopped: 'Stopped' });
export const KIND_LABELS = Object.freeze({ book: 'Book', course: 'Course', talk: 'Talk', article: 'Article' });

const VIEWS = [
  ['/people', 'Check-ins', 'check-ins', 'The people who keep you honest: partners and mentors, what you discuss with them and what you commit to.'],
  ['/people/feedback', 'Feedback', 'feedback', 'What others tell you, in their words, with your own reflection: and what it says about the values you rank highest.'],
  ['/people/learning', 'Learning', 'learning', 'Books, courses, talks and articles, with the takeaways and quotes worth keeping.'],
  ['/people/search', 'Search', 'search', 'Find words in check-in notes, feedback, takeaways and quotes.'],
];

// The heading of the People pages and the sub-navigation between them, `current` marked; `title` and
// `kicker` replace the module's heading on a page of one record.
export function peopleHeader(current, { title, intro, kicker } = {}) {
  const view = VIEWS.find(([, , key]) => key === current);
  return [pageHeader(title ?? 'People & learning', intro ?? view[3], kicker), sectionNav('People and learning sections', VIEWS, current)];
}

const FEEDBACK_VIEWS = [
  ['/people/feedback', 'Log', 'log'], ['/people/feedback/values', 'By value', 'values'],
  ['/people/feedback/summary', 'Themes and sources', 'summary'], ['/people/feedback/rounds', '360 rounds', 'rounds'],
];

// The views of the feedback log, `current` marked.
export function feedbackNav(current) {
  return sectionNav('Feedback views', FEEDBACK_VIEWS, current, { pills: true });
}

const DUE_TEXT = {
  overdue: (days) => `${-days} ${days === -1 ? 'day' : 'days'} overdue`,
  due_soon: (days) => (days === 0 ? 'Due today' : `Due in ${days} ${days === 1 ? 'day' : 'days'}`),
  upcoming: (days) => `In ${days} days`,
};

// A badge for a due date: {state, days} from the API; null when there is nothing due.
export function dueBadge(due) {
  if (!due || due.state === 'never') return null;
  return h('span', { class: `badge people-due people-due--${due.state}`, text: DUE_TEXT[due.state](due.days) });
}

// "Next check-in due 2 Apr 2026" or, before the first meeting, an invitation to log one.
export function nextCheckInLine(partner) {
  if (!partner.next_due_on) return h('span', { class: 'muted', text: 'No check-in logged yet' });
  return h('span', {}, 'Next check-in ', dateElement(partner.next_due_on), ' ', dueBadge(partner.due));
}

// The "Carried N times" badge of a commitment (null when it was never carried).
export function carriedBadge(label) {
  return label ? h('span', { class: 'badge people-carried', title: 'How many later check-ins this commitment was carried onto while still open', text: label }) : null;
}

// Options for a <select> from a {key: label} map, `selected` chosen.
export function options(labels, selected) {
  return Object.entries(labels).map(([key, label]) => h('option', { value: key, text: label, selected: key === selected ? true : null }));
}

// A small empty-state card: a heading (h3, or `level` when it sits right under the page's h1), a line of
// explanation and an optional action.
export function emptyCard(title, text, action, level = 3) {
  return h('div', { class: 'card empty-state people-empty' }, h(`h${level}`, { text: title }), h('p', { text }), action ?? null);
}

// Connects `form` to the shared editor `editor`: any change marks the form, submitting saves; then fills it
// with fill(values) from the saved copy, or a draft left from an earlier visit. Returns whether a draft
// was restored.
export function bindEditor(form, editor, fill) {
  form.addEventListener('input', () => editor.changed());
  form.addEventListener('change', () => editor.changed());
  form.addEventListener('submit', (event) => { event.preventDefault(); editor.save(); });
  fill(editor.saved);
  const restored = editor.restoreDraft();
  editor.refreshState();
  return restored;
}

// A record's editor `form` folded away under `summary` (open when a draft was restored), with the button
// that deletes the record (onDelete asks first).
export function editDetails(summary, form, { open, deleteText, onDelete }) {
  return h('details', { class: 'card people-edit', open: open ? true : null }, h('summary', { text: summary }), form,
    h('p', { class: 'people-delete' }, h('button', { type: 'button', class: 'link danger', text: deleteText, onclick: onDelete })));
}
