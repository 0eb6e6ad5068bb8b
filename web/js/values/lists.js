// An editable, ordered list of named items with notes (skills, strengths, passions, boundaries, self-care
// routines with how often they are meant to happen), saved item by item through /api/lists/<list>.
import { ApiError, del, get, post, put } from '../shared/api.js';
import { h, replace, toast } from '../shared/dom.js';
import { fieldErrors } from '../shared/fields.js';

let uid = 0;

// How often a self-care routine is meant to happen, as one choice: [value, label]; "per_week:3" is 3 times.
const FREQUENCIES = [['', 'Not said'], ['daily', 'Daily'], ...[2, 3, 4, 5, 6].map((n) => [`per_week:${n}`, `${n} times a week`]),
  ['weekly', 'Weekly'], ['monthly', 'Monthly']];

// A select of FREQUENCIES with `item`'s frequency chosen.
function frequencySelect(item, attrs) {
  const current = item?.frequency === 'per_week' ? `per_week:${item.times_per_week}` : (item?.frequency ?? '');
  const select = h('select', attrs, FREQUENCIES.map(([value, label]) => h('option', { value, text: label })));
  select.value = current;
  return select;
}

// {frequency, times_per_week} of the body, from a frequencySelect.
function readFrequency(select) {
  const [frequency, times] = select.value.split(':');
  return { frequency: frequency || null, times_per_week: times ? Number(times) : null };
}

class KeptList {
  // spec: {list, title, hint (text or nodes), singular, placeholder, maxName, empty, frequency (self-care:
  // items say how often)}; items: the list as the API sent it.
  constructor(spec, items) {
    this.spec = spec;
    this.items = items;
    this.id = `list-${spec.list}-${++uid}`;
    this.listEl = h('ol', { class: 'values-kept-list' });
    this.empty = h('p', { class: 'muted small', text: spec.empty ?? 'Nothing here yet.' });
    this.status = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  }

  async reorder(from, to) {
    const ids = this.items.map((item) => item.id);
    const [moved] = ids.splice(from, 1);
    ids.splice(to, 0, moved);
    try {
      this.items = (await put(`/api/lists/${this.spec.list}/order`, { ids })).items;
      this.render();
      this.status.textContent = `Moved ${this.items[to].name} to position ${to + 1} of ${this.items.length}.`;
      this.listEl.querySelectorAll('li')[to]?.querySelector(to < from ? '[data-move="up"]' : '[data-move="down"]')?.focus();
    } catch (error) {
      toast(`Not moved: ${error.message}`);
      this.items = (await get(`/api/lists/${this.spec.list}`)).items;
      this.render();
    }
  }

  async remove(item) {
    if (!window.confirm(`Remove “${item.name}” from your ${this.spec.title.toLowerCase()}?`)) return;
    try {
      await del(`/api/lists/${this.spec.list}/${item.id}`);
      this.items = this.items.filter((i) => i.id !== item.id);
      this.render();
      toast(`Removed ${item.name}`);
    } catch (error) {
      toast(`Not removed: ${error.message}`);
    }
  }

