// One piece of feedback as the log and the 360 round page show it: when and from whom, what was said, the
// reflection, what it points to, its themes and what it says about each value.
import { dateElement, h } from '../shared/dom.js';

const POINT_LABELS = { strength: 'Strength', growth: 'Growth area' };

// The value names of `ids` (a removed core value shows as such).
const valueNames = (ids, core) => ids.map((id) => core.find((v) => v.id === id)?.name ?? 'a value no longer ranked');

// The feedback `f` as a list item; `core` are the core values; actions: extra nodes (e.g. edit and delete).
export function feedbackItem(f, core, actions) {
  const supports = valueNames(f.supports_value_ids, core);
  const contradicts = valueNames(f.contradicts_value_ids, core);
  return h('li', { class: 'people-feedback', dataset: { feedback: f.id } },
    h('p', { class: 'people-feedback__meta small' },
      dateElement(f.received_on), ' · ', h('strong', { text: f.from }), f.from_name ? ` (${f.source_label.toLowerCase()})` : '',
      f.context ? ` · ${f.context}` : '',
      f.round_name ? [' · ', h('a', { href: `/people/feedback/rounds/${f.round_id}`, 'data-link': true, text: f.round_name })] : null),
    h('blockquote', { class: 'people-feedback__said', text: f.said }),
    f.reflection ? h('p', { class: 'people-feedback__reflection' }, h('span', { class: 'muted', text: 'My reflection: ' }), f.reflection) : null,
    h('p', { class: 'people-feedback__tags' },
      f.points_to ? h('span', { class: `badge people-points--${f.points_to}`, text: POINT_LABELS[f.points_to] }) : null,
      f.themes.map((t) => h('span', { class: 'badge', text: t.name })),
      supports.map((name) => h('span', { class: 'badge people-stance--supports', text: `Supports ${name}` })),
      contradicts.map((name) => h('span', { class: 'badge people-stance--contradicts', text: `Contradicts ${name}` }))),
    actions ? h('div', { class: 'people-feedback__actions' }, actions) : null);
}
