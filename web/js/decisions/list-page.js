// Decisions: every decision with filters by status, and a short form to start a new one.
import { ApiError, post } from '../shared/api.js';
import { dateElement, h, navigate, pageHeader, replace, setAddress } from '../shared/dom.js';
import { statusBadge } from './common.js';

const FILTERS = [
  { key: 'all', label: 'All', test: () => true },
  { key: 'open', label: 'Open', test: (d) => d.status === 'open' },
  { key: 'due', label: 'Review due', test: (d) => d.review_due },
  { key: 'decided', label: 'Decided', test: (d) => d.status === 'decided' },
  { key: 'reviewed', label: 'Reviewed', test: (d) => d.status === 'reviewed' },
];

function listItem(d) {
  return h('li', { class: 'dec-list__item' },
    h('div', { class: 'dec-list__title' },
      h('a', { href: `/decisions/${d.id}`, 'data-link': true, text: d.title }), ' ', statusBadge(d.status, d.review_due)),
    h('p', { class: 'small muted' },
      `${d.option_count} options · ${d.criterion_count} criteria`,
      d.deadline && d.status === 'open' ? [' · decide by ', dateElement(d.deadline)] : null,
      d.chosen_option_name ? ` · chose ${d.chosen_option_name}` : null,
      d.review_date && d.status === 'decided' ? [' · review ', dateElement(d.review_date)] : null));
}

// The list with its filter buttons; the filter is kept in the address (?status=).
function decisionList(items) {
  const params = new URLSearchParams(location.search);
  let filter = FILTERS.some((f) => f.key === params.get('status')) ? params.get('status') : 'all';
  const listArea = h('div', { 'aria-live': 'polite' });
  const filterBar = h('div', { class: 'dec-filters', role: 'group', 'aria-label': 'Show decisions' });
  const renderList = () => {
    const shown = items.filter(FILTERS.find((f) => f.key === filter).test);
    if (items.length === 0) replace(listArea, h('p', { class: 'muted', text: 'No decisions yet. Start one above: name the choice in front of you, and pick a template if one fits.' }));
    else if (shown.length === 0) replace(listArea, h('p', { class: 'muted', text: 'No decisions match this filter.' }));
    else replace(listArea, h('ul', { class: 'dec-list' }, shown.map(listItem)));
  };
  const renderFilters = () => replace(filterBar, FILTERS.map((f) => h('button', {
    type: 'button', class: 'dec-filter', 'aria-pressed': String(f.key === filter),
    onclick: () => {
      filter = f.key;
      setAddress(f.key === 'all' ? '/decisions' : `/decisions?status=${f.key}`);
      renderFilters();
      renderList();
    },
  }, f.label, h('span', { class: 'dec-filter__count', text: String(items.filter(f.test).length) }))));
  renderFilters();
  renderList();
  return h('section', { class: 'card', 'aria-labelledby': 'decisions-list-title' },
    h('h2', { id: 'decisions-list-title', text: 'My decisions' }), filterBar, listArea);
}

async function create(title, template, error, button) {
  error.textContent = '';
  title.removeAttribute('aria-invalid');
  if (!title.value.trim()) {
    error.textContent = 'Give the decision a title first.';
    title.setAttribute('aria-invalid', 'true');
    title.focus();
    return;
  }
  button.disabled = true;
  try {
    const created = await post('/api/decisions', { title: title.value, ...(template.value ? { template: template.value } : {}) });
    navigate(`/decisions/${created.id}`);
  } catch (e) {
    error.textContent = e instanceof ApiError ? e.message : String(e);
    if (e.field === 'title') title.setAttribute('aria-invalid', 'true');
  } finally {
    button.disabled = false;
  }
}

function newDecisionForm(templates) {
  const title = h('input', { type: 'text', id: 'new-decision-title', name: 'title', maxlength: 200, required: true, 'aria-describedby': 'new-decision-title-hint new-decision-error' });
  const template = h('select', { id: 'new-decision-template', name: 'template', 'aria-describedby': 'new-decision-template-hint' },
    h('option', { value: '', text: 'Blank: two options and one criterion' }),
    templates.items.map((t) => h('option', { value: t.key, text: `${t.title}: ${t.criteria.map((c) => c.name.toLowerCase()).join(', ')}` })));
  const error = h('p', { class: 'field-error', id: 'new-decision-error', role: 'alert' });
  const button = h('button', { type: 'submit', class: 'primary', text: 'Create decision' });
  const form = h('form', { class: 'card dec-new', novalidate: true, 'aria-labelledby': 'new-decision-heading' },
    h('h2', { id: 'new-decision-heading', text: 'Weigh a new decision' }),
    h('div', { class: 'dec-new__fields' },
      h('div', { class: 'field' },
        h('label', { for: 'new-decision-title', text: 'What are you deciding?' }),
        h('p', { class: 'hint', id: 'new-decision-title-hint', text: 'For example: "Accept the regional director offer?"' }),
        title),
      h('div', { class: 'field' },
        h('label', { for: 'new-decision-template', text: 'Start from' }),
        h('p', { class: 'hint', id: 'new-decision-template-hint', text: 'Every template includes staying as you are: declining is a real option.' }),
        template)),
    error, button);
  form.addEventListener('submit', (event) => { event.preventDefault(); create(title, template, error, button); });
  return form;
}

export async function render(main, { data }) {
  const [{ items }, templates] = await Promise.all([data.decisions, data.templates]);
  main.append(
    pageHeader('Decisions', 'Weigh a big choice against criteria that come from your values, see how robust the answer is, record what you chose and look back later.'),
    newDecisionForm(templates),
    decisionList(items));
  return { title: 'Decisions' };
}
