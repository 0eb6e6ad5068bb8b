// Goals: initiatives (performance goals) with the SMART check, health, the focus rule, the newest alignment
// check's lists (one step from an initiative or a stop-doing item), and the stop-doing list.
import { ApiError, del, get, patch } from '../shared/api.js';
import { h, replace, toast } from '../shared/dom.js';
import { latestActionsCard } from '../values/alignment-actions.js';
import { STATUS_LABELS, goalsHeader } from './common.js';
import { isFocusRefusal, showFocusChoice } from './focus-rule.js';
import { initiativeCard } from './initiative-card.js';
import { renderStop } from './stop-doing.js';

class InitiativesPage {
  constructor(list, stopList, core, vision, alignment) {
    this.initiatives = list.items;
    this.maxActive = list.max_active;
    this.stopItems = stopList.items;
    this.values = core.items.length ? core.items : null;  // no picker while there are no core values
    this.vision = vision;
    this.alignment = alignment;  // the newest alignment snapshot, or null
    this.editor = null;  // the open InitiativeEditor
    this.ticks = Promise.resolve();  // the milestone ticks being saved, in order
    this.focusArea = h('div', { 'aria-live': 'polite' });
    this.editorArea = h('div');
    this.listArea = h('div');
    this.stopArea = h('div');
    this.counter = h('p', { class: 'goals-focus-count', role: 'status' });
    this.newButton = h('button', { type: 'button', class: 'primary', text: 'New initiative', onclick: () => this.openEditor(null) });
  }

  valueName(id) {
    return this.values?.find((v) => v.id === id)?.name ?? `Value #${id}`;
  }

  async reload() {
    const [fresh, freshStop] = await Promise.all([get('/api/initiatives'), get('/api/stop-doing')]);
    this.initiatives = fresh.items;
    this.stopItems = freshStop.items;
    this.renderList();
    renderStop(this);
  }

  async changeStatus(item, status) {
    try {
      await patch(`/api/initiatives/${item.id}`, { status, version: item.version });
      toast(`${item.title}: ${STATUS_LABELS[status].toLowerCase()}`);
      replace(this.focusArea);
      await this.reload();
    } catch (error) {
      if (isFocusRefusal(error)) {
        showFocusChoice(this.focusArea, error, () => this.changeStatus(item, status));
      } else if (error instanceof ApiError && error.status === 409) {
        toast('It was changed elsewhere; showing the latest.');
        await this.reload();
      } else {
        replace(this.focusArea, h('div', { class: 'notice error', role: 'alert' },
          h('p', { text: `${item.title} was not changed: ${error.message}` }),
          error.field === 'start_date' || error.field === 'finish_date'
            ? h('button', { type: 'button', text: 'Add the dates', onclick: () => this.openEditor(item) }) : null));
      }
    }
  }

  // Ticks are saved one after another, each on the latest copy of its initiative (the one the previous
  // tick's reload brought), so quick ticks of several milestones all count.
  tickMilestone(item, index, done) {
    this.ticks = this.ticks.then(() => this.saveTick(item.id, index, done)).catch((error) => toast(`Not saved: ${error.message}`));
    return this.ticks;
  }

  async saveTick(id, index, done) {
    const item = this.initiatives.find((i) => i.id === id);
    if (!item) return;
    const milestones = item.milestones.map((m, i) => (i === index ? { ...m, done } : m));
    try {
      await patch(`/api/initiatives/${item.id}`, { milestones, version: item.version });
      toast(done ? `Milestone reached: ${item.milestones[index].title}` : 'Milestone reopened');
    } catch (error) {
      toast(`Not saved: ${error.message}`);
    }
    await this.reload();
    this.listArea.querySelector(`#ms-${item.id}-${index}`)?.focus();
  }

  async remove(item) {
    if (!window.confirm(`Delete the initiative "${item.title}" and its milestones? This cannot be undone.\n\n(Postpone or drop keeps it as a record instead.)`)) return;
    try {
      await del(`/api/initiatives/${item.id}`);
      toast(`Deleted: ${item.title}`);
    } catch (error) {
      toast(`Not deleted: ${error.message}`);
    }
    await this.reload();
  }

