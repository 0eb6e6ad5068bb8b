// Durability: every acknowledged write survives a kill -9 of the server, and the file passes PRAGMA integrity_check.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { call, integrityCheck, startServer } from '../support/server.mjs';

// Dates the server computes (snapshots, due reviews, health) are pinned; the server inherits the environment.
process.env.TRUENORTH_TODAY = '2026-03-04';

const TOP = ['integrity', 'curiosity', 'family', 'health', 'courage'];

// ---- helpers -----------------------------------------------------------------------------------

// Asserts the server acknowledged a write (2xx) and returns its reply body.
function acknowledged(res, what = '') {
  assert.ok(res.status >= 200 && res.status < 300, `${what} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
  return res.body;
}

// Calls the API and insists on a 2xx: for setting up what a write needs.
const must = async (server, method, apiPath, body) => acknowledged(await call(server, method, apiPath, body), `${method} ${apiPath}`);
const get = (server, apiPath) => must(server, 'GET', apiPath);

// kill -9, then a new server on the same database file.
async function crashAndRestart(server) {
  await server.crash();
  return startServer({ dbPath: server.dbPath });
}

// SQLite's own verdict on the file (run with the server dead, so the CLI also replays a leftover -wal).

const byId = (items, id) => items.find((item) => item.id === id);

// One describe per area: a database of its own and one server at a time on it. Each row is
// {name, setup(server) -> ctx, write(server, ctx) -> response, check(server, ctx, acknowledgedBody)}: the write must
// be acknowledged, the server is killed at once with SIGKILL and restarted, and check() must find the change.
function durabilityGroup(title, rows, prepare = async () => {}) {
  describe(title, () => {
    let server;
    let home;
    before(async () => {
      server = await startServer();
      home = server.dir;
      await prepare(server);
    });
    after(async () => {
      if (server) await server.crash();
      if (home) rmSync(home, { recursive: true, force: true });
    });

    for (const row of rows) {
      test(row.name, async () => {
        const ctx = (await row.setup?.(server)) ?? {};
        const body = acknowledged(await row.write(server, ctx), row.name);
        server = await crashAndRestart(server);
        await row.check(server, ctx, body);
      });
    }

    test('after a kill -9 the file passes PRAGMA integrity_check', async () => {
      await server.crash();
      assert.equal(integrityCheck(server.dbPath), 'ok');
      server = await startServer({ dbPath: server.dbPath });
    });
  });
}

// ---- builders for what the writes need -------------------------------------------------------------

// The card sort in progress, started when there is none.
async function currentSort(server) {
  const { sort } = await get(server, '/api/values/sorts/current');
  return sort ?? must(server, 'POST', '/api/values/sorts');
}

// The sort in progress with TOP in the very important pile.
async function sortWithTop(server) {
  let sort = await currentSort(server);
  for (const key of TOP) sort = await must(server, 'PUT', `/api/values/sorts/${sort.id}/cards/${key}`, { pile: 'very_important' });
  return sort;
}

const topValues = (meaning) => TOP.map((value) => ({ value, meaning: `${meaning} ${value}` }));

// A finished card sort (so there are core values); returns it.
async function finishedSort(server) {
  const sort = await sortWithTop(server);
  return must(server, 'PUT', `/api/values/sorts/${sort.id}/top`, { top_values: topValues('I live'), finish: true, version: sort.version });
}

const vision = (statement, version, extra = {}) => ({
  statement, organisation: 'Acme', mission: 'Make warehouse work lighter.', current_position: 'Engineer',
  future_position: 'Director', horizon_years: 7, version, ...extra,
});

const decision = (title) => ({
  title, context: 'A bigger role', deadline: '2026-07-01',
  options: [{ name: 'Accept' }, { name: 'Stay as I am' }],
  criteria: [{ name: 'Growth', points: 60 }, { name: 'Family time', points: 40 }],
  scores: [[{ score: 8 }, { score: 3 }], [{ score: 4 }, { score: 9 }]],
  weighting: 'direct', comparisons: [],
});

const decided = async (server, title) => {
  const d = await must(server, 'POST', '/api/decisions', decision(title));
  return must(server, 'PUT', `/api/decisions/${d.id}/record`, {
    chosen_option: 1, gut_feeling: 'Stay', rationale: 'Family first', expected_outcome: 'Calm', review_date: '2026-09-01', version: d.version,
  });
};

const entry = (text, extra = {}) => ({ kind: 'free', date: '2026-03-03', body: text, tags: ['durable'], mood: 3, ...extra });

const initiative = (title, extra = {}) => ({
  title, why: 'It moves me toward my vision.', value_ids: [], supports_vision: true, horizon: 'short',
  start_date: '2026-01-01', finish_date: '2026-06-30', measure_of_success: 'Shipped', status: 'planned', progress: 0,
  milestones: [{ title: 'First step', due_date: '2026-04-01' }], ...extra,
});

// ---- the write paths ----------------------------------------------------------------------------

durabilityGroup('kill -9 durability: vision and values', [
  {
    name: 'PUT /api/vision',
    setup: async (s) => get(s, '/api/vision'),
    write: (s, current) => call(s, 'PUT', '/api/vision', vision('I build calm tools.', current.version)),
    check: async (s, _, saved) => {
      assert.equal(saved.statement, 'I build calm tools.');
      assert.deepEqual(await get(s, '/api/vision'), saved);
      assert.equal((await get(s, '/api/vision/history')).items[0].statement, 'I build calm tools.');
    },
  },
  {
    name: 'POST /api/values/custom',
    write: (s) => call(s, 'POST', '/api/values/custom', { name: 'Craftsmanship', definition: 'Making things well.' }),
    check: async (s, _, saved) => assert.deepEqual(byId((await get(s, '/api/values/custom')).items, saved.id), saved),
  },
  {
    name: 'PUT /api/values/custom/:id',
    setup: (s) => must(s, 'POST', '/api/values/custom', { name: 'Quiet mornings' }),
    write: (s, value) => call(s, 'PUT', `/api/values/custom/${value.id}`, { name: 'Quiet evenings', definition: 'Time to think', version: value.version }),
    check: async (s, _, saved) => {
      assert.equal(saved.name, 'Quiet evenings');
      assert.deepEqual(byId((await get(s, '/api/values/custom')).items, saved.id), saved);
    },
  },
  {
    name: 'DELETE /api/values/custom/:id',
    setup: (s) => must(s, 'POST', '/api/values/custom', { name: 'Short-lived value' }),
    write: (s, value) => call(s, 'DELETE', `/api/values/custom/${value.id}`),
    check: async (s, value) => assert.equal(byId((await get(s, '/api/values/custom')).items, value.id), undefined),
  },
  {
    name: 'POST /api/values/sorts',
    write: (s) => call(s, 'POST', '/api/values/sorts'),
    check: async (s, _, started) => assert.deepEqual((await get(s, '/api/values/sorts/current')).sort, started),
  },
  {
    name: 'PUT /api/values/sorts/:id/cards/:key',
    setup: currentSort,
    write: (s, sort) => call(s, 'PUT', `/api/values/sorts/${sort.id}/cards/learning`, { pile: 'important' }),
    check: async (s, sort, saved) => {
      assert.equal(saved.cards.learning, 'important');
      assert.deepEqual(await get(s, `/api/values/sorts/${sort.id}`), saved);
    },
  },
  {
    name: 'DELETE /api/values/sorts/:id/cards/:key',
    setup: async (s) => {
      const sort = await currentSort(s);
      return must(s, 'PUT', `/api/values/sorts/${sort.id}/cards/fun`, { pile: 'not_important' });
    },
    write: (s, sort) => call(s, 'DELETE', `/api/values/sorts/${sort.id}/cards/fun`),
    check: async (s, sort) => assert.equal((await get(s, `/api/values/sorts/${sort.id}`)).cards.fun, undefined),
  },
  {
    name: 'PUT /api/values/sorts/:id/top (draft ranking)',
    setup: sortWithTop,
    write: (s, sort) => call(s, 'PUT', `/api/values/sorts/${sort.id}/top`, { top_values: topValues('Draft:'), version: sort.version }),
    check: async (s, sort, saved) => {
      assert.equal(saved.finished_at, null);
      assert.deepEqual((await get(s, `/api/values/sorts/${sort.id}`)).top_values, saved.top_values);
      assert.equal(saved.top_values[0].meaning, 'Draft: integrity');
    },
  },
  {
    name: 'PUT /api/values/sorts/:id/top (finish)',
    setup: sortWithTop,
    write: (s, sort) => call(s, 'PUT', `/api/values/sorts/${sort.id}/top`, { top_values: topValues('I live'), finish: true, version: sort.version }),
    check: async (s, sort, saved) => {
      assert.match(saved.finished_at, /Z$/);
      assert.equal((await get(s, '/api/values/sorts')).items[0].id, sort.id);
      assert.deepEqual((await get(s, '/api/values/core')).items.map((v) => v.key), TOP);
      assert.equal((await get(s, '/api/values/sorts/current')).sort, null);
    },
  },
  {
    name: 'PUT /api/values/sorts/:id/top (meanings of the finished sort)',
    setup: finishedSort,
    write: (s, sort) => call(s, 'PUT', `/api/values/sorts/${sort.id}/top`, { top_values: topValues('Now:'), version: sort.version }),
    check: async (s, _, saved) => {
      assert.deepEqual((await get(s, '/api/values/core')).items.map((v) => v.meaning), TOP.map((v) => `Now: ${v}`));
      assert.equal(saved.top_values[4].meaning, 'Now: courage');
    },
  },
  {
    name: 'DELETE /api/values/sorts/:id',
    setup: currentSort,
    write: (s, sort) => call(s, 'DELETE', `/api/values/sorts/${sort.id}`),
    check: async (s, sort) => {
      assert.equal((await get(s, '/api/values/sorts/current')).sort, null);
      assert.equal((await call(s, 'GET', `/api/values/sorts/${sort.id}`)).status, 404);
    },
  },
]);

const LISTS = ['skills', 'strengths', 'passions', 'boundaries', 'self_care'];

durabilityGroup('kill -9 durability: energetic centre lists', [
  ...LISTS.map((list) => ({
    name: `POST /api/lists/${list}`,
    write: (s) => call(s, 'POST', `/api/lists/${list}`, { name: `First of ${list}`, note: 'kept' }),
    check: async (s, _, saved) => assert.deepEqual(byId((await get(s, `/api/lists/${list}`)).items, saved.id), saved),
  })),
  {
    name: 'PUT /api/lists/:list/order',
    setup: async (s) => {
      for (const name of ['Hiring', 'Speaking']) await must(s, 'POST', '/api/lists/skills', { name });
      return (await get(s, '/api/lists/skills')).items.map((i) => i.id);
    },
    write: (s, ids) => call(s, 'PUT', '/api/lists/skills/order', { ids: [...ids].reverse() }),
    check: async (s, ids) => assert.deepEqual((await get(s, '/api/lists/skills')).items.map((i) => i.id), [...ids].reverse()),
  },
  {
    name: 'PUT /api/lists/:list/:id',
    setup: (s) => must(s, 'POST', '/api/lists/strengths', { name: 'Coaching' }),
    write: (s, item) => call(s, 'PUT', `/api/lists/strengths/${item.id}`, { name: 'Coaching new leads', note: 'n', version: item.version }),
    check: async (s, _, saved) => {
      assert.equal(saved.name, 'Coaching new leads');
      assert.deepEqual(byId((await get(s, '/api/lists/strengths')).items, saved.id), saved);
    },
  },
  {
    name: 'DELETE /api/lists/:list/:id',
    setup: (s) => must(s, 'POST', '/api/lists/passions', { name: 'Short-lived passion' }),
    write: (s, item) => call(s, 'DELETE', `/api/lists/passions/${item.id}`),
    check: async (s, item) => assert.equal(byId((await get(s, '/api/lists/passions')).items, item.id), undefined),
  },
]);

// Alignment needs core values, a mission and something in the lists.
async function prepareAlignment(server) {
  await finishedSort(server);
  await must(server, 'PUT', '/api/vision', vision('', 0));
  await must(server, 'POST', '/api/lists/skills', { name: 'Coding' });
}

async function ratings(server) {
  const form = await get(server, '/api/alignment/form');
  return [
    ...form.items.values.map((v, i) => ({ category: 'values', id: v.id, rating: i === 0 ? 2 : 5 })),
    { category: 'skills', id: form.items.skills[0].id, rating: 4, note: 'Every day' },
  ];
}

const assessment = async (s) => must(s, 'POST', '/api/alignment/assessments', { ratings: await ratings(s), lean_into: ['Coaching'] });

durabilityGroup('kill -9 durability: alignment and balance', [
  {
    name: 'POST /api/alignment/assessments',
    setup: ratings,
    write: (s, rated) => call(s, 'POST', '/api/alignment/assessments', { ratings: rated, lean_into: ['Coaching'], hand_off: ['Budgets'] }),
    check: async (s, _, saved) => {
      assert.deepEqual(await get(s, `/api/alignment/assessments/${saved.id}`), saved);
      assert.equal((await get(s, '/api/alignment/assessments')).items[0].id, saved.id);
    },
  },
  {
    name: 'PUT /api/alignment/assessments/:id',
    setup: assessment,
    write: (s, a) => call(s, 'PUT', `/api/alignment/assessments/${a.id}`, { lean_into: ['Mentoring'], hand_off: ['Reports'], version: a.version }),
    check: async (s, a) => {
      const got = await get(s, `/api/alignment/assessments/${a.id}`);
      assert.deepEqual([got.lean_into, got.hand_off, got.version], [['Mentoring'], ['Reports'], a.version + 1]);
    },
  },
  {
    name: 'DELETE /api/alignment/assessments/:id',
    setup: assessment,
    write: (s, a) => call(s, 'DELETE', `/api/alignment/assessments/${a.id}`),
    check: async (s, a) => {
      assert.equal((await call(s, 'GET', `/api/alignment/assessments/${a.id}`)).status, 404);
      assert.equal(byId((await get(s, '/api/alignment/assessments')).items, a.id), undefined);
    },
  },
  {
    name: 'PUT /api/alignment/worksheet',
    setup: (s) => get(s, '/api/alignment/worksheet'),
    write: (s, sheet) => call(s, 'PUT', '/api/alignment/worksheet', {
      professional_goals: ['Lead the platform team'], personal_aspirations: ['Dinner at home'],
      links: [{ goal_index: 0, aspiration_index: 0, kind: 'conflict', note: 'Late meetings' }],
      adjustments: 'No meetings after 17:00.', version: sheet.version,
    }),
    check: async (s, _, saved) => {
      assert.equal(saved.adjustments, 'No meetings after 17:00.');
      assert.deepEqual(await get(s, '/api/alignment/worksheet'), saved);
    },
  },
  {
    name: 'PUT /api/balance/areas',
    setup: (s) => get(s, '/api/balance/areas'),
    write: (s, areas) => call(s, 'PUT', '/api/balance/areas', {
      areas: [...areas.items.slice(0, 3), { name: 'Music', description: 'Playing the piano' }], version: areas.version,
    }),
    check: async (s, _, saved) => {
      assert.equal(saved.items[3].name, 'Music');
      assert.deepEqual(await get(s, '/api/balance/areas'), saved);
    },
  },
  {
    name: 'POST /api/balance/snapshots',
    write: (s) => call(s, 'POST', '/api/balance/snapshots', { ratings: [{ area: 'Career', rating: 8 }, { area: 'Health', rating: 6 }] }),
    check: async (s, _, saved) => assert.deepEqual(byId((await get(s, '/api/balance/snapshots')).items, saved.id), saved),
  },
  {
    name: 'DELETE /api/balance/snapshots/:id',
    setup: (s) => must(s, 'POST', '/api/balance/snapshots', { ratings: [{ area: 'Career', rating: 3 }] }),
    write: (s, snap) => call(s, 'DELETE', `/api/balance/snapshots/${snap.id}`),
    check: async (s, snap) => assert.equal(byId((await get(s, '/api/balance/snapshots')).items, snap.id), undefined),
  },
], prepareAlignment);

durabilityGroup('kill -9 durability: decisions', [
  {
    name: 'POST /api/decisions',
    write: (s) => call(s, 'POST', '/api/decisions', decision('Offer from Acme')),
    check: async (s, _, saved) => assert.deepEqual(await get(s, `/api/decisions/${saved.id}`), saved),
  },
  {
    name: 'PUT /api/decisions/:id',
    setup: (s) => must(s, 'POST', '/api/decisions', decision('Move to Lisbon?')),
    write: (s, d) => call(s, 'PUT', `/api/decisions/${d.id}`, { ...decision('Move to Porto?'), version: d.version }),
    check: async (s, _, saved) => {
      assert.equal(saved.title, 'Move to Porto?');
      assert.deepEqual(await get(s, `/api/decisions/${saved.id}`), saved);
    },
  },
  {
    name: 'DELETE /api/decisions/:id',
    setup: (s) => decided(s, 'Short-lived decision'),
    write: (s, d) => call(s, 'DELETE', `/api/decisions/${d.id}`),
    check: async (s, d) => {
      assert.equal((await call(s, 'GET', `/api/decisions/${d.id}`)).status, 404);
      assert.equal(byId((await get(s, '/api/decisions')).items, d.id), undefined);
    },
  },
  {
    name: 'PUT /api/decisions/:id/record',
    setup: (s) => must(s, 'POST', '/api/decisions', decision('Promotion?')),
    write: (s, d) => call(s, 'PUT', `/api/decisions/${d.id}/record`, {
      chosen_option: 0, gut_feeling: 'Yes', rationale: 'Growth', expected_outcome: 'More scope', review_date: '2026-12-01', version: d.version,
    }),
    check: async (s, _, saved) => {
      assert.equal(saved.status, 'decided');
      assert.deepEqual(await get(s, `/api/decisions/${saved.id}`), saved);
    },
  },
  {
    name: 'PUT /api/decisions/:id/review',
    setup: (s) => decided(s, 'Relocation?'),
    write: (s, d) => call(s, 'PUT', `/api/decisions/${d.id}/review`, { what_happened: 'Calmer year.', lesson: 'Trust the gut.', version: d.version }),
    check: async (s, _, saved) => {
      assert.equal(saved.status, 'reviewed');
      assert.deepEqual(await get(s, `/api/decisions/${saved.id}`), saved);
    },
  },
  {
    name: 'POST /api/decisions/:id/reopen',
    setup: (s) => decided(s, 'Reconsider?'),
    write: (s, d) => call(s, 'POST', `/api/decisions/${d.id}/reopen`, { version: d.version }),
    check: async (s, _, saved) => {
      assert.deepEqual([saved.status, saved.record], ['open', null]);
      assert.deepEqual(await get(s, `/api/decisions/${saved.id}`), saved);
    },
  },
]);

const trashed = async (s, text) => {
  const e = await must(s, 'POST', '/api/journal/entries', entry(text));
  await must(s, 'DELETE', `/api/journal/entries/${e.id}`);
  return e;
};

durabilityGroup('kill -9 durability: journal', [
  {
    name: 'POST /api/journal/entries',
    write: (s) => call(s, 'POST', '/api/journal/entries', {
      kind: 'weekly', date: '2026-03-04', tags: ['work'], mood: 4, energy: 3,
      answers: { challenges: 'A tense meeting', response: 'I asked questions', learned: 'Curiosity calms', next_week: 'One open question' },
    }),
    check: async (s, _, saved) => {
      assert.deepEqual(await get(s, `/api/journal/entries/${saved.id}`), saved);
      assert.deepEqual((await get(s, '/api/journal/search?q=curiosity')).items.map((i) => i.id), [saved.id]);
    },
  },
  {
    name: 'PUT /api/journal/entries/:id',
    setup: (s) => must(s, 'POST', '/api/journal/entries', entry('Before the edit')),
    write: (s, e) => call(s, 'PUT', `/api/journal/entries/${e.id}`, entry('Zanzibar after the edit', { version: e.version })),
    check: async (s, _, saved) => {
      assert.equal(saved.body, 'Zanzibar after the edit');
      assert.deepEqual(await get(s, `/api/journal/entries/${saved.id}`), saved);
      assert.deepEqual((await get(s, '/api/journal/search?q=zanzibar')).items.map((i) => i.id), [saved.id]);
    },
  },
  {
    name: 'DELETE /api/journal/entries/:id (to the trash)',
    setup: (s) => must(s, 'POST', '/api/journal/entries', entry('Going to the trash')),
    write: (s, e) => call(s, 'DELETE', `/api/journal/entries/${e.id}`),
    check: async (s, e, saved) => {
      assert.equal((await get(s, `/api/journal/entries/${e.id}`)).deleted_at, saved.deleted_at);
      assert.ok(byId((await get(s, '/api/journal/trash')).items, e.id));
      assert.equal(byId((await get(s, '/api/journal/entries?limit=100')).items, e.id), undefined);
    },
  },
  {
    name: 'POST /api/journal/entries/:id/restore',
    setup: (s) => trashed(s, 'Back from the trash'),
    write: (s, e) => call(s, 'POST', `/api/journal/entries/${e.id}/restore`),
    check: async (s, e, saved) => {
      assert.equal(saved.deleted_at, null);
      assert.deepEqual(await get(s, `/api/journal/entries/${e.id}`), saved);
      assert.equal(byId((await get(s, '/api/journal/trash')).items, e.id), undefined);
    },
  },
  {
    name: 'DELETE /api/journal/trash/:id',
    setup: (s) => trashed(s, 'Gone for good'),
    write: (s, e) => call(s, 'DELETE', `/api/journal/trash/${e.id}`),
    check: async (s, e) => {
      assert.equal((await call(s, 'GET', `/api/journal/entries/${e.id}`)).status, 404);
      assert.equal(byId((await get(s, '/api/journal/trash')).items, e.id), undefined);
    },
  },
]);

durabilityGroup('kill -9 durability: goals', [
  {
    name: 'POST /api/initiatives',
    write: (s) => call(s, 'POST', '/api/initiatives', initiative('Ship the billing API', { status: 'active', progress: 20 })),
    check: async (s, _, saved) => assert.deepEqual(await get(s, `/api/initiatives/${saved.id}`), saved),
  },
  {
    name: 'PUT /api/initiatives/:id',
    setup: (s) => must(s, 'POST', '/api/initiatives', initiative('Write the guide')),
    write: (s, i) => call(s, 'PUT', `/api/initiatives/${i.id}`, initiative('Write the style guide', { progress: 40, version: i.version })),
    check: async (s, _, saved) => {
      assert.equal(saved.title, 'Write the style guide');
      assert.deepEqual(await get(s, `/api/initiatives/${saved.id}`), saved);
    },
  },
  {
    name: 'PATCH /api/initiatives/:id',
    setup: (s) => must(s, 'POST', '/api/initiatives', initiative('Mentor two leads')),
    write: (s, i) => call(s, 'PATCH', `/api/initiatives/${i.id}`, { progress: 75, milestones: [{ title: 'First step', due_date: '2026-04-01', done: true }], version: i.version }),
    check: async (s, _, saved) => {
      assert.equal(saved.progress, 75);
      assert.deepEqual(await get(s, `/api/initiatives/${saved.id}`), saved);
    },
  },
  {
    name: 'DELETE /api/initiatives/:id',
    setup: (s) => must(s, 'POST', '/api/initiatives', initiative('Short-lived initiative')),
    write: (s, i) => call(s, 'DELETE', `/api/initiatives/${i.id}`),
    check: async (s, i) => assert.equal((await call(s, 'GET', `/api/initiatives/${i.id}`)).status, 404),
  },
  {
    name: 'POST /api/stop-doing',
    write: (s) => call(s, 'POST', '/api/stop-doing', { text: 'Run the status meeting', action: 'delegate', delegate_to: 'Priya', delegate_by: '2026-03-15' }),
    check: async (s, _, saved) => assert.deepEqual(byId((await get(s, '/api/stop-doing')).items, saved.id), saved),
  },
  {
    name: 'PUT /api/stop-doing/:id',
    setup: (s) => must(s, 'POST', '/api/stop-doing', { text: 'Answer mail at night', action: 'cancel' }),
    write: (s, item) => call(s, 'PUT', `/api/stop-doing/${item.id}`, { ...item, done: true }),
    check: async (s, _, saved) => {
      assert.equal(saved.done, true);
      assert.deepEqual(byId((await get(s, '/api/stop-doing')).items, saved.id), saved);
    },
  },
  {
    name: 'DELETE /api/stop-doing/:id',
    setup: (s) => must(s, 'POST', '/api/stop-doing', { text: 'Short-lived habit', action: 'postpone' }),
    write: (s, item) => call(s, 'DELETE', `/api/stop-doing/${item.id}`),
    check: async (s, item) => assert.equal(byId((await get(s, '/api/stop-doing')).items, item.id), undefined),
  },
  {
    name: 'POST /api/roads',
    write: (s) => call(s, 'POST', '/api/roads', { name: 'Staff engineer', notes: 'Deep work', milestones: [{ title: 'Write a design doc', due_date: '2026-09-01' }] }),
    check: async (s, _, saved) => assert.deepEqual(byId((await get(s, '/api/roads')).items, saved.id), saved),
  },
  {
    name: 'PUT /api/roads/:id',
    setup: (s) => must(s, 'POST', '/api/roads', { name: 'Manager' }),
    write: (s, road) => call(s, 'PUT', `/api/roads/${road.id}`, { name: 'Engineering manager', notes: 'Lead 6-8 people', milestones: [], version: road.version }),
    check: async (s, _, saved) => {
      assert.equal(saved.name, 'Engineering manager');
      assert.deepEqual(byId((await get(s, '/api/roads')).items, saved.id), saved);
    },
  },
  {
    name: 'POST /api/roads/:id/choose',
    setup: (s) => must(s, 'POST', '/api/roads', { name: 'Start a company' }),
    write: (s, road) => call(s, 'POST', `/api/roads/${road.id}/choose`, {}),
    check: async (s, road, saved) => {
      const roads = await get(s, '/api/roads');
      assert.deepEqual(roads.items.filter((r) => r.current).map((r) => r.id), [road.id]);
      assert.deepEqual(roads, saved);
    },
  },
  {
    name: 'DELETE /api/roads/:id',
    setup: (s) => must(s, 'POST', '/api/roads', { name: 'Short-lived road' }),
    write: (s, road) => call(s, 'DELETE', `/api/roads/${road.id}`),
    check: async (s, road) => assert.equal(byId((await get(s, '/api/roads')).items, road.id), undefined),
  },
  {
    name: 'POST /api/priorities',
    write: (s) => call(s, 'POST', '/api/priorities', { title: 'Prepare the quarterly review', quadrant: 'do' }),
    check: async (s, _, saved) => assert.deepEqual(byId((await get(s, '/api/priorities')).items, saved.id), saved),
  },
  {
    name: 'PATCH /api/priorities/:id',
    setup: (s) => must(s, 'POST', '/api/priorities', { title: 'Book the offsite', quadrant: 'do' }),
    write: (s, task) => call(s, 'PATCH', `/api/priorities/${task.id}`, { direction: 'right', version: task.version }),
    check: async (s, _, saved) => {
      assert.equal(saved.quadrant, 'schedule');
      assert.deepEqual(byId((await get(s, '/api/priorities')).items, saved.id), saved);
    },
  },
  {
    name: 'DELETE /api/priorities/:id',
    setup: (s) => must(s, 'POST', '/api/priorities', { title: 'Short-lived task' }),
    write: (s, task) => call(s, 'DELETE', `/api/priorities/${task.id}`),
    check: async (s, task) => assert.equal(byId((await get(s, '/api/priorities')).items, task.id), undefined),
  },
]);

// ---- the burst ----------------------------------------------------------------------------------

describe('kill -9 durability: a burst of 20 concurrent writes', () => {
  let server;
  after(async () => {
    if (!server) return;
    await server.crash();
    rmSync(path.dirname(server.dbPath), { recursive: true, force: true });
  });

  test('every acknowledged write of the burst survives, and the file passes PRAGMA integrity_check', async () => {
    server = await startServer();
    const initiatives = [];
    for (let n = 1; n <= 4; n += 1) initiatives.push(await must(server, 'POST', '/api/initiatives', initiative(`Burst initiative ${n}`)));

    // 20 writes on five resources, all in flight at once; each knows how to find itself after the restart.
    const writes = [
      ...initiatives.map((i, n) => ({
        send: () => call(server, 'PATCH', `/api/initiatives/${i.id}`, { progress: 10 + n, version: i.version }),
        find: async (s, saved) => assert.deepEqual(await get(s, `/api/initiatives/${saved.id}`), saved),
      })),
      ...Array.from({ length: 6 }, (_, n) => ({
        send: () => call(server, 'POST', '/api/journal/entries', entry(`Burst entry number ${n}`)),
        find: async (s, saved) => assert.deepEqual(await get(s, `/api/journal/entries/${saved.id}`), saved),
      })),
      ...Array.from({ length: 4 }, (_, n) => ({
        send: () => call(server, 'POST', '/api/lists/skills', { name: `Burst skill ${n}` }),
        find: async (s, saved) => assert.deepEqual(byId((await get(s, '/api/lists/skills')).items, saved.id), saved),
      })),
      ...Array.from({ length: 3 }, (_, n) => ({
        send: () => call(server, 'POST', '/api/stop-doing', { text: `Burst habit ${n}`, action: 'cancel' }),
        find: async (s, saved) => assert.deepEqual(byId((await get(s, '/api/stop-doing')).items, saved.id), saved),
      })),
      ...Array.from({ length: 3 }, (_, n) => ({
        send: () => call(server, 'POST', '/api/priorities', { title: `Burst task ${n}` }),
        find: async (s, saved) => assert.deepEqual(byId((await get(s, '/api/priorities')).items, saved.id), saved),
      })),
    ];
    assert.equal(writes.length, 20);
    const answers = await Promise.all(writes.map((w) => w.send()));
    await server.crash();
    const saved = answers.map((res, n) => acknowledged(res, `burst write ${n}`));
    assert.equal(integrityCheck(server.dbPath), 'ok');

    server = await startServer({ dbPath: server.dbPath });
    for (const [n, w] of writes.entries()) await w.find(server, saved[n]);
    assert.equal((await get(server, '/api/journal/entries?tag=durable&limit=100')).items.length, 6);
  });
});
