// Two alignment snapshots side by side, item by item: what went up, what went down, what is new or gone,
// and how each score moved (GET /api/alignment/compare).
import { get } from '../shared/api.js';
import { formatDate, h, replace } from '../shared/dom.js';
import { CATEGORIES } from './alignment-rows.js';

const GROUPS = Object.freeze([
  { change: 'up', title: 'Went up' },
  { change: 'down', title: 'Went down' },
  { change: 'new', title: 'New since then' },
  { change: 'gone', title: 'No longer rated' },
]);
const CATEGORY_WORDS = Object.freeze({ values: 'core value', skills: 'skill', strengths: 'strength', passions: 'passion' });

// "▲ +5" / "▼ −3" / "±0", or "—" when either side has no score.
function change(delta) {
  if (delta === null || delta === undefined) return '—';
  return delta > 0 ? `▲ +${delta}` : delta < 0 ? `▼ −${-delta}` : '±0';
}

function scoreRow(scores) {
  const tiles = [{ id: 'overall', title: 'Overall' }, ...CATEGORIES];
  return h('table', { class: 'values-compare-scores' },
    h('caption', { class: 'visually-hidden', text: 'Scores of both snapshots' }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Score' }), h('th', { scope: 'col', text: 'Then' }), h('th', { scope: 'col', text: 'Now' }), h('th', { scope: 'col', text: 'Change' }))),
    h('tbody', {}, tiles.map((t) => {
      const s = scores[t.id];
      const cls = s.change > 0 ? 'values-compare--up' : s.change < 0 ? 'values-compare--down' : null;
      return h('tr', {}, h('th', { scope: 'row', text: t.title }), h('td', { text: s.from ?? '—' }), h('td', { text: s.to ?? '—' }),
        h('td', { class: cls, text: change(s.change) }));
    })));
}

function itemLine(item) {
  const ratings = item.change === 'new' ? `rated ${item.to}` : item.change === 'gone' ? `was ${item.from}` : `${item.from} → ${item.to}`;
  return h('li', {}, h('strong', { text: item.item }), h('span', { class: 'muted small', text: ` (${CATEGORY_WORDS[item.category]})` }), ` ${ratings}`);
}

function groups(result) {
  const shown = GROUPS.filter((g) => result.counts[g.change] > 0);
  const same = result.items.filter((i) => i.change === 'same');
  return [
    shown.length
      ? h('div', { class: 'values-compare-groups' }, shown.map((g) => h('section', { class: `values-compare-group values-compare-group--${g.change}` },
        h('h3', { text: `${g.title} (${result.counts[g.change]})` }),
        h('ul', {}, result.items.filter((i) => i.change === g.change).map(itemLine)))))
      : h('p', { class: 'muted', text: 'Every item was rated the same both times.' }),
    same.length ? h('details', { class: 'values-compare-same' }, h('summary', { text: `Rated the same (${same.length})` }), h('ul', {}, same.map(itemLine))) : null,
  ];
}

// The compare card (`el`): the newest snapshot against the one before it at first; the two selects choose
// any pair.
export class AlignmentCompare {
  constructor() {
    this.el = h('div');
    this.result = h('div', { 'aria-live': 'polite' });
  }

  select(id, label, snapshots, chosen) {
    const control = h('select', { id }, snapshots.map((s) => h('option', { value: String(s.id), text: `${formatDate(s.assessed_on)} · overall ${s.scores.overall ?? '—'}` })));
    control.value = String(chosen);
    control.addEventListener('change', () => this.load());
    this[id === 'compare-from' ? 'from' : 'to'] = control;
    return h('div', { class: 'field' }, h('label', { for: id, text: label }), control);
  }

  // Shows the card for `snapshots` (summaries, newest first); `first`, when given, is the comparison of the
  // two newest already fetched (GET /api/alignment/compare), shown without asking again.
  render(snapshots, first = null) {
    if (snapshots.length < 2) {
      replace(this.el, snapshots.length ? h('section', { class: 'card', 'aria-labelledby': 'compare-title' },
        h('h2', { id: 'compare-title', text: 'Compare two checks' }),
        h('p', { class: 'muted', text: 'After your next check, see here item by item what went up, what went down and what is new.' })) : null);
      return Promise.resolve();
    }
    replace(this.el, h('section', { class: 'card values-compare', 'aria-labelledby': 'compare-title' },
      h('h2', { id: 'compare-title', text: 'Compare two checks' }),
      h('p', { class: 'muted small', text: 'Items are matched by what was rated (a renamed item stays itself); a score change is in points of 100.' }),
      h('div', { class: 'values-compare-pick' },
        this.select('compare-from', 'Then', snapshots, snapshots[1].id),
        this.select('compare-to', 'Now', snapshots, snapshots[0].id)),
      this.result));
    return this.load(first);
  }

  // Shows the comparison of the two chosen: `known` when it is theirs, else asked for.
  async load(known = null) {
    if (this.from.value === this.to.value) {
      replace(this.result, h('p', { class: 'muted', text: 'Choose two different checks to compare.' }));
      return;
    }
    const chosen = (c) => String(c?.from?.id) === this.from.value && String(c?.to?.id) === this.to.value;
    try {
      const result = chosen(known) ? known : await get(`/api/alignment/compare?from=${this.from.value}&to=${this.to.value}`);
      replace(this.result, scoreRow(result.scores), ...groups(result));
    } catch (error) {
      replace(this.result, h('p', { class: 'notice error', role: 'alert', text: `Not compared: ${error.message}` }));
    }
  }
}
