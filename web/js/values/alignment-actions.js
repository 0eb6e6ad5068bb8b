// What a snapshot's "lean into" and "avoid / hand off" items became, and the one-step actions that turn an
// item into a planned initiative or a stop-doing item. The alignment page and Goals both show it.
import { ApiError, get, post } from '../shared/api.js';
import { formatDate, h, replace, toast } from '../shared/dom.js';
import { actionMenu } from '../shared/menu.js';

const LISTS = Object.freeze([
  { kind: 'lean_into', title: 'Work to lean into', empty: 'Nothing listed to lean into.' },
  { kind: 'hand_off', title: 'Work to avoid, postpone or hand off', empty: 'Nothing listed to avoid or hand off.' },
]);
const STOP_LABELS = Object.freeze({ cancel: 'Cancelled', postpone: 'Postponed', delegate: 'Delegated' });
const STATUS_WORDS = Object.freeze({ planned: 'planned', active: 'active', done: 'done', dropped: 'dropped', postponed: 'postponed' });

// The two lists of one snapshot with their actions. `snap` is a whole snapshot (GET
// /api/alignment/assessments/:id); it is updated in place after each action, so an editor of the same
// snapshot keeps its version. onTurned(reply) runs after an item became a record (reply: {assessment,
// initiative} or {assessment, stop_doing}).
export class AlignmentActions {
  constructor(snap, { onTurned = () => {}, idBase = 'actions' } = {}) {
    this.snap = snap;
    this.onTurned = onTurned;
    this.idBase = idBase;
    this.el = h('div', { class: 'values-action-links' });
    this.render();
  }

  // Shows the lists as the snapshot holds them now (one line while both are empty).
  render() {
    const { actions } = this.snap;
    replace(this.el, actions.lean_into.length || actions.hand_off.length
      ? LISTS.map((list) => this.listBlock(list))
      : h('p', { class: 'muted', text: 'No work listed yet to lean into, or to avoid or hand off.' }));
  }

  listBlock(list) {
    const items = this.snap.actions[list.kind];
    return h('section', { class: 'values-action-list' },
      h('h3', { text: list.title }),
      items.length
        ? h('ul', {}, items.map((item) => this.itemLine(list.kind, item)))
        : h('p', { class: 'muted small', text: list.empty }));
  }

  itemLine(kind, item) {
    return h('li', { class: 'values-action-item', dataset: { kind, position: String(item.position) } },
      h('span', { class: 'values-action-item__text', text: item.text }),
      this.became(item) ?? this.actions(kind, item));
  }

  // What the item became, as a line with a way there; null while it became nothing.
  became(item) {
    if (item.initiative) {
      return h('p', { class: 'values-action-item__became small' }, '→ became the initiative ',
        h('a', { href: '/goals', 'data-link': true, text: item.initiative.title }), ` (${STATUS_WORDS[item.initiative.status] ?? item.initiative.status})`);
    }
    if (item.stop_doing) {
      return h('p', { class: 'values-action-item__became small' }, '→ on the ',
        h('a', { href: '/goals', 'data-link': true, text: 'stop-doing list' }),
        `: ${STOP_LABELS[item.stop_doing.action] ?? item.stop_doing.action}${item.stop_doing.done ? ', done' : ''}`);
    }
    return null;
  }

  actions(kind, item) {
    const area = h('div', { class: 'values-action-item__actions' });
    this.fillActions(area, kind, item);
    return area;
  }

