// The values card sort: one value at a time into three piles (keys 1/2/3 or arrows), piles that open to
// show and move their cards, undo of any number of moves (kept with the sort on the server), then the
// ranking of the top five to ten with a personal meaning. Every move is shown at once and saved in order.
import { ApiError, del, post } from '../shared/api.js';
import { formatDateTime, h, replace, toast } from '../shared/dom.js';
import { pageHeader } from './nav.js';
import { introView, sortingView } from './sort-deck.js';
import { PILES } from './sort-piles.js';
import { MoveQueue } from './sort-queue.js';
import { Ranking } from './sort-ranking.js';

const pileLabel = (id) => PILES.find((p) => p.id === id)?.label;

class CardSort {
  constructor(catalog, custom, current, core) {
    this.deck = [...catalog.items, ...custom.items.map((v) => ({ ...v, custom: true }))];
    this.byKey = new Map(this.deck.map((v) => [v.key, v]));
    this.core = core.items;
    this.sort = current.sort;
    this.stage = 'sorting';
    this.openPiles = new Set();
    this.body = h('div');
    this.live = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
    this.queue = new MoveQueue({
      sortPath: () => `/api/values/sorts/${this.sort.id}`,
      onSaved: (sort) => this.saved(sort),
      onRefused: (error) => this.refused(error),
    });
    this.ranking = new Ranking(this);
    this.shownState = '';
  }

  name(key) {
    return this.byKey.get(key)?.name ?? key;
  }

  // The sort as the person sees it: what the server saved plus the moves on their way.
  get current() {
    return this.queue.project(this.sort);
  }

  unsorted() {
    const { cards } = this.current;
    return this.deck.filter((v) => !cards[v.key]);
  }

  pile(id) {
    const { cards } = this.current;
    return this.deck.filter((v) => cards[v.key] === id);
  }

