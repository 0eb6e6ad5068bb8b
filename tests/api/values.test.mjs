// API tests for values (catalogue, custom values, card sort, core values), the energetic-centre lists,
// alignment snapshots, the worksheet, the vision builder and the balance wheel, over real HTTP.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { call, startServer } from '../support/server.mjs';

// Snapshots are dated with the user's local date, pinned here (the server inherits the environment).
process.env.TRUENORTH_TODAY = '2026-03-02';

const TOP = ['integrity', 'curiosity', 'family', 'health', 'courage'];

function assertInvalid(res, field, message) {
  assert.equal(res.status, 400, JSON.stringify(res.body));
  assert.equal(res.body.error.code, 'invalid_argument');
  assert.equal(res.body.error.field, field);
  if (message) assert.equal(res.body.error.message, message);
}

// Sorts TOP into very important (plus two more piles) and finishes with meanings; returns the sort.
async function finishSort(server, top = TOP) {
  let sort = (await call(server, 'POST', '/api/values/sorts')).body;
  for (const key of top) sort = (await call(server, 'PUT', `/api/values/sorts/${sort.id}/cards/${key}`, { pile: 'very_important' })).body;
  sort = (await call(server, 'PUT', `/api/values/sorts/${sort.id}/cards/wealth`, { pile: 'not_important' })).body;
  const res = await call(server, 'PUT', `/api/values/sorts/${sort.id}/top`, {
    top_values: top.map((value) => ({ value, meaning: `What ${value} means to me` })), finish: true, version: sort.version,
  });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body;
}

