// The takeaways or the quotes of a learning item: each with its core values and initiative; a takeaway can
// become an initiative or next week's experiment. Adding, editing (versioned) and deleting them.
import { del, post, put } from '../shared/api.js';
import { dateElement, h, replace, toast } from '../shared/dom.js';
import { fieldErrors } from '../shared/fields.js';
import { initiativeSelect } from '../goals/common.js';

const WORDS = {
  takeaway: { title: 'Takeaways', one: 'takeaway', empty: 'What you will do differently because of it.', label: 'Takeaway', max: 1000,
    placeholder: 'A new takeaway: what will you do differently?' },
  quote: { title: 'Quotes', one: 'quote', empty: 'Words worth keeping exactly as written.', label: 'Quote', max: 2000,
    placeholder: 'A new quote, word for word' },
};

// The Goals select of open initiatives, plus the one `note` links to when it is not among them (made from it
// after the page loaded, or done since), so saving the note keeps its link.
function linkedInitiativeSelect(initiatives, note, label) {
  const select = initiativeSelect(initiatives, note?.initiative_id ?? null);
  select.setAttribute('aria-label', label);
  if (note?.initiative_id && ![...select.options].some((o) => o.value === String(note.initiative_id))) {
    select.append(h('option', { value: String(note.initiative_id), text: note.initiative_title ?? 'An initiative', selected: true }));
  }
  return select;
}

// The note editing fields (text, page for quotes, values, the initiative it links to): {el, read(), errors}.
function noteFields(prefix, kind, core, note, initiatives) {
  const text = h('textarea', { rows: 3, 'aria-label': WORDS[kind].label, maxlength: WORDS[kind].max * 2, placeholder: note ? null : WORDS[kind].placeholder });
  text.value = note?.text ?? '';
  const page = kind === 'quote' ? h('input', { type: 'number', min: 1, inputmode: 'numeric', 'aria-label': 'Page', value: note?.page ?? '' }) : null;
  const boxes = core.map((v) => h('label', { class: 'people-choice' },
    h('input', { type: 'checkbox', value: String(v.id), checked: note?.value_ids.includes(v.id) ? true : null }), h('span', { text: v.name })));
  const initiative = initiatives.length || note?.initiative_id ? linkedInitiativeSelect(initiatives, note, `Initiative this ${WORDS[kind].one} links to`) : null;
  const error = h('span', { class: 'field-error', role: 'alert' });
  const target = { error, control: text };
  const el = [text, page ? h('label', { class: 'people-note__page small' }, 'Page ', page) : null,
    boxes.length ? h('div', { class: 'people-choices', role: 'group', 'aria-label': `Values this ${WORDS[kind].one} speaks to` }, boxes) : null,
    initiative ? h('label', { class: 'people-note__page small' }, 'Links to ', initiative) : null, error];
  const read = () => ({
    kind, text: text.value, page: page && page.value ? Number(page.value) : null,
    value_ids: [...(note?.value_ids ?? []).filter((id) => !core.some((v) => v.id === id)),
      ...boxes.map((b) => b.querySelector('input')).filter((b) => b.checked).map((b) => Number(b.value))],
    initiative_id: initiative ? (initiative.value ? Number(initiative.value) : null) : note?.initiative_id ?? null,
    experiment_week: note?.experiment_week ?? null,
  });
  return { el, read, text, errors: fieldErrors({ text: target, page: target, value_ids: target, initiative_id: target }, error) };
}

export class NotesSection {
  // kind: "takeaway" or "quote"; core: the core values; initiatives: those a note can link to; nextMonday:
  // "YYYY-MM-DD"; onChanged(): reload the item.
  constructor(item, kind, { core, initiatives, nextMonday, onChanged }) {
    Object.assign(this, { item, kind, core, initiatives, nextMonday, onChanged });
    this.listArea = h('div');
    this.formArea = h('div');
  }

  // Sends `change` (a PUT of the note with these fields) and reloads; says `message` when saved.
  async change(note, change, message) {
    try {
      await put(`/api/learning/notes/${note.id}`, { ...this.body(note), ...change, version: note.version });
      toast(message);
    } catch (error) {
      toast(error.status === 409 ? 'It was changed elsewhere; showing the latest.' : `Not saved: ${error.message}`);
    }
    await this.onChanged();
  }

  body(note) {
    return { kind: note.kind, text: note.text, page: note.page, value_ids: note.value_ids, initiative_id: note.initiative_id, experiment_week: note.experiment_week };
  }

  async toInitiative(note) {
    try {
      await post(`/api/learning/notes/${note.id}/initiative`, { version: note.version });
      toast('Added to Goals as a planned initiative');
    } catch (error) {
      toast(`Not done: ${error.message}`);
    }
    await this.onChanged();
  }

