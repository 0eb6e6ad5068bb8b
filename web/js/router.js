// The one route table of the whole UI: each path's page module, the modules it needs (fetched at once,
// side by side, instead of one import level at a time) and the API replies it starts from (requested
// while the modules load). Importing this file does nothing; matchRoute() only reads the table.
import { get, loadCoreValues } from './shared/api.js';

const id = (params) => encodeURIComponent(params.id);
// A reply that may fail without failing the page (another module that does not answer): null then.
const optional = (path) => get(path).catch(() => null);

const HOME = ['home/page.js', 'home/first-run.js', 'home/next-list.js', 'vision/home-section.js', 'values/home-section.js',
  'journal/home-section.js', 'journal/cadence.js', 'decisions/home-section.js', 'goals/home-section.js', 'goals/common.js',
  'people/home-section.js', 'people/common.js', 'data/home-section.js'];
// The Data page: its parts (export and import add theirs here).
const DATA = ['data/page.js', 'data/location-part.js', 'data/backups-part.js', 'data/confirm-dialog.js', 'data/export-part.js',
  'data/archive-part.js'];
const EDITOR = ['shared/editor.js', 'shared/merge.js', 'shared/fields.js'];
const DECISION = ['shared/editor.js', 'shared/merge.js', 'decisions/decision-page.js', 'decisions/matrix.js', 'decisions/header.js', 'decisions/options.js',
  'decisions/criteria.js', 'decisions/weights.js', 'decisions/pairs.js', 'decisions/scores.js', 'decisions/analysis.js',
  'decisions/record.js', 'decisions/review.js', 'decisions/common.js'];
// The monthly review's parts, and the parts of other modules it shows in place.
const MONTHLY = ['journal/monthly-review.js', 'journal/monthly-balance.js', 'journal/monthly-charts.js', 'journal/monthly-facts.js', 'journal/monthly-goals.js',
  'journal/monthly-practices.js', 'journal/monthly-record.js', 'journal/monthly-values.js', 'values/balance-wheel.js', 'values/charts.js', 'values/alignment-rows.js',
  'values/home-section.js', 'goals/milestones.js', 'goals/common.js'];
// The entry editor; a monthly review's editor also needs MONTHLY (it imports them only for one).
const JOURNAL_EDITOR = [...EDITOR, 'journal/editor-page.js', 'journal/editor-fields.js', 'journal/render.js', 'people/experiments-note.js',
  'journal/self-care-ticks.js'];
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
const PEOPLE = ['people/common.js', 'people/commitments.js'];
const CHECK_IN = [...PEOPLE, ...EDITOR, 'people/check-in-page.js', 'people/check-in-form.js', 'people/facts-panel.js'];
const FEEDBACK_FORM = [...PEOPLE, 'shared/fields.js', 'people/feedback-form.js', 'people/feedback-item.js'];
// The feedback log's filters that an address can carry (/people/feedback?value=3).
const feedbackQuery = (query) => {
  const params = new URLSearchParams();
  for (const name of ['value', 'theme']) if (query.get(name)) params.set(name, query.get(name));
  return params.toString() ? `?${params}` : '';
};
// The initiative editor (goals/initiative-editor.js, shared/editor.js, shared/merge.js) loads when it is first opened.
const INITIATIVES = ['shared/fields.js', 'shared/menu.js', 'goals/initiatives-page.js', 'goals/initiative-card.js', 'goals/stop-doing.js',
  'goals/focus-rule.js', 'goals/milestones.js', 'goals/common.js', 'values/alignment-actions.js'];
// The newest alignment snapshot whole (its lists and what their items became), or null when there is none.
const latestAssessment = (list) => list.then((r) => r?.latest ?? null);