describe('values API', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server.stop(); });

  test('the catalogue holds at least 60 values with definitions', async () => {
    const { status, body } = await call(server, 'GET', '/api/values/catalog');
    assert.equal(status, 200);
    assert.ok(body.items.length >= 60);
    const integrity = body.items.find((v) => v.key === 'integrity');
    assert.equal(integrity.name, 'Integrity');
    assert.match(integrity.definition, /principles/);
  });

  test('custom values: create, duplicate and long names refused, edit with version, delete', async () => {
    const created = await call(server, 'POST', '/api/values/custom', { name: 'Craftsmanship', definition: 'Making things well.' });
    assert.equal(created.status, 201);
    assert.match(created.body.key, /^custom:\d+$/);
    assertInvalid(await call(server, 'POST', '/api/values/custom', { name: ' craftsmanship ' }), 'name', 'name is already one of your custom values');
    assertInvalid(await call(server, 'POST', '/api/values/custom', { name: 'INTEGRITY' }), 'name');
    assertInvalid(await call(server, 'POST', '/api/values/custom', { name: '   ' }), 'name', 'name is required');
    assertInvalid(await call(server, 'POST', '/api/values/custom', { name: 'x'.repeat(61) }), 'name', 'name must be at most 60 characters');
    assertInvalid(await call(server, 'POST', '/api/values/custom', { name: 'Ok', definition: 'd'.repeat(201) }), 'definition');
    assert.equal((await call(server, 'GET', '/api/values/custom')).body.items.length, 1);

    const id = created.body.id;
    const renamed = await call(server, 'PUT', `/api/values/custom/${id}`, { name: 'Craft', definition: '', version: 1 });
    assert.equal(renamed.body.version, 2);
    const stale = await call(server, 'PUT', `/api/values/custom/${id}`, { name: 'Other', version: 1 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.current.name, 'Craft');
    assert.equal((await call(server, 'PUT', '/api/values/custom/999', { name: 'X', version: 1 })).status, 404);
    assert.equal((await call(server, 'DELETE', `/api/values/custom/${id}`)).status, 200);
    assert.equal((await call(server, 'DELETE', `/api/values/custom/${id}`)).status, 404);
  });

  test('card sort: placements persist, ranking rules, finishing, core values and history', async () => {
    assert.deepEqual((await call(server, 'GET', '/api/values/sorts/current')).body, { sort: null });
    assert.deepEqual((await call(server, 'GET', '/api/values/core')).body, { items: [] });
    const custom = (await call(server, 'POST', '/api/values/custom', { name: 'Quiet mornings' })).body;

    const started = await call(server, 'POST', '/api/values/sorts');
    assert.equal(started.status, 201);
    const id = started.body.id;
    const again = await call(server, 'POST', '/api/values/sorts');
    assert.equal(again.status, 409);
    assert.equal(again.body.current.id, id);

    for (const key of [...TOP, custom.key]) {
      assert.equal((await call(server, 'PUT', `/api/values/sorts/${id}/cards/${key}`, { pile: 'very_important' })).status, 200);
    }
    await call(server, 'PUT', `/api/values/sorts/${id}/cards/wealth`, { pile: 'important' });
    assertInvalid(await call(server, 'PUT', `/api/values/sorts/${id}/cards/fun`, { pile: 'maybe' }), 'pile',
      'pile must be one of very_important, important, not_important');
    assertInvalid(await call(server, 'PUT', `/api/values/sorts/${id}/cards/no_such_value`, { pile: 'important' }), 'value');
    assertInvalid(await call(server, 'PUT', `/api/values/sorts/${id}/cards/custom:999`, { pile: 'important' }), 'value');
    assert.equal((await call(server, 'PUT', '/api/values/sorts/999/cards/fun', { pile: 'important' })).status, 404);

    let current = (await call(server, 'GET', '/api/values/sorts/current')).body.sort;
    assert.equal(current.id, id);
    assert.equal(current.cards.wealth, 'important');
    assert.deepEqual(current.counts, { very_important: 6, important: 1, not_important: 0 });

    // A draft ranking: fewer than five, empty meanings.
    const draft = await call(server, 'PUT', `/api/values/sorts/${id}/top`, {
      top_values: [{ value: 'family', meaning: '' }, { value: custom.key, meaning: 'Time to think' }], version: current.version,
    });
    assert.equal(draft.status, 200);
    assert.deepEqual(draft.body.top_values.map((t) => t.name), ['Family', 'Quiet mornings']);
    const stale = await call(server, 'PUT', `/api/values/sorts/${id}/top`, { top_values: [], version: current.version });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.current.top_values.length, 2);
    current = draft.body;

    // Rules: not from the first pile, twice, too few to finish, a meaning missing or too long.
    const put = (top_values, extra = {}) => call(server, 'PUT', `/api/values/sorts/${id}/top`, { top_values, version: current.version, ...extra });
    assertInvalid(await put([{ value: 'wealth' }]), 'top_values[0].value', 'top_values[0].value must be a value from your very important pile');
    assertInvalid(await put([{ value: 'family' }, { value: 'family' }]), 'top_values[1].value');
    assertInvalid(await put(TOP.slice(0, 4).map((value) => ({ value, meaning: 'm' })), { finish: true }), 'top_values');
    assertInvalid(await put(TOP.map((value, i) => ({ value, meaning: i === 2 ? '' : 'm' })), { finish: true }), 'top_values[2].meaning');
    assertInvalid(await put(TOP.map((value) => ({ value, meaning: 'm'.repeat(501) }))), 'top_values[0].meaning');
    assertInvalid(await put([{ meaning: 'no value' }]), 'top_values[0].value', 'top_values[0].value is required');
    assert.equal((await call(server, 'GET', `/api/values/sorts/${id}`)).body.top_values.length, 2, 'nothing saved');

    // Moving a ranked value out of the first pile takes it out of the ranking.
    const moved = await call(server, 'PUT', `/api/values/sorts/${id}/cards/family`, { pile: 'important' });
    assert.deepEqual(moved.body.top_values.map((t) => t.value), [custom.key]);
    await call(server, 'PUT', `/api/values/sorts/${id}/cards/family`, { pile: 'very_important' });
    current = (await call(server, 'GET', `/api/values/sorts/${id}`)).body;

    const finished = await put([custom.key, ...TOP].map((value) => ({ value, meaning: `${value} matters` })), { finish: true });
    assert.equal(finished.status, 200);
    assert.match(finished.body.finished_at, /Z$/);
    assert.equal((await call(server, 'PUT', `/api/values/sorts/${id}/cards/fun`, { pile: 'important' })).status, 409);
    assert.equal((await call(server, 'DELETE', `/api/values/sorts/${id}`)).status, 409);
    assert.equal((await call(server, 'DELETE', `/api/values/custom/${custom.id}`)).status, 409, 'a ranked custom value stays');

    const core = (await call(server, 'GET', '/api/values/core')).body.items;
    assert.deepEqual(core.map((v) => v.rank), [1, 2, 3, 4, 5, 6]);
    assert.equal(core[0].name, 'Quiet mornings');
    assert.equal(core[1].name, 'Integrity');
    assert.match(core[1].definition, /principles/);
    assert.equal(core[1].meaning, 'integrity matters');
    assert.ok(core.every((v) => Number.isInteger(v.id) && v.id > 0));

    // Re-doing the sort keeps the earlier result in history; ids stay stable for the same value.
    const second = await finishSort(server, ['integrity', 'learning', 'family', 'health', 'courage']);
    const history = (await call(server, 'GET', '/api/values/sorts')).body.items;
    assert.deepEqual(history.map((s) => s.id), [second.id, id]);
    const core2 = (await call(server, 'GET', '/api/values/core')).body.items;
    assert.equal(core2[0].name, 'Integrity');
    assert.equal(core2[0].id, core[1].id, 'the same value keeps its id across sorts');
    // Only the newest finished sort may be edited (meanings), and only as a complete list.
    const oldEdit = await call(server, 'PUT', `/api/values/sorts/${id}/top`, { top_values: [], version: finished.body.version });
    assert.equal(oldEdit.status, 409);
  });

  test('undo takes back any number of moves, newest first, and the history outlives a restart', async () => {
    const first = await startServer();
    const sort = (await call(first, 'POST', '/api/values/sorts')).body;
    assert.deepEqual(sort.moves, []);
    const nothing = await call(first, 'POST', `/api/values/sorts/${sort.id}/undo`);
    assert.equal(nothing.status, 409);
    const place = (key, pile) => call(first, 'PUT', `/api/values/sorts/${sort.id}/cards/${key}`, { pile });
    for (const key of TOP) await place(key, 'very_important');
    await place('fun', 'important');
    let current = (await place('fun', 'not_important')).body;
    assert.deepEqual(current.moves.slice(-2), [
      { value: 'fun', from: null, to: 'important' }, { value: 'fun', from: 'important', to: 'not_important' }]);
    const ranked = await call(first, 'PUT', `/api/values/sorts/${sort.id}/top`, {
      top_values: [{ value: 'family', meaning: 'Evenings are theirs.' }, { value: 'health', meaning: '' }], version: current.version,
    });
    assert.equal(ranked.status, 200);
    current = (await place('family', 'important')).body;
    assert.deepEqual(current.top_values.map((t) => t.value), ['health']);
    assert.equal(current.moves.length, 8);

    await first.stop({ keepFiles: true });
    const restarted = await startServer({ dbPath: first.dbPath });
    try {
      const undo = () => call(restarted, 'POST', `/api/values/sorts/${sort.id}/undo`);
      let after = (await undo()).body;
      assert.equal(after.cards.family, 'very_important');
      assert.deepEqual(after.top_values.map((t) => [t.value, t.meaning]), [['family', 'Evenings are theirs.'], ['health', '']]);
      after = (await undo()).body;
      assert.equal(after.cards.fun, 'important');
      after = (await undo()).body;
      assert.equal(after.cards.fun, undefined);
      assert.equal(after.moves.length, 5);
      assert.ok(after.version > current.version);
      assert.equal((await call(restarted, 'POST', '/api/values/sorts/999/undo')).status, 404);
      assert.equal((await call(restarted, 'POST', '/api/values/sorts/abc/undo')).status, 404);
      for (let i = 0; i < 5; i++) assert.equal((await undo()).status, 200);
      const empty = await undo();
      assert.equal(empty.status, 409);
      assert.equal(empty.body.error.code, 'conflict');
      assert.deepEqual((await call(restarted, 'GET', `/api/values/sorts/${sort.id}`)).body.cards, {});
      assert.equal((await call(restarted, 'DELETE', `/api/values/sorts/${sort.id}`)).status, 200);
    } finally {
      await restarted.stop();
      rmSync(first.dir, { recursive: true, force: true });
    }
  });

  test('abandoning a sort in progress', async () => {
    const sort = (await call(server, 'POST', '/api/values/sorts')).body;
    await call(server, 'PUT', `/api/values/sorts/${sort.id}/cards/fun`, { pile: 'important' });
    const undo = await call(server, 'DELETE', `/api/values/sorts/${sort.id}/cards/fun`);
    assert.deepEqual(undo.body.cards, {});
    assert.equal((await call(server, 'DELETE', `/api/values/sorts/${sort.id}`)).status, 200);
    assert.deepEqual((await call(server, 'GET', '/api/values/sorts/current')).body, { sort: null });
    assert.equal((await call(server, 'GET', `/api/values/sorts/${sort.id}`)).status, 404);
    assert.equal((await call(server, 'GET', '/api/values/sorts/abc')).status, 404);
  });
});

