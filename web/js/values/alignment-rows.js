// The rating rows of an alignment snapshot, as the alignment page's rating form and the monthly review's
// values check draw them: each item on the five-point fit scale, with an optional note.
import { h } from '../shared/dom.js';

export const CATEGORIES = [
  { id: 'values', title: 'Core values' },
  { id: 'skills', title: 'Skills' },
  { id: 'strengths', title: 'Strengths' },
  { id: 'passions', title: 'Passions' },
];

export class RatingRows {
  // form: GET /api/alignment/form (its scale and items); saved: the ratings to start from.
  constructor(form, saved) {
    this.form = form;
    this.ratings = { ...saved };  // "category:id" -> {rating, note}
    this.dirty = false;
  }

  // After a rating or note changes.
  changed() {
    this.dirty = true;
  }

  // One compact row per item: its name, the five fit points as one radio group, the label of the chosen
  // point, and a note that opens on demand (open from the start when the draft holds one).
  itemField(c, item) {
    const key = `${c.id}:${item.id}`;
    const name = `rate-${c.id}-${item.id}`;
    const current = this.ratings[key] ?? { rating: null, note: '' };
    const label = (rating) => this.form.scale.find((s) => s.rating === rating)?.label ?? '';
    const chosen = h('span', { class: 'values-rate-item__chosen small muted', 'aria-hidden': 'true', text: label(current.rating) });
    const note = h('input', { type: 'text', id: `${name}-note`, value: current.note, placeholder: 'Optional note' });
    note.addEventListener('input', () => { this.ratings[key] = { ...(this.ratings[key] ?? { rating: null }), note: note.value }; this.changed(); });
    const noteField = h('div', { class: 'values-rate-item__note', id: `${name}-note-field`, hidden: !current.note },
      h('label', { for: `${name}-note`, class: 'visually-hidden', text: `Note on ${item.name}` }), note);
    const toggle = h('button', {
      type: 'button', class: 'link values-rate-item__toggle', 'aria-expanded': current.note ? 'true' : 'false', 'aria-controls': noteField.id,
      'aria-label': `Add a note on ${item.name}`, text: 'Note',
      onclick: () => {
        const open = noteField.hidden;
        noteField.hidden = !open;
        toggle.setAttribute('aria-expanded', String(open));
        if (open) note.focus();
      },
    });
    return h('fieldset', { class: 'values-rate-item', dataset: { key }, 'aria-describedby': item.note ? `${name}-about` : null },
      h('legend', { class: 'values-rate-item__name', text: item.name }),
      item.note ? h('p', { class: 'values-rate-item__about small muted', id: `${name}-about`, text: item.note }) : null,
      this.fitScale(name, current.rating, (rating, text) => {
        this.ratings[key] = { ...(this.ratings[key] ?? { note: '' }), rating };
        chosen.textContent = text;
        this.changed();
      }),
      chosen, toggle, noteField);
  }

  // The five fit points of one item as one radio group `name`, `rating` checked; onChoose(rating, label)
  // runs when one is chosen. Each item's group is a copy of one drawn for the form (cheaper than building
  // its 20 elements again for every item), with one listener for the group.
  fitScale(name, rating, onChoose) {
    const { scale } = this.form;
    this.blankScale ??= h('div', { class: 'values-fit-scale' }, scale.map((s) => h('label', { class: 'values-fit-point', title: `${s.rating}: ${s.label}` },
      h('input', { type: 'radio', value: String(s.rating) }),
      h('span', { class: 'values-fit-number', text: String(s.rating) }), h('span', { class: 'values-fit-label visually-hidden', text: s.label }))));
    const group = this.blankScale.cloneNode(true);
    scale.forEach((s, i) => {
      const label = group.children[i];
      const radio = label.firstChild;
      radio.name = name;
      radio.id = `${name}-${s.rating}`;
      radio.defaultChecked = rating === s.rating;  // the checked attribute, as h() would set it
      label.htmlFor = radio.id;
    });
    group.addEventListener('change', (event) => {
      const point = scale.find((s) => String(s.rating) === event.target.value);
      if (point) onChoose(point.rating, point.label);
    });
    return group;
  }

  // The scale in one line, shown once per category above its rows.
  scaleKey() {
    return h('p', { class: 'values-fit-key small muted' }, this.form.scale.map((s) => h('span', {},
      h('span', { class: 'values-fit-key__number', text: String(s.rating) }), ` ${s.label}`)));
  }

  collect() {
    const out = [];
    for (const c of CATEGORIES) {
      for (const item of this.form.items[c.id]) {
        const r = this.ratings[`${c.id}:${item.id}`];
        if (r?.rating) out.push({ category: c.id, id: item.id, rating: r.rating, note: r.note ?? '' });
      }
    }
    return out;
  }
}
