// The card sort's second stage: choose five to ten values from the first pile, rank them (drag and drop,
// Alt+Up/Down, or the arrow keys on a value's handle) and say what each means; the ranking is saved as a
// draft as it changes, in turn with the card moves, and finishing makes them the core values.
import { ApiError, put } from '../shared/api.js';
import { h, navigate, toast } from '../shared/dom.js';
import { MIN_TOP } from './sort-deck.js';
import { reorderable } from './sort-reorder.js';

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

  // Starts from the ranking saved on the sort, keeping only values still in the first pile.
  reset() {
    const { cards } = this.sorter.current;
    this.ranked = this.sorter.sort.top_values
      .filter((t) => cards[t.value] === 'very_important')
      .map((t) => ({ value: t.value, meaning: t.meaning }));
  }

  // The server's sort changed under the ranking (an undone move may have put a value back): follow it
  // unless there are edits of its own still to save.
  sync() {
    if (this.dirty) return;
    this.reset();
    this.refresh();
  }

  // Draws the ranking again; focus goes to `focus` (a data-focus id) or stays where it was.
  refresh(focus) {
    this.sorter.show({ focus });
  }

  scheduleDraftSave() {
    this.edits += 1;
    this.dirty = true;
    this.state.dataset.state = 'dirty';
    this.state.textContent = 'Unsaved changes';
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(false), DRAFT_DELAY_MS);
  }

  // Saves what is not saved yet (leaving the ranking).
  flush() {
    if (this.dirty) this.save(false);
  }

  // Saves the ranking as a draft, or with finish: true as the new core values (then goes to Values), in
  // turn after the card moves made before. Resolves to whether it was saved.
  async save(finish) {
    clearTimeout(this.saveTimer);
    this.error.textContent = '';
    const saved = await this.sorter.queue.run(() => this.send(finish));
    if (saved && finish) {
      toast('Your core values are saved');
      navigate('/values');
    }
    return saved;
  }

  async send(finish) {
    const { sorter } = this;
    const seen = this.edits;
    try {
      sorter.sort = await put(`/api/values/sorts/${sorter.sort.id}/top`, { top_values: this.ranked, finish, version: sorter.sort.version });
      if (this.edits !== seen && !finish) return true;  // typed meanwhile: the next scheduled save follows
      this.dirty = false;
      this.state.dataset.state = 'saved';
      this.state.textContent = finish ? 'Finished' : 'Draft saved';
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.body?.current) {
        sorter.sort = error.body.current;
        return this.send(finish);
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

  // Moves the value at `from` to `to`; focus stays on the same control of the moved value (`kind`: handle,
  // up, down or meaning), or its handle when that control is now disabled.
  moveTo(from, to, kind = 'handle') {
    const [item] = this.ranked.splice(from, 1);
    this.ranked.splice(to, 0, item);
    const blocked = (kind === 'up' && to === 0) || (kind === 'down' && to === this.ranked.length - 1);
    this.refresh(`${blocked ? 'handle' : kind}:${item.value}`);
    this.sorter.live.textContent = `${this.sorter.name(item.value)} is now number ${to + 1} of ${this.ranked.length}.`;
    this.scheduleDraftSave();
  }

  toggle(key) {
    if (this.ranked.some((r) => r.value === key)) this.ranked = this.ranked.filter((r) => r.value !== key);
    else if (this.ranked.length < MAX_TOP) this.ranked.push({ value: key, meaning: '' });
    this.refresh(`candidate:${key}`);
    this.scheduleDraftSave();
  }

  chooser() {
    const { sorter } = this;
    const chosen = new Set(this.ranked.map((r) => r.value));
    const candidates = sorter.pile('very_important');
    const full = this.ranked.length >= MAX_TOP;
    return h('section', { class: 'card' },
      h('h2', { text: '1. Choose your top values' }),
      h('p', { class: 'muted small', text: `From your “very important” pile, pick the five to ten that matter most, most important first. ${this.ranked.length} of ${MAX_TOP} chosen.` }),
      h('div', { class: 'values-candidates', role: 'group', 'aria-label': 'Very important values' }, candidates.map((v) => h('button', {
        type: 'button', class: 'values-chip', 'aria-pressed': chosen.has(v.key) ? 'true' : 'false', dataset: { candidate: v.key, focus: `candidate:${v.key}` },
        disabled: !chosen.has(v.key) && full, title: v.definition, onclick: () => this.toggle(v.key), text: v.name,
      }))),
      candidates.length < MIN_TOP ? h('div', { class: 'notice warning' },
        h('p', { text: `Your “very important” pile holds ${candidates.length} values; you need at least ${MIN_TOP}. Move some up from “important”:` }),
        h('div', { class: 'values-candidates' }, sorter.pile('important').map((v) => h('button', {
          type: 'button', class: 'values-chip', dataset: { focus: `promote:${v.key}` }, text: `↑ ${v.name}`, onclick: () => sorter.place(v.key, 'very_important'),
        })))) : null);
  }

  rankedItem(r, i) {
    const v = this.sorter.byKey.get(r.value) ?? { name: r.value, definition: '' };
    const id = `meaning-${i}`;
    const last = i === this.ranked.length - 1;
    this.meaningError[i] = h('span', { class: 'field-error', id: `${id}-error` });
    const area = h('textarea', { id, rows: 2, value: r.meaning, dataset: { focus: `meaning:${r.value}` }, 'aria-describedby': `${id}-error`, 'aria-keyshortcuts': 'Alt+ArrowUp Alt+ArrowDown', placeholder: 'In my life, this means…' });
    area.addEventListener('input', () => { r.meaning = area.value; this.scheduleDraftSave(); });
    // The arrow buttons are for pointer and touch; from the keyboard the handle and Alt+Up/Down do more.
    const arrow = (dir, text, disabled, delta) => h('button', {
      type: 'button', class: 'values-icon', tabindex: '-1', 'data-move': dir, dataset: { focus: `${dir}:${r.value}` },
      disabled, 'aria-label': `Move ${v.name} ${dir}`, text, onclick: () => this.moveTo(i, i + delta, dir),
    });
    return h('li', { class: 'values-ranked__item', dataset: { index: String(i), value: r.value } },
      h('div', { class: 'values-ranked__head' },
        h('button', {
          type: 'button', class: 'values-drag-handle', dataset: { focus: `handle:${r.value}` }, 'aria-describedby': 'ranked-help',
          'aria-label': `${v.name}, number ${i + 1} of ${this.ranked.length}: move`, 'aria-keyshortcuts': 'ArrowUp ArrowDown Home End Alt+ArrowUp Alt+ArrowDown',
        }, h('span', { 'aria-hidden': 'true', text: '⠿' })),
        h('span', { class: 'values-rank', text: String(i + 1) }),
        h('span', { class: 'values-core-name', text: v.name }),
        h('span', { class: 'values-kept-actions' }, arrow('up', '↑', i === 0, -1), arrow('down', '↓', last, 1))),
      h('label', { for: id, class: 'small', text: `What ${v.name} means to me` }),
      area, this.meaningError[i]);
  }

  view() {
    for (const key of Object.keys(this.meaningError)) delete this.meaningError[key];
    const list = h('ol', { class: 'values-ranked' }, this.ranked.map((r, i) => this.rankedItem(r, i)));
    reorderable(list, (from, to, kind) => this.moveTo(from, to, kind));
    return [
      this.chooser(),
      h('section', { class: 'card' },
        h('h2', { text: '2. Rank them and say what each means to you' }),
        this.ranked.length === 0
          ? h('p', { class: 'muted', text: 'Choose values above; they appear here in order.' })
          : h('p', { class: 'muted small', id: 'ranked-help', text: 'Drag a value by its handle ⠿, or press Alt+↑ or Alt+↓ in its row (on the handle the arrow keys, Home and End work too).' }),
        list),
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