describe('energetic centre lists API', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server.stop(); });

  test('add, edit, reorder and remove skills', async () => {
    const a = await call(server, 'POST', '/api/lists/skills', { name: 'System design', note: 'Large services' });
    assert.equal(a.status, 201);
    const b = (await call(server, 'POST', '/api/lists/skills', { name: 'Hiring' })).body;
    const c = (await call(server, 'POST', '/api/lists/skills', { name: 'Public speaking' })).body;
    assert.deepEqual([a.body.position, b.position, c.position], [0, 1, 2]);

    const edited = await call(server, 'PUT', `/api/lists/skills/${b.id}`, { name: 'Hiring well', note: 'n', version: 1 });
    assert.equal(edited.body.version, 2);
    const stale = await call(server, 'PUT', `/api/lists/skills/${b.id}`, { name: 'Other', version: 1 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.current.name, 'Hiring well');

    const reordered = await call(server, 'PUT', '/api/lists/skills/order', { ids: [c.id, a.body.id, b.id] });
    assert.deepEqual(reordered.body.items.map((i) => i.name), ['Public speaking', 'System design', 'Hiring well']);
    assertInvalid(await call(server, 'PUT', '/api/lists/skills/order', { ids: [c.id, a.body.id] }), 'ids');
    assertInvalid(await call(server, 'PUT', '/api/lists/skills/order', { ids: [c.id, c.id, b.id] }), 'ids');
    assertInvalid(await call(server, 'PUT', '/api/lists/skills/order', { ids: ['x'] }), 'ids[0]');

    assert.equal((await call(server, 'DELETE', `/api/lists/skills/${a.body.id}`)).status, 200);
    const items = (await call(server, 'GET', '/api/lists/skills')).body.items;
    assert.deepEqual(items.map((i) => [i.name, i.position]), [['Public speaking', 0], ['Hiring well', 1]]);
    assert.equal((await call(server, 'DELETE', `/api/lists/strengths/${b.id}`)).status, 404, 'an id from another list');
  });

  test('list validation: empty, duplicate, long; unknown list and ids', async () => {
    assertInvalid(await call(server, 'POST', '/api/lists/passions', { name: ' ' }), 'name', 'name is required');
    await call(server, 'POST', '/api/lists/passions', { name: 'Teaching' });
    assertInvalid(await call(server, 'POST', '/api/lists/passions', { name: 'TEACHING' }), 'name', 'name is already in this list');
    assertInvalid(await call(server, 'POST', '/api/lists/passions', { name: 'p'.repeat(121) }), 'name', 'name must be at most 120 characters');
    assertInvalid(await call(server, 'POST', '/api/lists/passions', { name: 'Ok', note: 'n'.repeat(1001) }), 'note');
    assertInvalid(await call(server, 'POST', '/api/lists/passions', { name: 5 }), 'name', 'name must be a string');
    assert.equal((await call(server, 'GET', '/api/lists/passions')).body.items.length, 1);
    assert.equal((await call(server, 'GET', '/api/lists/hobbies')).status, 404);
    assert.equal((await call(server, 'PUT', '/api/lists/passions/12345', { name: 'x', version: 1 })).status, 404);
    // Boundaries allow longer text (a practice, up to 300 characters).
    assert.equal((await call(server, 'POST', '/api/lists/boundaries', { name: 'b'.repeat(300) })).status, 201);
    assertInvalid(await call(server, 'POST', '/api/lists/self_care', { name: 's'.repeat(301) }), 'name');
  });
});