  async start() {
    try {
      this.sort = await post('/api/values/sorts');
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.body?.current) this.sort = error.body.current;
      else return toast(error.message);
    }
    this.show();
    this.body.querySelector('.values-pile-button')?.focus();
    return undefined;
  }

  async addCustom(name, definition) {
    const created = await post('/api/values/custom', { name, definition });
    const value = { ...created, custom: true };
    this.deck.push(value);
    this.byKey.set(value.key, value);
    toast(`Added ${created.name}: it is at the end of the deck`);
    this.show();
  }

  // Puts card `key` on pile `pileId` now; the save follows in turn. `focus`: where focus goes next.
  place(key, pileId, focus) {
    const wasLast = this.unsorted().length === 1 && !this.current.cards[key];
    this.queue.place(key, pileId);
    this.live.textContent = `${this.name(key)}: ${pileLabel(pileId)}.`;
    if (this.stage === 'ranking') return this.ranking.refresh(`candidate:${key}`);
    if (focus === 'card') this.openPiles.add(pileId);
    return this.show({ focus: wasLast ? 'rank' : focus === 'card' ? `card:${key}` : undefined });
  }

  // Takes back the last move, however many were made before (the history is the server's).
  undo() {
    const last = this.current.moves.at(-1);
    if (!last) return;
    this.queue.undo();
    this.live.textContent = last.from
      ? `Undone: ${this.name(last.value)} is back in ${pileLabel(last.from)}.`
      : `Undone: ${this.name(last.value)} is back on the deck.`;
    this.show();
  }

  // The server saved a move: once nothing else is on its way, the page follows the server (an undo may
  // have put a value back into the ranking).
  saved(sort) {
    this.sort = sort;
    if (!this.queue.idle) return;
    if (this.stage === 'ranking') this.ranking.sync();
    else if (this.stateKey() !== this.shownState) this.show();
  }

  refused(error) {
    toast(`Not saved: ${error.message.replace(/\.$/, '')}. The piles show what is saved.`);
    this.show();
  }

  async startOver() {
    if (!window.confirm('Start over? The piles of this card sort are cleared. Your finished sorts are not touched.')) return;
    try {
      await this.queue.run(() => del(`/api/values/sorts/${this.sort.id}`));
    } catch (error) {
      toast(`Not started over: ${error.message}`);
      return;
    }
    this.sort = null;
    this.stage = 'sorting';
    this.show();
  }

  enterRanking() {
    this.ranking.reset();
    this.stage = 'ranking';
    this.show();
    this.body.querySelector('[data-candidate]')?.focus();
  }

  backToSorting() {
    this.ranking.flush();
    this.stage = 'sorting';
    this.show();
    this.body.querySelector('.values-sort-card button')?.focus();
  }

  stateKey() {
    const { cards, moves } = this.current;
    return JSON.stringify([cards, moves.length]);
  }

  // The element `focus` names: 'rank' (the button that starts the ranking), 'card:<key>' (that card in
  // its pile) or a data-focus id.
  find(focus) {
    if (focus === 'rank') return this.body.querySelector('[data-rank-start]');
    if (focus.startsWith('card:')) return this.body.querySelector(`li[data-card="${CSS.escape(focus.slice(5))}"] button`);
    return this.body.querySelector(`[data-focus="${CSS.escape(focus)}"]`);
  }

  // Where focus goes when the control that had it is gone: the same card in its new pile (a pile move
  // "move:<key>:<pile>" was undone), else the undo button or the first pile button.
  fallback(had) {
    if (!had) return null;
    const card = had.startsWith('move:') ? this.find(`card:${had.slice(5, had.lastIndexOf(':'))}`) : null;
    const undo = this.find('undo');
    return card ?? (undo && !undo.disabled ? undo : this.find('pile:very_important'));
  }

  // Draws the stage. Focus stays on the control that had it (found again by its data-focus id) unless
  // `focus` names another (see find).
  show({ focus } = {}) {
    const active = document.activeElement;
    const had = active?.closest?.('[data-focus]')?.dataset.focus;
    const caret = active instanceof HTMLTextAreaElement ? [active.selectionStart, active.selectionEnd] : null;
    if (!this.sort) return replace(this.body, introView(this));
    if (this.stage === 'ranking') {
      replace(this.body, ...this.ranking.view());
    } else {
      replace(this.body, ...sortingView(this));
      this.shownState = this.stateKey();
    }
    const target = (focus ?? had) ? this.find(focus ?? had) ?? this.fallback(had) : null;
    target?.focus({ preventScroll: focus === undefined });
    if (caret && target instanceof HTMLTextAreaElement) target.setSelectionRange(...caret);
    return undefined;
  }

  // Keys 1/2/3 (or the arrows) place the card on show, or the card focused in an open pile (digits only);
  // Backspace takes the last move back. Every press counts, however fast they come.
  onKeydown(event) {
    if (!this.sort || this.stage !== 'sorting' || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    if (event.target.closest?.('input, textarea, select, summary, [contenteditable]')) return;
    const inPile = event.target.closest?.('[data-card]');
    const target = PILES.find((p) => p.key === event.key || (!inPile && p.arrow === event.key));
    const key = inPile ? inPile.dataset.card : this.unsorted()[0]?.key;
    if (target && key) {
      event.preventDefault();
      this.place(key, target.id, inPile ? 'card' : undefined);
    } else if (event.key === 'Backspace' && this.current.moves.length) {
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
  if (sorter.sort && sorter.unsorted().length === 0) {
    sorter.ranking.reset();
    sorter.stage = 'ranking';
  }
  sorter.show();
  if (sorter.sort?.started_at && sorter.stage === 'sorting' && sorter.deck.length !== sorter.unsorted().length) {
    sorter.live.textContent = `Welcome back: continuing the card sort you started ${formatDateTime(sorter.sort.started_at)}.`;
  }
  return {
    title: 'Values card sort',
    isDirty: () => sorter.ranking.dirty || !sorter.queue.idle,
    dispose: () => { document.removeEventListener('keydown', onKeydown); sorter.ranking.dispose(); },
  };
}
