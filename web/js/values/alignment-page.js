// Alignment: rate each core value, skill, strength and passion against the mission, see scores and
// warnings, keep "lean into" / "avoid or hand off" lists, follow the scores across dated snapshots and
// compare two of them item by item.
import { formatDate, h, replace } from '../shared/dom.js';
import { AlignmentCompare } from './alignment-compare.js';
import { Rating, ratingDrafts } from './alignment-rating.js';
import { CATEGORIES } from './alignment-rows.js';
import { showSnapshot } from './alignment-snapshot.js';
import { lineChart } from './charts.js';
import { pageHeader } from './nav.js';

const SERIES = [{ id: 'overall', name: 'Overall' }, ...CATEGORIES.map((c) => ({ id: c.id, name: c.title }))];

function snapshotsTable(snapshots, open) {
  return h('table', { class: 'values-snapshots-table' },
    h('caption', { class: 'visually-hidden', text: 'Snapshots and their scores' }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Date' }), h('th', { scope: 'col', text: 'Overall' }),
      CATEGORIES.map((c) => h('th', { scope: 'col', class: 'values-hide-narrow', text: c.title })), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden', text: 'Open' })))),
    h('tbody', {}, snapshots.map((s) => h('tr', {},
      h('th', { scope: 'row', text: formatDate(s.assessed_on) }),
      h('td', { text: s.scores.overall ?? '—' }),
      CATEGORIES.map((c) => h('td', { class: 'values-hide-narrow', text: s.scores[c.id] ?? '—' })),
      h('td', {}, h('button', {
        type: 'button', class: 'link', 'aria-label': `Open the snapshot of ${formatDate(s.assessed_on)}`,
        text: s.conflicts ? `Open (${s.conflicts} conflict${s.conflicts > 1 ? 's' : ''})` : 'Open', onclick: () => open(s.id),
      }))))));
}

class AlignmentPage {
  constructor(form, snapshots) {
    this.form = form;
    this.snapshots = snapshots;  // newest first
    this.trendArea = h('div');
    this.snapshotArea = h('div');
    this.rateArea = h('div');
    this.compare = new AlignmentCompare();
    this.rating = null;
    this.itemCount = CATEGORIES.reduce((n, c) => n + form.items[c.id].length, 0);
  }

  openSnapshot(id) {
    return showSnapshot(this.snapshotArea, id, this.form, { focus: true });
  }

  renderTrend() {
    if (!this.snapshots.length) return replace(this.trendArea);
    const ordered = [...this.snapshots].reverse();
    return replace(this.trendArea, h('section', { class: 'card', 'aria-labelledby': 'trend-title' },
      h('h2', { id: 'trend-title', text: 'Alignment over time' }),
      lineChart({
        title: `Alignment scores across ${ordered.length} snapshots, 0 to 100`,
        points: ordered.map((s) => ({ label: formatDate(s.assessed_on) })),
        series: SERIES.map((s) => ({ ...s, cls: s.id, values: ordered.map((o) => o.scores[s.id]) })),
      }),
      h('ul', { class: 'values-legend' }, SERIES.map((s) => h('li', {}, h('span', { class: `values-swatch values-swatch--${s.id}`, 'aria-hidden': 'true' }), s.name))),
      snapshotsTable(this.snapshots, (id) => this.openSnapshot(id))));
  }

  // What is missing before anything can be rated.
  missing() {
    const { form } = this;
    const missing = [];
    if (!form.mission.trim()) missing.push(h('li', {}, h('a', { href: '/vision', 'data-link': true, text: 'Write your organisation’s mission' }), ' on the Vision page: everything is rated against it.'));
    if (!form.items.values.length) missing.push(h('li', {}, h('a', { href: '/values/sort', 'data-link': true, text: 'Do the values card sort' }), ' to find your core values.'));
    if (!form.items.skills.length && !form.items.strengths.length && !form.items.passions.length) {
      missing.push(h('li', {}, h('a', { href: '/values', 'data-link': true, text: 'List your skills, strengths and passions' }), '.'));
    }
    return missing;
  }

  renderStart() {
    this.rating = null;
    const missing = this.missing();
    replace(this.rateArea, h('section', { class: 'card', 'aria-labelledby': 'new-title' },
      h('h2', { id: 'new-title', text: this.snapshots.length ? 'Rate your fit again' : 'Rate your fit with the mission' }),
      h('p', { class: 'muted', text: `About once a month, rate how well each of your ${this.itemCount} items fits ${this.form.organisation || 'your organisation'}’s mission, from 1 (pulls against it) to 5 (powers it). Each completed assessment is kept as a dated snapshot.` }),
      missing.length ? h('div', { class: 'notice warning' }, h('p', { text: 'Before you can rate:' }), h('ul', {}, missing)) : null,
      h('button', { type: 'button', class: 'primary', text: 'Start an assessment', disabled: missing.length > 0 && (!this.form.mission.trim() || this.itemCount === 0), onclick: () => this.renderRating({}) })));
  }

  renderRating(saved) {
    this.rating = new Rating(this, saved);
    replace(this.rateArea, this.rating.view());
    this.rateArea.querySelector('input[type="radio"]')?.focus();
  }

  // A new snapshot was saved: the trend, the start card and the snapshot itself follow.
  async saved(created, snapshots) {
    this.snapshots = snapshots;
    this.renderTrend();
    this.renderStart();
    await Promise.all([this.openSnapshot(created.id), this.compare.render(snapshots)]);
  }
}

export async function render(main, { data }) {
  const [form, list, latest, compared] = await Promise.all([data.form, data.assessments, data.latest, data.compare]);
  const page = new AlignmentPage(form, list.items);
  main.append(...pageHeader('alignment', 'Alignment with the mission', 'How well your values, skills, strengths and passions fit your organisation’s mission, and how that changes month to month.'),
    page.rateArea, page.snapshotArea, page.compare.el, page.trendArea);
  page.renderTrend();
  const draft = ratingDrafts.load()?.data;
  if (draft && Object.keys(draft).length) {
    page.renderRating(draft);
    page.rateArea.prepend(h('div', { class: 'notice', role: 'status' }, h('p', { text: 'Restored the ratings you had not saved yet.' })));
  } else {
    page.renderStart();
  }
  await Promise.all([latest ? showSnapshot(page.snapshotArea, latest, form) : null, page.compare.render(list.items, compared)]);
  return { title: 'Alignment', isDirty: () => Boolean(page.rating?.dirty) };
}
