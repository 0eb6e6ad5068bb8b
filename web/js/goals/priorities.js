// Goals: the urgent/important priorities matrix; tasks move by drag and drop or by the arrow keys.
import { del, get, patch, post } from '../api.js';
import { h, replace, toast } from '../dom.js';
import { errorShower, field, initiativeSelect } from './common.js';

const ARROWS = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export async function renderPriorities(main) {
  const [initial, initiativesReply] = await Promise.all([get('/api/priorities'), get('/api/initiatives')]);
  const quadrants = initial.quadrants;
  let tasks = initial.items;
  const initiatives = initiativesReply.items;
  const board = h('div', { class: 'matrix' });
  const announce = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'assertive' });
  const label = (key) => quadrants.find((q) => q.key === key)?.label ?? key;

  async function reload() {
    tasks = (await get('/api/priorities')).items;
    render();
  }

  function focusTask(id) {
    board.querySelector(`[data-task="${id}"] .task__grab`)?.focus();
  }

  async function move(task, change) {
    try {
      const moved = await patch(`/api/priorities/${task.id}`, { ...change, version: task.version });
      if (moved.quadrant === task.quadrant) {
        announce.textContent = `“${task.title}” is already at the edge of the board.`;
      } else {
        announce.textContent = `Moved “${task.title}” to ${label(moved.quadrant)}.`;
      }
    } catch (error) {
      announce.textContent = `Not moved: ${error.message}`;
      toast(`Not moved: ${error.message}`);
    }
    await reload();
    focusTask(task.id);
  }

  async function finish(task) {
    try {
      await patch(`/api/priorities/${task.id}`, { done: true, version: task.version });
      announce.textContent = `Done: “${task.title}”. It has left the board.`;
      toast(`Done: ${task.title}`);
    } catch (error) {
      toast(`Not saved: ${error.message}`);
    }
    await reload();
    board.querySelector('.task__grab')?.focus();
  }

  async function remove(task) {
    if (!window.confirm(`Delete the task "${task.title}"?`)) return;
    try { await del(`/api/priorities/${task.id}`); toast('Task deleted'); } catch (error) { toast(`Not deleted: ${error.message}`); }
    await reload();
  }

  function taskItem(task) {
    const initiative = initiatives.find((i) => i.id === task.initiative_id);
    const grab = h('button', {
      type: 'button', class: 'task__grab', 'aria-describedby': 'matrix-help',
      'aria-label': `${task.title}, in ${label(task.quadrant)}`,
    }, h('span', { class: 'task__handle', 'aria-hidden': 'true', text: '⠿' }), h('span', { class: 'task__title', text: task.title }));
    grab.addEventListener('keydown', (e) => {
      const direction = ARROWS[e.key];
      if (!direction || e.ctrlKey || e.metaKey || e.altKey) return;
      e.preventDefault();
      move(task, { direction });
    });
    const li = h('li', { class: 'task', draggable: 'true', dataset: { task: task.id } },
      grab,
      initiative ? h('span', { class: 'task__initiative small muted', text: `→ ${initiative.title}` }) : null,
      h('span', { class: 'task__actions' },
        h('button', { type: 'button', class: 'small', text: 'Done', 'aria-label': `Done: ${task.title}`, onclick: () => finish(task) }),
        h('button', { type: 'button', class: 'link danger small', text: 'Delete', 'aria-label': `Delete ${task.title}`, onclick: () => remove(task) })));
    li.addEventListener('dragstart', (e) => {
      e.dataTransfer.setData('text/plain', String(task.id));
      e.dataTransfer.effectAllowed = 'move';
      li.classList.add('dragging');
    });
    li.addEventListener('dragend', () => li.classList.remove('dragging'));
    return li;
  }

  function quadrantBox(q) {
    const items = tasks.filter((t) => t.quadrant === q.key);
    const box = h('section', { class: `quadrant quadrant--${q.key}`, 'aria-labelledby': `q-${q.key}-title`, dataset: { quadrant: q.key } },
      h('h3', { id: `q-${q.key}-title` }, q.label, h('span', { class: 'quadrant__count', text: ` ${items.length}` })),
      h('p', { class: 'quadrant__desc small', text: q.description }),
      items.length
        ? h('ul', { class: 'task-list' }, items.map(taskItem))
        : h('p', { class: 'muted small quadrant__empty', text: 'Nothing here.' }));
    box.addEventListener('dragover', (e) => { e.preventDefault(); box.classList.add('drop-target'); });
    box.addEventListener('dragleave', (e) => { if (!box.contains(e.relatedTarget)) box.classList.remove('drop-target'); });
    box.addEventListener('drop', (e) => {
      e.preventDefault();
      box.classList.remove('drop-target');
      const task = tasks.find((t) => String(t.id) === e.dataTransfer.getData('text/plain'));
      if (task && task.quadrant !== q.key) move(task, { quadrant: q.key });
    });
    return box;
  }

  function render() {
    replace(board,
      h('div', { class: 'matrix__axis matrix__axis--top', 'aria-hidden': 'true' }, h('span', { text: 'Urgent' }), h('span', { text: 'Not urgent' })),
      h('div', { class: 'matrix__grid' }, quadrants.map(quadrantBox)));
  }

  // The add form.
  const title = h('input', { type: 'text' });
  const quadrant = h('select', {}, quadrants.map((q) => h('option', { value: q.key, text: q.label })));
  quadrant.value = 'schedule';
  const initiative = initiativeSelect(initiatives, null);
  const f = {
    title: field({ id: 'task-title', label: 'Task', control: title, max: 200 }),
    quadrant: field({ id: 'task-quadrant', label: 'Quadrant', control: quadrant }),
    initiative_id: field({ id: 'task-initiative', label: 'Serves initiative', control: initiative }),
  };
  const general = h('div');
  const form = h('form', { class: 'card task-form', novalidate: true, 'aria-label': 'Add a task' },
    h('div', { class: 'task-form__row' }, f.title.el, f.quadrant.el, f.initiative_id.el,
      h('button', { type: 'submit', class: 'primary', text: 'Add task' })), general);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const errors = errorShower(f, general);
    errors.clear();
    try {
      const task = await post('/api/priorities', { title: title.value, quadrant: quadrant.value, initiative_id: initiative.value ? Number(initiative.value) : null });
      title.value = '';
      title.updateCounter();
      announce.textContent = `Added “${task.title}” to ${label(task.quadrant)}.`;
      await reload();
      title.focus();
    } catch (error) {
      errors.show(error);
    }
  });

  main.append(
    h('section', { class: 'goals-section', 'aria-labelledby': 'matrix-title' },
      h('h2', { id: 'matrix-title', text: 'Priorities matrix' }),
      h('p', { class: 'muted small', id: 'matrix-help', text: 'Drag a task to another quadrant, or focus it and press an arrow key: left and right switch between urgent and not urgent, up and down between important and not.' }),
      form, board, announce));
  render();
  return { title: 'Priorities' };
}
