// Balance: rate life areas 0-10 as dated snapshots drawn as a wheel (the previous one overlaid), edit the
// areas, and keep the boundaries and self-care routines the monthly review checks against.
import { ApiError, del, get, post, put } from '../shared/api.js';
import { formatDate, h, replace, toast } from '../shared/dom.js';
import { balanceRater, wheelCard } from './balance-wheel.js';
import { listEditor } from './lists.js';
import { pageHeader } from './nav.js';

// The two practice lists; `review` is the address of this month's review (journal cadence), where each
// boundary and routine is marked kept or slipped.
const practices = (review) => [
  {
    list: 'boundaries', title: 'Boundaries', singular: 'boundary', maxName: 300, placeholder: 'e.g. No work email after 19:00', empty: 'No boundaries yet.',
    hint: ['Lines you hold to protect what matters. ', h('a', { href: review, 'data-link': true, text: 'Your monthly review checks them' }), ': kept or slipped, with a note.'],
  },
  {
    list: 'self_care', title: 'Self-care routines', singular: 'routine', maxName: 300, placeholder: 'e.g. A walk at lunch', empty: 'No routines yet.',
    hint: ['The habits that keep you well, and how often. Your weekly reflection ticks them off; the ', h('a', { href: review, 'data-link': true, text: 'monthly review' }), ' asks about them too.'],
    frequency: true,
  },
];

class Balance {
  constructor(main, areas, snapshots) {
    this.main = main;
    this.areas = areas;
    this.snapshots = snapshots;
    this.wheelArea = h('div');
    this.rateArea = h('div');
    this.areasArea = h('div');
  }

  renderWheel() {
    replace(this.wheelArea, wheelCard(this.areas, this.snapshots, (s) => this.deleteSnapshot(s)));
  }

  async deleteSnapshot(s) {
    if (!window.confirm(`Delete the balance snapshot of ${formatDate(s.rated_on)}?`)) return;
    await del(`/api/balance/snapshots/${s.id}`);
    this.snapshots = (await get('/api/balance/snapshots')).items;
    this.renderWheel();
    toast('Snapshot deleted');
  }

  renderRate() {
    const error = h('p', { class: 'field-error', role: 'alert' });
    const rater = balanceRater({
      areas: this.areas.items, last: this.snapshots[0]?.ratings, idBase: 'area', label: 'Save snapshot',
      onSave: async (ratings) => {
        try {
          await post('/api/balance/snapshots', { ratings });
          rater.done();
          this.snapshots = (await get('/api/balance/snapshots')).items;
          toast('Balance snapshot saved');
          this.renderWheel();
          this.renderRate();
          this.wheelArea.querySelector('h2')?.scrollIntoView({ block: 'start' });
        } catch (err) {
          error.textContent = err.message;
        }
      },
    });
    this.rater = rater;
    replace(this.rateArea, h('section', { class: 'card values-balance-form', 'aria-labelledby': 'rate-title' },
      h('h2', { id: 'rate-title', text: 'How does each area feel right now?' }),
      h('p', { class: 'muted small', text: '0 = badly neglected, 10 = thriving. The sliders start where you left them last time.' }),
      rater.el, error));
  }

  async saveAreas(edit, error) {
    error.textContent = '';
    try {
      this.areas = await put('/api/balance/areas', { areas: edit, version: this.areas.version });
      toast('Life areas saved');
      this.renderRate();
      this.renderAreas();
      this.renderWheel();
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) this.areas = err.body.current;
      error.textContent = err.status === 409 ? 'The areas were changed in another tab; reload to see them.' : err.message;
      this.main.querySelector(`#${(err.field ?? '').replace(/\[(\d+)\]\./, '-$1-')}`)?.focus();
    }
  }

  renderAreas() {
    const edit = this.areas.items.map((a) => ({ ...a }));
    const error = h('p', { class: 'field-error', role: 'alert' });
    const list = h('ol', { class: 'values-areas-list' });
    const draw = () => replace(list, edit.map((a, i) => {
      const name = h('input', { type: 'text', value: a.name, 'aria-label': `Area ${i + 1} name`, id: `areas-${i}-name` });
      const desc = h('input', { type: 'text', value: a.description, 'aria-label': `Area ${i + 1} description`, placeholder: 'One line (optional)' });
      name.addEventListener('input', () => { a.name = name.value; });
      desc.addEventListener('input', () => { a.description = desc.value; });
      return h('li', {}, name, desc, h('button', { type: 'button', class: 'link danger', text: 'Remove', 'aria-label': `Remove area ${a.name}`, onclick: () => { edit.splice(i, 1); draw(); } }));
    }));
    draw();
    replace(this.areasArea, h('details', { class: 'card values-edit-areas' },
      h('summary', { text: 'Edit life areas' }),
      h('p', { class: 'muted small', text: 'Between 3 and 12 areas. Earlier snapshots keep the names they were rated with.' }),
      list,
      h('div', { class: 'actions' },
        h('button', { type: 'button', text: 'Add an area', onclick: () => { edit.push({ name: '', description: '' }); draw(); list.querySelector('li:last-child input')?.focus(); } }),
        h('button', { type: 'button', class: 'primary', text: 'Save areas', onclick: () => this.saveAreas(edit, error) })), error));
  }
}

export async function render(main, { data }) {
  const cadence = await data.cadence;
  const review = cadence?.monthly.entry_id ? `/journal/${cadence.monthly.entry_id}` : '/journal/new/monthly';
  const [areas, snapshots, ...lists] = await Promise.all([
    data.areas, data.snapshots, ...practices(review).map((spec) => listEditor(spec, data[spec.list])),
  ]);
  const page = new Balance(main, areas, snapshots.items);
  main.append(...pageHeader('balance', 'Balance, boundaries and self-care', 'A regular check across the areas of your life, plus the boundaries and routines that protect them.'),
    page.wheelArea, page.rateArea, page.areasArea, h('div', { class: 'grid' }, lists));
  page.renderWheel();
  page.renderRate();
  page.renderAreas();
  return { title: 'Balance', isDirty: () => page.rater.isDirty() };
}
