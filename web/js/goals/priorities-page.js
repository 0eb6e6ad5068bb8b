// Goals: the urgent/important priorities matrix; tasks move by drag and drop or by the arrow keys, and have
// a due date (the Schedule quadrant asks for one).
import { del, get, patch, post } from '../shared/api.js';
import { dateElement, formatDate, h, replace, toast } from '../shared/dom.js';
import { field, fieldErrors } from '../shared/fields.js';
import { goalsHeader, initiativeSelect } from './common.js';

const ARROWS = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

class PrioritiesPage {
  constructor(initial, initiatives) {
    this.quadrants = initial.quadrants;
    this.tasks = initial.items;
    this.initiatives = initiatives.items;
    this.board = h('div', { class: 'goals-matrix' });
    this.announce = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'assertive' });
  }

  label(key) {
    return this.quadrants.find((q) => q.key === key)?.label ?? key;
  }

  async reload() {
    this.tasks = (await get('/api/priorities')).items;
    this.render();
  }

  async move(task, change) {
    try {
      const moved = await patch(`/api/priorities/${task.id}`, { ...change, version: task.version });
      this.announce.textContent = moved.quadrant === task.quadrant
        ? `“${task.title}” is already at the edge of the board.`
        : `Moved “${task.title}” to ${this.label(moved.quadrant)}.`;
    } catch (error) {
      this.announce.textContent = `Not moved: ${error.message}`;
      toast(`Not moved: ${error.message}`);
    }
    await this.reload();
    this.board.querySelector(`[data-task="${task.id}"] .goals-task__grab`)?.focus();
  }

  async finish(task) {
    try {
      await patch(`/api/priorities/${task.id}`, { done: true, version: task.version });
      this.announce.textContent = `Done: “${task.title}”. It has left the board.`;
      toast(`Done: ${task.title}`);
    } catch (error) {
      toast(`Not saved: ${error.message}`);
    }
    await this.reload();
    this.board.querySelector('.goals-task__grab')?.focus();
  }

  async remove(task) {
    if (!window.confirm(`Delete the task "${task.title}"?`)) return;
    try { await del(`/api/priorities/${task.id}`); toast('Task deleted'); } catch (error) { toast(`Not deleted: ${error.message}`); }
    await this.reload();
  }

  // Sets or clears the due date of `task` (from the inline date field of a Schedule task).
  async setDue(task, dueDate) {
    try {
      await patch(`/api/priorities/${task.id}`, { due_date: dueDate || null, version: task.version });
      this.announce.textContent = dueDate ? `“${task.title}” is due on ${formatDate(dueDate)}.` : `“${task.title}” has no date now.`;
    } catch (error) {
      toast(`Date not saved: ${error.message}`);
    }
    await this.reload();
    this.board.querySelector(`[data-task="${task.id}"] input[type="date"]`)?.focus();
  }

  // The task's date: an inline field where the quadrant asks for one, else the date as text (when set).
  dueView(task) {
    const asks = this.quadrants.find((q) => q.key === task.quadrant)?.asks_due_date;
    const state = task.due?.state;
    const word = state === 'overdue' ? 'Overdue since ' : 'Due ';
    if (!asks) {
      return task.due_date ? h('span', { class: `goals-task__due small goals-task__due--${state}` }, word, dateElement(task.due_date)) : null;
    }
    const input = h('input', { type: 'date', value: task.due_date ?? '', 'aria-label': `Due date of ${task.title}`, onchange: (e) => this.setDue(task, e.target.value) });
    return h('label', { class: `goals-task__due small goals-task__due--${task.due_date ? state : 'missing'}` },
      h('span', { text: task.due_date ? (state === 'overdue' ? 'Overdue:' : 'Due') : 'Give it a date' }), input);
  }

  taskItem(task) {
    const initiative = this.initiatives.find((i) => i.id === task.initiative_id);
    const grab = h('button', { type: 'button', class: 'goals-task__grab', 'aria-describedby': 'matrix-help', 'aria-label': `${task.title}, in ${this.label(task.quadrant)}` },
      h('span', { class: 'goals-task__handle', 'aria-hidden': 'true', text: '⠿' }), h('span', { class: 'goals-task__title', text: task.title }));
    grab.addEventListener('keydown', (e) => {
      const direction = ARROWS[e.key];
      if (!direction || e.ctrlKey || e.metaKey || e.altKey) return;
      e.preventDefault();
      this.move(task, { direction });
    });
    const li = h('li', { class: 'goals-task', draggable: 'true', dataset: { task: task.id } },
      grab,
      initiative ? h('span', { class: 'goals-task__initiative small muted', text: `→ ${initiative.title}` }) : null,
      this.dueView(task),
      h('span', { class: 'goals-task__actions' },
        h('button', { type: 'button', class: 'small', text: 'Done', 'aria-label': `Done: ${task.title}`, onclick: () => this.finish(task) }),
        h('button', { type: 'button', class: 'link danger small', text: 'Delete', 'aria-label': `Delete ${task.title}`, onclick: () => this.remove(task) })));
    li.addEventListener('dragstart', (e) => {
      e.dataTransfer.setData('text/plain', String(task.id));
      e.dataTransfer.effectAllowed = 'move';
      li.classList.add('goals-task--dragging');
    });
    li.addEventListener('dragend', () => li.classList.remove('goals-task--dragging'));
    return li;
  }

  quadrantBox(q) {
    const items = this.tasks.filter((t) => t.quadrant === q.key);
    const box = h('section', { class: `goals-quadrant goals-quadrant--${q.key}`, 'aria-labelledby': `q-${q.key}-title`, dataset: { quadrant: q.key } },
      h('h3', { id: `q-${q.key}-title` }, q.label, h('span', { class: 'goals-quadrant__count', text: ` ${items.length}` })),
      h('p', { class: 'goals-quadrant__desc small', text: q.description }),
      items.length
        ? h('ul', { class: 'goals-task-list' }, items.map((t) => this.taskItem(t)))
        : h('p', { class: 'muted small goals-quadrant__empty', text: 'Nothing here.' }));
    box.addEventListener('dragover', (e) => { e.preventDefault(); box.classList.add('goals-quadrant--drop-target'); });
    box.addEventListener('dragleave', (e) => { if (!box.contains(e.relatedTarget)) box.classList.remove('goals-quadrant--drop-target'); });
    box.addEventListener('drop', (e) => {
      e.preventDefault();
      box.classList.remove('goals-quadrant--drop-target');
      const task = this.tasks.find((t) => String(t.id) === e.dataTransfer.getData('text/plain'));
      if (task && task.quadrant !== q.key) this.move(task, { quadrant: q.key });
    });
    return box;
  }

  render() {
    replace(this.board,
      h('div', { class: 'goals-matrix__axis goals-matrix__axis--top', 'aria-hidden': 'true' }, h('span', { text: 'Urgent' }), h('span', { text: 'Not urgent' })),
      h('div', { class: 'goals-matrix__grid' }, this.quadrants.map((q) => this.quadrantBox(q))));
  }

  addForm() {
    const title = h('input', { type: 'text' });
    const quadrant = h('select', {}, this.quadrants.map((q) => h('option', { value: q.key, text: q.label })));
    quadrant.value = 'schedule';
    const initiative = initiativeSelect(this.initiatives, null);
    const due = h('input', { type: 'date' });
    const f = {
      title: field({ id: 'task-title', label: 'Task', control: title, max: 200 }),
      quadrant: field({ id: 'task-quadrant', label: 'Quadrant', control: quadrant }),
      due_date: field({ id: 'task-due', label: 'Due date', hint: 'Optional.', control: due }),
      initiative_id: field({ id: 'task-initiative', label: 'Serves initiative', control: initiative }),
    };
    // Schedule asks for a date: important work without one tends to slip.
    const dueHint = f.due_date.el.querySelector('.hint');
    const syncDue = () => {
      const asks = this.quadrants.find((q) => q.key === quadrant.value)?.asks_due_date;
      dueHint.textContent = asks ? 'Schedule asks for one: when will you do it?' : 'Optional.';
      f.due_date.el.classList.toggle('goals-task-form__due--asked', Boolean(asks));
    };
    quadrant.addEventListener('change', syncDue);
    syncDue();
    const general = h('div');
    const errors = fieldErrors(f, general);
    const form = h('form', { class: 'card goals-task-form', novalidate: true, 'aria-label': 'Add a task' },
      h('div', { class: 'goals-task-form__row' }, f.title.el, f.quadrant.el, f.due_date.el, f.initiative_id.el,
        h('button', { type: 'submit', class: 'primary', text: 'Add task' })), general);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      errors.clear();
      try {
        const task = await post('/api/priorities', { title: title.value, quadrant: quadrant.value, due_date: due.value || null, initiative_id: initiative.value ? Number(initiative.value) : null });
        title.value = '';
        due.value = '';
        title.updateCounter();
        this.announce.textContent = `Added “${task.title}” to ${this.label(task.quadrant)}.`;
        await this.reload();
        title.focus();
      } catch (error) {
        errors.show(error.field, error.message);
      }
    });
    return form;
  }
}

export async function render(main, { data }) {
  const page = new PrioritiesPage(...await Promise.all([data.priorities, data.initiatives]));
  main.append(
    ...goalsHeader('priorities'),
    h('section', { class: 'goals-section', 'aria-labelledby': 'matrix-title' },
      h('h2', { id: 'matrix-title', text: 'Priorities matrix' }),
      h('p', { class: 'muted small', id: 'matrix-help', text: 'Drag a task to another quadrant, or focus it and press an arrow key: left and right switch between urgent and not urgent, up and down between important and not.' }),
      page.addForm(), page.board, page.announce));
  page.render();
  return { title: 'Priorities' };
}
