// An editable list of milestones (title, due date, done) for initiatives and roads, and the read-only
// checklist that ticks them off.
import { dateElement, h } from '../shared/dom.js';

// A checklist of `milestones`; onTick(index, done) when one is ticked. `idBase` makes the ids unique.
export function milestoneChecklist(idBase, label, milestones, onTick, { duePrefix = ' · due ' } = {}) {
  return h('ul', { class: 'goals-milestones', 'aria-label': label }, milestones.map((m, i) => {
    const box = h('input', { type: 'checkbox', id: `${idBase}-${i}`, checked: m.done ? true : null, onchange: (e) => onTick(i, e.target.checked) });
    return h('li', { class: m.done ? 'goals-milestones__done' : null },
      box, h('label', { for: box.id }, m.title, m.due_date ? h('span', { class: 'muted small' }, duePrefix, dateElement(m.due_date)) : null));
  }));
}

// The editor: `initial` milestones; onChange() after a row is added or removed.
export function milestoneEditor(initial, onChange) {
  let rows = [];
  const list = h('ol', { class: 'goals-milestone-editor' });
  const addButton = h('button', { type: 'button', text: 'Add milestone', onclick: () => { add({ title: '', due_date: null, done: false }, true); onChange?.(); } });

  function renumber() {
    rows.forEach((r, i) => {
      r.title.setAttribute('aria-label', `Milestone ${i + 1}`);
      r.due.setAttribute('aria-label', `Milestone ${i + 1} due date`);
      r.done.setAttribute('aria-label', `Milestone ${i + 1} done`);
    });
  }

  function add(m, focus) {
    const row = { title: h('input', { type: 'text', value: m.title, maxlength: 400 }), due: h('input', { type: 'date', value: m.due_date ?? '' }), done: h('input', { type: 'checkbox' }) };
    row.done.checked = Boolean(m.done);
    row.titleError = h('span', { class: 'field-error' });
    row.dueError = h('span', { class: 'field-error' });
    const remove = h('button', { type: 'button', class: 'link danger', text: 'Remove' });
    row.el = h('li', { class: 'goals-milestone-editor__row' },
      h('label', { class: 'goals-milestone-editor__title' }, h('span', { class: 'visually-hidden', text: 'Milestone' }), row.title),
      h('label', { class: 'goals-milestone-editor__due' }, h('span', { class: 'small muted', text: 'Due' }), row.due),
      h('label', { class: 'goals-milestone-editor__done' }, row.done, h('span', { class: 'small', text: 'Done' })),
      remove, row.titleError, row.dueError);
    remove.addEventListener('click', () => {
      rows = rows.filter((r) => r !== row);
      row.el.remove();
      renumber();
      onChange?.();
      addButton.focus();
    });
    rows.push(row);
    list.append(row.el);
    renumber();
    if (focus) row.title.focus();
  }

  for (const m of initial ?? []) add(m, false);
  return {
    el: h('div', { class: 'field' },
      h('span', { class: 'label', text: 'Milestones' }),
      h('p', { class: 'hint', text: 'Steps with due dates you can tick off. The earliest open one is shown on Home.' }),
      list, addButton),
    read: () => rows.map((r) => ({ title: r.title.value, due_date: r.due.value || null, done: r.done.checked })),
    // The {error, control} pairs for API field names like "milestones[2].title".
    errorFields() {
      const out = {};
      rows.forEach((r, i) => {
        out[`milestones[${i}].title`] = { error: r.titleError, control: r.title };
        out[`milestones[${i}].due_date`] = { error: r.dueError, control: r.due };
      });
      return out;
    },
  };
}