// path: "/" separated, ":name" matches one segment as params.name. page(): the module, whose
// render(main, {params, data}) returns (or resolves to) {title?, isDirty?(), dispose?(), focus?}: `focus`
// is the field typing is expected in after a navigation (an editor's first field; default the heading).
// modules: the files under js/ it imports, all of them but those index.html preloads with app.js (shell,
// router, shared/dom, shared/api), or a function of the params giving them; bench/pages_bench.mjs names
// any module a page found only by import.
// styles: the module stylesheets under css/ it needs besides app.css.
// data(params, query): an object of promises the page awaits as it needs them. The GETs it starts at
// once are also listed in web/page-data.json (made by scripts/page_data.mjs), whose replies the server
// sends inside the HTML of a full load; variants: the values of a ":name" for which data() asks for more.
export const routes = [
  {
    path: '/', page: () => import('./home/page.js'), modules: HOME, styles: ['home', 'values', 'journal', 'decisions', 'goals', 'people'],
    data: () => ({
      vision: get('/api/vision'), next: get('/api/home/next'), core: get('/api/values/core'), assessments: get('/api/alignment/assessments'),
      cadence: get('/api/journal/cadence'), decisions: get('/api/decisions'), initiatives: get('/api/initiatives'),
      people: optional('/api/people/home'),
      backups: optional('/api/backups/status'),
    }),
  },
  {
    path: '/vision', page: () => import('./vision/page.js'), modules: [...EDITOR, 'vision/page.js', 'vision/year-ago.js', 'vision/home-section.js'], styles: [],
    data: () => ({ vision: get('/api/vision'), history: get('/api/vision/history'), yearAgo: optional('/api/vision/a-year-ago') }),
  },
  {
    path: '/values', page: () => import('./values/overview-page.js'),
    modules: [...EDITOR, 'values/nav.js', 'values/overview-page.js', 'values/meanings.js', 'values/lists.js', 'values/year-ago.js'], styles: ['values'],
    data: () => ({
      core: get('/api/values/core'), current: get('/api/values/sorts/current'), sorts: get('/api/values/sorts'), yearAgo: optional('/api/values/a-year-ago'),
      skills: get('/api/lists/skills'), strengths: get('/api/lists/strengths'), passions: get('/api/lists/passions'),
    }),
  },
  {
    path: '/values/sort', page: () => import('./values/sort-page.js'), modules: ['values/nav.js', 'values/sort-page.js', 'values/sort-deck.js', 'values/sort-piles.js', 'values/sort-queue.js', 'values/sort-ranking.js', 'values/sort-reorder.js'], styles: ['values'],
    data: () => ({
      catalog: get('/api/values/catalog'), custom: get('/api/values/custom'), current: get('/api/values/sorts/current'), core: get('/api/values/core'),
    }),
  },
  {
    path: '/values/alignment', page: () => import('./values/alignment-page.js'),
    modules: ['shared/editor.js', 'shared/merge.js', 'values/nav.js', 'values/alignment-page.js', 'values/alignment-rating.js', 'values/alignment-rows.js', 'values/alignment-snapshot.js', 'values/alignment-actions.js', 'values/alignment-compare.js', 'shared/menu.js', 'values/charts.js', 'values/home-section.js'], styles: ['values'],
    data: () => {
      const assessments = get('/api/alignment/assessments');
      // compare: the newest against the one before it (null with fewer than two), the compare card's first view.
      return { form: get('/api/alignment/form'), assessments, latest: latestAssessment(assessments), compare: optional('/api/alignment/compare') };
    },
  },
  {
    path: '/values/worksheet', page: () => import('./values/worksheet-page.js'), modules: ['shared/editor.js', 'shared/merge.js', 'values/nav.js', 'values/worksheet-page.js'], styles: ['values'],
    data: () => ({ sheet: get('/api/alignment/worksheet') }),
  },
  {
    path: '/values/vision-builder', page: () => import('./values/builder-page.js'), modules: [...EDITOR, 'values/nav.js', 'values/builder-page.js'], styles: ['values'],
    data: () => ({ core: get('/api/values/core'), vision: get('/api/vision') }),
  },
  {
    path: '/values/balance', page: () => import('./values/balance-page.js'),
    modules: ['shared/fields.js', 'values/nav.js', 'values/balance-page.js', 'values/balance-wheel.js', 'values/charts.js', 'values/lists.js'], styles: ['values'],
    data: () => ({
      areas: get('/api/balance/areas'), snapshots: get('/api/balance/snapshots'),
      boundaries: get('/api/lists/boundaries'), self_care: get('/api/lists/self_care'), cadence: optional('/api/journal/cadence'),
    }),
  },
  {
    path: '/decisions', page: () => import('./decisions/list-page.js'), modules: ['decisions/list-page.js', 'decisions/common.js'], styles: ['decisions'],
    data: () => ({ decisions: get('/api/decisions'), templates: get('/api/decisions/templates') }),
  },
  {
    path: '/decisions/:id', page: () => import('./decisions/decision-page.js'), modules: DECISION, styles: ['decisions'],
    data: (params) => ({ decision: get(`/api/decisions/${id(params)}`), core: loadCoreValues() }),
  },
  {
    path: '/journal', page: () => import('./journal/list-page.js'), modules: ['journal/list-page.js', 'journal/search-form.js', 'journal/cadence.js', 'journal/render.js'], styles: ['journal'],
    // The address's query is the search's own (journal/search-form.js writes it): a search when it has words.
    data: (params, query) => ({
      entries: get(`/api/journal/${query.get('q')?.trim() ? 'search' : 'entries'}?${query}`),
      cadence: get('/api/journal/cadence'), core: loadCoreValues(),
    }),
  },
  {
    path: '/journal/new/:kind', page: () => import('./journal/editor-page.js'), styles: ['journal', 'values', 'goals'],
    modules: (params) => (params.kind === 'monthly' ? [...JOURNAL_EDITOR, ...MONTHLY] : JOURNAL_EDITOR),
    variants: [{ kind: 'weekly' }, { kind: 'monthly' }],
    data: (params) => ({
      kinds: get('/api/journal/kinds'), entry: Promise.resolve(null), core: loadCoreValues(),
      experiments: params.kind === 'weekly' ? optional('/api/learning/experiments') : Promise.resolve(null),
      monthly: Promise.resolve(params.kind === 'monthly' ? monthlyData('current') : null),
      selfCare: params.kind === 'weekly' ? optional('/api/lists/self_care') : Promise.resolve(null),
    }),
  },
  {
    path: '/journal/year/:year', page: () => import('./journal/year-page.js'), modules: ['journal/year-page.js', 'values/charts.js'], styles: ['journal', 'values'],
    data: (params) => ({ year: get(`/api/reviews/years/${encodeURIComponent(params.year)}`) }),
  },
  {
    path: '/journal/trash', page: () => import('./journal/trash-page.js'), modules: ['journal/trash-page.js', 'journal/render.js'], styles: ['journal'],
    data: () => ({ trash: get('/api/journal/trash') }),
  },
  {
    path: '/journal/lessons', page: () => import('./journal/lessons-page.js'), modules: ['journal/lessons-page.js', 'journal/render.js'], styles: ['journal'],
    data: () => ({ lessons: get('/api/journal/lessons') }),
  },
  {
    path: '/journal/:id', page: () => import('./journal/entry-page.js'),
    // A monthly review's record (journal/monthly-record.js and what it imports) loads only for one.
    modules: ['journal/entry-page.js', 'journal/render.js', 'journal/self-care-ticks.js'],
    styles: ['journal', 'values'],
    data: (params) => {
      const entry = get(`/api/journal/entries/${id(params)}`);
      return {
        entry, kinds: get('/api/journal/kinds'), core: loadCoreValues(),
        review: entry.then((e) => (e.kind === 'monthly' ? optional(`/api/reviews/${e.id}`) : null)),
      };
    },
  },
  {
    path: '/journal/:id/edit', page: () => import('./journal/editor-page.js'), modules: JOURNAL_EDITOR, styles: ['journal', 'values', 'goals'],
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
    path: '/goals', page: () => import('./goals/initiatives-page.js'), modules: INITIATIVES, styles: ['goals', 'values'],
    data: () => ({
      initiatives: get('/api/initiatives'), stop: get('/api/stop-doing'), core: loadCoreValues(), vision: get('/api/vision'),
      alignment: latestAssessment(optional('/api/alignment/assessments')).catch(() => null),
    }),
  },
  {
    path: '/goals/roads', page: () => import('./goals/roads-page.js'), modules: ['shared/fields.js', 'goals/roads-page.js', 'goals/road-editor.js', 'goals/milestones.js', 'goals/common.js', 'vision/home-section.js'], styles: ['goals'],
    data: () => ({ vision: get('/api/vision'), roads: get('/api/roads'), decisions: optional('/api/decisions'), initiatives: get('/api/initiatives') }),
  },
  {
    path: '/goals/priorities', page: () => import('./goals/priorities-page.js'), modules: ['shared/fields.js', 'goals/priorities-page.js', 'goals/common.js'], styles: ['goals'],
    data: () => ({ priorities: get('/api/priorities'), initiatives: get('/api/initiatives') }),
  },
  {
    path: '/people', page: () => import('./people/overview-page.js'), modules: [...PEOPLE, 'shared/fields.js', 'people/overview-page.js', 'people/partner-form.js'], styles: ['people'],
    data: () => ({
      partners: get('/api/people/partners'), commitments: get('/api/people/commitments'), checkIns: get('/api/people/check-ins?limit=10'),
    }),
  },
  {
    path: '/people/feedback', page: () => import('./people/feedback-page.js'), modules: [...FEEDBACK_FORM, 'people/feedback-page.js'], styles: ['people'],
    data: (params, query) => ({
      feedback: get(`/api/feedback${feedbackQuery(query)}`), themes: get('/api/feedback/themes'), core: loadCoreValues(),
      filter: Promise.resolve({ value: query.get('value'), theme: query.get('theme') }),
    }),
  },
  {
    path: '/people/feedback/values', page: () => import('./people/values-page.js'), modules: [...PEOPLE, 'people/values-page.js'], styles: ['people'],
    data: () => ({ values: get('/api/feedback/values') }),
  },
  {
    path: '/people/feedback/summary', page: () => import('./people/summary-page.js'), modules: [...PEOPLE, ...EDITOR, 'people/summary-page.js'], styles: ['people'],
    data: () => ({ summary: get('/api/feedback/summary'), themes: get('/api/feedback/themes') }),
  },
  {
    path: '/people/feedback/rounds', page: () => import('./people/rounds-page.js'), modules: [...PEOPLE, 'shared/fields.js', 'people/rounds-page.js', 'people/round-form.js'], styles: ['people'],
    data: () => ({ rounds: get('/api/feedback/rounds') }),
  },
  {
    path: '/people/feedback/rounds/:id', page: () => import('./people/round-page.js'), modules: [...FEEDBACK_FORM, ...EDITOR, 'people/round-page.js', 'people/round-form.js'], styles: ['people'],
    data: (params) => ({ round: get(`/api/feedback/rounds/${id(params)}`), themes: get('/api/feedback/themes'), core: loadCoreValues() }),
  },
  {
    path: '/people/feedback/:id', page: () => import('./people/feedback-edit-page.js'), modules: [...FEEDBACK_FORM, ...EDITOR, 'people/feedback-edit-page.js'], styles: ['people'],
    data: (params) => ({ feedback: get(`/api/feedback/${id(params)}`), themes: get('/api/feedback/themes'), core: loadCoreValues() }),
  },
  {
    path: '/people/learning', page: () => import('./people/learning-page.js'), modules: [...PEOPLE, 'shared/fields.js', 'people/learning-page.js', 'people/item-form.js'], styles: ['people'],
    data: () => ({ items: get('/api/learning/items?shelf=in_progress'), starter: get('/api/learning/starter') }),
  },
  {
    path: '/people/learning/:id', page: () => import('./people/item-page.js'), modules: [...PEOPLE, ...EDITOR, 'people/item-page.js', 'people/item-form.js', 'people/notes.js', 'goals/common.js'], styles: ['people'],
    data: (params) => ({
      item: get(`/api/learning/items/${id(params)}`), core: loadCoreValues(), experiments: get('/api/learning/experiments'),
      initiatives: optional('/api/initiatives'),
    }),
  },
  {
    path: '/people/search', page: () => import('./people/search-page.js'), modules: [...PEOPLE, 'journal/render.js', 'people/search-page.js'], styles: ['people', 'journal'],
    data: (params, query) => ({
      results: get(`/api/people/search?q=${encodeURIComponent(query.get('q') ?? '')}`), query: Promise.resolve(query.get('q')),
    }),
  },
  {
    path: '/people/partners/:id', page: () => import('./people/partner-page.js'), modules: [...PEOPLE, ...EDITOR, 'people/partner-page.js', 'people/partner-form.js'], styles: ['people'],
    data: (params) => ({ partner: get(`/api/people/partners/${id(params)}`) }),
  },
  {
    path: '/people/check-ins/new', page: () => import('./people/check-in-page.js'), modules: CHECK_IN, styles: ['people'],
    data: (params, query) => ({
      partners: get('/api/people/partners'), checkIn: Promise.resolve(null),
      preparation: query.get('partner') ? optional(`/api/people/partners/${encodeURIComponent(query.get('partner'))}/preparation`) : Promise.resolve(null),
    }),
  },
  {
    path: '/people/check-ins/:id', page: () => import('./people/check-in-page.js'), modules: CHECK_IN, styles: ['people'],
    data: (params) => ({ partners: get('/api/people/partners'), checkIn: get(`/api/people/check-ins/${id(params)}`), preparation: Promise.resolve(null) }),
  },
  {
    path: '/data', page: () => import('./data/page.js'), modules: DATA, styles: ['data'],
    data: () => ({ backups: get('/api/backups') }),
  },
  {
    path: '/calendar', page: () => import('./calendar/page.js'), modules: ['shared/fields.js', 'calendar/page.js', 'calendar/slot-form.js', 'data/confirm-dialog.js'],
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