  // The one-step actions: lean into → an initiative; avoid / hand off → the stop-doing list (how, chosen
  // from a menu that also offers an initiative instead).
  fillActions(area, kind, item) {
    const toInitiative = () => this.turn('initiative', kind, item, {});
    if (kind === 'lean_into') {
      replace(area, h('button', { type: 'button', class: 'small', text: 'Plan as initiative', 'aria-label': `Plan as initiative: ${item.text}`, onclick: toInitiative }));
      return;
    }
    const stop = (action) => () => this.turn('stop-doing', kind, item, { action });
    replace(area, actionMenu({
      text: 'Add to stop-doing', label: `Add to stop-doing: ${item.text}`,
      items: [
        { text: 'Cancel it', label: `Cancel it: ${item.text}`, onSelect: stop('cancel') },
        { text: 'Postpone it', label: `Postpone it: ${item.text}`, onSelect: stop('postpone') },
        { text: 'Delegate it…', label: `Delegate it: ${item.text}`, onSelect: () => this.askDelegate(area, kind, item) },
        { text: 'Plan as initiative instead', label: `Plan as initiative: ${item.text}`, onSelect: toInitiative },
      ],
    }));
  }

  // The small form that asks whom to delegate the item to, in place of its actions.
  askDelegate(area, kind, item) {
    const id = `${this.idBase}-delegate-${item.position}`;
    const input = h('input', { type: 'text', id, maxlength: 120, autocomplete: 'off' });
    const error = h('span', { class: 'field-error', id: `${id}-error` });
    input.setAttribute('aria-describedby', error.id);
    const form = h('form', { class: 'values-action-delegate', novalidate: true },
      h('label', { for: id, text: 'Delegate to' }), input,
      h('button', { type: 'submit', class: 'small primary', text: 'Add' }),
      h('button', { type: 'button', class: 'small link', text: 'Cancel', onclick: () => { this.fillActions(area, kind, item); area.querySelector('button')?.focus(); } }),
      error);
    const showError = (message) => { error.textContent = message; input.setAttribute('aria-invalid', 'true'); input.focus(); };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!input.value.trim()) showError('Name who will take it over.');
      else this.turn('stop-doing', kind, item, { action: 'delegate', delegate_to: input.value }, showError);
    });
    replace(area, form);
    input.focus();
  }

  // Turns the item into a record (`what`: "initiative" or "stop-doing"). A refused field goes to
  // `showError` when given (the delegate form), else to a toast; a stale snapshot is shown anew.
  async turn(what, kind, item, extra, showError) {
    try {
      const reply = await post(`/api/alignment/assessments/${this.snap.id}/${what}`, { kind, position: item.position, version: this.snap.version, ...extra });
      Object.assign(this.snap, reply.assessment);
      this.render();
      toast(reply.initiative ? `Planned as an initiative: ${reply.initiative.title}` : `Added to the stop-doing list: ${reply.stop_doing.text}`);
      this.focusItem(kind, item.position);
      await this.onTurned(reply);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        Object.assign(this.snap, error.body.current ?? await get(`/api/alignment/assessments/${this.snap.id}`));
        this.render();
        toast('This snapshot changed in another tab: showing it as it is now.');
      } else if (showError && error.field === 'delegate_to') {
        showError(error.message);
      } else {
        toast(`Not done: ${error.message}`);
      }
    }
  }

  focusItem(kind, position) {
    const link = this.el.querySelector(`[data-kind="${kind}"][data-position="${position}"] a`);
    link?.focus();
  }
}

// The card of Goals that shows the newest snapshot's lists with their actions, or how to get them.
export function latestActionsCard(snap, onTurned) {
  const body = snap
    ? [h('p', { class: 'muted small' }, `From your alignment check of ${formatDate(snap.assessed_on)}. Turn an item into an initiative or a stop-doing item in one step. `,
      h('a', { href: '/values/alignment', 'data-link': true, text: 'Edit the lists' })),
    new AlignmentActions(snap, { onTurned, idBase: 'goals-actions' }).el]
    : [h('p', { class: 'muted' }, 'An alignment check ends with the work to lean into and the work to avoid or hand off; they show here, ready to plan. ',
      h('a', { href: '/values/alignment', 'data-link': true, text: 'Rate your fit with the mission' }))];
  return h('section', { class: 'card goals-section', 'aria-labelledby': 'alignment-actions-title' },
    h('h2', { id: 'alignment-actions-title', text: 'From my alignment check' }), ...body);
}
