// One book, course, talk or article (/people/learning/:id): its editor (shelf, progress, rating, each read)
// and the takeaways and quotes kept from it.
import { del, get, put } from '../shared/api.js';
import { h, navigate, toast } from '../shared/dom.js';
import { Editor, onSaveShortcut } from '../shared/editor.js';
import { fieldErrors } from '../shared/fields.js';
import { bindEditor, peopleHeader } from './common.js';
import { BLANK_ITEM, itemFields, itemValues } from './item-form.js';
import { NotesSection } from './notes.js';

// "YYYY-MM-DD" seven days after `monday`.
function weekAfter(monday) {
  const [y, m, d] = monday.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 7)).toISOString().slice(0, 10);
}

export async function render(main, { data }) {
  const [item, core, week, initiatives] = await Promise.all([data.item, data.core, data.experiments, data.initiatives]);
  let current = item;
  const reload = async () => {
    current = await get(`/api/learning/items/${item.id}`);
    editor.adopt(current);
    for (const section of sections) section.render(current);
  };
  const sections = ['takeaway', 'quote'].map((kind) => new NotesSection(item, kind, {
    core: core.items, initiatives: initiatives?.items ?? [], nextMonday: weekAfter(week.week.monday), onChanged: reload,
  }));
  const fields = itemFields(`item-${item.id}`, { withReads: true, onChange: () => editor.changed() });
  const general = h('div');
  const saveButton = h('button', { type: 'submit', class: 'primary', text: 'Save changes' });
  const editor = new Editor({
    record: item, blank: { ...BLANK_ITEM }, toValues: itemValues, read: () => fields.read(), fill: (v) => fields.fill(v),
    draftKey: `people.learning.${item.id}`, send: (values, version) => put(`/api/learning/items/${item.id}`, { ...values, version }),
    saveButton, errors: fieldErrors(() => fields.fields(), general),
    messages: { saved: 'Saved', conflict: 'This item was changed in another tab or window.' },
  });
  const remove = async () => {
    if (!window.confirm(`Delete “${current.title}” with its takeaways and quotes? This cannot be undone.\n\nInitiatives made from its takeaways stay.`)) return;
    try {
      await del(`/api/learning/items/${item.id}`);
      editor.forget();
      toast(`Deleted ${current.title}`);
      navigate('/people/learning');
    } catch (error) {
      toast(`Not deleted: ${error.message}`);
    }
  };
  const form = h('form', { class: 'card people-item-form', novalidate: true, 'aria-label': 'Edit the details' },
    editor.noticeArea, fields.el, general, h('div', { class: 'actions' }, saveButton, editor.stateEl));
  bindEditor(form, editor, (v) => fields.fill(v));
  main.append(...peopleHeader('learning', { title: item.title, intro: item.author ? `${item.kind_label} by ${item.author}` : item.kind_label,
    kicker: h('a', { href: '/people/learning', 'data-link': true, text: 'Learning' }) }),
  h('div', { class: 'people-layout' },
    h('div', {}, ...sections.map((s) => s.element())),
    h('aside', { class: 'people-aside', 'aria-label': 'Details' }, form,
      h('p', { class: 'people-delete' }, h('button', { type: 'button', class: 'link danger', text: 'Delete this item', onclick: remove })))));
  for (const section of sections) section.render(item);
  return { title: item.title, isDirty: () => editor.isDirty(), dispose: onSaveShortcut(() => editor.save()) };
}
