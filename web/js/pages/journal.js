// Journal: start this week's reflection, the streak, search and filters over every entry, tags, and
// "this week in earlier years". Links to the lessons view and the trash.
import { get } from '../api.js';
import { h, replace } from '../dom.js';
import { streakSummary } from '../journal/cadence.js';
import { entryItem, formatDay, kindLabel, loadCoreValues } from '../journal/render.js';

export async function render(main) {
  // The first page and the side panels load in parallel; the page is ready once the list is shown and
  // the panels fill in as they arrive.
  // A link may open the list filtered by a core value (/journal?value=ID), e.g. from the Values page.
  const linkedValue = new URLSearchParams(location.search).get('value') ?? '';
  const firstPage = get(`/api/journal/entries${linkedValue ? `?value=${encodeURIComponent(linkedValue)}` : ''}`);
  firstPage.catch(() => {});
  const tagsReply = get('/api/journal/tags');
  const earlierReply = get('/api/journal/earlier');
  const [cadence, coreValues] = await Promise.all([get('/api/journal/cadence'), loadCoreValues(get)]);
  const state = { q: '', kind: '', tag: '', mood: '', value: '', from: '', to: '', sort: 'relevance' };
  let cursor = null;
  let loading = false;

  const results = h('ol', { class: 'entry-list', 'aria-label': 'Entries' });
  const status = h('p', { class: 'results-status muted', role: 'status', 'aria-live': 'polite' });
  const moreButton = h('button', { type: 'button', text: 'Show older entries', hidden: true, onclick: () => load(false) });

  // --- Search and filters ---
  const q = h('input', { type: 'search', id: 'journal-q', name: 'q', placeholder: 'Words, "a phrase", or the start of a word', 'aria-describedby': 'journal-q-hint', autocomplete: 'off' });
  const kind = h('select', { id: 'journal-kind', name: 'kind' },
    h('option', { value: '', text: 'All kinds' }),
    Object.keys({ weekly: 1, monthly: 1, free: 1 }).map((k) => h('option', { value: k, text: kindLabel(k) })));
  const tag = h('select', { id: 'journal-tag', name: 'tag' }, h('option', { value: '', text: 'Any tag' }));
  const mood = h('select', { id: 'journal-mood', name: 'mood' },
    h('option', { value: '', text: 'Any mood' }),
    [1, 2, 3, 4, 5].map((n) => h('option', { value: String(n), text: `Mood ${n}` })));
  // Entries linked to one of the user's core values (offered once the Values card sort is done).
  const value = h('select', { id: 'journal-value', name: 'value' },
    h('option', { value: '', text: 'Any value' }),
    coreValues.map((v) => h('option', { value: String(v.id), text: v.name })));
  const valueName = (id) => coreValues.find((v) => String(v.id) === id)?.name ?? id;
  const from = h('input', { type: 'date', id: 'journal-from', name: 'from' });
  const to = h('input', { type: 'date', id: 'journal-to', name: 'to' });
  const sort = h('select', { id: 'journal-sort', name: 'sort' },
    h('option', { value: 'relevance', text: 'Best match first' }),
    h('option', { value: 'newest', text: 'Newest first' }));
  const filterError = h('p', { class: 'field-error', role: 'alert' });

  const labelled = (id, text, control) => h('div', { class: 'filter' }, h('label', { for: id, text }), control);
  const form = h('form', { class: 'card search-card', role: 'search', 'aria-label': 'Search the journal' },
    h('div', { class: 'search-row' },
      h('div', { class: 'field search-field' },
        h('label', { for: 'journal-q', text: 'Search my journal' }),
        h('p', { class: 'hint', id: 'journal-q-hint', text: 'Every word must appear; words also match their beginning (grow finds growth). Quotes search an exact phrase.' }),
        q),
      h('button', { type: 'submit', class: 'primary', text: 'Search' })),
    h('div', { class: 'filters' },
      labelled('journal-kind', 'Kind', kind),
      labelled('journal-tag', 'Tag', tag),
      labelled('journal-mood', 'Mood', mood),
      coreValues.length ? labelled('journal-value', 'Core value', value) : null,
      labelled('journal-from', 'From', from),
      labelled('journal-to', 'To', to),
      labelled('journal-sort', 'Order of results', sort),
      h('button', { type: 'button', class: 'link', text: 'Clear', onclick: clear })),
    filterError);

  function readForm() {
    Object.assign(state, { q: q.value.trim(), kind: kind.value, tag: tag.value, mood: mood.value, value: value.value, from: from.value, to: to.value, sort: sort.value });
  }

  function query(extra) {
    const params = new URLSearchParams();
    for (const key of ['kind', 'tag', 'mood', 'value', 'from', 'to']) if (state[key]) params.set(key, state[key]);
    if (state.q) {
      params.set('q', state.q);
      params.set('sort', state.sort);
    }
    for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
    return params.toString();
  }

  function describe(count, more) {
    const filters = [state.kind && kindLabel(state.kind), state.tag && `#${state.tag}`, state.mood && `mood ${state.mood}`,
      state.value && `linked to ${valueName(state.value)}`,
      state.from && `from ${formatDay(state.from)}`, state.to && `to ${formatDay(state.to)}`].filter(Boolean);
    const noun = count === 1 && !more ? 'entry' : 'entries';
    const what = state.q ? `${noun} matching “${state.q}”` : noun;
    const n = more ? `${count}+` : String(count);
    if (!state.q && filters.length === 0) return count ? '' : 'No entries yet.';
    return `${n} ${what}${filters.length ? ` (${filters.join(', ')})` : ''}`;
  }

  async function load(reset, prefetched) {
    if (loading) return;
    loading = true;
    moreButton.disabled = true;
    filterError.textContent = '';
    try {
      const path = state.q ? '/api/journal/search' : '/api/journal/entries';
      const reply = await (prefetched ?? get(`${path}?${query({ cursor: reset ? null : cursor })}`));
      if (reset) replace(results);
      results.append(...reply.items.map((item) => entryItem(item, { onTag: filterByTag })));
      cursor = reply.next_cursor;
      moreButton.hidden = !cursor;
      const count = results.children.length;
      status.textContent = describe(count, Boolean(cursor));
      if (count === 0) {
        results.append(h('li', { class: 'entry-list__empty' },
          h('p', { class: 'muted', text: state.q || state.kind || state.tag || state.mood || state.value || state.from || state.to
            ? 'Nothing found. Try fewer words, the start of a word, or other filters.'
            : 'Your reflections will appear here. The weekly one takes about two minutes.' })));
      }
    } catch (error) {
      filterError.textContent = error.message;
    } finally {
      loading = false;
      moreButton.disabled = false;
    }
  }

  function filterByTag(value) {
    tag.value = value;
    if (tag.value !== value) tag.append(h('option', { value, text: `#${value}` }));
    tag.value = value;
    readForm();
    load(true);
    form.scrollIntoView({ block: 'start' });
  }

  function clear() {
    form.reset();
    readForm();
    load(true);
  }

  form.addEventListener('submit', (event) => { event.preventDefault(); readForm(); load(true); });
  for (const control of [kind, tag, mood, value, from, to, sort]) control.addEventListener('change', () => { readForm(); load(true); });

  // --- Start writing ---
  const w = cadence.weekly;
  const m = cadence.monthly;
  const start = h('section', { class: 'card start-card', 'aria-labelledby': 'journal-start-title' },
    h('h2', { id: 'journal-start-title', text: `This week · week ${cadence.week.week}` }),
    h('div', { class: 'start-actions' },
      w.entry_id
        ? h('a', { class: 'button', href: `/journal/${w.entry_id}`, 'data-link': true, text: 'Read this week’s reflection' })
        : h('a', { class: 'button primary', href: '/journal/new/weekly', 'data-link': true, text: 'Write this week’s reflection' }),
      m.entry_id
        ? h('a', { class: 'button', href: `/journal/${m.entry_id}`, 'data-link': true, text: 'This month’s review' })
        : h('a', { class: `button${m.due ? ' primary' : ''}`, href: '/journal/new/monthly', 'data-link': true, text: m.due ? 'Monthly review (due)' : 'Monthly review' }),
      h('a', { class: 'button', href: '/journal/new/free', 'data-link': true, text: 'Free entry' })),
    streakSummary(cadence));

  // --- Side panels ---
  const tagBody = h('div', {}, h('p', { class: 'muted small', text: 'Loading…' }));
  const tagPanel = h('section', { class: 'card', 'aria-labelledby': 'journal-tags-title' },
    h('h2', { id: 'journal-tags-title', text: 'Tags' }), tagBody);
  const showTags = (tags) => {
    tag.append(...tags.items.map((t) => h('option', { value: t.tag, text: `#${t.tag} (${t.count})` })));
    replace(tagBody, tags.items.length
      ? h('ul', { class: 'tag-cloud' }, tags.items.map((t) => h('li', {},
        h('button', { type: 'button', class: 'tag', 'aria-label': `Filter by tag ${t.tag} (${t.count} entries)`, onclick: () => filterByTag(t.tag) },
          `#${t.tag}`, h('span', { class: 'tag__count', text: String(t.count) })))))
      : h('p', { class: 'muted small', text: 'Tags you add to entries appear here; pick one to see its entries.' }));
  };

  const earlierBody = h('div', {}, h('p', { class: 'muted small', text: 'Loading…' }));
  const earlierPanel = h('section', { class: 'card', 'aria-labelledby': 'journal-earlier-title' },
    h('h2', { id: 'journal-earlier-title', text: 'This week in earlier years' }), earlierBody);
  const showEarlier = (earlier) => replace(earlierBody, earlier.items.length
      ? earlier.items.map((year) => h('div', { class: 'earlier-year' },
        h('h3', { text: `${year.year} · week ${year.week}` }),
        h('ul', { class: 'plain-list' }, year.entries.map((e) => h('li', {},
          h('a', { href: `/journal/${e.id}`, 'data-link': true, text: e.title }),
          h('span', { class: 'muted small', text: ` · ${formatDay(e.date)}` })))),
        year.more
          ? h('button', {
            type: 'button', class: 'link small', text: `All entries of week ${year.week}, ${year.year}`,
            onclick: () => { from.value = year.monday; to.value = year.sunday; readForm(); load(true); form.scrollIntoView({ block: 'start' }); },
          })
          : null))
      : h('p', { class: 'muted small', text: `Entries written in week ${earlier.week.week} of earlier years will show up here, a year from now.` }));
  const failed = (body) => (error) => replace(body, h('p', { class: 'field-error', text: `Could not load: ${error.message}` }));
  tagsReply.then(showTags, failed(tagBody));
  earlierReply.then(showEarlier, failed(earlierBody));

  const morePanel = h('nav', { class: 'card', 'aria-label': 'More of the journal' },
    h('ul', { class: 'plain-list' },
      h('li', {}, h('a', { href: '/journal/lessons', 'data-link': true, text: 'Lessons: everything I learned' })),
      h('li', {}, h('a', { href: '/journal/trash', 'data-link': true, text: 'Trash' }))));

  main.append(
    h('div', { class: 'page-header' },
      h('h1', { text: 'Journal' }),
      h('p', { text: 'A short weekly reflection, a monthly review, and anything else worth writing down. Alignment is a habit, not a one-time decision.' })),
    h('div', { class: 'journal-layout' },
      h('div', { class: 'journal-main' },
        start, form,
        h('section', { class: 'results', 'aria-labelledby': 'journal-results-title' },
          h('h2', { id: 'journal-results-title', class: 'visually-hidden', text: 'Entries' }),
          status, results, h('div', { class: 'more' }, moreButton))),
      h('aside', { class: 'journal-aside' }, earlierPanel, tagPanel, morePanel)));

  if (linkedValue) {
    value.value = linkedValue;
    readForm();
  }
  await load(true, firstPage);
  return { title: 'Journal' };
}