describe('alignment API', () => {
  let server;
  const ids = {};
  before(async () => {
    server = await startServer();
    await finishSort(server);
    for (const [list, names] of Object.entries({ skills: ['Coding', 'Budgeting'], strengths: ['Coaching'], passions: ['Teaching'] })) {
      ids[list] = [];
      for (const name of names) ids[list].push((await call(server, 'POST', `/api/lists/${list}`, { name })).body.id);
    }
    ids.values = (await call(server, 'GET', '/api/values/core')).body.items.map((v) => v.id);
  });
  after(async () => { await server.stop(); });

  const ratingsWith = (valueRating) => [
    ...ids.values.map((id, i) => ({ category: 'values', id, rating: i === 0 ? valueRating : 5 })),
    { category: 'skills', id: ids.skills[0], rating: 5 },
    { category: 'skills', id: ids.skills[1], rating: 1, note: 'Spreadsheets all day' },
    { category: 'strengths', id: ids.strengths[0], rating: 4 },
    { category: 'passions', id: ids.passions[0], rating: 3 },
  ];

  test('the form lists what to rate, the scale labels and the rules', async () => {
    const form = (await call(server, 'GET', '/api/alignment/form')).body;
    assert.equal(form.items.values.length, 5);
    assert.equal(form.items.skills[1].name, 'Budgeting');
    assert.equal(form.scale.length, 5);
    assert.equal(form.scale[0].label, 'pulls against the mission');
    assert.deepEqual(form.categories.map((c) => c.weight), [40, 20, 20, 20]);
  });

  test('no mission yet: a snapshot is refused with a clear reason', async () => {
    const res = await call(server, 'POST', '/api/alignment/assessments', { ratings: ratingsWith(5) });
    assert.equal(res.status, 409);
    assert.equal(res.body.error.field, 'mission');
    assert.deepEqual((await call(server, 'GET', '/api/alignment/assessments')).body, { items: [], latest: null });
  });

  test('preview and save a snapshot: scores, explanation, warnings, suggestions, comparison', async () => {
    await call(server, 'PUT', '/api/vision', {
      statement: '', organisation: 'Acme', mission: 'Make warehouse work lighter.', current_position: '', future_position: '', horizon_years: 7, version: 0,
    });
    const preview = await call(server, 'POST', '/api/alignment/preview', { ratings: ratingsWith(1) });
    assert.equal(preview.status, 200);
    // Values: (0 + 4 x 1) / 5 = 80; skills: (1 + 0.2) / 2 = 60; strengths 80; passions 100.
    // Overall: (40 x 80 + 20 x 60 + 20 x 80 + 20 x 100) / 100 = 80.
    assert.deepEqual(preview.body.scores, {
      values: 80, skills: 60, strengths: 80, passions: 100, overall: 80,
      explanation: 'Weighted average of the category scores: values 40%, skills 20%, strengths 20%, passions 20%.',
    });
    assert.equal(preview.body.warnings[0].level, 'values_conflict');
    assert.equal(preview.body.warnings[0].item, 'Integrity');
    assert.match(preview.body.warnings[0].message, /^Values conflict/);
    assert.equal(preview.body.suggestions.lean_into.length, 2);
    assert.match(preview.body.suggestions.hand_off[0], /Budgeting/);

    const first = await call(server, 'POST', '/api/alignment/assessments', {
      ratings: ratingsWith(1), lean_into: ['Coaching new leads'], hand_off: ['Budget spreadsheets'],
    });
    assert.equal(first.status, 201);
    assert.equal(first.body.assessed_on, '2026-03-02');
    assert.equal(first.body.mission, 'Make warehouse work lighter.');
    assert.equal(first.body.ratings[0].label, 'pulls against the mission');
    assert.equal(first.body.ratings[6].note, 'Spreadsheets all day');
    assert.deepEqual(first.body.lean_into, ['Coaching new leads']);
    assert.equal(first.body.previous, null);

    const second = await call(server, 'POST', '/api/alignment/assessments', { ratings: ratingsWith(4) });
    assert.equal(second.body.scores.values, 95);
    assert.equal(second.body.warnings.length, 0);
    assert.equal(second.body.previous.id, first.body.id);
    assert.equal(second.body.previous.scores.values, 80);

    const listed = (await call(server, 'GET', '/api/alignment/assessments')).body;
    const list = listed.items;
    assert.deepEqual(list.map((a) => a.id), [second.body.id, first.body.id]);
    assert.equal(list[1].conflicts, 1);
    // The newest comes whole with the list, as its own address gives it.
    assert.deepEqual(listed.latest, (await call(server, 'GET', `/api/alignment/assessments/${second.body.id}`)).body);

    const edited = await call(server, 'PUT', `/api/alignment/assessments/${first.body.id}`, { lean_into: ['Mentoring'], hand_off: [], version: 1 });
    assert.equal(edited.status, 200);
    assert.equal(edited.body.version, 2);
    const stale = await call(server, 'PUT', `/api/alignment/assessments/${first.body.id}`, { lean_into: [], hand_off: [], version: 1 });
    assert.equal(stale.status, 409);
    assert.deepEqual(stale.body.current.lean_into, ['Mentoring']);
    assert.equal((await call(server, 'GET', '/api/alignment/assessments/9999')).status, 404);
  });

  test('refused snapshots: out of range, unknown ids, duplicates, long text; nothing saved', async () => {
    const before = (await call(server, 'GET', '/api/alignment/assessments')).body.items.length;
    const post = (ratings, extra = {}) => call(server, 'POST', '/api/alignment/assessments', { ratings, ...extra });
    const v = ids.values[0];
    assertInvalid(await post([{ category: 'values', id: v, rating: 6 }]), 'ratings[0].rating', 'ratings[0].rating must be between 1 and 5');
    assertInvalid(await post([{ category: 'values', id: v, rating: 0 }]), 'ratings[0].rating');
    assertInvalid(await post([{ category: 'values', id: v, rating: 2.5 }]), 'ratings[0].rating', 'ratings[0].rating must be a whole number');
    assertInvalid(await post([{ category: 'values', id: 9999, rating: 3 }]), 'ratings[0].id', 'ratings[0].id must be one of your core values');
    assertInvalid(await post([{ category: 'skills', id: ids.strengths[0], rating: 3 }]), 'ratings[0].id', 'ratings[0].id must be one of your skills');
    assertInvalid(await post([{ category: 'hobbies', id: v, rating: 3 }]), 'ratings[0].category');
    assertInvalid(await post([{ category: 'values', id: v, rating: 3 }, { category: 'values', id: v, rating: 4 }]), 'ratings[1].item');
    assertInvalid(await post([{ category: 'values', id: v, rating: 3, note: 'n'.repeat(1001) }]), 'ratings[0].note');
    assertInvalid(await post([]), 'ratings', 'ratings must include at least one item');
    assertInvalid(await post([{ category: 'values', id: v, rating: 3 }], { lean_into: ['x'.repeat(301)] }), 'lean_into[0]');
    assertInvalid(await post([{ category: 'values', id: v, rating: 3 }], { hand_off: [' '] }), 'hand_off[0]');
    assertInvalid(await post([{ category: 'values', id: v, rating: 3 }], { hand_off: 'x' }), 'hand_off', 'hand_off must be a list');
    assert.equal((await call(server, 'GET', '/api/alignment/assessments')).body.items.length, before);
  });

  test('worksheet: goals, aspirations, links, suggestions; validation and conflicts', async () => {
    const empty = (await call(server, 'GET', '/api/alignment/worksheet')).body;
    assert.equal(empty.version, 0);
    const sheet = {
      professional_goals: ['Lead the platform team', 'Speak at two conferences'],
      personal_aspirations: ['Dinner with the kids every weekday', 'Travel more'],
      links: [{ goal_index: 0, aspiration_index: 0, kind: 'conflict', note: 'Late meetings' },
        { goal_index: 1, aspiration_index: 1, kind: 'synergy' }],
      adjustments: 'Ask for no meetings after 17:00.',
      version: 0,
    };
    const saved = await call(server, 'PUT', '/api/alignment/worksheet', sheet);
    assert.equal(saved.status, 200);
    assert.equal(saved.body.version, 1);
    assert.equal(saved.body.suggestions.length, 2);
    assert.match(saved.body.suggestions[0], /^Look for a way to pursue/);
    assert.equal(saved.body.links[0].note, 'Late meetings');

    const stale = await call(server, 'PUT', '/api/alignment/worksheet', sheet);
    assert.equal(stale.status, 409);
    assert.equal(stale.body.current.version, 1);
    const put = (overrides) => call(server, 'PUT', '/api/alignment/worksheet', { ...sheet, version: 1, ...overrides });
    assertInvalid(await put({ professional_goals: ['ok', ''] }), 'professional_goals[1]');
    assertInvalid(await put({ personal_aspirations: ['a'.repeat(301)] }), 'personal_aspirations[0]');
    assertInvalid(await put({ links: [{ goal_index: 5, aspiration_index: 0, kind: 'synergy' }] }), 'links[0].goal_index');
    assertInvalid(await put({ links: [{ goal_index: 0, aspiration_index: 0, kind: 'clash' }] }), 'links[0].kind');
    assertInvalid(await put({ links: [sheet.links[0], { ...sheet.links[0], kind: 'synergy' }] }), 'links[1]');
    assertInvalid(await put({ adjustments: 'a'.repeat(2001) }), 'adjustments');
    assert.deepEqual((await call(server, 'GET', '/api/alignment/worksheet')).body, saved.body);
  });
});

