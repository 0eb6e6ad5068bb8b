// The one route table of the whole UI: each path's page module, its stylesheets and the API replies it
// starts from (requested while the module loads). Importing this file does nothing; matchRoute() only reads
// the table.
import { get, loadCoreValues } from './shared/api.js';

const id = (params) => encodeURIComponent(params.id);
// A reply that may fail without failing the page (another module that does not answer): null then.
const optional = (path) => get(path).catch(() => null);

// A monthly review's starting data (journal/monthly-review.js loadMonthly): the saved review of entry `entryId`
// (none for a new one), the facts of `month` ("current": today's) compared with the snapshots it kept, the
// life areas, the alignment form, the initiatives.
const monthlyData = (month, entryId) => {
  const review = entryId ? optional(`/api/reviews/${entryId}`) : Promise.resolve(null);
  const chosen = (r) => {
    const query = new URLSearchParams();
    if (r?.balance.snapshot_id) query.set('balance_snapshot_id', r.balance.snapshot_id);
    if (r?.alignment.assessment_id) query.set('alignment_assessment_id', r.alignment.assessment_id);
    return query.size ? `?${query}` : '';
  };
  return {
    review, facts: review.then((r) => get(`/api/reviews/months/${month}${chosen(r)}`)), areas: get('/api/balance/areas'),
    form: optional('/api/alignment/form'), initiatives: get('/api/initiatives'),
  };
};
// The feedback log's filters that an address can carry (/people/feedback?value=3).
const feedbackQuery = (query) => {
  const params = new URLSearchParams();
  for (const name of ['value', 'theme']) if (query.get(name)) params.set(name, query.get(name));
  return params.toString() ? `?${params}` : '';
};
// The newest alignment snapshot whole (its lists and what their items became), or null when there is none.
const latestAssessment = (list) => list.then((r) => r?.latest ?? null);

