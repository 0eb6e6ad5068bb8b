// The values card sort: one value at a time into three piles (keys 1/2/3 or arrows), then rank the top
// five to ten with a personal meaning. Every placement and the ranking draft are saved as they happen.
import { ApiError, del, post, put } from '../shared/api.js';
import { formatDateTime, h, replace, toast } from '../shared/dom.js';
import { pageHeader } from './nav.js';
import { PILES, introView, sortingView } from './sort-deck.js';
import { Ranking } from './sort-ranking.js';

class CardSort {
  constructor(catalog, custom, current, core) {
    this.deck = [...catalog.items, ...custom.items.map((v) => ({ ...v, custom: true }))];
    this.byKey = new Map(this.deck.map((v) => [v.key, v]));
    this.core = core.items;
    this.sort = current.sort;
    this.stage = 'sorting';
    this.undoStack = [];
    this.busy = false;
    this.body = h('div');
    this.live = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
    this.ranking = new Ranking(this);
  }

  unsorted() {
    return this.deck.filter((v) => !this.sort.cards[v.key]);
  }

  pile(id) {
    return this.deck.filter((v) => this.sort.cards[v.key] === id);
  }

  async start() {
    try {
      this.sort = await post('/api/values/sorts');
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.body?.current) this.sort = error.body.current;
      else return toast(error.message);
    }
    this.show();
  }

  async addCustom(name, definition) {
    const created = await post('/api/values/custom', { name, definition });
    const value = { ...created, custom: true };
    this.deck.push(value);
    this.byKey.set(value.key, value);
    toast(`Added ${created.name}: it is at the end of the deck`);
    this.show();
  }

  // Puts the card `key` on pile `pileId` (saved at once).
  async place(key, pileId) {
    if (this.busy) return;
    this.busy = true;
    try {
      this.sort = await put(`/api/values/sorts/${this.sort.id}/cards/${encodeURIComponent(key)}`, { pile: pileId });
      this.undoStack.push(key);
      this.live.textContent = `${this.byKey.get(key).name}: ${PILES.find((p) => p.id === pileId).label}.`;
    } catch (error) {
      toast(`Not saved: ${error.message}`);
    } finally {
      this.busy = false;
    }
    this.show();
    if (document.activeElement === document.body || !document.activeElement) {
      this.body.querySelector(`.values-pile-button[data-pile="${pileId}"]`)?.focus({ preventScroll: true });
    }
  }

  // From "important" up to "very important", during the ranking.
  async promote(key) {
    await this.place(key, 'very_important');
    this.undoStack.pop();
    this.stage = 'ranking';
    this.show();
  }

  async undo() {
    const key = this.undoStack.pop();
    if (!key || this.busy) return;
    this.busy = true;
    try {
      this.sort = await del(`/api/values/sorts/${this.sort.id}/cards/${encodeURIComponent(key)}`);
      this.live.textContent = `${this.byKey.get(key).name} is back on the deck.`;
    } catch (error) {
      toast(`Not undone: ${error.message}`);
    } finally {
      this.busy = false;
    }
    this.stage = 'sorting';
    this.show();
  }

  async startOver() {
    if (!window.confirm('Start over? The piles of this card sort are cleared. Your finished sorts are not touched.')) return;
    await del(`/api/values/sorts/${this.sort.id}`);
    this.sort = null;
    this.undoStack.length = 0;
    this.stage = 'sorting';
    this.show();
  }

  enterRanking() {
    this.ranking.reset();
    this.stage = 'ranking';
    this.show();
  }

  backToSorting() {
    this.stage = 'sorting';
    this.show();
  }

  show() {
    if (!this.sort) return replace(this.body, introView(this));
    if (this.stage === 'ranking') return replace(this.body, ...this.ranking.view());
    replace(this.body, ...sortingView(this));
    if (this.unsorted().length === 0 && this.sort.top_values.length > 0) this.enterRanking();
    return undefined;
  }

  // Keys 1/2/3 (or the arrows) place the card on show; Backspace takes the last one back.
  onKeydown(event) {
    if (!this.sort || this.stage !== 'sorting' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest?.('input, textarea, select, summary, [contenteditable]')) return;
    const next = this.unsorted()[0];
    const target = PILES.find((p) => p.key === event.key || p.arrow === event.key);
    if (target && next) {
      event.preventDefault();
      this.place(next.key, target.id);
    } else if (event.key === 'Backspace' && this.undoStack.length) {
      event.preventDefault();
      this.undo();
    }
  }
}

export async function render(main, { data }) {
  const sorter = new CardSort(...await Promise.all([data.catalog, data.custom, data.current, data.core]));
  const onKeydown = (event) => sorter.onKeydown(event);
  document.addEventListener('keydown', onKeydown);
  main.append(...pageHeader('sort', 'Values card sort', 'Sort each value by how much it matters to you, then rank your top values. Your progress is saved as you go.'), sorter.body, sorter.live);
  if (sorter.sort && sorter.unsorted().length === 0) sorter.enterRanking();
  else sorter.show();
  if (sorter.sort?.started_at && sorter.stage === 'sorting' && sorter.deck.length !== sorter.unsorted().length) {
    sorter.live.textContent = `Welcome back: continuing the card sort you started ${formatDateTime(sorter.sort.started_at)}.`;
  }
  return {
    title: 'Values card sort',
    isDirty: () => sorter.ranking.dirty,
    dispose: () => { document.removeEventListener('keydown', onKeydown); sorter.ranking.dispose(); },
  };
}
