// The card sort's first stage as views: the intro, the progress, one value card with its three piles,
// undo, the piles that open, and the form that adds a value of one's own to the deck.
import { h } from '../shared/dom.js';
import { PILES, pilesView } from './sort-piles.js';

export const MIN_TOP = 5;

// Before a sort is started. `sorter` is the page's CardSort.
export function introView(sorter) {
  const again = sorter.core.length > 0;
  return h('section', { class: 'card empty-state' },
    h('h2', { text: again ? 'Sort your values again' : 'Find out what you value' }),
    h('p', { text: `You will see ${sorter.deck.length} values, one at a time. Place each in one of three piles: very important, important, or not important to me. Go with your first instinct; there are no wrong answers.` }),
    h('p', { text: 'Then you choose and rank your top five to ten from the first pile, and write what each one means to you.' }),
    again ? h('p', { class: 'small', text: 'Your current core values stay as they are until you finish; the earlier result is kept in your history.' }) : null,
    h('button', { type: 'button', class: 'primary', text: 'Start the card sort', onclick: () => sorter.start() }));
}

function progress(sorter) {
  const done = sorter.deck.length - sorter.unsorted().length;
  return h('div', { class: 'values-sort-progress' },
    h('label', { for: 'sort-progress', text: `${done} of ${sorter.deck.length} sorted` }),
    h('progress', { id: 'sort-progress', max: sorter.deck.length, value: done }),
    h('p', { class: 'values-pile-counts small muted' }, PILES.map((p) => h('span', { text: `${p.label}: ${sorter.pile(p.id).length}` }))));
}

function addCustomForm(sorter) {
  const name = h('input', { type: 'text', id: 'custom-name', 'aria-describedby': 'custom-error' });
  const definition = h('input', { type: 'text', id: 'custom-definition', placeholder: 'Optional' });
  const error = h('span', { class: 'field-error', id: 'custom-error', role: 'alert' });
  const form = h('form', { class: 'values-custom-value', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'custom-name', text: 'Value name' }), name),
    h('div', { class: 'field' }, h('label', { for: 'custom-definition', text: 'What it means in one line' }), definition),
    h('button', { type: 'submit', text: 'Add to the deck' }), error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await sorter.addCustom(name.value, definition.value);
    } catch (e) {
      error.textContent = e.message;
      name.setAttribute('aria-invalid', 'true');
      name.focus();
    }
  });
  const box = h('details', { class: 'card values-add-custom', open: sorter.customOpen },
    h('summary', { text: 'Missing a value? Add your own' }), form);
  box.addEventListener('toggle', () => { sorter.customOpen = box.open; });
  return box;
}

function keysHint() {
  return h('p', { class: 'muted small values-keys-hint' }, 'Keys: ', h('kbd', { text: '1' }), ' or ', h('kbd', { text: '←' }), ' very important · ',
    h('kbd', { text: '2' }), ' or ', h('kbd', { text: '↓' }), ' important · ', h('kbd', { text: '3' }), ' or ', h('kbd', { text: '→' }), ' not important · ',
    h('kbd', { text: 'Backspace' }), ' undo (as many moves as you like)');
}

function valueCard(sorter, next) {
  return h('section', { class: 'values-sort-card', 'aria-labelledby': 'value-name', 'aria-describedby': 'value-definition' },
    h('p', { class: 'muted small', text: next.custom ? 'Your own value' : `Value ${sorter.deck.indexOf(next) + 1} of ${sorter.deck.length}` }),
    h('h2', { id: 'value-name', class: 'values-sort-card__name', text: next.name }),
    h('p', { id: 'value-definition', class: 'values-sort-card__definition', text: next.definition || ' ' }),
    h('div', { class: 'values-piles', role: 'group', 'aria-label': `Place ${next.name}` },
      PILES.map((p) => h('button', {
        type: 'button', class: `values-pile-button values-pile-button--${p.id}`, dataset: { pile: p.id, focus: `pile:${p.id}` }, 'aria-keyshortcuts': `${p.key} ${p.arrow}`,
        onclick: () => sorter.place(next.key, p.id),
      }, h('kbd', { text: p.key }), ' ', p.label))),
    keysHint());
}

// The undo button, naming the move it takes back.
function undoButton(sorter) {
  const last = sorter.current.moves.at(-1);
  return h('button', {
    type: 'button', dataset: { focus: 'undo' }, disabled: !last, 'aria-keyshortcuts': 'Backspace', onclick: () => sorter.undo(),
  }, 'Undo', last ? h('span', { class: 'values-undo-what', text: ` ${sorter.name(last.value)}` }) : null);
}

// The sorting stage: progress, the next card (or "all sorted"), undo and start over, the piles, the
// custom form.
export function sortingView(sorter) {
  const next = sorter.unsorted()[0];
  const veryCount = sorter.pile('very_important').length;
  const card = next
    ? valueCard(sorter, next)
    : h('section', { class: 'values-sort-card values-sort-card--done' },
      h('h2', { text: 'All values sorted' }),
      h('p', { text: `${veryCount} values are in your “very important” pile. Open a pile below to look through it or move a card, then choose and rank your top five to ten.` }),
      h('button', { type: 'button', class: 'primary', dataset: { rankStart: '' }, text: 'Rank my top values', onclick: () => sorter.enterRanking() }));
  return [progress(sorter), card,
    h('div', { class: 'values-sort-actions' },
      undoButton(sorter),
      next && veryCount >= MIN_TOP ? h('button', { type: 'button', class: 'link', text: 'Skip the rest and rank now', onclick: () => sorter.enterRanking() }) : null,
      h('button', { type: 'button', class: 'link danger', text: 'Start over', onclick: () => sorter.startOver() })),
    pilesView(sorter),
    addCustomForm(sorter)];
}
