// Journal: start this week's reflection, the streak, search and filters over every entry, tags, and
// "this week in earlier years". Links to the lessons view, the year of monthly reviews and the trash.
import { get } from '../shared/api.js';
import { WEEKDAY_DATE as DAY, formatDate, h, pageHeader, replace } from '../shared/dom.js';
import { streakSummary } from './cadence.js';
import { JournalSearch } from './search-form.js';

function startCard(cadence) {
  const w = cadence.weekly;
  const m = cadence.monthly;
  return h('section', { class: 'card journal-start-card', 'aria-labelledby': 'journal-start-title' },
    h('h2', { id: 'journal-start-title', text: `This week · week ${cadence.week.week}` }),
    h('div', { class: 'journal-start-actions' },
      w.entry_id
        ? h('a', { class: 'button', href: `/journal/${w.entry_id}`, 'data-link': true, text: 'Read this week’s reflection' })
        : h('a', { class: 'button primary', href: '/journal/new/weekly', 'data-link': true, text: 'Write this week’s reflection' }),
      m.entry_id
        ? h('a', { class: 'button', href: `/journal/${m.entry_id}`, 'data-link': true, text: 'This month’s review' })
        : h('a', { class: `button${m.due ? ' primary' : ''}`, href: '/journal/new/monthly', 'data-link': true, text: m.due ? 'Monthly review (due)' : 'Monthly review' }),
      h('a', { class: 'button', href: '/journal/new/free', 'data-link': true, text: 'Free entry' })),
    streakSummary(cadence));
}

// A side panel; fill(path) asks the API for what it shows and fills it in when the reply arrives (the
// page does not wait for it).
function panel(id, title, show) {
  const body = h('div', {}, h('p', { class: 'muted small', text: 'Loading…' }));
  return {
    el: h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id, text: title }), body),
    fill: (path) => get(path).then((r) => replace(body, show(r)), (error) => replace(body, h('p', { class: 'field-error', text: `Could not load: ${error.message}` }))),
  };
}

function tags(reply, search) {
  search.setTags(reply.items);
  return reply.items.length
    ? h('ul', { class: 'journal-tag-cloud' }, reply.items.map((t) => h('li', {},
      h('button', { type: 'button', class: 'journal-tag', 'aria-label': `Filter by tag ${t.tag} (${t.count} entries)`, onclick: () => search.filterByTag(t.tag) },
        `#${t.tag}`, h('span', { class: 'journal-tag__count', text: String(t.count) })))))
    : h('p', { class: 'muted small', text: 'Tags you add to entries appear here; pick one to see its entries.' });
}

function earlier(reply, search) {
  if (!reply.items.length) return h('p', { class: 'muted small', text: `Entries written in week ${reply.week.week} of earlier years will show up here, a year from now.` });
  return reply.items.map((year) => h('div', { class: 'journal-earlier-year' },
    h('h3', { text: `${year.year} · week ${year.week}` }),
    h('ul', { class: 'journal-plain-list' }, year.entries.map((e) => h('li', {},
      h('a', { href: `/journal/${e.id}`, 'data-link': true, text: e.title }),
      h('span', { class: 'muted small', text: ` · ${formatDate(e.date, DAY)}` })))),
    year.more
      ? h('button', { type: 'button', class: 'link small', text: `All entries of week ${year.week}, ${year.year}`, onclick: () => search.showWeek(year.monday, year.sunday) })
      : null));
}

export async function render(main, { data }) {
  // The page is ready once the list is shown; the side panels are asked for after that (so they do not
  // hold up the list) and fill in as they arrive.
  const [cadence, core] = await Promise.all([data.cadence, data.core]);
  const search = new JournalSearch(core.items);
  const earlierPanel = panel('journal-earlier-title', 'This week in earlier years', (r) => earlier(r, search));
  const tagsPanel = panel('journal-tags-title', 'Tags', (r) => tags(r, search));
  main.append(
    pageHeader('Journal', 'A short weekly reflection, a monthly review, and anything else worth writing down. Alignment is a habit, not a one-time decision.'),
    h('div', { class: 'journal-layout' },
      h('div', { class: 'journal-main' },
        startCard(cadence), search.form,
        h('section', { class: 'journal-results', 'aria-labelledby': 'journal-results-title' },
          h('h2', { id: 'journal-results-title', class: 'visually-hidden', text: 'Entries' }),
          search.status, search.results, h('div', { class: 'journal-more' }, search.moreButton))),
      h('aside', { class: 'journal-aside' },
        earlierPanel.el, tagsPanel.el,
        h('nav', { class: 'card', 'aria-label': 'More of the journal' },
          h('ul', { class: 'journal-plain-list' },
            h('li', {}, h('a', { href: '/journal/lessons', 'data-link': true, text: 'Lessons: everything I learned' })),
            h('li', {}, h('a', { href: `/journal/year/${cadence.today.slice(0, 4)}`, 'data-link': true, text: 'The year in monthly reviews' })),
            h('li', {}, h('a', { href: '/journal/trash', 'data-link': true, text: 'Trash' })))))));
  // The address holds the search (e.g. /journal?value=ID from the Values page, or a search left by Back);
  // the reply the route asked for serves when it is for the search the form could take in.
  const address = new URLSearchParams(location.search);
  search.fromAddress(address);
  await search.load(true, search.query({}) === address.toString() ? data.entries : undefined);
  earlierPanel.fill('/api/journal/earlier');
  tagsPanel.fill('/api/journal/tags');
  return { title: 'Journal' };
}
