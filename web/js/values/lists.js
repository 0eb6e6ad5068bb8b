// An editable, ordered list of named items with notes (skills, strengths, passions, boundaries, self-care),
// saved item by item through /api/lists/<list>.
import { ApiError, del, get, post, put } from '../api.js';
import { h, replace, toast } from '../dom.js';

let uid = 0;

// Renders the editor for `list` into a new <section>. spec: {list, title, hint, singular, placeholder, maxName}.
export async function listEditor(spec) {
  const id = `list-${spec.list}-${++uid}`;
  let items = (await get(`/api/lists/${spec.list}`)).items;
  const listEl = h('ol', { class: 'kept-list' });
  const status = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });

  const nameInput = h('input', { type: 'text', id: `${id}-name`, maxlength: spec.maxName + 20, placeholder: spec.placeholder ?? '', 'aria-describedby': `${id}-name-error` });
  const noteInput = h('input', { type: 'text', id: `${id}-note`, placeholder: 'Optional', 'aria-describedby': `${id}-note-error` });
  const nameError = h('span', { class: 'field-error', id: `${id}-name-error` });
  const noteError = h('span', { class: 'field-error', id: `${id}-note-error` });
  const formError = h('p', { class: 'field-error', role: 'alert' });

  function fieldError(error, nameCtl, noteCtl, nameErr, noteErr, other) {
    for (const [ctl, err] of [[nameCtl, nameErr], [noteCtl, noteErr]]) { err.textContent = ''; ctl.removeAttribute('aria-invalid'); }
    other.textContent = '';
    if (error.field === 'name' || error.field === 'note') {
      const [ctl, err] = error.field === 'name' ? [nameCtl, nameErr] : [noteCtl, noteErr];
      err.textContent = error.message;
      ctl.setAttribute('aria-invalid', 'true');
      ctl.focus();
    } else {
      other.textContent = error.message;
    }
  }

  async function reorder(from, to) {
    const ids = items.map((item) => item.id);
    const [moved] = ids.splice(from, 1);
    ids.splice(to, 0, moved);
    try {
      items = (await put(`/api/lists/${spec.list}/order`, { ids })).items;
      render();
      status.textContent = `Moved ${items[to].name} to position ${to + 1} of ${items.length}.`;
      listEl.querySelectorAll('li')[to]?.querySelector(to < from ? '[data-move="up"]' : '[data-move="down"]')?.focus();
    } catch (error) {
      toast(`Not moved: ${error.message}`);
      items = (await get(`/api/lists/${spec.list}`)).items;
      render();
    }
  }

  async function remove(item) {
    if (!window.confirm(`Remove “${item.name}” from your ${spec.title.toLowerCase()}?`)) return;
    try {
      await del(`/api/lists/${spec.list}/${item.id}`);
      items = items.filter((i) => i.id !== item.id);
      render();
      toast(`Removed ${item.name}`);
    } catch (error) {
      toast(`Not removed: ${error.message}`);
    }
  }

  function editRow(li, item, index) {
    const name = h('input', { type: 'text', value: item.name, 'aria-label': `${spec.singular} name` });
    const note = h('input', { type: 'text', value: item.note, 'aria-label': 'Note', placeholder: 'Optional note' });
    const nErr = h('span', { class: 'field-error' });
    const oErr = h('span', { class: 'field-error' });
    const other = h('span', { class: 'field-error', role: 'alert' });
    const form = h('form', { class: 'kept-edit', novalidate: true },
      name, nErr, note, oErr, other,
      h('div', { class: 'kept-actions' },
        h('button', { type: 'submit', class: 'primary', text: 'Save' }),
        h('button', { type: 'button', text: 'Cancel', onclick: () => render() })));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        items[index] = await put(`/api/lists/${spec.list}/${item.id}`, { name: name.value, note: note.value, version: item.version });
        render();
        toast('Saved');
      } catch (error) {
        if (error instanceof ApiError && error.status === 409 && error.body?.current) {
          items[index] = error.body.current;
          other.textContent = 'This item was changed in another tab; its current text is now shown. Save again to keep yours.';
          item.version = error.body.current.version;
          return;
        }
        fieldError(error, name, note, nErr, oErr, other);
      }
    });
    replace(li, form);
    name.focus();
  }

  function render() {
    replace(listEl, items.map((item, index) => {
      const li = h('li', {},
        h('div', { class: 'kept-text' },
          h('span', { class: 'kept-name', text: item.name }),
          item.note ? h('span', { class: 'kept-note muted small', text: item.note }) : null),
        h('div', { class: 'kept-actions' },
          h('button', { type: 'button', class: 'icon', 'data-move': 'up', disabled: index === 0, 'aria-label': `Move ${item.name} up`, title: 'Move up', text: '↑', onclick: () => reorder(index, index - 1) }),
          h('button', { type: 'button', class: 'icon', 'data-move': 'down', disabled: index === items.length - 1, 'aria-label': `Move ${item.name} down`, title: 'Move down', text: '↓', onclick: () => reorder(index, index + 1) }),
          h('button', { type: 'button', class: 'link', 'aria-label': `Edit ${item.name}`, text: 'Edit', onclick: () => editRow(li, item, index) }),
          h('button', { type: 'button', class: 'link danger', 'aria-label': `Remove ${item.name}`, text: 'Remove', onclick: () => remove(item) })));
      return li;
    }));
    listEl.hidden = items.length === 0;
    empty.hidden = items.length > 0;
  }

  const empty = h('p', { class: 'muted small', text: spec.empty ?? 'Nothing here yet.' });
  const form = h('form', { class: 'kept-add', novalidate: true, 'aria-label': `Add to ${spec.title}` },
    h('div', { class: 'field' }, h('label', { for: `${id}-name`, text: `New ${spec.singular}` }), nameInput, nameError),
    h('div', { class: 'field' }, h('label', { for: `${id}-note`, text: 'Note' }), noteInput, noteError),
    h('button', { type: 'submit', text: 'Add' }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const created = await post(`/api/lists/${spec.list}`, { name: nameInput.value, note: noteInput.value });
      items.push(created);
      nameInput.value = '';
      noteInput.value = '';
      fieldError({}, nameInput, noteInput, nameError, noteError, formError);
      render();
      status.textContent = `Added ${created.name}.`;
      nameInput.focus();
    } catch (error) {
      fieldError(error, nameInput, noteInput, nameError, noteError, formError);
    }
  });

  render();
  return h('section', { class: 'card kept', 'aria-labelledby': `${id}-title`, dataset: { list: spec.list } },
    h('h2', { id: `${id}-title`, text: spec.title }),
    spec.hint ? h('p', { class: 'muted small', text: spec.hint }) : null,
    empty, listEl, form, formError, status);
}
