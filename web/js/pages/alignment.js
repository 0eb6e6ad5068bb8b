// Alignment: rate each core value, skill, strength and passion against the mission, see scores and
// warnings, keep "lean into" / "avoid or hand off" lists, and follow the scores across dated snapshots.
import { ApiError, get, post, put } from '../api.js';
import { h, replace, toast } from '../dom.js';
import { draftStore } from '../draft.js';
import { lineChart } from '../values/charts.js';
import { pageHeader } from '../values/nav.js';

const CATEGORIES = [
  { id: 'values', title: 'Core values', cls: 'values' },
  { id: 'skills', title: 'Skills', cls: 'skills' },
  { id: 'strengths', title: 'Strengths', cls: 'strengths' },
  { id: 'passions', title: 'Passions', cls: 'passions' },
];

const formatDate = (iso) => new Date(`${iso}T12:00:00`).toLocaleDateString(undefined, { dateStyle: 'medium' });
const lines = (text) => text.split('\n').map((l) => l.trim()).filter(Boolean);

function scoreTiles(scores, previous, categories) {
  const rule = Object.fromEntries(categories.map((c) => [c.id, c.rule]));
  const tile = (id, title, extra) => {
    const value = scores[id];
    const before = previous?.scores?.[id];
    const delta = value !== null && before !== null && before !== undefined ? value - before : null;
    return h('div', { class: `score-tile ${id === 'overall' ? 'overall' : ''}`, dataset: { category: id } },
      h('span', { class: 'score-title', text: title }),
      h('span', { class: 'score-value', text: value === null ? '—' : String(value) }),
      delta !== null ? h('span', { class: `score-delta ${delta > 0 ? 'up' : delta < 0 ? 'down' : ''}`, text: `${delta > 0 ? '▲ +' : delta < 0 ? '▼ ' : '± '}${delta} since ${formatDate(previous.assessed_on)}` }) : null,
      extra ? h('span', { class: 'score-rule small muted', text: extra } ) : null);
  };
  return h('div', { class: 'scores' },
    h('div', { class: 'score-grid' },
      tile('overall', 'Overall'),
      CATEGORIES.map((c) => tile(c.id, c.title, scores[c.id] === null ? 'Nothing rated.' : rule[c.id]))),
    h('p', { class: 'small muted explanation', text: scores.explanation }));
}

function warningsBox(warnings) {
  if (!warnings.length) return null;
  return h('div', { class: 'warnings' }, warnings.map((w) => h('div', {
    class: `notice ${w.level === 'values_conflict' ? 'error values-conflict' : 'warning'}`, role: w.level === 'values_conflict' ? 'alert' : null,
  }, h('p', {}, w.level === 'values_conflict'
    ? [h('strong', { text: 'Values conflict: ' }), w.message.replace(/^Values conflict:\s*/, '')]
    : [h('strong', { text: 'Watch this value: ' }), w.message]))));
}

