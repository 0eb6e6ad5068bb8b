// The decision's score matrix: options x criteria, a 0-10 score per cell (empty is a gap, never a zero)
// and a note per cell, written in one dialog for the page.
import { h, replace } from '../shared/dom.js';
import { criterionName, optionName } from './matrix.js';

// The dialog for a cell's note; open(o, c, button) shows it for that cell.
export function noteDialog(page) {
  const text = h('textarea', { id: 'dec-note-text', rows: 4, maxlength: 500 });
  const label = h('label', { for: 'dec-note-text' });
  const dialog = h('dialog', { class: 'dec-note-dialog', 'aria-labelledby': 'dec-note-title' },
    h('form', { method: 'dialog' },
      h('h2', { id: 'dec-note-title', text: 'Note on this score' }),
      h('div', { class: 'field' }, label, h('p', { class: 'hint', text: 'Why this score? A fact, a doubt, a source. At most 500 characters.' }), text),
      h('div', { class: 'actions' },
        h('button', { value: 'save', class: 'primary', text: 'Keep note' }),
        h('button', { value: 'cancel', formnovalidate: true, text: 'Cancel' }))));
  let target = null;
  dialog.addEventListener('close', () => {
    if (dialog.returnValue === 'save' && target) {
      const { o, c, button } = target;
      const has = Boolean(text.value.trim());
      page.state.scores[o][c].note = text.value;
      button.classList.toggle('dec-note--has-note', has);
      button.setAttribute('aria-pressed', String(has));
      page.changed();
    }
    target?.button.focus();
    target = null;
  });
  const open = (o, c, button) => {
    target = { o, c, button };
    label.textContent = `Note: ${optionName(page.state, o)} on ${criterionName(page.state, c)}`;
    text.value = page.state.scores[o][c].note ?? '';
    dialog.showModal();
  };
  return { el: dialog, open };
}

// A blank score cell (td > div > input + note button); each cell of the matrix is a copy, which is cheaper
// than building its elements and their fixed attributes again for each of up to 400 cells.
let blankCell = null;
const cellAt = new WeakMap();  // a drawn cell's td -> {o, c}

function scoreCell(state, o, c) {
  blankCell ??= h('td', {}, h('div', { class: 'dec-cell' },
    h('input', { type: 'number', min: 0, max: 10, step: 0.5, inputmode: 'decimal', placeholder: '—', class: 'dec-score' }),
    h('button', { type: 'button', class: 'dec-note', text: '✎' })));
  const { score, note } = state.scores[o][c];
  const where = `${optionName(state, o)} on ${criterionName(state, c)}`;
  const td = blankCell.cloneNode(true);
  const input = td.firstChild.firstChild;
  const noteButton = input.nextSibling;
  input.setAttribute('data-field', `scores[${o}][${c}].score`);
  input.setAttribute('aria-label', `${where}, score 0 to 10`);
  const gap = score === null || score === undefined;
  input.value = gap ? '' : String(score);
  if (gap) input.classList.add('dec-score--gap');
  const hasNote = Boolean(note?.trim());
  if (hasNote) noteButton.classList.add('dec-note--has-note');
  noteButton.setAttribute('aria-pressed', String(hasNote));
  noteButton.setAttribute('aria-label', `Note for ${where}`);
  noteButton.title = hasNote ? note : 'Add a note';
  cellAt.set(td, { o, c });
  return td;
}

// The matrix's one listener for every score typed and every note button pressed.
function listenToCells(table, page, state) {
  table.addEventListener('input', (event) => {
    const input = event.target;
    const at = input.matches('.dec-score') ? cellAt.get(input.closest('td')) : null;
    if (!at) return;
    const raw = input.value.trim();
    const v = raw === '' ? null : Number(raw);
    state.scores[at.o][at.c].score = v === null || Number.isNaN(v) ? null : v;
    input.classList.toggle('dec-score--gap', state.scores[at.o][at.c].score === null);
    page.changed();
  });
  table.addEventListener('click', (event) => {
    const button = event.target.closest('.dec-note');
    const at = button ? cellAt.get(button.closest('td')) : null;
    if (at) page.notes.open(at.o, at.c, button);
  });
}

export function renderScores(page) {
  const { state } = page;
  const head = h('tr', {}, h('td', {}),
    state.criteria.map((c, i) => h('th', { scope: 'col', id: `dec-col-${i}` },
      h('span', { text: criterionName(state, i) }),
      c.lower_is_better ? h('span', { class: 'dec-lower', text: 'lower is better' }) : null)));
  const body = state.options.map((_, o) => h('tr', {},
    h('th', { scope: 'row', id: `dec-row-${o}`, text: optionName(state, o) }),
    state.criteria.map((__, c) => scoreCell(state, o, c))));
  const table = h('table', { class: 'dec-matrix' }, h('thead', {}, head), h('tbody', {}, body));
  listenToCells(table, page, state);
  replace(page.areas.scores,
    h('p', { class: 'dec-anchors' },
      h('span', {}, h('strong', { text: '0' }), ' very poor'),
      h('span', {}, h('strong', { text: '5' }), ' acceptable'),
      h('span', {}, h('strong', { text: '10' }), ' excellent')),
    h('p', { class: 'hint', text: 'Score 0 to 10 in steps of 0.5. For a "lower is better" criterion score the amount itself (0 = none, 10 = the most); it counts in reverse. An empty cell is a gap, never a zero: the analysis says the matrix is incomplete until every cell is scored.' }),
    h('div', { class: 'dec-scroll', tabindex: '0', role: 'region', 'aria-label': 'Score matrix' },
      table));
}
