// The monthly review beside its questions: each question of the monthly form gets the part of the month it is
// about, where the user acts in place (initiatives, balance, boundaries and self-care, values), and what the
// review chose is saved with the entry (PUT /api/reviews/:id), so the entry keeps what was true then.
import { ApiError, get, put } from '../shared/api.js';
import { h, replace } from '../shared/dom.js';
import { balancePart } from './monthly-balance.js';
import { decisionsGroup, peopleGroups, reflectionsGroup } from './monthly-facts.js';
import { goalsPart } from './monthly-goals.js';
import { practicesPart } from './monthly-practices.js';
import { valuesPart } from './monthly-values.js';

// Each question's part of the month: its heading, and what it shows.
const STEPS = {
  milestones: 'Your initiatives this month',
  enjoyed: 'The month in your journal and with others',
  out_of_balance: 'Balance, boundaries and self-care',
  adjustments: 'Before you adjust',
  values_fit: 'Your values against the mission',
};

// The address of the month's facts, compared with the snapshots the review chose.
function factsPath(month, choice) {
  const query = new URLSearchParams();
  if (choice.balance) query.set('balance_snapshot_id', choice.balance);
  if (choice.alignment) query.set('alignment_assessment_id', choice.alignment);
  return `/api/reviews/months/${month}${query.size ? `?${query}` : ''}`;
}

// Resolves the router's `monthly` bundle of promises to {facts, review, areas, form, initiatives}.
export async function loadMonthly(bundle) {
  const parts = await bundle;
  const keys = Object.keys(parts);
  const values = await Promise.all(keys.map((k) => parts[k]));
  return Object.fromEntries(keys.map((k, i) => [k, values[i]]));
}

export class MonthlyReview {
  // data: loadMonthly's result; onChange() after the review's choices changed (a snapshot was saved).
  constructor(data, onChange) {
    Object.assign(this, data);
    this.onChange = onChange;
    this.version = data.review?.version ?? 0;
    // The snapshots the review keeps: those it saved, else those of the month the facts show.
    this.choice = {
      balance: data.review?.balance.snapshot_id ?? data.facts.balance.current?.id ?? null,
      alignment: data.review?.alignment.assessment_id ?? data.facts.alignment.current?.id ?? null,
    };
    this.bodies = {};
    for (const key of Object.keys(STEPS)) this.bodies[key] = h('div', { class: 'journal-review-aside__body' });
    this.parts = {};
    this.render();
  }

  // The aside shown beside the question `key` (null for a question without one).
  asideFor(key) {
    if (!STEPS[key]) return null;
    return h('aside', { class: 'journal-review-aside', 'aria-labelledby': `review-step-${key}` },
      h('h2', { id: `review-step-${key}`, class: 'journal-review-aside__title', text: STEPS[key] }), this.bodies[key]);
  }

  render() {
    const { facts } = this;
    const marks = this.parts.practices?.read() ?? this.review?.practices ?? [];
    this.parts.practices = practicesPart(facts.practices);
    this.parts.practices.fill(marks);
    this.parts.balance = balancePart(facts.balance, this.areas, (s) => this.rated('balance', s.id));
    this.parts.values = valuesPart(facts.alignment, this.form, (s) => this.rated('alignment', s.id));
    replace(this.bodies.milestones, goalsPart(this.initiatives, facts.initiatives.map((i) => i.id)));
    replace(this.bodies.enjoyed, reflectionsGroup(facts.reflections), peopleGroups(facts));
    replace(this.bodies.out_of_balance, this.parts.balance.el, h('h3', { class: 'journal-review-subtitle', text: 'Boundaries and self-care' }), this.parts.practices.el);
    replace(this.bodies.adjustments, decisionsGroup(facts.decisions));
    replace(this.bodies.values_fit, this.parts.values.el);
  }

  // A snapshot saved in place becomes the review's, and the facts are compared with it again.
  async rated(kind, id) {
    this.choice[kind] = id;
    await this.reload(this.facts.month);
    this.onChange();
  }

  // Shows the facts of `month` ("YYYY-MM"), e.g. after the entry's date moved to another month.
  async reload(month) {
    this.facts = await get(factsPath(month, this.choice));
    this.render();
  }

  // The review's choices as the entry editor keeps them; `fields` receives the controls by API field name.
  read(fields) {
    return { balance_snapshot_id: this.choice.balance, alignment_assessment_id: this.choice.alignment, practices: this.parts.practices.read(fields) };
  }

  // Puts `values` (from read(), a draft or the saved review) back into the form.
  fill(values) {
    this.parts.practices.fill(values?.practices ?? []);
    const balance = values?.balance_snapshot_id ?? null;
    const alignment = values?.alignment_assessment_id ?? null;
    if (balance === this.choice.balance && alignment === this.choice.alignment) return;
    this.choice = { balance, alignment };
    this.reload(this.facts.month).catch(() => {});
  }

  // A saved review's choices as the editor keeps them (read()'s shape), with the snapshots this form shows
  // where it kept none; a new review's when `review` is null.
  valuesOf(review) {
    return {
      balance_snapshot_id: review?.balance.snapshot_id ?? this.choice.balance,
      alignment_assessment_id: review?.alignment.assessment_id ?? this.choice.alignment,
      practices: (review?.practices ?? []).filter((p) => p.item_id !== null).map((p) => ({ list: p.list, item_id: p.item_id, state: p.state, note: p.note })),
    };
  }

  // Re-ratings moved but not saved yet.
  isDirty() {
    return this.parts.balance.isDirty() || this.parts.values.isDirty();
  }

  // Saves the review of `entry` with `values` (read()'s); a review saved elsewhere meanwhile is refused with a
  // plain message (the entry's own conflict is the editor's).
  async save(entry, values) {
    try {
      this.review = await put(`/api/reviews/${entry.id}`, { ...values, version: this.version });
      this.version = this.review.version;
      return this.review;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.field === 'version') {
        this.version = error.body.current?.version ?? this.version;
        throw new Error('the review’s checks were saved in another tab meanwhile; press Save again to keep these');
      }
      throw error;
    }
  }
}