export async function render(main) {
  const [form, list] = await Promise.all([get('/api/alignment/form'), get('/api/alignment/assessments')]);
  let snapshots = list.items;  // newest first
  const drafts = draftStore('alignment-ratings');
  const trendArea = h('div');
  const snapshotArea = h('div');
  const rateArea = h('div');
  let ratingDirty = false;

  const itemCount = CATEGORIES.reduce((n, c) => n + form.items[c.id].length, 0);
  const missing = [];
  if (!form.mission.trim()) missing.push(h('li', {}, h('a', { href: '/vision', 'data-link': true, text: 'Write your organisation’s mission' }), ' on the Vision page: everything is rated against it.'));
  if (!form.items.values.length) missing.push(h('li', {}, h('a', { href: '/values/sort', 'data-link': true, text: 'Do the values card sort' }), ' to find your core values.'));
  if (!form.items.skills.length && !form.items.strengths.length && !form.items.passions.length) {
    missing.push(h('li', {}, h('a', { href: '/values', 'data-link': true, text: 'List your skills, strengths and passions' }), '.'));
  }

  // ---- Trend ----
  function renderTrend() {
    if (!snapshots.length) return replace(trendArea);
    const ordered = [...snapshots].reverse();
    const series = [{ id: 'overall', name: 'Overall', cls: 'overall' }, ...CATEGORIES.map((c) => ({ id: c.id, name: c.title, cls: c.cls }))];
    replace(trendArea, h('section', { class: 'card', 'aria-labelledby': 'trend-title' },
      h('h2', { id: 'trend-title', text: 'Alignment over time' }),
      lineChart({
        title: `Alignment scores across ${ordered.length} snapshots, 0 to 100`,
        points: ordered.map((s) => ({ label: formatDate(s.assessed_on) })),
        series: series.map((s) => ({ ...s, values: ordered.map((o) => o.scores[s.id]) })),
      }),
      h('ul', { class: 'legend' }, series.map((s) => h('li', {}, h('span', { class: `swatch ${s.cls}`, 'aria-hidden': 'true' }), s.name))),
      h('table', { class: 'snapshots-table' },
        h('caption', { class: 'visually-hidden', text: 'Snapshots and their scores' }),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Date' }), h('th', { scope: 'col', text: 'Overall' }),
          CATEGORIES.map((c) => h('th', { scope: 'col', class: 'hide-narrow', text: c.title })), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden', text: 'Open' })))),
        h('tbody', {}, snapshots.map((s) => h('tr', {},
          h('th', { scope: 'row', text: formatDate(s.assessed_on) }),
          h('td', { text: s.scores.overall ?? '—' }),
          CATEGORIES.map((c) => h('td', { class: 'hide-narrow', text: s.scores[c.id] ?? '—' })),
          h('td', {}, h('button', { type: 'button', class: 'link', 'aria-label': `Open the snapshot of ${formatDate(s.assessed_on)}`, text: s.conflicts ? `Open (${s.conflicts} conflict${s.conflicts > 1 ? 's' : ''})` : 'Open', onclick: () => openSnapshot(s.id, true) }))))))));
  }

  // ---- One snapshot ----
  async function openSnapshot(id, focus) {
    const snap = await get(`/api/alignment/assessments/${id}`);
    const leanInput = h('textarea', { id: 'snap-lean', rows: 4, value: snap.lean_into.join('\n'), 'aria-describedby': 'snap-lean-hint snap-lean-error' });
    const handInput = h('textarea', { id: 'snap-hand', rows: 4, value: snap.hand_off.join('\n'), 'aria-describedby': 'snap-hand-hint snap-hand-error' });
    const leanError = h('span', { class: 'field-error', id: 'snap-lean-error' });
    const handError = h('span', { class: 'field-error', id: 'snap-hand-error' });
    const state = h('span', { class: 'save-state', role: 'status', 'aria-live': 'polite' });
    let version = snap.version;
    const saveLists = async () => {
      leanError.textContent = '';
      handError.textContent = '';
      try {
        const saved = await put(`/api/alignment/assessments/${id}`, { lean_into: lines(leanInput.value), hand_off: lines(handInput.value), version });
        version = saved.version;
        state.dataset.state = 'saved';
        state.textContent = 'Saved';
      } catch (error) {
        state.dataset.state = 'error';
        if (error instanceof ApiError && error.status === 409) {
          version = error.body.current.version;
          state.textContent = 'Changed in another tab: press Save again to keep this text.';
        } else if (error.field?.startsWith('lean_into')) leanError.textContent = error.message;
        else if (error.field?.startsWith('hand_off')) handError.textContent = error.message;
        else state.textContent = `Not saved: ${error.message}`;
      }
    };
    const previous = snap.previous;
    replace(snapshotArea, h('section', { class: 'card snapshot', 'aria-labelledby': 'snap-title', dataset: { id: String(id) } },
      h('div', { class: 'card__header' },
        h('h2', { id: 'snap-title', tabindex: '-1', text: `Snapshot of ${formatDate(snap.assessed_on)}` }),
        previous ? h('button', { type: 'button', class: 'link', text: `Open the previous snapshot (${formatDate(previous.assessed_on)})`, onclick: () => openSnapshot(previous.id, true) }) : null),
      h('p', { class: 'small muted' }, `Rated against the mission of ${snap.organisation || 'my organisation'}: `, h('q', { text: snap.mission })),
      warningsBox(snap.warnings),
      scoreTiles(snap.scores, previous, form.categories),
      h('details', { class: 'rated-items' }, h('summary', { text: `All ${snap.ratings.length} ratings` }),
        h('ul', {}, snap.ratings.map((r) => h('li', {},
          h('span', { class: `rating-badge r${r.rating}`, text: String(r.rating) }), ' ',
          h('strong', { text: r.item }), h('span', { class: 'muted', text: ` (${r.category}) · ${r.label}` }),
          r.note ? h('span', { class: 'small muted', text: ` · ${r.note}` }) : null)))),
      h('div', { class: 'grid actions-grid' },
        h('div', { class: 'field' }, h('label', { for: 'snap-lean', text: 'Work to lean into' }),
          h('p', { class: 'hint', id: 'snap-lean-hint', text: 'One kind of work per line.' }), leanInput, leanError),
        h('div', { class: 'field' }, h('label', { for: 'snap-hand', text: 'Work to avoid, postpone or hand off' }),
          h('p', { class: 'hint', id: 'snap-hand-hint', text: 'One kind of work per line.' }), handInput, handError)),
      h('div', { class: 'inline-actions' }, h('button', { type: 'button', text: 'Save my lists', onclick: saveLists }), state)));
    if (focus) snapshotArea.querySelector('h2').focus();
  }

  // ---- Rating a new snapshot ----
  function renderRateStart() {
    replace(rateArea, h('section', { class: 'card', 'aria-labelledby': 'new-title' },
      h('h2', { id: 'new-title', text: snapshots.length ? 'Rate your fit again' : 'Rate your fit with the mission' }),
      h('p', { class: 'muted', text: `About once a month, rate how well each of your ${itemCount} items fits ${form.organisation || 'your organisation'}’s mission, from 1 (pulls against it) to 5 (powers it). Each completed assessment is kept as a dated snapshot.` }),
      missing.length ? h('div', { class: 'notice warning' }, h('p', { text: 'Before you can rate:' }), h('ul', {}, missing)) : null,
      h('button', { type: 'button', class: 'primary', text: 'Start an assessment', disabled: missing.length > 0 && (!form.mission.trim() || itemCount === 0), onclick: () => renderRating() })));
  }

  function renderRating() {
    const saved = drafts.load()?.data ?? {};
    const ratings = {};  // "category:id" -> {rating, note}
    for (const [key, value] of Object.entries(saved)) ratings[key] = value;
    const resultArea = h('div');
    const error = h('p', { class: 'field-error', role: 'alert' });
    const onChange = () => { ratingDirty = true; drafts.save(ratings, 0); replace(resultArea); };

    const itemField = (c, item) => {
      const key = `${c.id}:${item.id}`;
      const name = `rate-${c.id}-${item.id}`;
      const current = ratings[key] ?? { rating: null, note: '' };
      const note = h('input', { type: 'text', id: `${name}-note`, value: current.note, placeholder: 'Optional note' });
      note.addEventListener('input', () => { ratings[key] = { ...(ratings[key] ?? { rating: null }), note: note.value }; onChange(); });
      return h('fieldset', { class: 'rate-item', dataset: { key } },
        h('legend', { text: item.name }),
        item.note ? h('p', { class: 'small muted', text: item.note }) : null,
        h('div', { class: 'fit-scale' }, form.scale.map((s) => {
          const radio = h('input', { type: 'radio', name, id: `${name}-${s.rating}`, value: String(s.rating), checked: current.rating === s.rating });
          radio.addEventListener('change', () => { ratings[key] = { ...(ratings[key] ?? { note: '' }), rating: s.rating }; onChange(); });
          return h('label', { for: `${name}-${s.rating}`, class: 'fit-point' }, radio, h('span', { class: 'fit-number', text: String(s.rating) }), h('span', { class: 'fit-label', text: s.label }));
        })),
        h('label', { for: `${name}-note`, class: 'visually-hidden', text: `Note on ${item.name}` }), note);
    };

    const collect = () => {
      const out = [];
      for (const c of CATEGORIES) for (const item of form.items[c.id]) {
        const r = ratings[`${c.id}:${item.id}`];
        if (r?.rating) out.push({ category: c.id, id: item.id, rating: r.rating, note: r.note ?? '' });
      }
      return out;
    };

    async function review() {
      error.textContent = '';
      const chosen = collect();
      if (!chosen.length) { error.textContent = 'Rate at least one item first.'; return; }
      try {
        const result = await post('/api/alignment/preview', { ratings: chosen });
        const lean = h('textarea', { id: 'new-lean', rows: 5, value: result.suggestions.lean_into.join('\n'), 'aria-describedby': 'new-lean-hint' });
        const hand = h('textarea', { id: 'new-hand', rows: 5, value: result.suggestions.hand_off.join('\n'), 'aria-describedby': 'new-hand-hint' });
        const saveError = h('p', { class: 'field-error', role: 'alert' });
        const skipped = itemCount - chosen.length;
        replace(resultArea, h('section', { class: 'card result', 'aria-labelledby': 'result-title' },
          h('h2', { id: 'result-title', tabindex: '-1', text: 'Your result' }),
          skipped ? h('p', { class: 'small muted', text: `${skipped} item${skipped > 1 ? 's are' : ' is'} not rated and left out.` }) : null,
          warningsBox(result.warnings),
          scoreTiles(result.scores, snapshots[0] ? { ...snapshots[0] } : null, form.categories),
          h('div', { class: 'grid actions-grid' },
            h('div', { class: 'field' }, h('label', { for: 'new-lean', text: 'Work to lean into' }),
              h('p', { class: 'hint', id: 'new-lean-hint', text: 'Suggested from your best-fitting strengths, passions and skills. Edit freely: one kind of work per line.' }), lean),
            h('div', { class: 'field' }, h('label', { for: 'new-hand', text: 'Work to avoid, postpone or hand off' }),
              h('p', { class: 'hint', id: 'new-hand-hint', text: 'Suggested from your lowest-fitting items. One per line.' }), hand)),
          h('div', { class: 'inline-actions' },
            h('button', {
              type: 'button', class: 'primary', text: 'Save this snapshot',
              onclick: async () => {
                try {
                  const created = await post('/api/alignment/assessments', { ratings: chosen, lean_into: lines(lean.value), hand_off: lines(hand.value) });
                  drafts.clear();
                  ratingDirty = false;
                  toast('Snapshot saved');
                  snapshots = (await get('/api/alignment/assessments')).items;
                  renderTrend();
                  renderRateStart();
                  await openSnapshot(created.id, true);
                } catch (e) {
                  saveError.textContent = e.message;
                }
              },
            })),
          saveError));
        resultArea.querySelector('h2').focus();
      } catch (e) {
        error.textContent = e.message;
        const match = /^ratings\[(\d+)\]/.exec(e.field ?? '');
        if (match) {
          const r = chosen[Number(match[1])];
          rateArea.querySelector(`[data-key="${r.category}:${r.id}"] input`)?.focus();
        }
      }
    }

    replace(rateArea, h('form', { class: 'rating-form', novalidate: true, 'aria-label': 'Rate your fit with the mission', onsubmit: (e) => { e.preventDefault(); review(); } },
      h('section', { class: 'card mission-card' },
        h('h2', { text: 'The mission' }),
        h('p', { class: 'statement', text: form.mission }),
        h('p', { class: 'small muted', text: 'For each item, ask: how well does this fit what the organisation is trying to do? Skip an item to leave it out.' })),
      CATEGORIES.filter((c) => form.items[c.id].length).map((c) => h('section', { class: 'card rate-category', dataset: { category: c.id } },
        h('h2', { text: c.title }),
        h('p', { class: 'small muted', text: form.categories.find((x) => x.id === c.id).rule }),
        form.items[c.id].map((item) => itemField(c, item)))),
      h('div', { class: 'save-bar' }, h('button', { type: 'submit', class: 'primary', text: 'See my result' }),
        h('button', { type: 'button', text: 'Cancel', onclick: () => { if (!ratingDirty || window.confirm('Discard these ratings?')) { drafts.clear(); ratingDirty = false; renderRateStart(); } } }), error),
      resultArea));
    rateArea.querySelector('input[type="radio"]')?.focus();
  }

  main.append(...pageHeader('alignment', 'Alignment with the mission', 'How well your values, skills, strengths and passions fit your organisation’s mission, and how that changes month to month.'),
    rateArea, snapshotArea, trendArea);
  renderTrend();
  if (drafts.load()?.data && Object.keys(drafts.load().data).length) {
    renderRating();
    rateArea.prepend(h('div', { class: 'notice', role: 'status' }, h('p', { text: 'Restored the ratings you had not saved yet.' })));
  } else {
    renderRateStart();
  }
  if (snapshots.length) await openSnapshot(snapshots[0].id, false);
  return { title: 'Alignment', isDirty: () => ratingDirty };
}
