// API tests for the links between modules that save typing: alignment items that become initiatives or
// stop-doing items.
import assert from 'node:assert/strict';
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
    assert.equal(initiative.why, 'From my alignment check: work to lean into.');
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
