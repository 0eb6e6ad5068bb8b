// API tests for the links between modules that save typing: alignment items that become initiatives or
// stop-doing items, road milestones that are initiatives, due dates of priorities, self-care routines ticked
// off weekly, alignment snapshots compared item by item, and a year ago beside today.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { rankCoreValues } from '../support/core_values.mjs';
import { call, startServer } from '../support/server.mjs';

process.env.TRUENORTH_TODAY = '2026-03-02';

function assertInvalid(res, field, message) {
  assert.equal(res.status, 400, JSON.stringify(res.body));
  assert.equal(res.body.error.field, field);
  if (message) assert.equal(res.body.error.message, message);
}

// A workbook with a mission, core values and a skill, and one alignment snapshot with both lists filled.
async function snapshotWith(server, lists) {
  const vision = (await call(server, 'GET', '/api/vision')).body;
  if (!vision.mission) {
    await call(server, 'PUT', '/api/vision', {
      statement: '', organisation: 'Acme', mission: 'Make warehouse work lighter.', current_position: '', future_position: '',
      horizon_years: 7, version: vision.version,
    });
    await rankCoreValues(server);
  }
  const core = (await call(server, 'GET', '/api/values/core')).body.items;
  const res = await call(server, 'POST', '/api/alignment/assessments', {
    ratings: core.map((v) => ({ category: 'values', id: v.id, rating: 4 })), ...lists,
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

describe('alignment items become initiatives and stop-doing items', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server.stop(); });

  test('a lean-into item becomes a planned initiative in one step, linked both ways', async () => {
    const snap = await snapshotWith(server, { lean_into: ['Coaching new leads', 'Data work'], hand_off: ['Budget spreadsheets'] });
    assert.deepEqual(snap.actions.lean_into[1], { position: 1, text: 'Data work', initiative: null, stop_doing: null });

    const res = await call(server, 'POST', `/api/alignment/assessments/${snap.id}/initiative`, { kind: 'lean_into', position: 0, version: 1 });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const { initiative, assessment } = res.body;
    assert.equal(initiative.title, 'Coaching new leads');
    assert.equal(initiative.status, 'planned');
    assert.equal(initiative.why, 'It fits the mission well: my alignment check lists it as work to lean into.');
    assert.deepEqual(initiative.origin, { assessment_id: snap.id, assessed_on: '2026-03-02', kind: 'lean_into', text: 'Coaching new leads' });
    assert.equal(assessment.version, 2);
    assert.deepEqual(assessment.actions.lean_into[0].initiative, { id: initiative.id, title: 'Coaching new leads', status: 'planned' });
    assert.equal(assessment.previous, null);

    // The initiative list and the snapshot show the link; renaming the initiative shows there too.
    const listed = (await call(server, 'GET', '/api/initiatives')).body.items.find((i) => i.id === initiative.id);
    assert.deepEqual(listed.origin, initiative.origin);
    await call(server, 'PATCH', `/api/initiatives/${initiative.id}`, { title: 'Coach two new leads this spring', version: 1 });
    const again = (await call(server, 'GET', `/api/alignment/assessments/${snap.id}`)).body;
    assert.equal(again.actions.lean_into[0].initiative.title, 'Coach two new leads this spring');

    // A second time is a 409: the item is linked already.
    const twice = await call(server, 'POST', `/api/alignment/assessments/${snap.id}/initiative`, { kind: 'lean_into', position: 0, version: 2 });
    assert.equal(twice.status, 409);
    assert.equal(twice.body.error.field, 'position');
  });

  test('a hand-off item goes on the stop-doing list with the action chosen', async () => {
    const snap = await snapshotWith(server, { lean_into: [], hand_off: ['Budget spreadsheets', 'The weekly rota'] });
    const res = await call(server, 'POST', `/api/alignment/assessments/${snap.id}/stop-doing`, {
      kind: 'hand_off', position: 1, action: 'delegate', delegate_to: 'Sam', delegate_by: '2026-04-01', version: 1,
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const item = res.body.stop_doing;
    assert.equal(item.text, 'The weekly rota');
    assert.equal(item.action, 'delegate');
    assert.equal(item.delegate_to, 'Sam');
    assert.deepEqual(item.origin, { assessment_id: snap.id, assessed_on: '2026-03-02', kind: 'hand_off', text: 'The weekly rota' });
    assert.deepEqual(res.body.assessment.actions.hand_off[1].stop_doing, { id: item.id, text: 'The weekly rota', action: 'delegate', done: false });
    assert.ok(res.body.assessment.previous);

    const listed = (await call(server, 'GET', '/api/stop-doing')).body.items.find((s) => s.id === item.id);
    assert.deepEqual(listed.origin, item.origin);

    // The default action is postpone; a lean-into item may go on the list too.
    const plain = await call(server, 'POST', `/api/alignment/assessments/${snap.id}/stop-doing`, { kind: 'hand_off', position: 0, version: 2 });
    assert.equal(plain.status, 201);
    assert.equal(plain.body.stop_doing.action, 'postpone');
  });

  test('editing the lists keeps links by text; deleting a record clears the link and never re-points it', async () => {
    const snap = await snapshotWith(server, { lean_into: ['Mentoring'], hand_off: ['Late meetings'] });
    const made = (await call(server, 'POST', `/api/alignment/assessments/${snap.id}/initiative`, { kind: 'lean_into', position: 0, version: 1 })).body;
    const stopped = (await call(server, 'POST', `/api/alignment/assessments/${snap.id}/stop-doing`, { kind: 'hand_off', position: 0, version: 2 })).body;

    const edited = await call(server, 'PUT', `/api/alignment/assessments/${snap.id}`, { lean_into: ['Public speaking', 'Mentoring'], hand_off: ['Late meetings'], version: 3 });
    assert.equal(edited.status, 200);
    assert.equal(edited.body.actions.lean_into[0].initiative, null);
    assert.equal(edited.body.actions.lean_into[1].initiative.id, made.initiative.id);
    assert.equal(edited.body.actions.hand_off[0].stop_doing.id, stopped.stop_doing.id);

    assert.equal((await call(server, 'DELETE', `/api/initiatives/${made.initiative.id}`)).status, 200);
    assert.equal((await call(server, 'DELETE', `/api/stop-doing/${stopped.stop_doing.id}`)).status, 200);
    const cleared = (await call(server, 'GET', `/api/alignment/assessments/${snap.id}`)).body;
    assert.equal(cleared.actions.lean_into[1].initiative, null);
    assert.equal(cleared.actions.hand_off[0].stop_doing, null);

    // Turned again, the item gets a new initiative with a new id.
    const remade = await call(server, 'POST', `/api/alignment/assessments/${snap.id}/initiative`, { kind: 'lean_into', position: 1, version: 4 });
    assert.equal(remade.status, 201);
    assert.ok(remade.body.initiative.id > made.initiative.id);

    // Deleting the snapshot keeps the initiative, without an origin.
    assert.equal((await call(server, 'DELETE', `/api/alignment/assessments/${snap.id}`)).status, 200);
    const orphan = (await call(server, 'GET', `/api/initiatives/${remade.body.initiative.id}`)).body;
    assert.equal(orphan.title, 'Mentoring');
    assert.equal(orphan.origin, null);
  });

  test('bad requests name the field; unknown snapshots are 404; a stale version is 409 with current', async () => {
    const snap = await snapshotWith(server, { lean_into: ['Mentoring'], hand_off: [] });
    const post = (body, what = 'initiative', id = snap.id) => call(server, 'POST', `/api/alignment/assessments/${id}/${what}`, body);
    assertInvalid(await post({ position: 0, version: 1 }), 'kind', 'kind is required');
    assertInvalid(await post({ kind: 'avoid', position: 0, version: 1 }), 'kind', 'kind must be one of lean_into, hand_off');
    assertInvalid(await post({ kind: 'lean_into', position: '0', version: 1 }), 'position');
    assertInvalid(await post({ kind: 'lean_into', version: 1 }), 'position');
    assertInvalid(await post({ kind: 'lean_into', position: 0 }), 'version');
    assertInvalid(await post({ kind: 'lean_into', position: 3, version: 1 }), 'position', 'position must be from 0 to 0 (an item of lean_into)');
    assertInvalid(await post({ kind: 'hand_off', position: 0, version: 1 }), 'position', 'position: hand_off has no items');
    assertInvalid(await post({ kind: 'lean_into', position: 0, action: 'delegate', version: 1 }, 'stop-doing'), 'delegate_to');
    assertInvalid(await post({ kind: 'lean_into', position: 0, action: 'forget', version: 1 }, 'stop-doing'), 'action');
    assertInvalid(await post({ kind: 'lean_into', position: 0, delegate_by: 'soon', version: 1 }, 'stop-doing'), 'delegate_by');
    assert.equal((await post({ kind: 'lean_into', position: 0, version: 1 }, 'initiative', 99999)).status, 404);
    assert.equal((await post({ kind: 'lean_into', position: 0, version: 1 }, 'stop-doing', 99999)).status, 404);
    assert.equal((await call(server, 'POST', '/api/alignment/assessments/abc/initiative', { kind: 'lean_into', position: 0, version: 1 })).status, 404);

    const stale = await post({ kind: 'lean_into', position: 0, version: 7 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.field, 'version');
    assert.equal(stale.body.current.version, 1);
    assert.deepEqual(stale.body.current.actions.lean_into[0].initiative, null);
    assert.equal((await call(server, 'GET', `/api/alignment/assessments/${snap.id}`)).body.version, 1);
  });
});

describe('a road milestone can be an initiative', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server.stop(); });

  test('one record shown in both places: the road reads it from the initiative', async () => {
    const goal = (await call(server, 'POST', '/api/initiatives', {
      title: 'Lead the platform migration', status: 'active', start_date: '2026-01-05', finish_date: '2026-06-30', progress: 40,
    })).body;
    const road = await call(server, 'POST', '/api/roads', {
      name: 'Engineering manager', milestones: [{ title: 'Run a hiring loop', due_date: '2026-04-01' }, { initiative_id: goal.id }],
    });
    assert.equal(road.status, 201, JSON.stringify(road.body));
    assert.deepEqual(road.body.milestones, [
      { title: 'Run a hiring loop', due_date: '2026-04-01', done: false, initiative_id: null, initiative: null },
      { title: 'Lead the platform migration', due_date: '2026-06-30', done: false, initiative_id: goal.id,
        initiative: { id: goal.id, status: 'active', progress: 40 } },
    ]);
    const shown = (await call(server, 'GET', `/api/initiatives/${goal.id}`)).body;
    assert.deepEqual(shown.roads, [{ id: road.body.id, name: 'Engineering manager', current: false }]);

    // Done on Goals is done on the road; a title sent for a linked milestone is the initiative's, not a copy.
    await call(server, 'PATCH', `/api/initiatives/${goal.id}`, { status: 'done', progress: 100, version: 1 });
    const roads = (await call(server, 'GET', '/api/roads')).body.items;
    assert.deepEqual(roads[0].milestones[1].done, true);
    const resaved = await call(server, 'PUT', `/api/roads/${road.body.id}`, {
      name: 'Engineering manager', milestones: [roads[0].milestones[0], { initiative_id: goal.id, title: 'Something else', done: false }],
      version: 1,
    });
    assert.equal(resaved.status, 200);
    assert.equal(resaved.body.version, 1);  // nothing changed
    assert.equal(resaved.body.milestones[1].title, 'Lead the platform migration');
    assert.equal(resaved.body.milestones[1].done, true);
  });

  test('deleting the initiative leaves a plain milestone with its last title, and a new road version', async () => {
    const goal = (await call(server, 'POST', '/api/initiatives', { title: 'Publish the on-call guide', finish_date: '2026-05-15' })).body;
    const road = (await call(server, 'POST', '/api/roads', { name: 'Staff engineer', milestones: [{ initiative_id: goal.id }] })).body;
    assert.equal((await call(server, 'DELETE', `/api/initiatives/${goal.id}`)).status, 200);
    const after = (await call(server, 'GET', '/api/roads')).body.items.find((r) => r.id === road.id);
    assert.equal(after.version, 2);
    assert.deepEqual(after.milestones, [{ title: 'Publish the on-call guide', due_date: '2026-05-15', done: false, initiative_id: null, initiative: null }]);
  });

  test('refusals name the field', async () => {
    const goal = (await call(server, 'POST', '/api/initiatives', { title: 'Write the team charter' })).body;
    const roadsBefore = (await call(server, 'GET', '/api/roads')).body.items.length;
    const post = (milestones) => call(server, 'POST', '/api/roads', { name: `Road ${Math.random()}`, milestones });
    assertInvalid(await post([{ initiative_id: 99999 }]), 'milestones[0].initiative_id', 'milestones[0].initiative_id does not match any initiative');
    assertInvalid(await post([{ initiative_id: goal.id }, { initiative_id: goal.id }]), 'milestones[1].initiative_id',
      'milestones[1].initiative_id repeats an initiative that is already a milestone of this road');
    assertInvalid(await post([{ initiative_id: 0 }]), 'milestones[0].initiative_id', 'milestones[0].initiative_id must be a positive id');
    assertInvalid(await post([{ initiative_id: 'one' }]), 'milestones[0].initiative_id');
    assertInvalid(await post([{ due_date: '2026-01-01' }]), 'milestones[0].title', 'milestones[0].title is required');
    assertInvalid(await call(server, 'POST', '/api/initiatives', { title: 'Nested', milestones: [{ initiative_id: goal.id }] }),
      'milestones[0].initiative_id', 'milestones[0].initiative_id must not be set: only a career road\'s milestone can be an initiative');
    assert.equal((await call(server, 'GET', '/api/roads')).body.items.length, roadsBefore);
  });
});

