// Making room: the stop-doing list (cancel, postpone or delegate), open items first, done ones kept as a
// record, and the form that adds one.
import { del, post, put } from '../shared/api.js';
import { dateElement, formatDateTime, h, replace, toast } from '../shared/dom.js';
import { field, fieldErrors } from '../shared/fields.js';
import { initiativeSelect, originNote } from './common.js';

const STOP_ACTIONS = [
  { key: 'cancel', label: 'Cancel it' },
  { key: 'postpone', label: 'Postpone it' },
  { key: 'delegate', label: 'Delegate it' },
];

function stopForm(page) {
  const c = {
    text: h('input', { type: 'text' }),
    action: h('select', {}, STOP_ACTIONS.map((a) => h('option', { value: a.key, text: a.label }))),
    delegate_to: h('input', { type: 'text' }),
    delegate_by: h('input', { type: 'date' }),
    initiative_id: initiativeSelect(page.initiatives, null),
  };
  c.action.value = 'postpone';
  const f = {
    text: field({ id: 'stop-new-text', label: 'What will you stop doing?', hint: 'A meeting, a habit, a commitment that takes time your initiatives need.', control: c.text, max: 300 }),
    action: field({ id: 'stop-new-action', label: 'How', control: c.action }),
    delegate_to: field({ id: 'stop-new-to', label: 'Delegate to', control: c.delegate_to, max: 120 }),
    delegate_by: field({ id: 'stop-new-by', label: 'Hand over by', control: c.delegate_by }),
    initiative_id: field({ id: 'stop-new-initiative', label: 'Makes room for', control: c.initiative_id }),
  };
  const delegateRow = h('div', { class: 'goals-field-row' }, f.delegate_to.el, f.delegate_by.el);
  const syncAction = () => { delegateRow.hidden = c.action.value !== 'delegate'; };
  c.action.addEventListener('change', syncAction);
  syncAction();
  const general = h('div');
  const errors = fieldErrors(f, general);
  const form = h('form', { class: 'goals-stop-form', novalidate: true, 'aria-label': 'Add to the stop-doing list' },
    f.text.el, h('div', { class: 'goals-field-row' }, f.action.el, f.initiative_id.el), delegateRow, general,
    h('button', { type: 'submit', class: 'primary', text: 'Add to the list' }));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.clear();
    try {
      await post('/api/stop-doing', {
        text: c.text.value, action: c.action.value, delegate_to: c.delegate_to.value,
        delegate_by: c.delegate_by.value || null, initiative_id: c.initiative_id.value ? Number(c.initiative_id.value) : null,
      });
      toast('Added to the stop-doing list');
      await page.reload();
      page.stopArea.querySelector('#stop-new-text')?.focus();
    } catch (error) {
      errors.show(error.field, error.message);
    }
  });
  return form;
}

async function saveStop(page, item, changes, message) {
  try {
    await put(`/api/stop-doing/${item.id}`, { ...item, ...changes });
    toast(message);
  } catch (error) {
    toast(`Not saved: ${error.message}`);
  }
  await page.reload();
}

async function removeStop(page, item) {
  if (!window.confirm(`Delete "${item.text}" from the stop-doing list?`)) return;
  try { await del(`/api/stop-doing/${item.id}`); toast('Deleted'); } catch (error) { toast(`Not deleted: ${error.message}`); }
  await page.reload();
}

function stopLine(page, item) {
  const action = STOP_ACTIONS.find((a) => a.key === item.action);
  const forInitiative = page.initiatives.find((i) => i.id === item.initiative_id);
  return h('li', { class: `goals-stop-item${item.done ? ' goals-stop-item--done' : ''}` },
    h('div', { class: 'goals-stop-item__text' },
      h('span', { class: `badge goals-action--${item.action}`, text: action.label.replace(' it', '') }),
      ' ', h('span', { text: item.text }),
      item.action === 'delegate' && item.delegate_to
        ? h('span', { class: 'small muted' }, ` → ${item.delegate_to}`, item.delegate_by ? [' by ', dateElement(item.delegate_by)] : null)
        : null,
      forInitiative ? h('span', { class: 'small muted', text: ` · makes room for “${forInitiative.title}”` }) : null,
      item.origin ? [h('span', { class: 'small muted', text: ' · ' }), originNote(item.origin)] : null,
      item.done && item.done_at ? h('span', { class: 'small muted', text: ` · done ${formatDateTime(item.done_at)}` }) : null),
    h('div', { class: 'goals-stop-item__actions' },
      item.done
        ? h('button', { type: 'button', class: 'link', text: 'Reopen', 'aria-label': `Reopen ${item.text}`, onclick: () => saveStop(page, item, { done: false }, 'Reopened') })
        : h('button', { type: 'button', text: 'Done', 'aria-label': `Mark done: ${item.text}`, onclick: () => saveStop(page, item, { done: true }, 'Done, and kept as a record') }),
      h('button', { type: 'button', class: 'link danger', text: 'Delete', 'aria-label': `Delete ${item.text}`, onclick: () => removeStop(page, item) })));
}

// The list into `page.stopArea`; `page` has stopItems, initiatives and reload().
export function renderStop(page) {
  const open = page.stopItems.filter((s) => !s.done);
  const done = page.stopItems.filter((s) => s.done);
  replace(page.stopArea,
    open.length
      ? h('ul', { class: 'goals-stop-list' }, open.map((item) => stopLine(page, item)))
      : h('p', { class: 'muted', text: 'Nothing on the list yet. Every new initiative needs time from somewhere: what will you cancel, postpone or hand over?' }),
    done.length ? h('details', { class: 'goals-stop-done' }, h('summary', { text: `Done, kept as a record (${done.length})` }), h('ul', { class: 'goals-stop-list' }, done.map((item) => stopLine(page, item)))) : null,
    stopForm(page));
}