// path: "/" separated, ":name" matches one segment as params.name. page(): the module, whose
// render(main, {params, data}) returns (or resolves to) {title?, isDirty?(), dispose?(), focus?}: `focus`
// is the field typing is expected in after a navigation (an editor's first field; default the heading).
// styles: the module stylesheets under css/ it needs besides app.css.
// data(params, query): an object of promises the page awaits as it needs them. The GETs it starts at
// once are also listed in web/page-data.json (made by scripts/page_data.mjs), whose replies the server
// sends inside the HTML of a full load; variants: the values of a ":name" for which data() asks for more.
export const routes = [
  {
    path: '/', page: () => import('./home/page.js'), styles: ['home', 'values', 'journal', 'decisions', 'goals', 'people'],
    data: () => ({
      vision: get('/api/vision'), next: get('/api/home/next'), core: get('/api/values/core'), assessments: get('/api/alignment/assessments'),
      cadence: get('/api/journal/cadence'), decisions: get('/api/decisions'), initiatives: get('/api/initiatives'),
      people: optional('/api/people/home'),
      backups: optional('/api/backups/status'),
    }),
  },
  {
    path: '/vision', page: () => import('./vision/page.js'), styles: [],
    data: () => ({ vision: get('/api/vision'), history: get('/api/vision/history'), yearAgo: optional('/api/vision/a-year-ago') }),
  },
  {
    path: '/values', page: () => import('./values/overview-page.js'),
    styles: ['values'],
    data: () => ({
      core: get('/api/values/core'), current: get('/api/values/sorts/current'), sorts: get('/api/values/sorts'), yearAgo: optional('/api/values/a-year-ago'),
      skills: get('/api/lists/skills'), strengths: get('/api/lists/strengths'), passions: get('/api/lists/passions'),
    }),
  },
  {
    path: '/values/sort', page: () => import('./values/sort-page.js'), styles: ['values'],
    data: () => ({
      catalog: get('/api/values/catalog'), custom: get('/api/values/custom'), current: get('/api/values/sorts/current'), core: get('/api/values/core'),
    }),
  },
  {
    path: '/values/alignment', page: () => import('./values/alignment-page.js'),
    styles: ['values'],
    data: () => {
      const assessments = get('/api/alignment/assessments');
      // compare: the newest against the one before it (null with fewer than two), the compare card's first view.
      return { form: get('/api/alignment/form'), assessments, latest: latestAssessment(assessments), compare: optional('/api/alignment/compare') };
    },
  },
  {
    path: '/values/worksheet', page: () => import('./values/worksheet-page.js'), styles: ['values'],
    data: () => ({ sheet: get('/api/alignment/worksheet') }),
  },
  {
    path: '/values/vision-builder', page: () => import('./values/builder-page.js'), styles: ['values'],
    data: () => ({ core: get('/api/values/core'), vision: get('/api/vision') }),
  },
  {
    path: '/values/balance', page: () => import('./values/balance-page.js'),
    styles: ['values'],
    data: () => ({
      areas: get('/api/balance/areas'), snapshots: get('/api/balance/snapshots'),
      boundaries: get('/api/lists/boundaries'), self_care: get('/api/lists/self_care'), cadence: optional('/api/journal/cadence'),
    }),
  },
  {
    path: '/decisions', page: () => import('./decisions/list-page.js'), styles: ['decisions'],
    data: () => ({ decisions: get('/api/decisions'), templates: get('/api/decisions/templates') }),
  },
  {
    path: '/decisions/:id', page: () => import('./decisions/decision-page.js'), styles: ['decisions'],
    data: (params) => ({ decision: get(`/api/decisions/${id(params)}`), core: loadCoreValues() }),
  },
  {
    path: '/journal', page: () => import('./journal/list-page.js'), styles: ['journal'],
    // The address's query is the search's own (journal/search-form.js writes it): a search when it has words.
    data: (params, query) => ({
      entries: get(`/api/journal/${query.get('q')?.trim() ? 'search' : 'entries'}?${query}`),
      cadence: get('/api/journal/cadence'), core: loadCoreValues(),
    }),
  },
  {
    path: '/journal/new/:kind', page: () => import('./journal/editor-page.js'), styles: ['journal', 'values', 'goals'],
    variants: [{ kind: 'weekly' }, { kind: 'monthly' }],
    data: (params) => ({
      kinds: get('/api/journal/kinds'), entry: Promise.resolve(null), core: loadCoreValues(),
      experiments: params.kind === 'weekly' ? optional('/api/learning/experiments') : Promise.resolve(null),
      monthly: Promise.resolve(params.kind === 'monthly' ? monthlyData('current') : null),
      selfCare: params.kind === 'weekly' ? optional('/api/lists/self_care') : Promise.resolve(null),
    }),
  },
  {
    path: '/journal/year/:year', page: () => import('./journal/year-page.js'), styles: ['journal', 'values'],
    data: (params) => ({ year: get(`/api/reviews/years/${encodeURIComponent(params.year)}`) }),
  },
  {
    path: '/journal/trash', page: () => import('./journal/trash-page.js'), styles: ['journal'],
    data: () => ({ trash: get('/api/journal/trash') }),
  },
  {
    path: '/journal/lessons', page: () => import('./journal/lessons-page.js'), styles: ['journal'],
    data: () => ({ lessons: get('/api/journal/lessons') }),
  },
  {
    path: '/journal/:id', page: () => import('./journal/entry-page.js'), styles: ['journal', 'values'],
    data: (params) => {
      const entry = get(`/api/journal/entries/${id(params)}`);
      return {
        entry, kinds: get('/api/journal/kinds'), core: loadCoreValues(),
        review: entry.then((e) => (e.kind === 'monthly' ? optional(`/api/reviews/${e.id}`) : null)),
      };
    },
  },
  {
    path: '/journal/:id/edit', page: () => import('./journal/editor-page.js'), styles: ['journal', 'values', 'goals'],
    data: (params) => {
      const entry = get(`/api/journal/entries/${id(params)}`);
      // Asked for at once, whatever the entry's kind, so that it is not a second wait after the entry's.
      const routines = optional('/api/lists/self_care');
      return {
        kinds: get('/api/journal/kinds'), entry, core: loadCoreValues(),
        selfCare: entry.then((e) => (e.kind === 'weekly' ? routines : null)),
        monthly: entry.then((e) => (e.kind === 'monthly' ? monthlyData(e.date.slice(0, 7), e.id) : null)),
      };
    },
  },
  {
    path: '/goals', page: () => import('./goals/initiatives-page.js'), styles: ['goals', 'values'],
    data: () => ({
      initiatives: get('/api/initiatives'), stop: get('/api/stop-doing'), core: loadCoreValues(), vision: get('/api/vision'),
      alignment: latestAssessment(optional('/api/alignment/assessments')).catch(() => null),
    }),
  },
  {
    path: '/goals/roads', page: () => import('./goals/roads-page.js'), styles: ['goals'],
    data: () => ({ vision: get('/api/vision'), roads: get('/api/roads'), decisions: optional('/api/decisions'), initiatives: get('/api/initiatives') }),
  },
  {
    path: '/goals/priorities', page: () => import('./goals/priorities-page.js'), styles: ['goals'],
    data: () => ({ priorities: get('/api/priorities'), initiatives: get('/api/initiatives') }),
  },
  {
    path: '/people', page: () => import('./people/overview-page.js'), styles: ['people'],
    data: () => ({
      partners: get('/api/people/partners'), commitments: get('/api/people/commitments'), checkIns: get('/api/people/check-ins?limit=10'),
    }),
  },
  {
    path: '/people/feedback', page: () => import('./people/feedback-page.js'), styles: ['people'],
    data: (params, query) => ({
      feedback: get(`/api/feedback${feedbackQuery(query)}`), themes: get('/api/feedback/themes'), core: loadCoreValues(),
      filter: Promise.resolve({ value: query.get('value'), theme: query.get('theme') }),
    }),
  },
  {
    path: '/people/feedback/values', page: () => import('./people/values-page.js'), styles: ['people'],
    data: () => ({ values: get('/api/feedback/values') }),
  },
  {
    path: '/people/feedback/summary', page: () => import('./people/summary-page.js'), styles: ['people'],
    data: () => ({ summary: get('/api/feedback/summary'), themes: get('/api/feedback/themes') }),
  },
  {
    path: '/people/feedback/rounds', page: () => import('./people/rounds-page.js'), styles: ['people'],
    data: () => ({ rounds: get('/api/feedback/rounds') }),
  },
  {
    path: '/people/feedback/rounds/:id', page: () => import('./people/round-page.js'), styles: ['people'],
    data: (params) => ({ round: get(`/api/feedback/rounds/${id(params)}`), themes: get('/api/feedback/themes'), core: loadCoreValues() }),
  },
  {
    path: '/people/feedback/:id', page: () => import('./people/feedback-edit-page.js'), styles: ['people'],
    data: (params) => ({ feedback: get(`/api/feedback/${id(params)}`), themes: get('/api/feedback/themes'), core: loadCoreValues() }),
  },
  {
    path: '/people/learning', page: () => import('./people/learning-page.js'), styles: ['people'],
    data: () => ({ items: get('/api/learning/items?shelf=in_progress'), starter: get('/api/learning/starter') }),
  },
  {
    path: '/people/learning/:id', page: () => import('./people/item-page.js'), styles: ['people'],
    data: (params) => ({
      item: get(`/api/learning/items/${id(params)}`), core: loadCoreValues(), experiments: get('/api/learning/experiments'),
      initiatives: optional('/api/initiatives'),
    }),
  },
  {
    path: '/people/search', page: () => import('./people/search-page.js'), styles: ['people', 'journal'],
    data: (params, query) => ({
      results: get(`/api/people/search?q=${encodeURIComponent(query.get('q') ?? '')}`), query: Promise.resolve(query.get('q')),
    }),
  },
  {
    path: '/people/partners/:id', page: () => import('./people/partner-page.js'), styles: ['people'],
    data: (params) => ({ partner: get(`/api/people/partners/${id(params)}`) }),
  },
  {
    path: '/people/check-ins/new', page: () => import('./people/check-in-page.js'), styles: ['people'],
    data: (params, query) => ({
      partners: get('/api/people/partners'), checkIn: Promise.resolve(null),
      preparation: query.get('partner') ? optional(`/api/people/partners/${encodeURIComponent(query.get('partner'))}/preparation`) : Promise.resolve(null),
    }),
  },
  {
    path: '/people/check-ins/:id', page: () => import('./people/check-in-page.js'), styles: ['people'],
    data: (params) => ({ partners: get('/api/people/partners'), checkIn: get(`/api/people/check-ins/${id(params)}`), preparation: Promise.resolve(null) }),
  },
  {
    path: '/data', page: () => import('./data/page.js'), styles: ['data'],
    data: () => ({ backups: get('/api/backups') }),
  },
  {
    path: '/calendar', page: () => import('./calendar/page.js'),
    styles: ['calendar', 'data'], data: () => ({ feed: get('/api/calendar') }),
  },
];

// The route for `pathname` and its params ({id: "12"}), or null when no page lives there.
export function matchRoute(pathname) {
  const got = pathname.split('/');
  for (const route of routes) {
    const want = route.path.split('/');
    if (want.length !== got.length) continue;
    const params = {};
    const matches = want.every((part, i) => {
      if (!part.startsWith(':')) return part === got[i];
      params[part.slice(1)] = decodeURIComponent(got[i]);
      return true;
    });
    if (matches) return { route, params };
  }
  return null;
}