describe('priorities with due dates, self-care routines with a frequency, ticked off weekly', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server.stop(); });

  test('a priority has an optional due date; Schedule is the quadrant that asks for one', async () => {
    const board = (await call(server, 'GET', '/api/priorities')).body;
    assert.deepEqual(board.quadrants.map((q) => [q.key, q.asks_due_date]), [['do', false], ['schedule', true], ['delegate', false], ['drop', false]]);
    assert.equal(board.today, '2026-03-02');
    const task = await call(server, 'POST', '/api/priorities', { title: 'Write the promotion case', quadrant: 'schedule', due_date: '2026-03-06' });
    assert.equal(task.status, 201);
    assert.equal(task.body.due_date, '2026-03-06');
    assert.deepEqual(task.body.due, { state: 'due_soon', days: 4 });
    const plain = (await call(server, 'POST', '/api/priorities', { title: 'Answer the survey', quadrant: 'do' })).body;
    assert.equal(plain.due_date, null);
    assert.deepEqual(plain.due, { state: 'never', days: 0 });

    const late = await call(server, 'PATCH', `/api/priorities/${task.body.id}`, { due_date: '2026-02-20', version: 1 });
    assert.equal(late.body.due_date, '2026-02-20');
    assert.deepEqual(late.body.due, { state: 'overdue', days: -10 });
    const moved = await call(server, 'PATCH', `/api/priorities/${task.body.id}`, { direction: 'left', version: 2 });
    assert.equal(moved.body.due_date, '2026-02-20');  // a move keeps the date
    const cleared = await call(server, 'PATCH', `/api/priorities/${task.body.id}`, { due_date: null, version: 3 });
    assert.equal(cleared.body.due_date, null);
    assert.equal((await call(server, 'GET', '/api/priorities')).body.items.find((t) => t.id === task.body.id).due_date, null);

    assertInvalid(await call(server, 'POST', '/api/priorities', { title: 'Bad', due_date: '2026-02-30' }), 'due_date', 'due_date must be a date like 2026-01-31');
    assertInvalid(await call(server, 'POST', '/api/priorities', { title: 'Bad', due_date: 20260301 }), 'due_date', 'due_date must be a string');
    assertInvalid(await call(server, 'PATCH', `/api/priorities/${plain.id}`, { due_date: 'tomorrow', version: 1 }), 'due_date');
    const stale = await call(server, 'PATCH', `/api/priorities/${plain.id}`, { due_date: '2026-04-01', version: 9 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.current.due_date, null);
  });

  test('a self-care routine has a frequency; other lists have none', async () => {
    const walk = await call(server, 'POST', '/api/lists/self_care', { name: 'A walk at lunch', frequency: 'per_week', times_per_week: 3 });
    assert.equal(walk.status, 201);
    assert.equal(walk.body.frequency, 'per_week');
    assert.equal(walk.body.times_per_week, 3);
    assert.equal(walk.body.frequency_label, '3 times a week');
    const plain = (await call(server, 'POST', '/api/lists/self_care', { name: 'Read fiction' })).body;
    assert.deepEqual([plain.frequency, plain.times_per_week, plain.frequency_label], [null, null, '']);
    const edited = await call(server, 'PUT', `/api/lists/self_care/${plain.id}`, { name: 'Read fiction', frequency: 'daily', version: 1 });
    assert.equal(edited.body.frequency_label, 'Daily');
    assert.equal(edited.body.version, 2);

    assertInvalid(await call(server, 'POST', '/api/lists/self_care', { name: 'Yoga', frequency: 'sometimes' }), 'frequency',
      'frequency must be one of daily, per_week, weekly, monthly');
    assertInvalid(await call(server, 'POST', '/api/lists/self_care', { name: 'Yoga', frequency: 'per_week' }), 'times_per_week',
      'times_per_week is required for per_week');
    assertInvalid(await call(server, 'POST', '/api/lists/self_care', { name: 'Yoga', frequency: 'per_week', times_per_week: 9 }), 'times_per_week',
      'times_per_week must be between 2 and 6');
    assertInvalid(await call(server, 'POST', '/api/lists/self_care', { name: 'Yoga', frequency: 'weekly', times_per_week: 2 }), 'times_per_week');
    assertInvalid(await call(server, 'POST', '/api/lists/boundaries', { name: 'No email after 19:00', frequency: 'daily' }), 'frequency',
      'frequency is only for self-care routines');
    const skill = (await call(server, 'POST', '/api/lists/skills', { name: 'SQL' })).body;
    assert.equal('frequency' in skill, false);
  });

  test('a weekly reflection ticks the routines off: kept 2 of 3 this week', async () => {
    const routines = (await call(server, 'GET', '/api/lists/self_care')).body.items;  // walk (3 a week), fiction (daily)
    const massage = (await call(server, 'POST', '/api/lists/self_care', { name: 'A massage', frequency: 'monthly' })).body;
    const gym = (await call(server, 'POST', '/api/lists/self_care', { name: 'The gym', frequency: 'weekly' })).body;
    const ticks = [{ item_id: routines[0].id, kept: true }, { item_id: routines[1].id, kept: true }, { item_id: massage.id, kept: false },
      { item_id: gym.id, kept: false }];
    const entry = await call(server, 'POST', '/api/journal/entries', { kind: 'weekly', date: '2026-03-06', answers: { learned: 'Rest is work too.' }, self_care: ticks });
    assert.equal(entry.status, 201, JSON.stringify(entry.body));
    assert.deepEqual(entry.body.self_care.map((t) => [t.name, t.frequency_label, t.kept]), [
      ['A walk at lunch', '3 times a week', true], ['Read fiction', 'Daily', true], ['A massage', 'Monthly', false], ['The gym', 'Weekly', false]]);
    assert.deepEqual(entry.body.self_care_summary, { kept: 2, total: 3, text: 'Kept 2 of 3 this week' });
    const read = (await call(server, 'GET', `/api/journal/entries/${entry.body.id}`)).body;
    assert.deepEqual(read.self_care, entry.body.self_care);

    const kept = await call(server, 'PUT', `/api/journal/entries/${entry.body.id}`, {
      kind: 'weekly', date: '2026-03-06', answers: { learned: 'Rest is work too.' }, self_care: ticks.map((t) => ({ ...t, kept: true })), version: 1,
    });
    assert.equal(kept.status, 200);
    assert.equal(kept.body.version, 2);
    assert.equal(kept.body.self_care_summary.text, 'Kept 4 of 4 this week');

    // A routine deleted leaves the reflection; the summary follows.
    assert.equal((await call(server, 'DELETE', `/api/lists/self_care/${gym.id}`)).status, 200);
    assert.equal((await call(server, 'GET', `/api/journal/entries/${entry.body.id}`)).body.self_care_summary.text, 'Kept 3 of 3 this week');

    const other = (await call(server, 'POST', '/api/journal/entries', { kind: 'free', date: '2026-03-06', body: 'No routines here.' })).body;
    assert.deepEqual([other.self_care, other.self_care_summary], [[], null]);
  });

  test('bad ticks name the field; nothing is saved', async () => {
    const routine = (await call(server, 'POST', '/api/lists/self_care', { name: 'Swim', frequency: 'weekly' })).body;
    const boundary = (await call(server, 'POST', '/api/lists/boundaries', { name: 'Weekends offline' })).body;
    const before = (await call(server, 'GET', '/api/journal/entries')).body.items.length;
    const post = (extra) => call(server, 'POST', '/api/journal/entries', { kind: 'weekly', date: '2026-03-13', answers: { learned: 'x' }, ...extra });
    assertInvalid(await post({ kind: 'free', answers: {}, body: 'x', self_care: [{ item_id: routine.id, kept: true }] }), 'self_care', 'self_care is only for weekly reflections');
    assertInvalid(await post({ self_care: [{ item_id: boundary.id, kept: true }] }), 'self_care[0].item_id', 'self_care[0].item_id is not one of your self-care routines');
    assertInvalid(await post({ self_care: [{ item_id: routine.id, kept: true }, { item_id: routine.id }] }), 'self_care[1].item_id');
    assertInvalid(await post({ self_care: [{ kept: true }] }), 'self_care[0].item_id', 'self_care[0].item_id is required');
    assertInvalid(await post({ self_care: [{ item_id: routine.id, kept: 'yes' }] }), 'self_care[0].kept');
    assertInvalid(await post({ self_care: [routine.id] }), 'self_care[0]', 'self_care[0] must be an object');
    assertInvalid(await post({ self_care: { item_id: routine.id } }), 'self_care');
    assert.equal((await call(server, 'GET', '/api/journal/entries')).body.items.length, before);
  });
});