describe('vision builder API', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server.stop(); });

  test('drafts a statement from the answers and validates them', async () => {
    const res = await call(server, 'POST', '/api/vision-builder/draft', {
      top_values: ['Integrity', 'Family'], leader: 'a calm leader who helps people grow', impact: 'help teams do work they love',
      professional_future: 'leading an engineering group', personal_future: 'living by the sea', horizon_years: 7,
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.statement, 'It is 2033. Guided by integrity and family, I am a calm leader who helps people grow. '
      + 'Through my work, I help teams do work they love. I am leading an engineering group. '
      + 'Outside work, I am living by the sea.');
    // A noun phrase as the impact and present-tense futures read as sentences.
    const nouns = await call(server, 'POST', '/api/vision-builder/draft', {
      impact: 'Clean, cheap energy in a million homes', professional_future: 'lead the grid team', personal_future: 'I see myself sailing',
    });
    assert.equal(nouns.body.statement, 'Through my work, I contribute to clean, cheap energy in a million homes. '
      + 'I lead the grid team. Outside work, I am sailing.');
    assertInvalid(await call(server, 'POST', '/api/vision-builder/draft', { horizon_years: 11 }), 'horizon_years');
    assertInvalid(await call(server, 'POST', '/api/vision-builder/draft', { leader: 'l'.repeat(251) }), 'leader');
    assertInvalid(await call(server, 'POST', '/api/vision-builder/draft', { top_values: ['ok', 3] }), 'top_values[1]');
    assert.deepEqual((await call(server, 'POST', '/api/vision-builder/draft', {})).body, { statement: '' });
  });
});

