// The fields of a check-in: partner, date, agenda, notes, and the commitments made in it (what, who owns
// it, by when), each row keeping the id of a saved commitment so its state survives an edit.
import { h } from '../shared/dom.js';
import { field } from '../shared/fields.js';
import { OWNER_LABELS, options } from './common.js';

// The commitment rows: {el, read(), fill(list), errorFields()}; onChange() after a row is added or removed.
function commitmentRows(onChange) {
  let rows = [];
  const list = h('ol', { class: 'people-commitment-editor' });
  const addButton = h('button', { type: 'button', text: 'Add a commitment', onclick: () => { add({ text: '', owner: 'me', due_on: null }, true); onChange(); } });

  function renumber() {
    rows.forEach((r, i) => {
      r.text.setAttribute('aria-label', `Commitment ${i + 1}`);
      r.owner.setAttribute('aria-label', `Commitment ${i + 1}: who owns it`);
      r.due.setAttribute('aria-label', `Commitment ${i + 1}: by when`);
      r.remove.setAttribute('aria-label', `Remove commitment ${i + 1}`);
    });
  }

  function add(c, focus) {
    const row = {
      id: c.id ?? null,
      text: h('input', { type: 'text', value: c.text, maxlength: 400 }), owner: h('select', {}, options(OWNER_LABELS, c.owner)),
      due: h('input', { type: 'date', value: c.due_on ?? '' }), error: h('span', { class: 'field-error' }),
      remove: h('button', { type: 'button', class: 'link danger small', text: 'Remove' }),
    };
    row.el = h('li', { class: 'people-commitment-editor__row' }, row.text, row.owner, row.due, row.remove, row.error);
    row.remove.addEventListener('click', () => {
      rows = rows.filter((r) => r !== row);
      row.el.remove();
      renumber();
      onChange();
      addButton.focus();
    });
    rows.push(row);
    list.append(row.el);
    renumber();
    if (focus) row.text.focus();
  }

  return {
    el: h('fieldset', { class: 'field' },
      h('legend', { class: 'label', text: 'Commitments' }),
      h('p', { class: 'hint', text: 'What each of you will do, and by when. Open ones come back on the next check-in’s agenda.' }),
      list, addButton),
    read: () => rows.map((r) => ({ ...(r.id ? { id: r.id } : {}), text: r.text.value, owner: r.owner.value, due_on: r.due.value || null })),
    fill(commitments) {
      rows = [];
      list.replaceChildren();
      for (const c of commitments) add(c, false);
    },
    errorFields() {
      const out = {};
      rows.forEach((r, i) => {
        for (const key of ['text', 'owner', 'due_on', 'id']) out[`commitments[${i}].${key}`] = { error: r.error, control: key === 'owner' ? r.owner : key === 'due_on' ? r.due : r.text };
      });
      return out;
    },
  };
}

// The check-in form's fields for `partners` (the API's list): {el(), read(), fill(values), errorFields(),
// partner (the select), agenda (the textarea)}; onChange() after any structural change.
export function checkInFields(partners, onChange) {
  const c = {
    partner_id: h('select', {}, partners.map((p) => h('option', { value: String(p.id), text: p.name }))),
    held_on: h('input', { type: 'date', required: true }),
    agenda: h('textarea', { rows: 4 }),
    notes: h('textarea', { rows: 8, class: 'large' }),
  };
  const fields = {
    partner_id: field({ id: 'check-in-partner', label: 'With', control: c.partner_id }),
    held_on: field({ id: 'check-in-date', label: 'Date', control: c.held_on }),
    agenda: field({ id: 'check-in-agenda', label: 'Agenda', hint: 'What you want to talk about, prepared beforehand. Open commitments are carried over by themselves.', control: c.agenda, max: 5000, counterFrom: 0.8 }),
    notes: field({ id: 'check-in-notes', label: 'Notes', hint: 'What was discussed.', control: c.notes, max: 20000, counterFrom: 0.8 }),
  };
  const commitments = commitmentRows(onChange);
  return {
    partner: c.partner_id,
    agenda: c.agenda,
    el: () => [h('div', { class: 'people-field-row' }, fields.partner_id.el, fields.held_on.el), fields.agenda.el, fields.notes.el, commitments.el],
    read: () => ({
      partner_id: Number(c.partner_id.value), held_on: c.held_on.value, agenda: c.agenda.value, notes: c.notes.value,
      commitments: commitments.read(),
    }),
    fill(v) {
      c.partner_id.value = String(v.partner_id);
      c.held_on.value = v.held_on ?? '';
      c.agenda.value = v.agenda;
      c.notes.value = v.notes;
      c.agenda.updateCounter();
      c.notes.updateCounter();
      commitments.fill(v.commitments);
    },
    errorFields: () => ({ ...fields, ...commitments.errorFields() }),
  };
}