  renderList() {
    const active = this.initiatives.filter((i) => i.status === 'active');
    this.counter.textContent = `${active.length} of ${this.maxActive} active`;
    this.counter.classList.toggle('goals-focus-count--full', active.length >= this.maxActive);
    if (this.initiatives.length === 0) {
      replace(this.listArea, h('div', { class: 'empty-state card' },
        h('h3', { text: 'No initiatives yet' }),
        h('p', { text: 'An initiative is a concrete move that brings your vision closer: a title, dates, a measure of success and why it matters. Keep at most five active at a time.' }),
        h('button', { type: 'button', class: 'primary', text: 'Add my first initiative', onclick: () => this.openEditor(null) })));
      return;
    }
    const groups = [['Active', active], ...['planned', 'postponed'].map((s) => [STATUS_LABELS[s], this.initiatives.filter((i) => i.status === s)])];
    const closed = this.initiatives.filter((i) => i.status === 'done' || i.status === 'dropped');
    const card = (item) => initiativeCard(item, this);
    replace(this.listArea,
      groups.filter(([, items]) => items.length).map(([label, items]) => h('section', { class: 'goals-initiative-group', 'aria-label': label },
        h('h3', { class: 'goals-group-title', text: `${label} (${items.length})` }), items.map(card))),
      closed.length ? h('details', { class: 'goals-initiative-group' }, h('summary', { text: `Done and dropped (${closed.length})` }), closed.map(card)) : null);
  }

  // Opens the editor for `item` (null: a new one). Its code loads when it is first needed, not with the page.
  async openEditor(item) {
    if (this.editor?.editor.isDirty() && !window.confirm('Discard the changes in the open editor?')) return;
    const { InitiativeEditor } = await import('./initiative-editor.js');
    if (this.editor) this.closeEditor(false);
    this.editor = new InitiativeEditor(this, item);
    replace(this.editorArea, this.editor.element());
    if (this.initiatives.length === 0) replace(this.listArea);  // the empty state's button would repeat the editor
    this.editor.focus();
  }

  closeEditor(focusBack) {
    const item = this.editor?.item;
    replace(this.editorArea);
    this.editor = null;
    this.renderList();
    if (focusBack) (item ? this.listArea.querySelector(`[data-id="${item.id}"] h3`) : this.newButton)?.focus?.();
  }

  // After the editor saved `saved`: the editor closes and the list shows it, focused.
  async saved(saved) {
    this.closeEditor(true);
    replace(this.focusArea);
    await this.reload();
    const heading = this.listArea.querySelector(`[data-id="${saved.id}"] h3`);
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }
}

export async function render(main, { data }) {
  const page = new InitiativesPage(...await Promise.all([data.initiatives, data.stop, data.core, data.vision, data.alignment]));
  main.append(
    ...goalsHeader('initiatives'),
    h('section', { class: 'goals-section', 'aria-labelledby': 'initiatives-title' },
      h('div', { class: 'goals-section-header' }, h('h2', { id: 'initiatives-title', text: 'Initiatives' }), page.counter, page.newButton),
      h('p', { class: 'muted small', text: 'Health is judged from the dates, progress and milestones: overdue when a finish date or milestone has passed, at risk when progress trails the time elapsed by more than 20 points or a milestone is due within 7 days.' }),
      page.focusArea, page.editorArea, page.listArea),
    latestActionsCard(page.alignment, () => page.reload()),
    h('section', { class: 'card goals-section', 'aria-labelledby': 'stop-title' },
      h('h2', { id: 'stop-title', text: 'Making room: the stop-doing list' }),
      h('p', { class: 'muted', text: 'What you cancel, postpone or delegate so your initiatives get the time they need.' }),
      page.stopArea));
  page.renderList();
  renderStop(page);
  return { title: 'Goals', isDirty: () => Boolean(page.editor?.editor.isDirty()) };
}
