// Goals: career roads between where I am and where I want to be, the current road and its history.
import { ApiError, del, get, post, put } from '../api.js';
import { navigate } from '../app.js';
import { formatDateTime, h, replace, toast } from '../dom.js';
import { dateElement, errorShower, field, loadDecisions, milestoneEditor } from './common.js';

export async function renderRoads(main) {
  const [vision, initial, decisions] = await Promise.all([get('/api/vision'), get('/api/roads'), loadDecisions()]);
  let roads = initial;
  let editor = null;
  const listArea = h('div');
  const editorArea = h('div');
  const historyArea = h('div');
  const announce = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const addButton = h('button', { type: 'button', class: 'primary', text: 'Add a road', onclick: () => openEditor(null) });

  async function reload(fresh) {
    roads = fresh ?? await get('/api/roads');
    render();
  }

  async function choose(road) {
    try {
      await reload(await post(`/api/roads/${road.id}/choose`, {}));
      announce.textContent = `${road.name} is now your current road.`;
      toast(`Current road: ${road.name}`);
      listArea.querySelector(`[data-id="${road.id}"] h3`)?.focus();
    } catch (error) {
      toast(`Not changed: ${error.message}`);
    }
  }

  async function tick(road, index, done) {
    const milestones = road.milestones.map((m, i) => (i === index ? { ...m, done } : m));
    try {
      await put(`/api/roads/${road.id}`, { name: road.name, notes: road.notes, decision_id: road.decision_id, milestones, version: road.version });
    } catch (error) {
      toast(`Not saved: ${error.message}`);
    }
    await reload();
    listArea.querySelector(`#road-ms-${road.id}-${index}`)?.focus();
  }

  async function remove(road) {
    if (!window.confirm(`Delete the road "${road.name}" and its milestones? Its name stays in the history of switches.`)) return;
    try { await del(`/api/roads/${road.id}`); toast(`Deleted: ${road.name}`); } catch (error) { toast(`Not deleted: ${error.message}`); }
    await reload();
    addButton.focus();
  }

  // Opens a new decision matrix that weighs the roads against each other, linked from this road.
  async function weigh(road) {
    const names = roads.items.map((r) => r.name);
    if (names.length < 2) names.push('Stay as I am');
    try {
      const decision = await post('/api/decisions', {
        title: `Which road: ${road.name}?`,
        context: `From "${vision.current_position || 'where I am now'}" to "${vision.future_position || 'where I want to be'}".`,
        options: names.map((name) => ({ name })),
        criteria: ['Fits my core values', 'Learning and growth', 'Well-being', 'Money'].map((name) => ({ name, points: 10 })),
      });
      await put(`/api/roads/${road.id}`, { name: road.name, notes: road.notes, decision_id: decision.id, milestones: road.milestones, version: road.version });
      navigate(`/decisions/${decision.id}`);
    } catch (error) {
      toast(`No decision opened: ${error.message}`);
    }
  }

  function roadCard(road) {
    return h('article', { class: `card road${road.current ? ' road--current' : ''}`, 'aria-labelledby': `road-${road.id}-title`, dataset: { id: road.id } },
      h('div', { class: 'road__head' },
        h('h3', { id: `road-${road.id}-title`, tabindex: '-1', text: road.name }),
        road.current ? h('span', { class: 'badge status--active', text: 'Current choice' }) : null),
      road.notes ? h('p', { class: 'road__notes', text: road.notes }) : null,
      road.milestones.length
        ? h('ul', { class: 'milestones', 'aria-label': `Milestones of ${road.name}` }, road.milestones.map((m, i) => {
          const box = h('input', { type: 'checkbox', id: `road-ms-${road.id}-${i}`, checked: m.done ? true : null, onchange: (e) => tick(road, i, e.target.checked) });
          return h('li', { class: m.done ? 'done' : null }, box,
            h('label', { for: box.id }, m.title, m.due_date ? h('span', { class: 'muted small' }, ' · ', dateElement(m.due_date)) : null));
        }))
        : h('p', { class: 'muted small', text: 'No milestones yet.' }),
      road.decision_id
        ? h('p', { class: 'small' }, h('a', { href: `/decisions/${road.decision_id}`, 'data-link': true, text: 'Open the decision that weighs this road' }))
        : h('p', { class: 'small' }, h('button', { type: 'button', class: 'link', text: 'Weigh the roads in a decision matrix', 'aria-label': `Weigh ${road.name} against the other roads in a decision matrix`, onclick: () => weigh(road) })),
      h('div', { class: 'road__actions' },
        road.current ? null : h('button', { type: 'button', class: 'primary', text: 'Make this my road', 'aria-label': `Make ${road.name} my current road`, onclick: () => choose(road) }),
        h('button', { type: 'button', text: 'Edit', 'aria-label': `Edit ${road.name}`, onclick: () => openEditor(road) }),
        h('button', { type: 'button', class: 'link danger', text: 'Delete', 'aria-label': `Delete ${road.name}`, onclick: () => remove(road) })));
  }

  function openEditor(road) {
    if (editor?.isDirty() && !window.confirm('Discard the changes in the open road editor?')) return;
    editor = buildEditor(road);
    replace(editorArea, editor.el);
    editor.focus();
  }

  function buildEditor(road) {
    const prefix = `road-${road ? road.id : 'new'}`;
    const name = h('input', { type: 'text', value: road?.name ?? '' });
    const notes = h('textarea', { rows: 3 });
    notes.value = road?.notes ?? '';
    const f = {
      name: field({ id: `${prefix}-name`, label: 'Name of the road', hint: 'e.g. "Engineering manager", "Staff engineer", "Start my own studio".', control: name, max: 120 }),
      notes: field({ id: `${prefix}-notes`, label: 'Notes', hint: 'What this path looks like, what it would ask of you, what it would give.', control: notes, max: 2000 }),
    };
    let decision = null;
    if (decisions) {
      decision = h('select', {}, h('option', { value: '', text: 'No decision linked' }),
        decisions.map((d) => h('option', { value: String(d.id), text: d.title ?? d.name ?? `Decision ${d.id}`, selected: d.id === road?.decision_id ? true : null })));
      f.decision_id = field({ id: `${prefix}-decision`, label: 'Decision that weighs this road', hint: 'Weigh the road in a decision matrix, then link it here.', control: decision });
    }
    const milestones = milestoneEditor(prefix, road?.milestones ?? []);
    const general = h('div');
    const original = JSON.stringify([road?.name ?? '', road?.notes ?? '', road?.milestones ?? []]);
    const read = () => ({
      name: name.value, notes: notes.value, milestones: milestones.read(),
      decision_id: decision ? (decision.value ? Number(decision.value) : null) : (road?.decision_id ?? null),
    });
    const isDirty = () => JSON.stringify([name.value, notes.value, milestones.read()]) !== original;
    const close = () => { replace(editorArea); editor = null; };
    const form = h('form', { class: 'card road-editor', novalidate: true, 'aria-labelledby': `${prefix}-heading` },
      h('h3', { id: `${prefix}-heading`, text: road ? `Edit road: ${road.name}` : 'New road' }),
      f.name.el, f.notes.el, milestones.el, f.decision_id?.el ?? null, general,
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'primary', text: road ? 'Save road' : 'Add road' }),
        h('button', { type: 'button', text: 'Cancel', onclick: () => { if (!isDirty() || window.confirm('Discard your changes to this road?')) { close(); addButton.focus(); } } })));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const errors = errorShower({ ...f, ...milestones.errorFields() }, general);
      errors.clear();
      try {
        const saved = road ? await put(`/api/roads/${road.id}`, { ...read(), version: road.version }) : await post('/api/roads', read());
        toast(road ? 'Road saved' : 'Road added');
        close();
        await reload();
        listArea.querySelector(`[data-id="${saved.id}"] h3`)?.focus();
      } catch (error) {
        if (error instanceof ApiError && error.status === 409 && error.field === 'version') {
          replace(general, h('div', { class: 'notice warning', role: 'alert' }, h('p', { text: 'This road was changed in another tab. Cancel and open it again to see the latest; your text is still here to copy.' })));
        } else {
          errors.show(error);
        }
      }
    });
    return { el: form, isDirty, focus: () => name.focus() };
  }

  function render() {
    const full = roads.items.length >= roads.max_roads;
    addButton.disabled = full;
    addButton.title = full ? `At most ${roads.max_roads} roads: delete one to add another` : '';
    replace(listArea, roads.items.length === 0
      ? h('div', { class: 'card empty-state' },
        h('h3', { text: 'No roads yet' }),
        h('p', { text: 'Sketch two to four possible paths from where you are to where you want to be. Careers are not linear: you can switch roads later, and the switch is remembered.' }))
      : h('div', { class: 'road-grid' }, roads.items.map(roadCard)),
    full ? h('p', { class: 'muted small', text: `You have ${roads.max_roads} roads, the most a plan holds.` }) : null);
    replace(historyArea, roads.switches.length === 0
      ? h('p', { class: 'muted', text: 'When you choose a road, or switch to another one, it is recorded here.' })
      : h('ol', { class: 'history' }, roads.switches.map((s) => h('li', {},
        h('time', { datetime: s.switched_at, text: formatDateTime(s.switched_at) }),
        h('span', { text: s.from_name ? `Switched from “${s.from_name}” to “${s.to_name}”` : `Chose “${s.to_name}”` })))));
  }

  const years = vision.horizon_years ?? 7;
  main.append(
    h('section', { class: 'card', 'aria-labelledby': 'journey-title' },
      h('div', { class: 'card__header' },
        h('h2', { id: 'journey-title', text: 'From here to there' }),
        h('a', { href: '/vision', 'data-link': true, text: 'Edit in Vision' })),
      h('div', { class: 'journey' },
        h('div', {}, h('h3', { text: 'Where I am now' }), h('p', { text: vision.current_position || 'Not written yet.' })),
        h('div', { class: 'journey__arrow', 'aria-hidden': 'true', text: '→' }),
        h('div', {}, h('h3', { text: `Where I want to be in ${years} years` }), h('p', { text: vision.future_position || 'Not written yet.' })))),
    h('section', { class: 'goals-section', 'aria-labelledby': 'roads-title' },
      h('div', { class: 'section-header' }, h('h2', { id: 'roads-title', text: 'Roads' }), addButton),
      h('p', { class: 'muted small', text: 'Each road is one way to get there, with its own milestones. Mark the one you are on now.' }),
      editorArea, listArea, announce),
    h('section', { class: 'card', 'aria-labelledby': 'switches-title' },
      h('h2', { id: 'switches-title', text: 'Road history' }), historyArea));
  render();
  return { title: 'Career roads', isDirty: () => Boolean(editor?.isDirty()) };
}
