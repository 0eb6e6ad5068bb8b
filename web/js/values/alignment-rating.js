// Rating a new alignment snapshot: every core value, skill, strength and passion on the fit scale with an
// optional note (kept as a draft in this browser), then the result to review and save.
import { get, post } from '../shared/api.js';
import { h, replace, toast } from '../shared/dom.js';
import { draftStore } from '../shared/editor.js';
import { lines, scoreTiles, warningsBox, workList } from './alignment-snapshot.js';
import { CATEGORIES, RatingRows } from './alignment-rows.js';

export const ratingDrafts = draftStore('alignment-ratings');

export class Rating extends RatingRows {
  // page: the AlignmentPage (its form, snapshots and areas); saved: the draft's ratings.
  constructor(page, saved) {
    super(page.form, saved);
    this.page = page;
    this.resultArea = h('div');
    this.error = h('p', { class: 'field-error', role: 'alert' });
  }

  changed() {
    this.dirty = true;
    ratingDrafts.save(this.ratings, 0);
    replace(this.resultArea);
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
