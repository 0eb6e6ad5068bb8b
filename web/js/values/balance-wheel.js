// The balance wheel card: the latest snapshot drawn as a radar wheel with the previous one overlaid,
// its average, drops and lowest areas, and the list of all snapshots; and the sliders that rate the areas.
import { formatDate, h } from '../shared/dom.js';
import { radarChart } from './charts.js';

const layer = (s, name, cls) => ({ name, cls, values: Object.fromEntries(s.ratings.map((r) => [r.area, r.rating])) });

function facts(latest, previous) {
  return [
    h('ul', { class: 'values-legend' },
      h('li', {}, h('span', { class: 'values-swatch values-swatch--latest', 'aria-hidden': 'true' }), `Latest (${formatDate(latest.rated_on)})`),
      previous ? h('li', {}, h('span', { class: 'values-swatch values-swatch--previous', 'aria-hidden': 'true' }), `Previous (${formatDate(previous.rated_on)})`) : null),
    h('p', {}, h('strong', { text: `Average ${latest.average}` }), h('span', { class: 'muted small', text: ' · the mean of the areas you rated, 0 to 10' })),
    latest.drops.length ? h('div', { class: 'notice warning' }, h('p', { text: 'Dropped by 2 or more since last time:' }),
      h('ul', {}, latest.drops.map((d) => h('li', { text: `${d.area}: ${d.previous} → ${d.current}` })))) : null,
    latest.lowest.length ? h('p', { class: 'small' }, 'Lowest now: ', latest.lowest.map((r) => `${r.area} (${r.rating})`).join(', ')) : null,
  ];
}

function snapshotList(snapshots, onDelete) {
  if (snapshots.length < 2) return null;
  return h('details', {}, h('summary', { text: `All ${snapshots.length} snapshots` }),
    h('ul', { class: 'values-snapshot-list' }, snapshots.map((s) => h('li', {}, `${formatDate(s.rated_on)} · average ${s.average} `,
      h('button', {
        type: 'button', class: 'link danger', text: 'Delete', 'aria-label': `Delete the snapshot of ${formatDate(s.rated_on)}`, onclick: () => onDelete(s),
      })))));
}

// The wheel card for `areas` (GET /api/balance/areas) and `snapshots` (newest first).
export function wheelCard(areas, snapshots, onDelete) {
  const [latest, previous] = snapshots;
  if (!latest) {
    return h('section', { class: 'card empty-state' }, h('h2', { text: 'Your balance wheel' }),
      h('p', { text: 'Rate each area of your life from 0 (badly neglected) to 10 (thriving). Do it once a month and the wheel shows what is changing.' }));
  }
  const axes = [...new Set([...areas.items.map((a) => a.name), ...latest.ratings.map((r) => r.area)])];
  return h('section', { class: 'card', 'aria-labelledby': 'wheel-title' },
    h('h2', { id: 'wheel-title', text: `Balance on ${formatDate(latest.rated_on)}` }),
    h('div', { class: 'values-wheel-layout' },
      radarChart({
        title: `Balance wheel: ${latest.ratings.map((r) => `${r.area} ${r.rating}`).join(', ')}${previous ? '; previous snapshot overlaid' : ''}`,
        axes,
        layers: [...(previous ? [layer(previous, `Previous, ${formatDate(previous.rated_on)}`, 'previous')] : []), layer(latest, `Latest, ${formatDate(latest.rated_on)}`, 'latest')],
      }),
      h('div', {}, facts(latest, previous), snapshotList(snapshots, onDelete))));
}

// Sliders rating each of `areas` (GET /api/balance/areas items) from 0 to 10, starting where `last` (a
// snapshot's ratings, or none) left them, else at 5; ids start with `idBase`. Pressing `label` calls
// onSave(ratings) (ratings as POST /api/balance/snapshots takes them). Returns {el, isDirty(), done()}:
// done() marks the sliders as saved.
export function balanceRater({ areas, last, idBase, label, onSave }) {
  const previous = Object.fromEntries((last ?? []).map((r) => [r.area.toLowerCase(), r.rating]));
  const values = {};
  let dirty = false;
  const rows = areas.map((a, i) => {
    const id = `${idBase}-${i}`;
    const start = previous[a.name.toLowerCase()] ?? 5;
    values[a.name] = start;
    const output = h('output', { for: id, class: 'values-area-value', text: String(start) });
    const range = h('input', { type: 'range', id, min: 0, max: 10, step: 1, value: String(start), 'aria-describedby': `${id}-desc` });
    range.addEventListener('input', () => { values[a.name] = Number(range.value); output.textContent = range.value; dirty = true; });
    return h('div', { class: 'values-area-row' }, h('label', { for: id, text: a.name }), range, output,
      h('p', { class: 'small muted', id: `${id}-desc`, text: a.description }));
  });
  const save = () => onSave(areas.map((a) => ({ area: a.name, rating: values[a.name] })));
  return {
    el: h('div', { class: 'values-balance-rater' }, rows,
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', text: label, onclick: save }))),
    isDirty: () => dirty,
    done: () => { dirty = false; },
  };
}
