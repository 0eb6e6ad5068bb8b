// The weekly reflection's self-care part: each routine (from the Balance page's list) ticked off as kept
// this week or not, and how a saved reflection reads it ("Kept 3 of 4 this week").
import { h } from '../shared/dom.js';

// The ids of the routines a saved entry marks as kept, in id order (the editor's value).
export const keptIds = (entry) => (entry?.self_care ?? []).filter((t) => t.kept).map((t) => t.item_id).sort((a, b) => a - b);

// The checkboxes of the editor, one per routine of `routines` (GET /api/lists/self_care items, or null when
// that list did not answer).
export class SelfCareTicks {
  constructor(routines) {
    this.routines = routines ?? [];
    this.boxes = this.routines.map((r) => h('input', { type: 'checkbox', id: `entry-self-care-${r.id}`, value: String(r.id) }));
    this.el = this.section();
  }

  section() {
    const intro = 'Tick the routines you kept this week; a monthly one counts in the week you keep it.';
    return h('section', { class: 'card journal-self-care', 'aria-labelledby': 'entry-self-care-title' },
      h('h2', { id: 'entry-self-care-title', text: 'Self-care this week' }),
      this.routines.length
        ? [h('p', { class: 'hint', text: intro }),
          h('ul', { class: 'journal-self-care__list' }, this.routines.map((r, i) => h('li', {},
            this.boxes[i],
            h('label', { for: this.boxes[i].id }, h('span', { text: r.name }),
              r.frequency_label ? h('span', { class: 'muted small', text: ` · ${r.frequency_label}` }) : null))))]
        : h('p', { class: 'muted' }, 'No self-care routines yet. ',
          h('a', { href: '/values/balance', 'data-link': true, text: 'List the habits that keep you well' }),
          ', and tick them off here each week.'));
  }

  // The ids of the routines ticked, in id order.
  read() {
    return this.boxes.filter((b) => b.checked).map((b) => Number(b.value)).sort((a, b) => a - b);
  }

  fill(ids) {
    for (const box of this.boxes) box.checked = (ids ?? []).includes(Number(box.value));
  }

  // The body's `self_care`: every routine shown, kept or not.
  payload(ids) {
    return this.routines.map((r) => ({ item_id: r.id, kept: (ids ?? []).includes(r.id) }));
  }

  // How an edit conflict shows this part.
  part() {
    const name = (id) => this.routines.find((r) => r.id === id)?.name ?? `Routine #${id}`;
    return { key: 'self_care', label: 'Self-care kept', show: (ids) => (ids?.length ? ids.map(name).join(', ') : '(none)') };
  }
}

// The facts line of a saved weekly reflection: the summary and each routine kept or not; [] without ticks.
export function selfCareFacts(entry) {
  if (!entry.self_care?.length) return [];
  return [h('dt', { text: 'Self-care' }),
    h('dd', {},
      entry.self_care_summary ? h('p', { class: 'journal-self-care__summary', text: entry.self_care_summary.text }) : null,
      h('ul', { class: 'journal-self-care__read' }, entry.self_care.map((t) => h('li', { class: t.kept ? 'journal-self-care--kept' : null },
        h('span', { 'aria-hidden': 'true', text: t.kept ? '✓ ' : '– ' }),
        h('span', { class: 'visually-hidden', text: t.kept ? 'Kept: ' : 'Not kept: ' }), t.name,
        t.frequency_label ? h('span', { class: 'muted small', text: ` · ${t.frequency_label}` }) : null))))];
}
