// Search in People & learning (/people/search?q=): words in check-in notes and agendas, feedback (what was
// said, the context, your reflection) and takeaways and quotes, best matches first.
import { get } from '../shared/api.js';
import { dateElement, h, replace } from '../shared/dom.js';
import { highlighted } from '../journal/render.js';
import { peopleHeader } from './common.js';

const KIND_LABELS = { check_in: 'Check-in', feedback: 'Feedback', note: 'Learning' };

// Where a hit lives in the app.
function hitHref(hit) {
  if (hit.kind === 'check_in') return `/people/check-ins/${hit.id}`;
  if (hit.kind === 'feedback') return `/people/feedback/${hit.id}`;
  return `/people/learning/${hit.parent_id}`;
}

function results(reply) {
  if (reply.query === null) return h('p', { class: 'muted', text: 'Type a word or two: every word must appear; "quoted words" match as a phrase; accents are ignored.' });
  if (!reply.items.length) return h('p', { class: 'muted', text: `Nothing matches “${reply.query}”.` });
  return h('ol', { class: 'people-search-results', 'aria-label': 'Results' }, reply.items.map((hit) => h('li', { class: 'card' },
    h('p', { class: 'small muted' }, h('span', { class: 'badge', text: KIND_LABELS[hit.kind] }), ' ', dateElement(hit.date)),
    h('h2', {}, h('a', { href: hitHref(hit), 'data-link': true, text: hit.title })),
    h('p', { class: 'people-search-results__snippet' }, highlighted(hit.snippet)))));
}

export async function render(main, { data }) {
  const [reply, query] = await Promise.all([data.results, data.query]);
  const input = h('input', { type: 'search', name: 'q', id: 'people-search-q', value: query ?? '', autocomplete: 'off' });
  const status = h('p', { class: 'visually-hidden', role: 'status' });
  const area = h('div');
  const form = h('form', { class: 'people-search-form', role: 'search', 'aria-label': 'Search People and learning' },
    h('label', { for: input.id, class: 'visually-hidden', text: 'Search words' }), input, h('button', { type: 'submit', class: 'primary', text: 'Search' }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const q = input.value.trim();
    history.replaceState(null, '', q ? `/people/search?q=${encodeURIComponent(q)}` : '/people/search');
    const fresh = await get(`/api/people/search?q=${encodeURIComponent(q)}`).catch((error) => ({ error }));
    if (fresh.error) { replace(area, h('p', { class: 'field-error', role: 'alert', text: fresh.error.message })); return; }
    replace(area, results(fresh));
    status.textContent = fresh.query === null ? '' : `${fresh.items.length} ${fresh.items.length === 1 ? 'result' : 'results'}`;
  });
  main.append(...peopleHeader('search'), form, status, area);
  replace(area, results(reply));
  if (!query) input.focus();
  return { title: query ? `Search: ${query}` : 'Search' };
}
