// Balance: rate life areas 0-10 as dated snapshots drawn as a wheel (the previous one overlaid), edit the
// areas, and keep the boundaries and self-care routines the monthly review checks against.
import { ApiError, del, get, post, put } from '../api.js';
import { h, replace, toast } from '../dom.js';
import { radarChart } from '../values/charts.js';
import { listEditor } from '../values/lists.js';
import { pageHeader } from '../values/nav.js';

const formatDate = (iso) => new Date(`${iso}T12:00:00`).toLocaleDateString(undefined, { dateStyle: 'medium' });

export async function render(main) {
  let [areas, snapshots] = await Promise.all([get('/api/balance/areas'), get('/api/balance/snapshots').then((r) => r.items)]);
  const wheelArea = h('div');
  const rateArea = h('div');
  const areasArea = h('div');
  let dirty = false;

  function renderWheel() {
    const [latest, previous] = snapshots;
    if (!latest) {
      return replace(wheelArea, h('section', { class: 'card empty-state' }, h('h2', { text: 'Your balance wheel' }),
        h('p', { text: 'Rate each area of your life from 0 (badly neglected) to 10 (thriving). Do it once a month and the wheel shows what is changing.' })));
    }
    const axes = [...new Set([...areas.items.map((a) => a.name), ...latest.ratings.map((r) => r.area)])];
    const layer = (s, name, cls) => ({ name, cls, values: Object.fromEntries(s.ratings.map((r) => [r.area, r.rating])) });
    replace(wheelArea, h('section', { class: 'card', 'aria-labelledby': 'wheel-title' },
      h('h2', { id: 'wheel-title', text: `Balance on ${formatDate(latest.rated_on)}` }),
      h('div', { class: 'wheel-layout' },
        radarChart({
          title: `Balance wheel: ${latest.ratings.map((r) => `${r.area} ${r.rating}`).join(', ')}${previous ? `; previous snapshot overlaid` : ''}`,
          axes,
          layers: [...(previous ? [layer(previous, `Previous, ${formatDate(previous.rated_on)}`, 'previous')] : []), layer(latest, `Latest, ${formatDate(latest.rated_on)}`, 'latest')],
        }),
        h('div', {},
          h('ul', { class: 'legend' },
            h('li', {}, h('span', { class: 'swatch latest', 'aria-hidden': 'true' }), `Latest (${formatDate(latest.rated_on)})`),
            previous ? h('li', {}, h('span', { class: 'swatch previous', 'aria-hidden': 'true' }), `Previous (${formatDate(previous.rated_on)})`) : null),
          h('p', {}, h('strong', { text: `Average ${latest.average}` }), h('span', { class: 'muted small', text: ' · the mean of the areas you rated, 0 to 10' })),
          latest.drops.length ? h('div', { class: 'notice warning' }, h('p', { text: 'Dropped by 2 or more since last time:' }),
            h('ul', {}, latest.drops.map((d) => h('li', { text: `${d.area}: ${d.previous} → ${d.current}` })))) : null,
          latest.lowest.length ? h('p', { class: 'small' }, 'Lowest now: ', latest.lowest.map((r) => `${r.area} (${r.rating})`).join(', ')) : null,
          snapshots.length > 1 ? h('details', {}, h('summary', { text: `All ${snapshots.length} snapshots` }),
            h('ul', { class: 'snapshot-list' }, snapshots.map((s) => h('li', {}, `${formatDate(s.rated_on)} · average ${s.average} `,
              h('button', {
                type: 'button', class: 'link danger', text: 'Delete', 'aria-label': `Delete the snapshot of ${formatDate(s.rated_on)}`,
                onclick: async () => {
                  if (!window.confirm(`Delete the balance snapshot of ${formatDate(s.rated_on)}?`)) return;
                  await del(`/api/balance/snapshots/${s.id}`);
                  snapshots = (await get('/api/balance/snapshots')).items;
                  renderWheel();
                  toast('Snapshot deleted');
                },
              }))))) : null))));
  }

  function renderRate() {
    const last = Object.fromEntries((snapshots[0]?.ratings ?? []).map((r) => [r.area.toLowerCase(), r.rating]));
    const values = {};
    const error = h('p', { class: 'field-error', role: 'alert' });
    const rows = areas.items.map((a, i) => {
      const id = `area-${i}`;
      const start = last[a.name.toLowerCase()] ?? 5;
      values[a.name] = start;
      const output = h('output', { for: id, class: 'area-value', text: String(start) });
      const range = h('input', { type: 'range', id, min: 0, max: 10, step: 1, value: String(start), 'aria-describedby': `${id}-desc` });
      range.addEventListener('input', () => { values[a.name] = Number(range.value); output.textContent = range.value; dirty = true; });
      return h('div', { class: 'area-row' },
        h('label', { for: id, text: a.name }),
        range, output,
        h('p', { class: 'small muted', id: `${id}-desc`, text: a.description }));
    });
    replace(rateArea, h('form', { class: 'card balance-form', novalidate: true, 'aria-labelledby': 'rate-title',
      onsubmit: async (e) => {
        e.preventDefault();
        try {
          await post('/api/balance/snapshots', { ratings: areas.items.map((a) => ({ area: a.name, rating: values[a.name] })) });
          dirty = false;
          snapshots = (await get('/api/balance/snapshots')).items;
          toast('Balance snapshot saved');
          renderWheel();
          renderRate();
          wheelArea.querySelector('h2')?.scrollIntoView({ block: 'start' });
        } catch (err) {
          error.textContent = err.message;
        }
      },
    },
    h('h2', { id: 'rate-title', text: 'How does each area feel right now?' }),
    h('p', { class: 'muted small', text: '0 = badly neglected, 10 = thriving. The sliders start where you left them last time.' }),
    rows,
    h('div', { class: 'inline-actions' }, h('button', { type: 'submit', class: 'primary', text: 'Save snapshot' })), error));
  }

  function renderAreas() {
    const edit = areas.items.map((a) => ({ ...a }));
    const error = h('p', { class: 'field-error', role: 'alert' });
    const list = h('ol', { class: 'areas-edit' });
    const draw = () => replace(list, edit.map((a, i) => {
      const name = h('input', { type: 'text', value: a.name, 'aria-label': `Area ${i + 1} name`, id: `areas-${i}-name` });
      const desc = h('input', { type: 'text', value: a.description, 'aria-label': `Area ${i + 1} description`, placeholder: 'One line (optional)' });
      name.addEventListener('input', () => { a.name = name.value; });
      desc.addEventListener('input', () => { a.description = desc.value; });
      return h('li', {}, name, desc, h('button', { type: 'button', class: 'link danger', text: 'Remove', 'aria-label': `Remove area ${a.name}`, onclick: () => { edit.splice(i, 1); draw(); } }));
    }));
    draw();
    replace(areasArea, h('details', { class: 'card edit-areas' },
      h('summary', { text: 'Edit life areas' }),
      h('p', { class: 'muted small', text: 'Between 3 and 12 areas. Earlier snapshots keep the names they were rated with.' }),
      list,
      h('div', { class: 'inline-actions' },
        h('button', { type: 'button', text: 'Add an area', onclick: () => { edit.push({ name: '', description: '' }); draw(); list.querySelector('li:last-child input')?.focus(); } }),
        h('button', {
          type: 'button', class: 'primary', text: 'Save areas',
          onclick: async () => {
            error.textContent = '';
            try {
              areas = await put('/api/balance/areas', { areas: edit, version: areas.version });
              toast('Life areas saved');
              renderRate();
              renderAreas();
              renderWheel();
            } catch (err) {
              if (err instanceof ApiError && err.status === 409) areas = err.body.current;
              error.textContent = err.status === 409 ? 'The areas were changed in another tab; reload to see them.' : err.message;
              main.querySelector(`#${(err.field ?? '').replace(/\[(\d+)\]\./, '-$1-')}`)?.focus();
            }
          },
        })), error));
  }

  const practices = await Promise.all([
    listEditor({ list: 'boundaries', title: 'Boundaries', singular: 'boundary', maxName: 300, placeholder: 'e.g. No work email after 19:00', hint: 'Lines you hold to protect what matters. Your monthly review checks them.', empty: 'No boundaries yet.' }),
    listEditor({ list: 'self_care', title: 'Self-care routines', singular: 'routine', maxName: 300, placeholder: 'e.g. A walk at lunch', hint: 'The habits that keep you well.', empty: 'No routines yet.' }),
  ]);

  main.append(...pageHeader('balance', 'Balance, boundaries and self-care', 'A regular check across the areas of your life, plus the boundaries and routines that protect them.'),
    wheelArea, rateArea, areasArea, h('div', { class: 'grid' }, practices));
  renderWheel();
  renderRate();
  renderAreas();
  return { title: 'Balance', isDirty: () => dirty };
}