describe('alignment snapshots compared item by item', () => {
  let server;
  const ids = {};
  before(async () => {
    server = await startServer();
    for (const [list, names] of Object.entries({ skills: ['SQL', 'Budgeting'], passions: ['Teaching'] })) {
      ids[list] = [];
      for (const name of names) ids[list].push((await call(server, 'POST', `/api/lists/${list}`, { name })).body.id);
    }
  });
  after(async () => { await server.stop(); });

  test('up, down, new and gone, with the scores of both', async () => {
    assert.equal((await call(server, 'GET', '/api/alignment/compare')).status, 404);
    const first = await snapshotWith(server, {});
    const core = (await call(server, 'GET', '/api/values/core')).body.items;
    const only = await call(server, 'GET', '/api/alignment/compare');
    assert.equal(only.status, 404);
    assert.match(only.body.error.message, /no snapshot before the one of 2026-03-02/);

    // The second check: the first value up to 5, the others the same, Teaching new.
    const second = (await call(server, 'POST', '/api/alignment/assessments', {
      ratings: [...core.map((v, i) => ({ category: 'values', id: v.id, rating: i === 0 ? 5 : 4 })),
        { category: 'passions', id: ids.passions[0], rating: 3 }],
    })).body;
    const res = await call(server, 'GET', '/api/alignment/compare');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const c = res.body;
    assert.equal(c.from.id, first.id);
    assert.equal(c.to.id, second.id);
    assert.deepEqual(c.items[0], { category: 'values', item_id: core[0].id, item: core[0].name, from: 4, to: 5, change: 'up' });
    assert.deepEqual(c.items[1], { category: 'passions', item_id: ids.passions[0], item: 'Teaching', from: null, to: 3, change: 'new' });
    assert.deepEqual(c.counts, { up: 1, down: 0, same: 4, new: 1, gone: 0 });
    assert.deepEqual(c.scores.values, { from: 75, to: 80, change: 5 });
    assert.deepEqual(c.scores.passions, { from: null, to: 100, change: null });
    assert.equal(c.scores.overall.to, second.scores.overall);

    const reversed = (await call(server, 'GET', `/api/alignment/compare?from=${second.id}&to=${first.id}`)).body;
    assert.deepEqual(reversed.items.map((i) => i.change), ['down', 'gone', 'same', 'same', 'same', 'same']);
  });

  test('bad ids name the parameter; unknown ones are 404', async () => {
    assertInvalid(await call(server, 'GET', '/api/alignment/compare?from=abc'), 'from');
    assertInvalid(await call(server, 'GET', '/api/alignment/compare?to=-1'), 'to');
    assertInvalid(await call(server, 'GET', '/api/alignment/compare?from=1&to=1'), 'to', 'to must be another snapshot than from');
    const missing = await call(server, 'GET', '/api/alignment/compare?from=9999');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.message, 'no such alignment snapshot: 9999');
    assert.equal((await call(server, 'GET', '/api/alignment/compare?to=9999')).status, 404);
  });
});