  // Turns a row into a small form that saves the item's new name and note.
  editRow(li, item, index) {
    const name = h('input', { type: 'text', value: item.name, 'aria-label': `${this.spec.singular} name` });
    const note = h('input', { type: 'text', value: item.note, 'aria-label': 'Note', placeholder: 'Optional note' });
    const often = this.spec.frequency ? frequencySelect(item, { 'aria-label': `How often: ${item.name}` }) : null;
    const fields = { name: { control: name, error: h('span', { class: 'field-error' }) }, note: { control: note, error: h('span', { class: 'field-error' }) } };
    const other = h('div', { role: 'alert' });
    const errors = fieldErrors(fields, other);
    const form = h('form', { class: 'values-kept-edit', novalidate: true },
      name, fields.name.error, note, fields.note.error, often, other,
      h('div', { class: 'values-kept-actions' },
        h('button', { type: 'submit', class: 'primary', text: 'Save' }),
        h('button', { type: 'button', text: 'Cancel', onclick: () => this.render() })));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      errors.clear();
      try {
        this.items[index] = await put(`/api/lists/${this.spec.list}/${item.id}`, { name: name.value, note: note.value, ...(often ? readFrequency(often) : {}), version: item.version });
        this.render();
        toast('Saved');
      } catch (error) {
        if (error instanceof ApiError && error.status === 409 && error.body?.current) {
          this.items[index] = error.body.current;
          item.version = error.body.current.version;
          errors.show(null, 'This item was changed in another tab; its current text is now shown. Save again to keep yours.');
          return;
        }
        errors.show(error.field, error.message);
      }
    });
    replace(li, form);
    name.focus();
  }

  row(item, index) {
    const li = h('li', {},
      h('div', { class: 'values-kept-text' },
        h('span', { class: 'values-kept-name', text: item.name }),
        item.frequency_label ? h('span', { class: 'values-kept-often small', text: item.frequency_label }) : null,
        item.note ? h('span', { class: 'values-kept-note muted small', text: item.note }) : null),
      h('div', { class: 'values-kept-actions' },
        h('button', { type: 'button', class: 'values-icon', 'data-move': 'up', disabled: index === 0, 'aria-label': `Move ${item.name} up`, title: 'Move up', text: '↑', onclick: () => this.reorder(index, index - 1) }),
        h('button', { type: 'button', class: 'values-icon', 'data-move': 'down', disabled: index === this.items.length - 1, 'aria-label': `Move ${item.name} down`, title: 'Move down', text: '↓', onclick: () => this.reorder(index, index + 1) }),
        h('button', { type: 'button', class: 'link', 'aria-label': `Edit ${item.name}`, text: 'Edit', onclick: () => this.editRow(li, item, index) }),
        h('button', { type: 'button', class: 'link danger', 'aria-label': `Remove ${item.name}`, text: 'Remove', onclick: () => this.remove(item) })));
    return li;
  }

  render() {
    replace(this.listEl, this.items.map((item, index) => this.row(item, index)));
    this.listEl.hidden = this.items.length === 0;
    this.empty.hidden = this.items.length > 0;
  }

  // The form that appends a new item.
  addForm() {
    const { id, spec } = this;
    const name = h('input', { type: 'text', id: `${id}-name`, maxlength: spec.maxName + 20, placeholder: spec.placeholder ?? '', 'aria-describedby': `${id}-name-error` });
    const note = h('input', { type: 'text', id: `${id}-note`, placeholder: 'Optional', 'aria-describedby': `${id}-note-error` });
    const fields = {
      name: { control: name, error: h('span', { class: 'field-error', id: `${id}-name-error` }) },
      note: { control: note, error: h('span', { class: 'field-error', id: `${id}-note-error` }) },
    };
    const often = spec.frequency ? frequencySelect(null, { id: `${id}-often` }) : null;
    this.formError = h('div', { role: 'alert' });
    const errors = fieldErrors(fields, this.formError);
    const form = h('form', { class: 'values-kept-add', novalidate: true, 'aria-label': `Add to ${spec.title}` },
      h('div', { class: 'field' }, h('label', { for: name.id, text: `New ${spec.singular}` }), name, fields.name.error),
      h('div', { class: 'field' }, h('label', { for: note.id, text: 'Note' }), note, fields.note.error),
      often ? h('div', { class: 'field' }, h('label', { for: often.id, text: 'How often' }), often) : null,
      h('button', { type: 'submit', text: 'Add' }));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      errors.clear();
      try {
        const created = await post(`/api/lists/${spec.list}`, { name: name.value, note: note.value, ...(often ? readFrequency(often) : {}) });
        this.items.push(created);
        name.value = '';
        note.value = '';
        if (often) often.value = '';
        this.render();
        this.status.textContent = `Added ${created.name}.`;
        name.focus();
      } catch (error) {
        errors.show(error.field, error.message);
      }
    });
    return form;
  }

  section() {
    const form = this.addForm();
    this.render();
    return h('section', { class: 'card values-kept', 'aria-labelledby': `${this.id}-title`, dataset: { list: this.spec.list } },
      h('h2', { id: `${this.id}-title`, text: this.spec.title }),
      this.spec.hint ? h('p', { class: 'muted small' }, this.spec.hint) : null,
      this.empty, this.listEl, form, this.formError, this.status);
  }
}

// The editor for `spec.list` as a <section>, from the list's API reply (`reply`, a promise or the reply).
export async function listEditor(spec, reply) {
  return new KeptList(spec, (await reply).items).section();
}
