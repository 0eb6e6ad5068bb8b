// The fields of a 360 round: its name, when it started, notes, and who was asked across sources (each row
// keeping the id of a saved person, so the answers recorded for them stay linked).
import { h } from '../shared/dom.js';
import { field } from '../shared/fields.js';
import { SOURCE_LABELS, options } from './common.js';

export const blankRound = (today) => ({ name: '', started_on: today, notes: '', asked: [] });
export const roundValues = (r) => ({ name: r.name, started_on: r.started_on, notes: r.notes, asked: r.asked.map(({ id, name, source }) => ({ id, name, source })) });

// The round fields with ids under `prefix`: {fields (for fieldErrors, also "asked[i].name"), el, read(), fill(v)};
// onChange() after a person is added or removed.
export function roundFields(prefix, onChange) {
  const c = { name: h('input', { type: 'text' }), started_on: h('input', { type: 'date' }), notes: h('textarea', { rows: 2 }) };
  const fields = {
    name: field({ id: `${prefix}-name`, label: 'Name of the round', hint: 'e.g. Spring 360, before the promotion case.', control: c.name, max: 120 }),
    started_on: field({ id: `${prefix}-started`, label: 'Started', control: c.started_on }),
    notes: field({ id: `${prefix}-notes`, label: 'Notes', hint: 'The questions you asked, for example.', control: c.notes, max: 2000, counterFrom: 0.8 }),
  };
  let rows = [];
  const list = h('ol', { class: 'people-asked-editor' });
  const addButton = h('button', { type: 'button', text: 'Add a person', onclick: () => { add({ name: '', source: 'peer' }, true); onChange(); } });
  const renumber = () => rows.forEach((r, i) => {
    r.name.setAttribute('aria-label', `Person ${i + 1}`);
    r.source.setAttribute('aria-label', `Person ${i + 1}: source`);
    r.remove.setAttribute('aria-label', `Remove person ${i + 1}`);
  });
  function add(p, focus) {
    const row = { id: p.id ?? null, name: h('input', { type: 'text', value: p.name, maxlength: 240 }), source: h('select', {}, options(SOURCE_LABELS, p.source)),
      remove: h('button', { type: 'button', class: 'link danger small', text: 'Remove' }), error: h('span', { class: 'field-error' }) };
    row.el = h('li', { class: 'people-asked-editor__row' }, row.name, row.source, row.remove, row.error);
    row.remove.addEventListener('click', () => { rows = rows.filter((r) => r !== row); row.el.remove(); renumber(); onChange(); addButton.focus(); });
    rows.push(row);
    list.append(row.el);
    renumber();
    if (focus) row.name.focus();
  }
  const askedError = h('span', { class: 'field-error' });
  return {
    fields: () => ({ ...fields, asked: { error: askedError, control: addButton },
      ...Object.fromEntries(rows.flatMap((r, i) => ['name', 'source', 'id'].map((k) => [`asked[${i}].${k}`, { error: r.error, control: k === 'source' ? r.source : r.name }]))) }),
    el: [h('div', { class: 'people-field-row' }, fields.name.el, fields.started_on.el), fields.notes.el,
      h('fieldset', { class: 'field' }, h('legend', { class: 'label', text: 'Who you asked' }),
        h('p', { class: 'hint', text: 'Across sources: 3 to 6 peers is typical, plus your manager, some reports, and yourself. No email is sent: this is your own record.' }),
        list, addButton, askedError)],
    read: () => ({ name: c.name.value, started_on: c.started_on.value, notes: c.notes.value,
      asked: rows.map((r) => ({ ...(r.id ? { id: r.id } : {}), name: r.name.value, source: r.source.value })) }),
    fill(v) {
      c.name.value = v.name;
      c.started_on.value = v.started_on ?? '';
      c.notes.value = v.notes;
      c.name.updateCounter();
      c.notes.updateCounter();
      rows = [];
      list.replaceChildren();
      for (const p of v.asked) add(p, false);
    },
  };
}
