// The career road editor (new or existing): name, notes, milestones (an initiative can be one) and the
// decision that weighs it.
import { ApiError, post, put } from '../shared/api.js';
import { h, replace, toast } from '../shared/dom.js';
import { field, fieldErrors } from '../shared/fields.js';
import { milestoneEditor } from './milestones.js';

function decisionField(decisions, road, prefix) {
  if (!decisions) return null;
  const control = h('select', {}, h('option', { value: '', text: 'No decision linked' }),
    decisions.map((d) => h('option', { value: String(d.id), text: d.title ?? d.name ?? `Decision ${d.id}`, selected: d.id === road?.decision_id ? true : null })));
  return field({ id: `${prefix}-decision`, label: 'Decision that weighs this road', hint: 'Weigh the road in a decision matrix, then link it here.', control });
}

// Returns {el, isDirty(), focus()}; `page` has decisions, initiatives (those a milestone can be), editorArea,
// listArea, addButton, closeEditor() and reload().
export function roadEditor(page, road) {
  const prefix = `road-${road ? road.id : 'new'}`;
  const name = h('input', { type: 'text', value: road?.name ?? '' });
  const notes = h('textarea', { rows: 3 });
  notes.value = road?.notes ?? '';
  const f = {
    name: field({ id: `${prefix}-name`, label: 'Name of the road', hint: 'e.g. "Engineering manager", "Staff engineer", "Start my own studio".', control: name, max: 120 }),
    notes: field({ id: `${prefix}-notes`, label: 'Notes', hint: 'What this path looks like, what it would ask of you, what it would give.', control: notes, max: 2000 }),
  };
  const decision = decisionField(page.decisions, road, prefix);
  if (decision) f.decision_id = decision;
  const milestones = milestoneEditor(road?.milestones ?? [], null, { initiatives: page.initiatives });
  const general = h('div');
  const errors = fieldErrors(() => ({ ...f, ...milestones.errorFields() }), general);
  const original = JSON.stringify([name.value, notes.value, milestones.read()]);
  const read = () => ({
    name: name.value, notes: notes.value, milestones: milestones.read(),
    decision_id: decision ? (decision.control.value ? Number(decision.control.value) : null) : (road?.decision_id ?? null),
  });
  const isDirty = () => JSON.stringify([name.value, notes.value, milestones.read()]) !== original;
  const form = h('form', { class: 'card goals-road-editor', novalidate: true, 'aria-labelledby': `${prefix}-heading` },
    h('h3', { id: `${prefix}-heading`, text: road ? `Edit road: ${road.name}` : 'New road' }),
    f.name.el, f.notes.el, milestones.el, decision?.el ?? null, general,
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', text: road ? 'Save road' : 'Add road' }),
      h('button', { type: 'button', text: 'Cancel', onclick: () => { if (!isDirty() || window.confirm('Discard your changes to this road?')) { page.closeEditor(); page.addButton.focus(); } } })));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.clear();
    try {
      const saved = road ? await put(`/api/roads/${road.id}`, { ...read(), version: road.version }) : await post('/api/roads', read());
      toast(road ? 'Road saved' : 'Road added');
      page.closeEditor();
      await page.reload();
      page.listArea.querySelector(`[data-id="${saved.id}"] h3`)?.focus();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.field === 'version') {
        replace(general, h('div', { class: 'notice warning', role: 'alert' }, h('p', { text: 'This road was changed in another tab. Cancel and open it again to see the latest; your text is still here to copy.' })));
      } else {
        errors.show(error.field, error.message);
      }
    }
  });
  return { el: form, isDirty, focus: () => name.focus() };
}
