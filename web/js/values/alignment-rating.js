// Rating a new alignment snapshot: every core value, skill, strength and passion on the fit scale with an
// optional note (kept as a draft in this browser), then the result to review and save.
import { get, post } from '../shared/api.js';
import { h, replace, toast } from '../shared/dom.js';
import { draftStore } from '../shared/editor.js';
import { CATEGORIES, lines, scoreTiles, warningsBox, workList } from './alignment-snapshot.js';

export const ratingDrafts = draftStore('alignment-ratings');

export class Rating {
  // page: the AlignmentPage (its form, snapshots and areas); saved: the draft's ratings.
  constructor(page, saved) {
    this.page = page;
    this.ratings = { ...saved };  // "category:id" -> {rating, note}
    this.dirty = false;
    this.resultArea = h('div');
    this.error = h('p', { class: 'field-error', role: 'alert' });
  }

  changed() {
    this.dirty = true;
    ratingDrafts.save(this.ratings, 0);
    replace(this.resultArea);
  }

  // One compact row per item: its name, the five fit points as one radio group, the label of the chosen
  // point, and a note that opens on demand (open from the start when the draft holds one).
  itemField(c, item) {
    const key = `${c.id}:${item.id}`;
    const name = `rate-${c.id}-${item.id}`;
    const current = this.ratings[key] ?? { rating: null, note: '' };
    const label = (rating) => this.page.form.scale.find((s) => s.rating === rating)?.label ?? '';
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
    const { scale } = this.page.form;
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
    return h('p', { class: 'values-fit-key small muted' }, this.page.form.scale.map((s) => h('span', {},
      h('span', { class: 'values-fit-key__number', text: String(s.rating) }), ` ${s.label}`)));
  }

  collect() {
    const out = [];
    for (const c of CATEGORIES) {
      for (const item of this.page.form.items[c.id]) {
        const r = this.ratings[`${c.id}:${item.id}`];
        if (r?.rating) out.push({ category: c.id, id: item.id, rating: r.rating, note: r.note ?? '' });
      }
    }
    return out;
  }

  // Asks the server for the scores of the ratings so far and shows them with the suggested lists.
  async review() {
    this.error.textContent = '';
    const chosen = this.collect();
    if (!chosen.length) { this.error.textContent = 'Rate at least one item first.'; return; }
    try {
      this.showResult(chosen, await post('/api/alignment/preview', { ratings: chosen }));
    } catch (e) {
      this.error.textContent = e.message;
      const match = /^ratings\[(\d+)\]/.exec(e.field ?? '');
      if (match) {
        const r = chosen[Number(match[1])];
        this.page.rateArea.querySelector(`[data-key="${r.category}:${r.id}"] input`)?.focus();
      }
    }
  }

  showResult(chosen, result) {
    const { page } = this;
    const lean = workList('new-lean', 'Work to lean into', 'Suggested from your best-fitting strengths, passions and skills. Edit freely: one kind of work per line.', result.suggestions.lean_into.join('\n'), 5);
    const hand = workList('new-hand', 'Work to avoid, postpone or hand off', 'Suggested from your lowest-fitting items. One per line.', result.suggestions.hand_off.join('\n'), 5);
    const saveError = h('p', { class: 'field-error', role: 'alert' });
    const skipped = page.itemCount - chosen.length;
    replace(this.resultArea, h('section', { class: 'card values-result', 'aria-labelledby': 'result-title' },
      h('h2', { id: 'result-title', tabindex: '-1', text: 'Your result' }),
      skipped ? h('p', { class: 'small muted', text: `${skipped} item${skipped > 1 ? 's are' : ' is'} not rated and left out.` }) : null,
      warningsBox(result.warnings),
      scoreTiles(result.scores, page.snapshots[0] ?? null, page.form.categories),
      h('div', { class: 'grid values-actions-grid' }, lean.el, hand.el),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', text: 'Save this snapshot', onclick: () => this.saveSnapshot(chosen, lean.control, hand.control, saveError) })),
      saveError));
    this.resultArea.querySelector('h2').focus();
  }

  async saveSnapshot(chosen, lean, hand, saveError) {
    try {
      const created = await post('/api/alignment/assessments', { ratings: chosen, lean_into: lines(lean.value), hand_off: lines(hand.value) });
      ratingDrafts.clear();
      this.dirty = false;
      toast('Snapshot saved');
      await this.page.saved(created, (await get('/api/alignment/assessments')).items);
    } catch (e) {
      saveError.textContent = e.message;
    }
  }

  cancel() {
    if (this.dirty && !window.confirm('Discard these ratings?')) return;
    ratingDrafts.clear();
    this.dirty = false;
    this.page.renderStart();
  }

  // The whole rating form.
  view() {
    const { form } = this.page;
    return h('form', { class: 'values-rating-form', novalidate: true, 'aria-label': 'Rate your fit with the mission', onsubmit: (e) => { e.preventDefault(); this.review(); } },
      h('section', { class: 'card values-mission-card' },
        h('h2', { text: 'The mission' }),
        h('p', { class: 'statement', text: form.mission }),
        h('p', { class: 'small muted', text: 'For each item, ask: how well does this fit what the organisation is trying to do? Skip an item to leave it out.' })),
      CATEGORIES.filter((c) => form.items[c.id].length).map((c) => h('section', { class: 'card values-rate-category', dataset: { category: c.id } },
        h('h2', { text: c.title }),
        h('p', { class: 'small muted', text: form.categories.find((x) => x.id === c.id).rule }),
        this.scaleKey(),
        form.items[c.id].map((item) => this.itemField(c, item)))),
      h('div', { class: 'save-bar' }, h('button', { type: 'submit', class: 'primary', text: 'See my result' }),
        h('button', { type: 'button', text: 'Cancel', onclick: () => this.cancel() }), this.error),
      this.resultArea);
  }
}
