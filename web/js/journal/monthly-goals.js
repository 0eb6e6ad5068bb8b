// The monthly review's initiatives, updated in place: progress and milestones of the active ones (PATCH
// /api/initiatives/:id, the same rules as the Goals page), and those finished this month.
import { ApiError, get, patch } from '../shared/api.js';
import { h, replace, toast } from '../shared/dom.js';
import { STATUS_LABELS, healthBadge } from '../goals/common.js';
import { milestoneChecklist } from '../goals/milestones.js';

class GoalsPart {
  // initiatives: GET /api/initiatives; reviewed: the ids the review records (the facts' initiatives).
  constructor(initiatives, reviewed) {
    this.items = initiatives.items;
    this.reviewed = reviewed;
    this.el = h('div', { class: 'journal-review-goals' });
    this.queue = Promise.resolve();
    this.render();
  }

  // Saves `change` to initiative `id` one after another; a stale copy reloads the list and says so.
  update(id, change, message) {
    this.queue = this.queue.then(async () => {
      const item = this.items.find((i) => i.id === id);
      try {
        Object.assign(item, await patch(`/api/initiatives/${id}`, { ...change, version: item.version }));
        toast(message(item));
      } catch (error) {
        toast(error instanceof ApiError && error.status === 409 ? 'It was changed elsewhere; showing the latest.' : `Not saved: ${error.message}`);
        this.items = (await get('/api/initiatives')).items;
      }
      this.render();
    });
    return this.queue;
  }

  progress(item) {
    const id = `review-progress-${item.id}`;
    const output = h('output', { for: id, class: 'journal-review-progress__value', text: `${item.progress}%` });
    const range = h('input', { type: 'range', id, min: 0, max: 100, step: 5, value: String(item.progress) });
    range.addEventListener('input', () => { output.textContent = `${range.value}%`; });
    range.addEventListener('change', () => {
      this.update(item.id, { progress: Number(range.value) }, (i) => `${i.title}: ${i.progress}%`);
    });
    return h('div', { class: 'journal-review-progress' }, h('label', { for: id, text: 'Progress' }), range, output);
  }

  card(item) {
    const active = item.status === 'active';
    return h('li', { class: 'journal-review-initiative', dataset: { id: String(item.id) } },
      h('div', { class: 'journal-review-initiative__head' },
        h('a', { href: '/goals', 'data-link': true, text: item.title }),
        h('span', { class: `badge goals-status--${item.status}`, text: STATUS_LABELS[item.status] }), healthBadge(item.health)),
      active ? this.progress(item) : null,
      item.milestones.length ? milestoneChecklist(`review-ms-${item.id}`, `Milestones of ${item.title}`, item.milestones, (index, done) => {
        const milestones = item.milestones.map((m, i) => (i === index ? { ...m, done } : m));
        this.update(item.id, { milestones }, () => (done ? `Milestone reached: ${item.milestones[index].title}` : 'Milestone reopened'));
      }) : null,
      active ? h('button', {
        type: 'button', class: 'small', text: 'Mark done', 'aria-label': `Mark done: ${item.title}`,
        onclick: () => this.update(item.id, { status: 'done', progress: 100 }, (i) => `${i.title}: done`),
      }) : null);
  }

  render() {
    const shown = this.items.filter((i) => i.status === 'active' || this.reviewed.includes(i.id));
    replace(this.el, shown.length
      ? h('ul', { class: 'journal-review-initiatives' }, shown.map((item) => this.card(item)))
      : h('p', { class: 'small muted' }, 'No active initiative. ', h('a', { href: '/goals', 'data-link': true, text: 'Plan one on Goals' }), '.'));
  }
}

// The initiatives step: `initiatives` (GET /api/initiatives) and the ids the review records.
export function goalsPart(initiatives, reviewed) {
  return new GoalsPart(initiatives, reviewed).el;
}