describe('a year ago beside today: the vision statement and the core values ranking', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server.stop(); });

  const vision = async (statement) => {
    const current = (await call(server, 'GET', '/api/vision')).body;
    return call(server, 'PUT', '/api/vision', { ...current, statement, updated_at: undefined, version: current.version });
  };
  // Rewrites saved times the way a year of use would have left them (the server is stopped meanwhile).
  const backdate = async (statements) => {
    const { dbPath } = server;
    await server.stop({ keepFiles: true });
    execFileSync('sqlite3', [dbPath, statements]);
    server = await startServer({ dbPath });
  };

  test('nothing a year old yet: no then, and when the history starts', async () => {
    const empty = (await call(server, 'GET', '/api/vision/a-year-ago')).body;
    assert.deepEqual(empty, { today: '2026-03-02', date: '2025-03-02', then: null, now: '', first_saved_at: null });
    assert.equal((await vision('I build calm teams.')).status, 200);
    const fresh = (await call(server, 'GET', '/api/vision/a-year-ago')).body;
    assert.equal(fresh.then, null);
    assert.equal(fresh.now, 'I build calm teams.');
    assert.ok(fresh.first_saved_at);
    const values = (await call(server, 'GET', '/api/values/a-year-ago')).body;
    assert.deepEqual(values, { today: '2026-03-02', date: '2025-03-02', then: null, now: null, changes: [], first_finished_at: null });
  });

  test('the statement and ranking current a year ago, beside today\'s, with how each value moved', async () => {
    await vision('I lead an engineering group and I am home for dinner.');
    await rankCoreValues(server, 5);
    const core = await rankCoreValues(server, 6);  // a second sort ranks one value more
    await backdate(`UPDATE vision_statement_history SET saved_at = CASE id WHEN 1 THEN '2025-01-10T09:00:00.000Z' ELSE '2026-02-20T09:00:00.000Z' END;
      UPDATE value_sorts SET finished_at = CASE id WHEN 1 THEN '2025-02-01T10:00:00.000Z' ELSE '2026-02-01T10:00:00.000Z' END;`);

    const then = (await call(server, 'GET', '/api/vision/a-year-ago')).body;
    assert.deepEqual(then.then, { statement: 'I build calm teams.', saved_at: '2025-01-10T09:00:00.000Z' });
    assert.equal(then.now, 'I lead an engineering group and I am home for dinner.');
    assert.equal(then.first_saved_at, '2025-01-10T09:00:00.000Z');

    const values = (await call(server, 'GET', '/api/values/a-year-ago')).body;
    assert.equal(values.then.sort_id, 1);
    assert.equal(values.then.finished_at, '2025-02-01T10:00:00.000Z');
    assert.deepEqual(values.then.values.map((v) => v.rank), [1, 2, 3, 4, 5]);
    assert.deepEqual(values.now.values.map((v) => v.name), core.map((v) => v.name));
    assert.deepEqual(values.changes.map((c) => [c.name, c.then_rank, c.now_rank, c.move]),
      core.map((v, i) => [v.name, i < 5 ? i + 1 : null, i + 1, i < 5 ? 'same' : 'new']));
    assert.equal(values.first_finished_at, '2025-02-01T10:00:00.000Z');
  });
});
