// An editable list of milestones (title, due date, done) for initiatives and roads, and the read-only
// checklist that ticks them off. A road's milestone may be an initiative: it is shown, not edited, here.
import { dateElement, h } from '../shared/dom.js';
import { STATUS_LABELS } from './common.js';

// What a milestone that is an initiative shows in place of its checkbox: how the initiative stands.
function initiativeLine(m, duePrefix) {
  const { status, progress } = m.initiative;
  return h('li', { class: `goals-milestones__initiative${m.done ? ' goals-milestones__done' : ''}` },
    h('span', { class: 'goals-milestones__mark', 'aria-hidden': 'true', text: m.done ? '✓' : '◆' }),
    h('span', {}, h('a', { href: '/goals', 'data-link': true, text: m.title }),
      h('span', { class: 'muted small' }, ` · initiative, ${STATUS_LABELS[status]?.toLowerCase() ?? status}${status === 'active' ? ` ${progress}%` : ''}`,
        m.due_date ? [duePrefix.replace('due', 'finishes'), dateElement(m.due_date)] : null)));
}

// A checklist of `milestones`; onTick(index, done) when one is ticked (one that is an initiative follows it
// and has no checkbox). `idBase` makes the ids unique.
export function milestoneChecklist(idBase, label, milestones, onTick, { duePrefix = ' · due ' } = {}) {
  return h('ul', { class: 'goals-milestones', 'aria-label': label }, milestones.map((m, i) => {
    if (m.initiative) return initiativeLine(m, duePrefix);
    const box = h('input', { type: 'checkbox', id: `${idBase}-${i}`, checked: m.done ? true : null, onchange: (e) => onTick(i, e.target.checked) });
    return h('li', { class: m.done ? 'goals-milestones__done' : null },
      box, h('label', { for: box.id }, m.title, m.due_date ? h('span', { class: 'muted small' }, duePrefix, dateElement(m.due_date)) : null));
  }));
}

// The row of an initiative among the milestones being edited: its title and dates are the initiative's.
function initiativeRow(m, initiatives) {
  const initiative = initiatives?.find((i) => i.id === m.initiative_id);
  const title = initiative?.title ?? m.title;
  const finish = initiative ? initiative.finish_date : m.due_date;
  return h('li', { class: 'goals-milestone-editor__row goals-milestone-editor__row--initiative' },
    h('span', { class: 'goals-milestone-editor__title' }, h('strong', { text: title })),
    h('span', { class: 'small muted goals-milestone-editor__due' }, 'The initiative', finish ? [', finishing ', dateElement(finish)] : ': no finish date yet'));
}

// The editor: `initial` milestones; onChange() after a row is added or removed. With `initiatives` (a road's
// editor) an initiative can be added as a milestone: one record, edited on Goals, shown here.
export function milestoneEditor(initial, onChange, { initiatives } = {}) {
  let rows = [];
  let refreshPicker = () => {};  // the initiative picker offers again what a removed row held
  const list = h('ol', { class: 'goals-milestone-editor' });
  const addButton = h('button', { type: 'button', text: 'Add milestone', onclick: () => { add({ title: '', due_date: null, done: false }, true); onChange?.(); } });

  function renumber() {
    rows.forEach((r, i) => {
      if (r.initiativeId) {
        r.remove.setAttribute('aria-label', `Remove milestone ${i + 1} (the initiative stays on Goals)`);
        return;
      }
      r.title.setAttribute('aria-label', `Milestone ${i + 1}`);
      r.due.setAttribute('aria-label', `Milestone ${i + 1} due date`);
      r.done.setAttribute('aria-label', `Milestone ${i + 1} done`);
    });
  }

  function add(m, focus) {
    const row = m.initiative_id
      ? { initiativeId: m.initiative_id, el: initiativeRow(m, initiatives) }
      : { title: h('input', { type: 'text', value: m.title, maxlength: 400 }), due: h('input', { type: 'date', value: m.due_date ?? '' }), done: h('input', { type: 'checkbox' }) };
    const remove = h('button', { type: 'button', class: 'link danger', text: 'Remove' });
    row.remove = remove;
    if (row.initiativeId) {
      row.el.append(remove);
    } else {
      row.done.checked = Boolean(m.done);
      row.titleError = h('span', { class: 'field-error' });
      row.dueError = h('span', { class: 'field-error' });
      row.el = h('li', { class: 'goals-milestone-editor__row' },
        h('label', { class: 'goals-milestone-editor__title' }, h('span', { class: 'visually-hidden', text: 'Milestone' }), row.title),
        h('label', { class: 'goals-milestone-editor__due' }, h('span', { class: 'small muted', text: 'Due' }), row.due),
        h('label', { class: 'goals-milestone-editor__done' }, row.done, h('span', { class: 'small', text: 'Done' })),
        remove, row.titleError, row.dueError);
    }
    remove.addEventListener('click', () => {
      rows = rows.filter((r) => r !== row);
      row.el.remove();
      renumber();
      refreshPicker();
      onChange?.();
      addButton.focus();
    });
    rows.push(row);
    list.append(row.el);
    renumber();
    if (focus) (row.title ?? row.remove).focus();
  }

  for (const m of initial ?? []) add(m, false);
  const picker = initiatives ? initiativePicker(initiatives, () => rows, (id) => { add({ initiative_id: id }, true); onChange?.(); }) : null;
  if (picker) refreshPicker = picker.fill;
  return {
    el: h('div', { class: 'field' },
      h('span', { class: 'label', text: 'Milestones' }),
      h('p', { class: 'hint', text: 'Steps with due dates you can tick off. The earliest open one is shown on Home.' }),
      list, h('div', { class: 'goals-milestone-editor__add' }, addButton, picker?.el)),
    read: () => rows.map((r) => (r.initiativeId
      ? { initiative_id: r.initiativeId }
      : { title: r.title.value, due_date: r.due.value || null, done: r.done.checked })),
    // The {error, control} pairs for API field names like "milestones[2].title".
    errorFields() {
      const out = {};
      rows.forEach((r, i) => {
        if (r.initiativeId) return;
        out[`milestones[${i}].title`] = { error: r.titleError, control: r.title };
        out[`milestones[${i}].due_date`] = { error: r.dueError, control: r.due };
      });
      return out;
    },
  };
}

// A select of the initiatives not on the list yet, with the button that adds the one chosen as a milestone:
// {el, fill()}; fill() offers again what the list no longer holds.
function initiativePicker(initiatives, rows, addInitiative) {
  const select = h('select', { 'aria-label': 'An initiative to add as a milestone' });
  const button = h('button', { type: 'button', text: 'Add as milestone' });
  const fill = () => {
    const taken = new Set(rows().map((r) => r.initiativeId).filter(Boolean));
    const open = initiatives.filter((i) => !taken.has(i.id) && i.status !== 'dropped');
    select.replaceChildren(h('option', { value: '', text: open.length ? 'Choose an initiative…' : 'No initiative to add' }),
      ...open.map((i) => h('option', { value: String(i.id), text: i.title })));
    select.disabled = open.length === 0;
    button.disabled = open.length === 0;
  };
  fill();
  button.addEventListener('click', () => {
    if (!select.value) { select.focus(); return; }
    addInitiative(Number(select.value));
    fill();
  });
  return { el: h('span', { class: 'goals-milestone-editor__initiative' }, select, button), fill };
}
