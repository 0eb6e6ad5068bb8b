// The monthly review's records of the month: the weekly reflections with their lessons, the check-ins,
// feedback and finished learning, and the decisions whose review is due, each a list that links to its record.
import { dateElement, h } from '../shared/dom.js';

// One titled list of `facts` ({items: [{id, date, title, detail}], count}) under a heading of `level`; href(item)
// is its record's address (null when it cannot be opened), `empty` the line shown when there is none. The
// items name what the review saw, so they read the same later even when the record has changed or gone.
export function factGroup({ title, facts, href, empty, level = 'h3', detail = (item) => item.detail }) {
  const more = facts.count - facts.items.length;
  return h('div', { class: 'journal-review-group' },
    h(level, { class: 'journal-review-group__title' }, title, facts.count ? h('span', { class: 'muted', text: ` · ${facts.count}` }) : null),
    facts.items.length
      ? h('ul', { class: 'journal-review-list' }, facts.items.map((item) => h('li', {},
        item.date ? h('span', { class: 'journal-review-list__date' }, dateElement(item.date)) : null,
        href(item) ? h('a', { href: href(item), 'data-link': true, text: item.title }) : h('span', { text: item.title }),
        detail(item) ? h('span', { class: 'journal-review-list__detail', text: detail(item) }) : null)))
      : h('p', { class: 'small muted', text: empty }),
    more > 0 ? h('p', { class: 'small muted', text: `and ${more} more` }) : null);
}

// The weekly reflections with their lessons, under a heading of `level`.
export function reflectionsGroup(reflections, level) {
  return factGroup({
    title: 'Weekly reflections', facts: reflections, href: (r) => `/journal/${r.id}`, level,
    detail: (r) => (r.detail ? `Learned: ${r.detail}` : 'No lesson written'),
    empty: 'No weekly reflection dated in this month.',
  });
}

// What happened with others: the check-ins, the feedback received and the learning finished.
export function peopleGroups(lists, level) {
  return [
    factGroup({ title: 'Check-ins', facts: lists.check_ins, href: (c) => `/people/check-ins/${c.id}`, empty: 'No check-in this month.', level }),
    factGroup({
      title: 'Feedback received', facts: lists.feedback, href: (f) => `/people/feedback/${f.id}`, empty: 'No feedback logged this month.', level,
      detail: (f) => f.detail && `“${f.detail}”`,
    }),
    factGroup({ title: 'Learning finished', facts: lists.learning, href: (l) => `/people/learning/${l.id}`, empty: 'Nothing finished this month.', level }),
  ];
}

// The decisions whose review date has come by the end of the month and that are not reviewed yet.
export function decisionsGroup(decisions, level) {
  return factGroup({
    title: 'Decisions whose review is due', facts: decisions, href: (d) => `/decisions/${d.id}`, level,
    detail: (d) => (d.detail ? `Chose ${d.detail}` : ''), empty: 'No decision is waiting for its review.',
  });
}
