// The journal's search and filters over every entry, and the list of results they show, page by page.
// The search lives in the page's address (/journal?q=…&tag=…, the API's own query), so Back after opening
// a result, a reload or a shared link shows the same search again.
import { get } from '../shared/api.js';
import { WEEKDAY_DATE as DAY, formatDate, h, replace, setAddress } from '../shared/dom.js';
import { entryItem, kindLabel } from './render.js';

const FILTER_KEYS = ['kind', 'tag', 'mood', 'value', 'from', 'to'];

export class JournalSearch {
  constructor(coreValues) {
    this.coreValues = coreValues;
    this.state = { q: '', kind: '', tag: '', mood: '', value: '', from: '', to: '', sort: 'relevance' };
    this.cursor = null;
    this.loading = false;
    this.results = h('ol', { class: 'journal-entry-list', 'aria-label': 'Entries' });
    this.status = h('p', { class: 'journal-results-status muted', role: 'status', 'aria-live': 'polite' });
    this.moreButton = h('button', { type: 'button', text: 'Show older entries', hidden: true, onclick: () => this.load(false) });
    this.error = h('p', { class: 'field-error', role: 'alert' });
    this.controls = this.makeControls();
    this.filtersToggle = h('button', {
      type: 'button', class: 'journal-filters-toggle', 'aria-expanded': 'false', 'aria-controls': 'journal-filters',
      onclick: () => this.toggleFilters(),
    });
    this.form = this.makeForm();
  }

  makeControls() {
    const select = (name, first, options) => h('select', { id: `journal-${name}`, name }, h('option', { value: '', text: first }), options);
    return {
      q: h('input', { type: 'search', id: 'journal-q', name: 'q', placeholder: 'Words, "a phrase", or the start of a word', 'aria-describedby': 'journal-q-hint', autocomplete: 'off' }),
      kind: select('kind', 'All kinds', ['weekly', 'monthly', 'free'].map((k) => h('option', { value: k, text: kindLabel(k) }))),
      tag: select('tag', 'Any tag', []),
      mood: select('mood', 'Any mood', [1, 2, 3, 4, 5].map((n) => h('option', { value: String(n), text: `Mood ${n}` }))),
      // Entries linked to one of the user's core values (offered once the Values card sort is done).
      value: select('value', 'Any value', this.coreValues.map((v) => h('option', { value: String(v.id), text: v.name }))),
      from: h('input', { type: 'date', id: 'journal-from', name: 'from' }),
      to: h('input', { type: 'date', id: 'journal-to', name: 'to' }),
      sort: h('select', { id: 'journal-sort', name: 'sort' },
        h('option', { value: 'relevance', text: 'Best match first' }), h('option', { value: 'newest', text: 'Newest first' })),
    };
  }

  makeForm() {
    const c = this.controls;
    const labelled = (id, text, control) => h('div', { class: 'journal-filter' }, h('label', { for: id, text }), control);
    const form = h('form', { class: 'card journal-search-card', role: 'search', 'aria-label': 'Search the journal' },
      h('div', { class: 'journal-search-row' },
        h('div', { class: 'field journal-search-field' },
          h('label', { for: 'journal-q', text: 'Search my journal' }),
          h('p', { class: 'hint', id: 'journal-q-hint', text: 'Every word must appear; words also match their beginning (grow finds growth). Quotes search an exact phrase.' }),
          c.q),
        h('button', { type: 'submit', class: 'primary', text: 'Search' })),
      this.filtersToggle,
      h('div', { class: 'journal-filters', id: 'journal-filters' },
        labelled('journal-kind', 'Kind', c.kind), labelled('journal-tag', 'Tag', c.tag), labelled('journal-mood', 'Mood', c.mood),
        this.coreValues.length ? labelled('journal-value', 'Core value', c.value) : null,
        labelled('journal-from', 'From', c.from), labelled('journal-to', 'To', c.to), labelled('journal-sort', 'Order of results', c.sort),
        h('button', { type: 'button', class: 'link', text: 'Clear', onclick: () => { form.reset(); this.search(); } })),
      this.error);
    form.addEventListener('submit', (event) => { event.preventDefault(); this.search(); });
    for (const key of [...FILTER_KEYS, 'sort']) c[key].addEventListener('change', () => this.search());
    return form;
  }

  readForm() {
    for (const key of Object.keys(this.state)) this.state[key] = key === 'q' ? this.controls.q.value.trim() : this.controls[key].value;
    const active = FILTER_KEYS.filter((key) => this.state[key]).length;
    this.filtersToggle.textContent = active ? `Filters (${active} active)` : 'Filters';
  }

