// Goals: career roads between where I am and where I want to be, the current road and its history.
import { del, get, post, put } from '../shared/api.js';
import { dateTimeElement, h, navigate, replace, toast } from '../shared/dom.js';
import { journey } from '../vision/home-section.js';
import { goalsHeader } from './common.js';
import { milestoneChecklist } from './milestones.js';
import { roadEditor } from './road-editor.js';

const ROAD_CRITERIA = ['Fits my core values', 'Learning and growth', 'Well-being', 'Money'];

class RoadsPage {
  constructor(vision, roads, decisions, initiatives) {
    this.vision = vision;
    this.roads = roads;
    this.decisions = decisions?.items ?? null;
    this.initiatives = initiatives?.items ?? [];  // those a road's milestone can be
    this.editor = null;
    this.listArea = h('div');
    this.editorArea = h('div');
    this.historyArea = h('div');
    this.announce = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
    this.addButton = h('button', { type: 'button', class: 'primary', text: 'Add a road', onclick: () => this.openEditor(null) });
  }

  async reload(fresh) {
    this.roads = fresh ?? await get('/api/roads');
    this.render();
  }

  async choose(road) {
    try {
      await this.reload(await post(`/api/roads/${road.id}/choose`, {}));
      this.announce.textContent = `${road.name} is now your current road.`;
      toast(`Current road: ${road.name}`);
      this.listArea.querySelector(`[data-id="${road.id}"] h3`)?.focus();
    } catch (error) {
      toast(`Not changed: ${error.message}`);
    }
  }

  async tick(road, index, done) {
    const milestones = road.milestones.map((m, i) => (i === index ? { ...m, done } : m));
    try {
      await put(`/api/roads/${road.id}`, { name: road.name, notes: road.notes, decision_id: road.decision_id, milestones, version: road.version });
    } catch (error) {
      toast(`Not saved: ${error.message}`);
    }
    await this.reload();
    this.listArea.querySelector(`#road-ms-${road.id}-${index}`)?.focus();
  }

  async remove(road) {
    if (!window.confirm(`Delete the road "${road.name}" and its milestones? Its name stays in the history of switches.`)) return;
    try { await del(`/api/roads/${road.id}`); toast(`Deleted: ${road.name}`); } catch (error) { toast(`Not deleted: ${error.message}`); }
    await this.reload();
    this.addButton.focus();
  }

  // Opens a new decision matrix that weighs the roads against each other, linked from this road.
  async weigh(road) {
    const names = this.roads.items.map((r) => r.name);
    if (names.length < 2) names.push('Stay as I am');
    try {
      const decision = await post('/api/decisions', {
        title: `Which road: ${road.name}?`,
        context: `From "${this.vision.current_position || 'where I am now'}" to "${this.vision.future_position || 'where I want to be'}".`,
        options: names.map((name) => ({ name })),
        criteria: ROAD_CRITERIA.map((name) => ({ name, points: 10 })),
      });
      await put(`/api/roads/${road.id}`, { name: road.name, notes: road.notes, decision_id: decision.id, milestones: road.milestones, version: road.version });
      navigate(`/decisions/${decision.id}`);
    } catch (error) {
      toast(`No decision opened: ${error.message}`);
    }
  }

