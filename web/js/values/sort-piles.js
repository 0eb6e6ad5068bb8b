// The card sort's three piles, and each pile as a list that opens to show its cards; a card in an open pile
// moves to another pile by its buttons, or by keys 1/2/3 while it has focus.
import { h } from '../shared/dom.js';

export const PILES = [
  { id: 'very_important', label: 'Very important', short: 'Very important', key: '1', arrow: 'ArrowLeft' },
  { id: 'important', label: 'Important', short: 'Important', key: '2', arrow: 'ArrowDown' },
  { id: 'not_important', label: 'Not important to me', short: 'Not important', key: '3', arrow: 'ArrowRight' },
];

// One card in an open pile: its name and a button for each other pile.
function pileCard(sorter, value, pile) {
  return h('li', { class: 'values-pile-card', dataset: { card: value.key } },
    h('span', { class: 'values-pile-card__name', title: value.definition || null, text: value.name }),
    h('span', { class: 'values-pile-card__moves' }, PILES.filter((p) => p.id !== pile.id).map((p) => h('button', {
      type: 'button', class: 'values-pile-card__move', dataset: { focus: `move:${value.key}:${p.id}` },
      'aria-label': `Move ${value.name} to ${p.label}`, 'aria-keyshortcuts': p.key,
      onclick: () => sorter.place(value.key, p.id, 'card'),
    }, h('kbd', { text: p.key }), ` ${p.short}`))));
}

// The piles section: one disclosure per pile with its count; open ones stay open as cards move.
export function pilesView(sorter) {
  return h('section', { class: 'card values-piles-view', 'aria-labelledby': 'piles-title' },
    h('h2', { id: 'piles-title', text: 'Your piles' }),
    h('p', { class: 'muted small', text: 'Open a pile to see its cards. Move a card with its buttons, or focus it and press 1, 2 or 3.' }),
    h('div', { class: 'values-pile-lists' }, PILES.map((pile) => {
      const cards = sorter.pile(pile.id);
      const box = h('details', { class: `values-pile values-pile--${pile.id}`, open: sorter.openPiles.has(pile.id), dataset: { pile: pile.id } },
        h('summary', {}, h('span', { text: pile.label }), h('span', { class: 'values-pile__count', text: String(cards.length) })),
        cards.length
          ? h('ul', { class: 'values-pile-list', 'aria-label': `${pile.label}: ${cards.length} cards` }, cards.map((v) => pileCard(sorter, v, pile)))
          : h('p', { class: 'muted small', text: 'No cards here yet.' }));
      box.addEventListener('toggle', () => { if (box.open) sorter.openPiles.add(pile.id); else sorter.openPiles.delete(pile.id); });
      return box;
    })));
}