describe('balance API', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server.stop(); });

  test('default areas, snapshots with average, lowest and drops', async () => {
    const areas = (await call(server, 'GET', '/api/balance/areas')).body;
    assert.equal(areas.items.length, 8);
    assert.equal(areas.items[0].name, 'Career');
    const first = await call(server, 'POST', '/api/balance/snapshots', { ratings: [{ area: 'Career', rating: 8 }, { area: 'Health', rating: 7 }, { area: 'Family', rating: 9 }] });
    assert.equal(first.status, 201);
    assert.equal(first.body.rated_on, '2026-03-02');
    assert.equal(first.body.average, 8);
    const second = (await call(server, 'POST', '/api/balance/snapshots', { ratings: [{ area: 'Career', rating: 6 }, { area: 'health', rating: 6 }, { area: 'Family', rating: 4 }] })).body;
    assert.deepEqual(second.drops, [{ area: 'Family', previous: 9, current: 4 }, { area: 'Career', previous: 8, current: 6 }]);
    assert.equal(second.average, 5.3);
    const list = (await call(server, 'GET', '/api/balance/snapshots')).body.items;
    assert.deepEqual(list.map((s) => s.id), [second.id, first.body.id]);
    assert.equal((await call(server, 'DELETE', `/api/balance/snapshots/${first.body.id}`)).status, 200);
    assert.equal((await call(server, 'DELETE', `/api/balance/snapshots/${first.body.id}`)).status, 404);
  });

  test('refused snapshots and area edits save nothing', async () => {
    const before = (await call(server, 'GET', '/api/balance/snapshots')).body.items.length;
    const post = (ratings) => call(server, 'POST', '/api/balance/snapshots', { ratings });
    assertInvalid(await post([{ area: 'Career', rating: 11 }]), 'ratings[0].rating', 'ratings[0].rating must be between 0 and 10');
    assertInvalid(await post([{ area: 'Career', rating: -1 }]), 'ratings[0].rating');
    assertInvalid(await post([{ area: 'Hobbies', rating: 5 }]), 'ratings[0].area', 'ratings[0].area must be one of your life areas');
    assertInvalid(await post([{ area: 'Career', rating: 5 }, { area: 'career', rating: 6 }]), 'ratings[1].area');
    assertInvalid(await post([]), 'ratings');
    assert.equal((await call(server, 'GET', '/api/balance/snapshots')).body.items.length, before);

    const areas = (await call(server, 'GET', '/api/balance/areas')).body;
    const put = (items, version = areas.version) => call(server, 'PUT', '/api/balance/areas', { areas: items, version });
    assertInvalid(await put(areas.items.slice(0, 2)), 'areas');
    assertInvalid(await put([...areas.items, { name: 'career' }]), 'areas[8].name');
    assertInvalid(await put([...areas.items, { name: 'x'.repeat(41) }]), 'areas[8].name');
    const saved = await put([...areas.items.slice(0, 3), { name: 'Music', description: 'Playing the piano' }]);
    assert.equal(saved.status, 200);
    assert.equal(saved.body.items[3].name, 'Music');
    assert.equal((await put(areas.items)).status, 409);
    assert.equal((await post([{ area: 'Music', rating: 7 }])).status, 201);
  });
});