  roadCard(road) {
    return h('article', { class: `card goals-road${road.current ? ' goals-road--current' : ''}`, 'aria-labelledby': `road-${road.id}-title`, dataset: { id: road.id } },
      h('div', { class: 'goals-road__head' },
        h('h3', { id: `road-${road.id}-title`, tabindex: '-1', text: road.name }),
        road.current ? h('span', { class: 'badge goals-status--active', text: 'Current choice' }) : null),
      road.notes ? h('p', { class: 'goals-road__notes', text: road.notes }) : null,
      road.milestones.length
        ? milestoneChecklist(`road-ms-${road.id}`, `Milestones of ${road.name}`, road.milestones, (i, done) => this.tick(road, i, done), { duePrefix: ' · ' })
        : h('p', { class: 'muted small', text: 'No milestones yet.' }),
      road.decision_id
        ? h('p', { class: 'small' }, h('a', { href: `/decisions/${road.decision_id}`, 'data-link': true, text: 'Open the decision that weighs this road' }))
        : h('p', { class: 'small' }, h('button', { type: 'button', class: 'link', text: 'Weigh the roads in a decision matrix', 'aria-label': `Weigh ${road.name} against the other roads in a decision matrix`, onclick: () => this.weigh(road) })),
      h('div', { class: 'goals-road__actions' },
        road.current ? null : h('button', { type: 'button', class: 'primary', text: 'Make this my road', 'aria-label': `Make ${road.name} my current road`, onclick: () => this.choose(road) }),
        h('button', { type: 'button', text: 'Edit', 'aria-label': `Edit ${road.name}`, onclick: () => this.openEditor(road) }),
        h('button', { type: 'button', class: 'link danger', text: 'Delete', 'aria-label': `Delete ${road.name}`, onclick: () => this.remove(road) })));
  }

  openEditor(road) {
    if (this.editor?.isDirty() && !window.confirm('Discard the changes in the open road editor?')) return;
    this.editor = roadEditor(this, road);
    replace(this.editorArea, this.editor.el);
    this.editor.focus();
  }

  closeEditor() {
    replace(this.editorArea);
    this.editor = null;
  }

  render() {
    const { roads } = this;
    const full = roads.items.length >= roads.max_roads;
    this.addButton.disabled = full;
    this.addButton.title = full ? `At most ${roads.max_roads} roads: delete one to add another` : '';
    replace(this.listArea, roads.items.length === 0
      ? h('div', { class: 'card empty-state' },
        h('h3', { text: 'No roads yet' }),
        h('p', { text: 'Sketch two to four possible paths from where you are to where you want to be. Careers are not linear: you can switch roads later, and the switch is remembered.' }))
      : h('div', { class: 'goals-road-grid' }, roads.items.map((road) => this.roadCard(road))),
    full ? h('p', { class: 'muted small', text: `You have ${roads.max_roads} roads, the most a plan holds.` }) : null);
    replace(this.historyArea, roads.switches.length === 0
      ? h('p', { class: 'muted', text: 'When you choose a road, or switch to another one, it is recorded here.' })
      : h('ol', { class: 'history' }, roads.switches.map((s) => h('li', {},
        dateTimeElement(s.switched_at),
        h('p', { text: s.from_name ? `Switched from “${s.from_name}” to “${s.to_name}”` : `Chose “${s.to_name}”` })))));
  }
}

export async function render(main, { data }) {
  const page = new RoadsPage(...await Promise.all([data.vision, data.roads, data.decisions, data.initiatives]));
  const { vision } = page;
  main.append(
    ...goalsHeader('roads'),
    h('section', { class: 'card', 'aria-labelledby': 'journey-title' },
      h('div', { class: 'card__header' },
        h('h2', { id: 'journey-title', text: 'From here to there' }),
        h('a', { href: '/vision', 'data-link': true, text: 'Edit in Vision' })),
      journey('Where I am now', vision.current_position || 'Not written yet.', `Where I want to be in ${vision.horizon_years ?? 7} years`, vision.future_position || 'Not written yet.')),
    h('section', { class: 'goals-section', 'aria-labelledby': 'roads-title' },
      h('div', { class: 'goals-section-header' }, h('h2', { id: 'roads-title', text: 'Roads' }), page.addButton),
      h('p', { class: 'muted small', text: 'Each road is one way to get there, with its own milestones. An initiative can be a milestone too: it is kept on Goals and shown here. Mark the road you are on now.' }),
      page.editorArea, page.listArea, page.announce),
    h('section', { class: 'card', 'aria-labelledby': 'switches-title' },
      h('h2', { id: 'switches-title', text: 'Road history' }), page.historyArea));
  page.render();
  return { title: 'Career roads', isDirty: () => Boolean(page.editor?.isDirty()) };
}
