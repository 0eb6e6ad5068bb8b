// The monthly review's boundaries and self-care routines: each marked kept or slipped, with a note, saved
// with the review under the name it has today (so an old review reads as it was).
import { h } from '../shared/dom.js';

const LISTS = [
  { list: 'boundaries', title: 'Boundaries', empty: 'No boundaries yet.' },
  { list: 'self_care', title: 'Self-care routines', empty: 'No self-care routines yet.' },
];
const STATES = [['kept', 'Kept'], ['slipped', 'Slipped'], ['', 'Not checked']];

// One practice: its name as the legend, the three choices and a note.
function practiceRow(list, item) {
  const idBase = `practice-${list}-${item.id}`;
  const choices = STATES.map(([value, label]) => h('label', { class: `journal-review-choice journal-review-choice--${value || 'none'}` },
    h('input', { type: 'radio', name: idBase, value, checked: value === '' ? true : null }), h('span', { text: label })));
  const note = h('input', { type: 'text', id: `${idBase}-note`, maxlength: 500, placeholder: 'A note: what helped or got in the way', 'aria-describedby': `${idBase}-error` });
  const error = h('span', { class: 'field-error', id: `${idBase}-error` });
  const el = h('fieldset', { class: 'journal-review-practice', dataset: { list, id: String(item.id) } },
    h('legend', { class: 'journal-review-practice__name', text: item.name }),
    h('div', { class: 'journal-review-choices' }, choices),
    h('label', { class: 'visually-hidden', for: note.id, text: `Note on ${item.name}` }), note, error);
  const group = el.querySelector('.journal-review-choices');
  return {
    el, list, id: item.id, note, error, group,
    state: () => el.querySelector('input[type="radio"]:checked')?.value ?? '',
    set(mark) {
      for (const radio of el.querySelectorAll('input[type="radio"]')) radio.checked = radio.value === (mark?.state ?? '');
      note.value = mark?.note ?? '';
    },
  };
}

// The marks for `practices` ({boundaries: [{id, name}], self_care}). read(fields) gives the marks chosen,
// [{list, item_id, state, note}], and puts their controls in `fields` under the API's names
// ("practices[i].state", "practices[i].note") so an error shows at its row; fill(marks) shows saved marks.
export function practicesPart(practices) {
  const rows = [];
  const groups = LISTS.map((spec) => h('div', { class: 'journal-review-group' },
    h('h4', { class: 'journal-review-group__title', text: spec.title }),
    practices[spec.list].length
      ? practices[spec.list].map((item) => { const row = practiceRow(spec.list, item); rows.push(row); return row.el; })
      : h('p', { class: 'small muted' }, `${spec.empty} `, h('a', { href: '/values/balance', 'data-link': true, text: 'Add them on the Balance page' }), '.')));
  return {
    el: h('div', { class: 'journal-review-practices' },
      h('p', { class: 'small muted', text: 'For each one: did it hold this month? A note says why, for the month you read this again.' }), groups),
    read(fields = {}) {
      const marks = [];
      for (const row of rows) {
        if (!row.state()) continue;
        const i = marks.length;
        fields[`practices[${i}].state`] = { error: row.error, control: row.group };
        fields[`practices[${i}].note`] = { error: row.error, control: row.note };
        fields[`practices[${i}].item_id`] = { error: row.error, control: row.group };
        marks.push({ list: row.list, item_id: row.id, state: row.state(), note: row.note.value.trim() });
      }
      return marks;
    },
    fill(marks) {
      for (const row of rows) row.set(marks.find((m) => m.list === row.list && m.item_id === row.id));
    },
  };
}
