// The card sort's second stage: choose five to ten values from the first pile, rank them and say what
// each means; the ranking is saved as a draft as it changes, and finishing makes them the core values.
import { ApiError, put } from '../shared/api.js';
import { h, navigate, toast } from '../shared/dom.js';
import { MIN_TOP } from './sort-deck.js';

const MAX_TOP = 10;
const DRAFT_DELAY_MS = 800;

export class Ranking {
  constructor(sorter) {
    this.sorter = sorter;
    this.ranked = [];
    this.meaningError = {};
    this.dirty = false;
    this.edits = 0;
    this.saveTimer = null;
    this.state = h('span', { class: 'save-state', role: 'status', 'aria-live': 'polite' });
    this.error = h('p', { class: 'field-error', role: 'alert' });
  }

  // Starts from the ranking saved on the sort.
  reset() {
    this.ranked = this.sorter.sort.top_values.map((t) => ({ value: t.value, meaning: t.meaning }));
  }

  scheduleDraftSave() {
    this.edits += 1;
    this.dirty = true;
    this.state.dataset.state = 'dirty';
    this.state.textContent = 'Unsaved changes';
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(false), DRAFT_DELAY_MS);
  }

  // Saves the ranking as a draft, or with finish: true as the new core values (then goes to Values).
  async save(finish) {
    const { sorter } = this;
    clearTimeout(this.saveTimer);
    this.error.textContent = '';
    const seen = this.edits;
    try {
      sorter.sort = await put(`/api/values/sorts/${sorter.sort.id}/top`, { top_values: this.ranked, finish, version: sorter.sort.version });
      if (this.edits !== seen && !finish) return true;  // typed meanwhile: the next scheduled save follows
      this.dirty = false;
      this.state.dataset.state = 'saved';
      this.state.textContent = finish ? 'Finished' : 'Draft saved';
      if (finish) {
        toast('Your core values are saved');
        navigate('/values');
      }
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.body?.current) {
        sorter.sort = error.body.current;
        return this.save(finish);
      }
      this.showError(error);
      return false;
    }
  }

  showError(error) {
    this.state.dataset.state = 'error';
    this.state.textContent = 'Not saved';
    const match = /^top_values\[(\d+)\]\.meaning$/.exec(error.field ?? '');
    if (match && this.meaningError[match[1]]) {
      this.meaningError[match[1]].textContent = error.message;
      this.meaningError[match[1]].previousElementSibling?.focus();
    } else {
      this.error.textContent = error.message;
    }
  }

  move(index, delta) {
    const [item] = this.ranked.splice(index, 1);
    this.ranked.splice(index + delta, 0, item);
    this.sorter.show();
    this.sorter.body.querySelectorAll('.values-ranked li')[index + delta]?.querySelector(delta < 0 ? '[data-move="up"]' : '[data-move="down"]')?.focus();
    this.sorter.live.textContent = `${this.sorter.byKey.get(item.value).name} is now number ${index + delta + 1}.`;
    this.scheduleDraftSave();
  }

  toggle(key) {
    if (this.ranked.some((r) => r.value === key)) this.ranked = this.ranked.filter((r) => r.value !== key);
    else if (this.ranked.length < MAX_TOP) this.ranked.push({ value: key, meaning: '' });
    this.sorter.show();
    this.sorter.body.querySelector(`[data-candidate="${CSS.escape(key)}"]`)?.focus();
    this.scheduleDraftSave();
  }

  chooser() {
    const { sorter } = this;
    const chosen = new Set(this.ranked.map((r) => r.value));
    const candidates = sorter.pile('very_important');
    const full = this.ranked.length >= MAX_TOP;
    return h('section', { class: 'card' },
      h('h2', { text: '1. Choose your top values' }),
      h('p', { class: 'muted small', text: `From your “very important” pile, pick the five to ten that matter most. ${this.ranked.length} of ${MAX_TOP} chosen.` }),
      h('div', { class: 'values-candidates', role: 'group', 'aria-label': 'Very important values' }, candidates.map((v) => h('button', {
        type: 'button', class: 'values-chip', 'aria-pressed': chosen.has(v.key) ? 'true' : 'false', dataset: { candidate: v.key },
        disabled: !chosen.has(v.key) && full, title: v.definition, onclick: () => this.toggle(v.key), text: v.name,
      }))),
      candidates.length < MIN_TOP ? h('div', { class: 'notice warning' },
        h('p', { text: `Your “very important” pile holds ${candidates.length} values; you need at least ${MIN_TOP}. Move some up from “important”:` }),
        h('div', { class: 'values-candidates' }, sorter.pile('important').map((v) => h('button', { type: 'button', class: 'values-chip', text: `↑ ${v.name}`, onclick: () => sorter.promote(v.key) })))) : null);
  }

  rankedItem(r, i) {
    const v = this.sorter.byKey.get(r.value) ?? { name: r.value, definition: '' };
    const id = `meaning-${i}`;
    this.meaningError[i] = h('span', { class: 'field-error', id: `${id}-error` });
    const area = h('textarea', { id, rows: 2, value: r.meaning, 'aria-describedby': `${id}-error`, placeholder: 'In my life, this means…' });
    area.addEventListener('input', () => { r.meaning = area.value; this.scheduleDraftSave(); });
    return h('li', {},
      h('div', { class: 'values-ranked__head' },
        h('span', { class: 'values-rank', text: String(i + 1) }),
        h('span', { class: 'values-core-name', text: v.name }),
        h('span', { class: 'values-kept-actions' },
          h('button', { type: 'button', class: 'values-icon', 'data-move': 'up', disabled: i === 0, 'aria-label': `Move ${v.name} up`, text: '↑', onclick: () => this.move(i, -1) }),
          h('button', { type: 'button', class: 'values-icon', 'data-move': 'down', disabled: i === this.ranked.length - 1, 'aria-label': `Move ${v.name} down`, text: '↓', onclick: () => this.move(i, 1) }))),
      h('label', { for: id, class: 'small', text: `What ${v.name} means to me` }),
      area, this.meaningError[i]);
  }

  view() {
    for (const key of Object.keys(this.meaningError)) delete this.meaningError[key];
    return [
      this.chooser(),
      h('section', { class: 'card' },
        h('h2', { text: '2. Rank them and say what each means to you' }),
        this.ranked.length === 0 ? h('p', { class: 'muted', text: 'Choose values above; they appear here in order.' }) : null,
        h('ol', { class: 'values-ranked' }, this.ranked.map((r, i) => this.rankedItem(r, i)))),
      h('div', { class: 'save-bar' },
        h('button', { type: 'button', class: 'primary', text: 'Finish: these are my core values', disabled: this.ranked.length < MIN_TOP, onclick: () => this.save(true) }),
        h('button', { type: 'button', text: 'Back to sorting', onclick: () => this.sorter.backToSorting() }),
        this.state),
      this.error,
    ];
  }

  dispose() {
    clearTimeout(this.saveTimer);
    if (this.dirty) this.save(false);
  }
}
