// API tests for the Goals module: initiatives, the focus rule, stop-doing list, career roads, priorities.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, startServer } from '../support/server.mjs';

// "Today" is pinned so health is predictable: 2026-03-02 is 60% through 2026-01-01..2026-04-11.
process.env.TRUENORTH_TODAY = '2026-03-02';

const initiative = (overrides = {}) => ({
  title: 'Ship the billing API v2',
  why: 'Builds the platform skills my vision needs.',
  value_ids: [3],
  supports_vision: true,
  horizon: 'short',
  start_date: '2026-01-01',
  finish_date: '2026-04-11',
  measure_of_success: 'Three teams call it in production',
  status: 'planned',
  progress: 0,
  milestones: [{ title: 'Design review', due_date: '2026-02-01', done: true }, { title: 'Beta', due_date: '2026-03-20' }],
  ...overrides,
});

describe('goals API', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server.stop(); });

  const list = async () => (await call(server, 'GET', '/api/initiatives')).body;

  test('create, read, update with version, SMART gaps, health and next milestone', async () => {
    const created = await call(server, 'POST', '/api/initiatives', initiative({ status: 'active', progress: 60 }));
    assert.equal(created.status, 201);
    const item = created.body;
    assert.equal(item.version, 1);
    assert.deepEqual(item.value_ids, [3]);
    assert.deepEqual(item.milestones, [
      { title: 'Design review', due_date: '2026-02-01', done: true },
      { title: 'Beta', due_date: '2026-03-20', done: false },
    ]);
    assert.deepEqual(item.smart_gaps, []);
    assert.deepEqual(item.health, { state: 'on_track', reason: 'Progress 60% keeps pace with the time passed (60%).' });
    assert.deepEqual(item.next_milestone, { index: 1, title: 'Beta', due_date: '2026-03-20' });

    const got = await call(server, 'GET', `/api/initiatives/${item.id}`);
    assert.deepEqual(got.body, item);

    const put = await call(server, 'PUT', `/api/initiatives/${item.id}`, initiative({
      status: 'active', progress: 30, measure_of_success: '', value_ids: [], supports_vision: false, version: 1,
    }));
    assert.equal(put.status, 200);
    assert.equal(put.body.version, 2);
    assert.deepEqual(put.body.smart_gaps.map((g) => g.key), ['no_measure', 'no_link']);
    assert.equal(put.body.health.state, 'at_risk');

    const stale = await call(server, 'PUT', `/api/initiatives/${item.id}`, initiative({ title: 'Other tab', version: 1 }));
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.field, 'version');
    assert.equal(stale.body.current.version, 2);
    assert.equal((await call(server, 'GET', `/api/initiatives/${item.id}`)).body.title, 'Ship the billing API v2');

    const same = await call(server, 'PUT', `/api/initiatives/${item.id}`, { ...initiative({ status: 'active', progress: 30, measure_of_success: '', value_ids: [], supports_vision: false }), version: 2 });
    assert.equal(same.body.version, 2, 'an unchanged save keeps the version');

    const ticked = await call(server, 'PATCH', `/api/initiatives/${item.id}`, {
      version: 2, milestones: [...put.body.milestones.slice(0, 1), { title: 'Beta', due_date: '2026-03-20', done: true }],
    });
    assert.equal(ticked.status, 200);
    assert.equal(ticked.body.next_milestone, null);
    assert.equal(ticked.body.title, 'Ship the billing API v2', 'PATCH keeps fields it was not given');
  });

  test('an overdue milestone makes an active initiative overdue', async () => {
    const res = await call(server, 'POST', '/api/initiatives', initiative({
      title: 'Publish the design system guide', status: 'active', progress: 70,
      milestones: [{ title: 'First draft', due_date: '2026-02-20' }],
    }));
    assert.equal(res.body.health.state, 'overdue');
    assert.equal(res.body.health.reason, 'Milestone "First draft" was due on 2026-02-20.');
  });

  test('the check endpoint judges a draft and saves nothing', async () => {
    const before = await list();
    const res = await call(server, 'POST', '/api/initiatives/check', { title: 'Improve', finish_date: '2025-01-01', start_date: '2026-01-01' });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.smart_gaps.map((g) => g.letter), ['S', 'M', 'A', 'R']);
    assert.ok(res.body.smart_gaps.every((g) => g.hint.length > 10));
    assert.deepEqual(await list(), before);
  });

  test('validation: 400 naming the field, and nothing is saved', async () => {
    const before = await list();
    const cases = [
      [{ title: '  ' }, 'title', 'title is required'],
      [{ title: undefined }, 'title', 'title is required'],
      [{ title: 'x'.repeat(201) }, 'title', 'title must be at most 200 characters'],
      [{ horizon: 'medium' }, 'horizon', 'horizon must be one of short, mid, long'],
      [{ status: 'paused' }, 'status', 'status must be one of planned, active, done, dropped, postponed'],
      [{ start_date: '2026-02-30' }, 'start_date', 'start_date must be a date like 2026-01-31'],
      [{ finish_date: 'soon' }, 'finish_date', 'finish_date must be a date like 2026-01-31'],
      [{ status: 'active', finish_date: null }, 'finish_date', 'finish_date is required when status is active'],
      [{ progress: 101 }, 'progress', 'progress must be between 0 and 100'],
      [{ progress: -5 }, 'progress', 'progress must be between 0 and 100'],
      [{ progress: 1e12 }, 'progress', 'progress must be between 0 and 100'],
      [{ progress: 50.5 }, 'progress', 'progress must be a whole number'],
      [{ value_ids: [3, 3] }, 'value_ids[1]', 'value_ids[1] repeats a value already linked'],
      [{ value_ids: ['x'] }, 'value_ids[0]', 'value_ids[0] must be a whole number'],
      [{ milestones: [{ title: 'ok' }, { title: '' }] }, 'milestones[1].title', 'milestones[1].title is required'],
      [{ milestones: [{ title: 'ok', due_date: '2026-13-01' }] }, 'milestones[0].due_date', 'milestones[0].due_date must be a date like 2026-01-31'],
      [{ milestones: ['x'] }, 'milestones[0]', 'milestones[0] must be an object'],
      [{ milestones: 'none' }, 'milestones', 'milestones must be a list'],
      [{ supports_vision: 'yes' }, 'supports_vision', 'supports_vision must be true or false'],
    ];
    for (const [override, field, message] of cases) {
      const res = await call(server, 'POST', '/api/initiatives', initiative(override));
      assert.equal(res.status, 400, JSON.stringify(override).slice(0, 80));
      assert.deepEqual(res.body.error, { code: 'invalid_argument', field, message });
    }
    const id = before.items[0].id;
    const version = before.items[0].version;
    const bad = await call(server, 'PUT', `/api/initiatives/${id}`, initiative({ progress: 200, version }));
    assert.equal(bad.body.error.field, 'progress');
    const noVersion = await call(server, 'PUT', `/api/initiatives/${id}`, initiative());
    assert.equal(noVersion.body.error.field, 'version');
    const badPatch = await call(server, 'PATCH', `/api/initiatives/${id}`, { version, status: 'active', start_date: null });
    assert.equal(badPatch.body.error.message, 'start_date is required when status is active');
    assert.deepEqual(await list(), before);
  });

  test('unknown ids are 404, bad ids too', async () => {
    for (const [method, path, body] of [
      ['GET', '/api/initiatives/9999'], ['PUT', '/api/initiatives/9999', initiative({ version: 1 })],
      ['PATCH', '/api/initiatives/9999', { version: 1 }], ['DELETE', '/api/initiatives/9999'],
      ['GET', '/api/initiatives/abc'], ['PUT', '/api/stop-doing/9999', { text: 'x', version: 1 }],
      ['DELETE', '/api/stop-doing/9999'], ['PUT', '/api/roads/9999', { name: 'x', version: 1 }],
      ['POST', '/api/roads/9999/choose', {}], ['DELETE', '/api/roads/9999'],
      ['PATCH', '/api/priorities/9999', { version: 1 }], ['DELETE', '/api/priorities/9999'],
    ]) {
      const res = await call(server, method, path, body);
      assert.equal(res.status, 404, `${method} ${path}`);
      assert.equal(res.body.error.code, 'not_found');
    }
  });

  test('the focus rule: a sixth active initiative is refused with the five to choose from', async () => {
    let { items } = await list();
    const activeNow = items.filter((i) => i.status === 'active').length;
    for (let n = activeNow; n < 5; n += 1) {
      const res = await call(server, 'POST', '/api/initiatives', initiative({ title: `Active initiative number ${n + 1}`, status: 'active' }));
      assert.equal(res.status, 201);
    }
    const before = await list();
    assert.equal(before.active_count, 5);
    assert.equal(before.max_active, 5);

    const sixth = await call(server, 'POST', '/api/initiatives', initiative({ title: 'One initiative too many', status: 'active' }));
    assert.equal(sixth.status, 409);
    assert.equal(sixth.body.error.field, 'status');
    assert.match(sixth.body.error.message, /^You already have 5 active initiatives\. Postpone or drop one/);
    assert.equal(sixth.body.active.length, 5);
    assert.ok(sixth.body.active.every((a) => a.id && a.title && a.version));
    assert.deepEqual(await list(), before, 'nothing saved');

    const planned = await call(server, 'POST', '/api/initiatives', initiative({ title: 'Waiting in the wings', status: 'planned' }));
    assert.equal(planned.status, 201);
    const activate = await call(server, 'PATCH', `/api/initiatives/${planned.body.id}`, { status: 'active', version: 1 });
    assert.equal(activate.status, 409);
    assert.equal(activate.body.error.field, 'status');
    assert.equal((await call(server, 'GET', `/api/initiatives/${planned.body.id}`)).body.status, 'planned');

    // Editing one of the five while it stays active is fine.
    const first = sixth.body.active[0];
    const edit = await call(server, 'PATCH', `/api/initiatives/${first.id}`, { progress: 65, version: first.version });
    assert.equal(edit.status, 200);

    // Postponing one makes room.
    const second = sixth.body.active[1];
    assert.equal((await call(server, 'PATCH', `/api/initiatives/${second.id}`, { status: 'postponed', version: second.version })).status, 200);
    const retry = await call(server, 'PATCH', `/api/initiatives/${planned.body.id}`, { status: 'active', version: 1 });
    assert.equal(retry.status, 200);
    assert.equal((await list()).active_count, 5);
    ({ items } = await list());
    assert.deepEqual(items.slice(0, 5).map((i) => i.status), Array(5).fill('active'), 'active ones are listed first');
  });

  test('stop-doing list: create, validate, mark done (kept), link and unlink on delete', async () => {
    const target = await call(server, 'POST', '/api/initiatives', initiative({ title: 'Room-needing initiative here' }));
    const created = await call(server, 'POST', '/api/stop-doing', {
      text: 'Run the weekly status meeting', action: 'delegate', delegate_to: 'Priya', delegate_by: '2026-03-15', initiative_id: target.body.id,
    });
    assert.equal(created.status, 201);
    assert.equal(created.body.done, false);
    assert.equal(created.body.done_at, null);

    const before = (await call(server, 'GET', '/api/stop-doing')).body;
    const cases = [
      [{ text: '' }, 'text'],
      [{ text: 'x', action: 'ignore' }, 'action'],
      [{ text: 'x', action: 'delegate' }, 'delegate_to'],
      [{ text: 'x', delegate_by: '15/03/2026' }, 'delegate_by'],
      [{ text: 'x', initiative_id: 0 }, 'initiative_id'],
      [{ text: 'x', initiative_id: 99999 }, 'initiative_id'],
    ];
    for (const [body, field] of cases) {
      const res = await call(server, 'POST', '/api/stop-doing', body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(res.body.error.field, field);
    }
    assert.deepEqual((await call(server, 'GET', '/api/stop-doing')).body, before);

    const done = await call(server, 'PUT', `/api/stop-doing/${created.body.id}`, { ...created.body, done: true });
    assert.equal(done.status, 200);
    assert.equal(done.body.done, true);
    assert.match(done.body.done_at, /^\d{4}-\d\d-\d\dT/);
    const stale = await call(server, 'PUT', `/api/stop-doing/${created.body.id}`, { ...created.body, text: 'Other' });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.current.done, true);

    assert.equal((await call(server, 'DELETE', `/api/initiatives/${target.body.id}`)).body.deleted, true);
    const after = (await call(server, 'GET', '/api/stop-doing')).body.items.find((s) => s.id === created.body.id);
    assert.equal(after.initiative_id, null, 'the item stays as a record without the link');
    assert.equal(after.done, true);
  });

  test('career roads: at most four, unique names, one current, switches kept in history', async () => {
    const names = ['Engineering manager', 'Staff engineer', 'Start a company', 'Product manager'];
    const ids = [];
    for (const name of names) {
      const res = await call(server, 'POST', '/api/roads', { name, notes: `Notes for ${name}`, milestones: [{ title: 'First step', due_date: '2026-09-01' }] });
      assert.equal(res.status, 201);
      assert.equal(res.body.current, false);
      ids.push(res.body.id);
    }
    const fifth = await call(server, 'POST', '/api/roads', { name: 'Fifth road' });
    assert.equal(fifth.status, 409);
    assert.equal(fifth.body.error.field, 'roads');

    const before = (await call(server, 'GET', '/api/roads')).body;
    const cases = [
      [{ name: '' }, 'name'], [{ name: ' staff ENGINEER ' }, 'name'], [{ name: 'x', notes: 'n'.repeat(2001) }, 'notes'],
      [{ name: 'x', decision_id: 0 }, 'decision_id'], [{ name: 'x', milestones: [{ title: '' }] }, 'milestones[0].title'],
    ];
    for (const [body, field] of cases) {
      const res = await call(server, 'PUT', `/api/roads/${ids[0]}`, { ...body, version: 1 });
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(res.body.error.field, field);
    }
    assert.deepEqual((await call(server, 'GET', '/api/roads')).body, before);

    const linked = await call(server, 'PUT', `/api/roads/${ids[0]}`, { name: 'Engineering manager', notes: 'Lead 6-8 people', decision_id: 12, milestones: [], version: 1 });
    assert.equal(linked.status, 200);
    assert.equal(linked.body.decision_id, 12);
    assert.equal(linked.body.version, 2);

    let roads = (await call(server, 'POST', `/api/roads/${ids[1]}/choose`, {})).body;
    assert.deepEqual(roads.items.filter((r) => r.current).map((r) => r.id), [ids[1]]);
    roads = (await call(server, 'POST', `/api/roads/${ids[0]}/choose`, {})).body;
    assert.deepEqual(roads.items.filter((r) => r.current).map((r) => r.id), [ids[0]]);
    roads = (await call(server, 'POST', `/api/roads/${ids[0]}/choose`, {})).body;  // no change, no history
    assert.deepEqual(roads.switches.map((s) => [s.from_name, s.to_name]), [['Staff engineer', 'Engineering manager'], [null, 'Staff engineer']]);

    assert.equal((await call(server, 'DELETE', `/api/roads/${ids[1]}`)).status, 200);
    roads = (await call(server, 'GET', '/api/roads')).body;
    assert.equal(roads.items.length, 3);
    assert.equal(roads.switches[0].from_name, 'Staff engineer', 'history keeps the deleted road by name');
    assert.equal(roads.switches[0].from_road_id, null);
    assert.equal((await call(server, 'POST', '/api/roads', { name: 'Staff engineer' })).status, 201, 'room again after a delete');
  });

  test('priorities: quadrants, create, move by direction and quadrant, done leaves the board', async () => {
    const board = (await call(server, 'GET', '/api/priorities')).body;
    assert.deepEqual(board.quadrants.map((q) => q.key), ['do', 'schedule', 'delegate', 'drop']);
    assert.ok(board.quadrants.every((q) => q.label && q.description));

    const { items } = await list();
    const task = (await call(server, 'POST', '/api/priorities', { title: 'Prepare the quarterly review', quadrant: 'do', initiative_id: items[0].id })).body;
    assert.equal(task.quadrant, 'do');
    assert.equal(task.initiative_id, items[0].id);

    for (const [body, field] of [[{ title: '' }, 'title'], [{ title: 'x', quadrant: 'later' }, 'quadrant'], [{ title: 'x', initiative_id: 99999 }, 'initiative_id'], [{ title: 'x', initiative_id: -1 }, 'initiative_id']]) {
      const res = await call(server, 'POST', '/api/priorities', body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(res.body.error.field, field);
    }
    const badMove = await call(server, 'PATCH', `/api/priorities/${task.id}`, { version: 1, direction: 'sideways' });
    assert.equal(badMove.body.error.field, 'direction');

    let moved = (await call(server, 'PATCH', `/api/priorities/${task.id}`, { version: 1, direction: 'right' })).body;
    assert.equal(moved.quadrant, 'schedule');
    moved = (await call(server, 'PATCH', `/api/priorities/${task.id}`, { version: 2, direction: 'down' })).body;
    assert.equal(moved.quadrant, 'drop');
    moved = (await call(server, 'PATCH', `/api/priorities/${task.id}`, { version: 3, direction: 'down' })).body;
    assert.equal(moved.quadrant, 'drop', 'an edge keeps the task where it is');
    assert.equal(moved.version, 3, 'no change, no new version');
    moved = (await call(server, 'PATCH', `/api/priorities/${task.id}`, { version: 3, quadrant: 'delegate', initiative_id: null })).body;
    assert.equal(moved.quadrant, 'delegate');
    assert.equal(moved.initiative_id, null);
    const stale = await call(server, 'PATCH', `/api/priorities/${task.id}`, { version: 1, quadrant: 'do' });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.current.quadrant, 'delegate');

    const done = await call(server, 'PATCH', `/api/priorities/${task.id}`, { version: 4, done: true });
    assert.equal(done.body.done, true);
    assert.ok(!(await call(server, 'GET', '/api/priorities')).body.items.some((t) => t.id === task.id));
    assert.equal((await call(server, 'DELETE', `/api/priorities/${task.id}`)).body.deleted, true);
  });

  test('data survives a restart', async () => {
    const initiatives = await list();
    const roads = (await call(server, 'GET', '/api/roads')).body;
    await server.stop({ keepFiles: true });
    server = await startServer({ dbPath: server.dbPath });
    assert.deepEqual(await list(), initiatives);
    assert.deepEqual((await call(server, 'GET', '/api/roads')).body, roads);
  });
});