  async remove(note) {
    if (!window.confirm(`Delete this ${WORDS[this.kind].one}? This cannot be undone.`)) return;
    try { await del(`/api/learning/notes/${note.id}`); toast('Deleted'); } catch (error) { toast(`Not deleted: ${error.message}`); }
    await this.onChanged();
  }

  edit(note, li) {
    const fields = noteFields(`note-${note.id}`, this.kind, this.core, note, this.initiatives);
    const form = h('form', { class: 'people-note__form', novalidate: true, 'aria-label': `Edit the ${WORDS[this.kind].one}` }, fields.el,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary small', text: 'Save' }),
        h('button', { type: 'button', class: 'small', text: 'Cancel', onclick: () => this.onChanged() })));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      fields.errors.clear();
      try {
        await put(`/api/learning/notes/${note.id}`, { ...fields.read(), version: note.version });
        toast('Saved');
        await this.onChanged();
      } catch (error) {
        fields.errors.show(error.field, error.message);
      }
    });
    replace(li, form);
    fields.text.focus();
  }

  takeawayActions(note) {
    return [
      note.initiative_id
        ? h('span', { class: 'small' }, 'Initiative: ', h('a', { href: '/goals', 'data-link': true, text: note.initiative_title }))
        : h('button', { type: 'button', class: 'link small', text: 'Turn into an initiative', 'aria-label': `Turn into an initiative: ${note.text}`, onclick: () => this.toInitiative(note) }),
      note.experiment_week
        ? [h('span', { class: 'small people-note__experiment' }, 'Trying it the week of ', dateElement(note.experiment_week)),
          h('button', { type: 'button', class: 'link small', text: 'Not that week', onclick: () => this.change(note, { experiment_week: null }, 'No longer an experiment') })]
        : h('button', { type: 'button', class: 'link small', text: 'Try it next week', 'aria-label': `Try it next week: ${note.text}`,
          onclick: () => this.change(note, { experiment_week: this.nextMonday }, 'It will show in next week’s reflection') }),
    ];
  }

  noteItem(note) {
    const names = note.value_ids.map((id) => this.core.find((v) => v.id === id)?.name).filter(Boolean);
    const li = h('li', { class: 'people-note', dataset: { note: note.id } });
    replace(li,
      this.kind === 'quote'
        ? h('blockquote', { class: 'people-note__quote' }, note.text, note.page ? h('span', { class: 'small muted', text: ` (p. ${note.page})` }) : null)
        : h('p', { class: 'people-note__text', text: note.text }),
      names.length ? h('p', { class: 'people-note__values' }, names.map((n) => h('span', { class: 'badge', text: n }))) : null,
      h('div', { class: 'people-note__actions' },
        this.kind === 'takeaway' ? this.takeawayActions(note) : null,
        h('button', { type: 'button', class: 'link small', text: 'Edit', 'aria-label': `Edit: ${note.text}`, onclick: () => this.edit(note, li) }),
        h('button', { type: 'button', class: 'link danger small', text: 'Delete', 'aria-label': `Delete: ${note.text}`, onclick: () => this.remove(note) })));
    return li;
  }

  addForm() {
    const fields = noteFields(`new-${this.kind}`, this.kind, this.core, null, this.initiatives);
    const form = h('form', { class: 'people-note__form', novalidate: true, 'aria-label': `Add a ${WORDS[this.kind].one}` }, fields.el,
      h('button', { type: 'submit', class: 'small', text: `Add the ${WORDS[this.kind].one}` }));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      fields.errors.clear();
      try {
        await post(`/api/learning/items/${this.item.id}/notes`, fields.read());
        toast(`${WORDS[this.kind].label} added`);
        await this.onChanged();
        this.formArea.querySelector('textarea')?.focus();
      } catch (error) {
        fields.errors.show(error.field, error.message);
      }
    });
    return form;
  }

  // Shows the notes of `item` (the item as the API sent it).
  render(item) {
    this.item = item;
    const notes = this.kind === 'quote' ? item.quotes : item.takeaways;
    replace(this.listArea, notes.length
      ? h('ul', { class: 'people-notes', 'aria-label': WORDS[this.kind].title }, notes.map((n) => this.noteItem(n)))
      : h('p', { class: 'muted small', text: WORDS[this.kind].empty }));
    replace(this.formArea, this.addForm());
  }

  element() {
    return h('section', { class: 'card people-section', 'aria-labelledby': `${this.kind}-title` },
      h('h2', { id: `${this.kind}-title`, text: WORDS[this.kind].title }), this.listArea, this.formArea);
  }
}
