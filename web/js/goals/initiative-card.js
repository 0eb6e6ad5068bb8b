// One initiative as a card: status and health, dates, progress, measure and why, linked values, its
// milestones to tick off, the SMART check, and its actions (Edit and the next step at hand, the rest in a
// menu).
import { dateElement, formatDatesIn, h } from '../shared/dom.js';
import { actionMenu } from '../shared/menu.js';
import { HORIZONS, STATUS_LABELS, healthBadge, originNote } from './common.js';
import { milestoneChecklist } from './milestones.js';

// The SMART gaps of an initiative (or of a draft, `short` for the editor's live check).
export function smartBlock(gaps, { short = false } = {}) {
  if (gaps.length === 0) {
    return short
      ? h('p', { class: 'goals-smart goals-smart--ok small', text: '✓ Looks SMART.' })
      : h('p', { class: 'goals-smart goals-smart--ok small' }, h('span', { 'aria-hidden': 'true', text: '✓ ' }), 'Looks SMART: specific, measurable, achievable, relevant and time-bound.');
  }
  const qualities = gaps.map((g) => g.quality).join(', ');
  return h('div', { class: 'goals-smart' },
    short
      ? h('p', { class: 'small' }, h('strong', { text: 'SMART check: ' }), `lacks ${qualities}`)
      : h('p', { class: 'small goals-smart__title' }, h('strong', { text: 'SMART check' }), ` · it visibly lacks ${qualities}`),
    h('ul', { class: 'goals-smart__list' }, gaps.map((g) => h('li', {},
      h('span', { class: 'goals-smart__letter', 'aria-hidden': 'true', text: g.letter }),
      short ? h('span', { text: g.hint }) : h('span', {}, h('span', { class: 'visually-hidden', text: `${g.quality}: ` }), g.hint)))));
}

// The status changes open to the item, [label, status], the next step at hand first.
function statusActions(item) {
  const actions = [];
  if (item.status !== 'active' && item.status !== 'done') actions.push(['Start', 'active']);
  if (item.status === 'active') actions.push(['Mark done', 'done']);
  if (item.status === 'active' || item.status === 'planned') actions.push(['Postpone', 'postponed']);
  if (item.status !== 'dropped' && item.status !== 'done') actions.push(['Drop', 'dropped']);
  return actions;
}

// Edit and the first status change as buttons; the other changes and Delete in the card's menu.
function actions(item, page) {
  const [next, ...more] = statusActions(item);
  const statusButton = ([label, status]) => h('button', { type: 'button', text: label, 'aria-label': `${label}: ${item.title}`, onclick: () => page.changeStatus(item, status) });
  return h('div', { class: 'goals-initiative__actions' },
    h('button', { type: 'button', text: 'Edit', 'aria-label': `Edit ${item.title}`, onclick: () => page.openEditor(item) }),
    next ? statusButton(next) : null,
    actionMenu({
      label: `More actions for ${item.title}`,
      items: [
        ...more.map(([label, status]) => ({ text: label, label: `${label}: ${item.title}`, onSelect: () => page.changeStatus(item, status) })),
        { text: 'Delete', label: `Delete ${item.title}`, danger: true, onSelect: () => page.remove(item) },
      ],
    }));
}

function links(item, valueName) {
  if (!item.value_ids.length && !item.supports_vision && !item.roads?.length) return null;
  return h('p', { class: 'small goals-links' },
    item.supports_vision ? h('span', { class: 'goals-chip', text: 'Supports my vision' }) : null,
    item.value_ids.map((id) => h('span', { class: 'goals-chip', text: valueName(id) })),
    (item.roads ?? []).map((road) => h('a', { class: 'goals-chip goals-chip--road', href: '/goals/roads', 'data-link': true, text: `Milestone on the road “${road.name}”` })));
}

// The card; `page` answers openEditor(item), changeStatus(item, status), tickMilestone(item, i, done),
// remove(item) and valueName(id).
export function initiativeCard(item, page) {
  const horizon = HORIZONS.find((x) => x.key === item.horizon);
  const overdue = item.health.state === 'overdue';
  return h('article', { class: `card goals-initiative goals-initiative--${item.status}${overdue ? ' goals-initiative--overdue' : ''}`, 'aria-labelledby': `init-${item.id}-title`, dataset: { id: item.id } },
    h('div', { class: 'goals-initiative__head' },
      h('h3', { id: `init-${item.id}-title`, text: item.title }),
      h('div', { class: 'goals-badges' },
        h('span', { class: `badge goals-status--${item.status}`, text: STATUS_LABELS[item.status] }),
        healthBadge(item.health),
        h('span', { class: 'badge', text: `${horizon.label} term` }))),
    item.status === 'active' || item.status === 'planned'
      ? h('p', { class: `goals-health-reason small goals-health-reason--${item.health.state}`, text: formatDatesIn(item.health.reason) }) : null,
    h('p', { class: 'goals-initiative__dates small muted' },
      item.start_date || item.finish_date
        ? [item.start_date ? dateElement(item.start_date) : 'No start date', ' → ', item.finish_date ? dateElement(item.finish_date) : 'no finish date']
        : 'No dates yet'),
    h('div', { class: 'goals-progress-row' },
      h('progress', { max: 100, value: item.progress, 'aria-label': `Progress of ${item.title}` }),
      h('span', { class: 'small', text: `${item.progress}%` })),
    item.measure_of_success ? h('p', {}, h('strong', { text: 'Done when: ' }), item.measure_of_success) : null,
    item.why ? h('p', { class: 'goals-initiative__why' }, h('strong', { text: 'Why: ' }), item.why) : null,
    item.origin ? h('p', { class: 'goals-initiative__origin' }, originNote(item.origin)) : null,
    links(item, (id) => page.valueName(id)),
    item.milestones.length ? milestoneChecklist(`ms-${item.id}`, `Milestones of ${item.title}`, item.milestones, (i, done) => page.tickMilestone(item, i, done)) : null,
    smartBlock(item.smart_gaps),
    actions(item, page));
}