  // Puts the search of an address's query (URLSearchParams) into the form; a tag the tag list has not
  // brought yet gets its option, anything the form cannot hold is left out.
  fromAddress(query) {
    for (const key of Object.keys(this.state)) {
      const value = query.get(key) ?? '';
      if (key === 'tag' && value) this.addTagOption(value);
      if (key === 'sort') this.controls.sort.value = value || 'relevance';
      else this.controls[key].value = value;
    }
    this.readForm();
  }

  // At phone width the filters fold away behind this button (always shown on wider screens).
  toggleFilters() {
    const open = this.filtersToggle.getAttribute('aria-expanded') !== 'true';
    this.filtersToggle.setAttribute('aria-expanded', String(open));
    this.form.querySelector('.journal-filters').classList.toggle('journal-filters--open', open);
  }

  // The form's state as a new search from the first page.
  search() {
    this.readForm();
    return this.load(true);
  }

  query(extra) {
    const params = new URLSearchParams();
    for (const key of FILTER_KEYS) if (this.state[key]) params.set(key, this.state[key]);
    if (this.state.q) {
      params.set('q', this.state.q);
      params.set('sort', this.state.sort);
    }
    for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
    return params.toString();
  }

  describe(count, more) {
    const { state } = this;
    const valueName = this.coreValues.find((v) => String(v.id) === state.value)?.name ?? state.value;
    const filters = [state.kind && kindLabel(state.kind), state.tag && `#${state.tag}`, state.mood && `mood ${state.mood}`,
      state.value && `linked to ${valueName}`,
      state.from && `from ${formatDate(state.from, DAY)}`, state.to && `to ${formatDate(state.to, DAY)}`].filter(Boolean);
    const noun = count === 1 && !more ? 'entry' : 'entries';
    const what = state.q ? `${noun} matching “${state.q}”` : noun;
    if (!state.q && filters.length === 0) return count ? '' : 'No entries yet.';
    return `${more ? `${count}+` : String(count)} ${what}${filters.length ? ` (${filters.join(', ')})` : ''}`;
  }

  showPage(reply, reset) {
    if (reset) replace(this.results);
    this.results.append(...reply.items.map((item) => entryItem(item, { onTag: (tag) => this.filterByTag(tag) })));
    this.cursor = reply.next_cursor;
    this.moreButton.hidden = !this.cursor;
    const count = this.results.children.length;
    this.status.textContent = this.describe(count, Boolean(this.cursor));
    if (count === 0) {
      const filtered = Object.entries(this.state).some(([key, v]) => key !== 'sort' && v);
      this.results.append(h('li', { class: 'journal-entry-list__empty' },
        h('p', { class: 'muted', text: filtered
          ? 'Nothing found. Try fewer words, the start of a word, or other filters.'
          : 'Your reflections will appear here. The weekly one takes about two minutes.' })));
    }
  }

  // Shows the first page (reset; the address follows the search) or the next one, when there is one;
  // `prefetched` is a reply already under way for this search.
  async load(reset, prefetched) {
    if (this.loading || (!reset && !this.cursor)) return;
    this.loading = true;
    this.moreButton.disabled = true;
    this.error.textContent = '';
    const query = this.query({});
    if (reset) setAddress(query ? `/journal?${query}` : '/journal');
    try {
      const path = this.state.q ? '/api/journal/search' : '/api/journal/entries';
      this.showPage(await (prefetched ?? get(`${path}?${this.query({ cursor: reset ? null : this.cursor })}`)), reset);
    } catch (error) {
      this.error.textContent = error.message;
    } finally {
      this.loading = false;
      this.moreButton.disabled = false;
    }
  }

  // The tag filter's options from the tag list ({tag, count}, most used first), keeping the chosen tag.
  setTags(items) {
    const { tag } = this.controls;
    const chosen = tag.value;
    tag.replaceChildren(tag.options[0], ...items.map((t) => h('option', { value: t.tag, text: `#${t.tag} (${t.count})` })));
    if (chosen) this.addTagOption(chosen);
    tag.value = chosen;
  }

  addTagOption(value) {
    const { tag } = this.controls;
    if (![...tag.options].some((o) => o.value === value)) tag.append(h('option', { value, text: `#${value}` }));
  }

  filterByTag(value) {
    this.addTagOption(value);
    this.controls.tag.value = value;
    this.search();
    this.form.scrollIntoView({ block: 'start' });
  }

  // Entries of one week (from "this week in earlier years").
  showWeek(monday, sunday) {
    this.controls.from.value = monday;
    this.controls.to.value = sunday;
    this.search();
    this.form.scrollIntoView({ block: 'start' });
  }
}
