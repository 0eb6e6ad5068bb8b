// API tests for People: partners and their due dates, check-ins with commitments carried over, commitment
// hand-overs to the priorities matrix and initiatives, the preparation facts, Home's summary; validation,
// 404 and 409.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, expectReply, startServer } from '../support/server.mjs';

process.env.TRUENORTH_TODAY = '2026-03-02';

describe('people API', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server.stop(); });

  const must = (method, path, body, status = 200) => expectReply(server, method, path, body, status);
  const partner = (overrides = {}) => ({ name: 'Ana Ruiz', role: 'mentor', how_they_help: 'Knows the promotion process', ...overrides });

  test('a partner is due a month after the last check-in, or every N weeks', async () => {
    const ana = await must('POST', '/api/people/partners', partner({ last_met_on: '2026-01-15' }), 201);
    assert.equal(ana.cadence_weeks, null);
    assert.equal(ana.cadence_label, 'Monthly');
    assert.equal(ana.next_due_on, '2026-02-15');
    assert.deepEqual(ana.due, { state: 'overdue', days: -15 });

    const sam = await must('POST', '/api/people/partners', partner({ name: 'Sam', role: 'peer', cadence_weeks: 2 }), 201);
    assert.equal(sam.next_due_on, null);
    assert.equal(sam.due.state, 'never');
    await must('POST', '/api/people/check-ins', { partner_id: sam.id, held_on: '2026-02-25' }, 201);
    const again = await must('GET', `/api/people/partners/${sam.id}`);
    assert.equal(again.last_met, '2026-02-25');
    assert.equal(again.next_due_on, '2026-03-11');
    assert.deepEqual(again.due, { state: 'upcoming', days: 9 });
    assert.equal(again.check_in_count, 1);

    const list = await must('GET', '/api/people/partners');
    assert.deepEqual(list.items.map((p) => p.name), ['Ana Ruiz', 'Sam']);
    assert.equal(list.roles.length, 5);

    const home = await must('GET', '/api/people/home');
    assert.deepEqual(home.partners.map((p) => p.name), ['Ana Ruiz', 'Sam'], 'soonest due first');
  });

  test('partner validation names the field, and nothing is saved', async () => {
    const before = (await must('GET', '/api/people/partners')).items.length;
    for (const [body, field] of [
      [partner({ name: ' ' }), 'name'], [partner({ role: 'friend' }), 'role'], [partner({ cadence_weeks: 0 }), 'cadence_weeks'],
      [partner({ cadence_weeks: 27 }), 'cadence_weeks'], [partner({ cadence_weeks: 'monthly' }), 'cadence_weeks'],
      [partner({ last_met_on: '2026-02-30' }), 'last_met_on'], [partner({ how_they_help: 'x'.repeat(1001) }), 'how_they_help'],
      [{ role: 'mentor' }, 'name'],
    ]) {
      const reply = await call(server, 'POST', '/api/people/partners', body);
      assert.equal(reply.status, 400, JSON.stringify(body));
      assert.equal(reply.body.error.field, field);
    }
    assert.equal((await must('GET', '/api/people/partners')).items.length, before);
  });

  test('an open commitment appears on the next check-in with its carried count', async () => {
    const lee = await must('POST', '/api/people/partners', partner({ name: 'Lee', role: 'coach' }), 201);
    const first = await must('POST', '/api/people/check-ins', {
      partner_id: lee.id, held_on: '2026-01-10', agenda: 'Promotion', notes: 'Talked about the staff role.',
      commitments: [{ text: 'Draft the promotion case', due_on: '2026-02-01' }, { text: 'Send Lee the design doc', owner: 'me' }],
    }, 201);
    assert.equal(first.commitments.length, 2);
    assert.equal(first.commitments[0].state, 'open');
    assert.deepEqual(first.carried, []);

    const prep = await must('GET', `/api/people/partners/${lee.id}/preparation`);
    assert.equal(prep.since, '2026-01-10');
    assert.deepEqual(prep.carried.map((m) => [m.text, m.carried, m.carried_label_next]),
      [['Draft the promotion case', 0, 'Carried once'], ['Send Lee the design doc', 0, 'Carried once']]);
    assert.deepEqual(Object.keys(prep.facts).sort(), ['alignment', 'decisions', 'initiatives', 'lessons']);

    const second = await must('POST', '/api/people/check-ins', { partner_id: lee.id, held_on: '2026-02-10' }, 201);
    assert.deepEqual(second.carried.map((m) => [m.text, m.carried_label]),
      [['Draft the promotion case', 'Carried once'], ['Send Lee the design doc', 'Carried once']]);
    const draft = second.carried[0];
    assert.deepEqual(draft.due, { state: 'overdue', days: -29 });

    await must('PATCH', `/api/people/commitments/${first.commitments[1].id}`, { state: 'done', version: 1 });
    // Ticked done today (2026-03-02): the next check-in, on 10 March, no longer carries it.
    const third = await must('POST', '/api/people/check-ins', { partner_id: lee.id, held_on: '2026-03-10' }, 201);
    assert.deepEqual(third.carried.map((m) => [m.text, m.carried, m.carried_label]), [['Draft the promotion case', 2, 'Carried 2 times']]);

    const open = await must('GET', `/api/people/commitments?partner_id=${lee.id}`);
    assert.deepEqual(open.items.map((m) => m.text), ['Draft the promotion case']);
    assert.equal(open.items[0].partner_name, 'Lee');
    const home = await must('GET', '/api/people/home');
    assert.ok(home.commitments.overdue >= 1);
    assert.equal(home.commitments.items[0].text, 'Draft the promotion case', 'overdue first');
  });

  test('commitments: drop needs a reason, stale versions get 409, hand-overs link one record', async () => {
    const kim = await must('POST', '/api/people/partners', partner({ name: 'Kim' }), 201);
    const made = await must('POST', '/api/people/check-ins', {
      partner_id: kim.id, held_on: '2026-02-20', commitments: [{ text: 'Ask for a sponsor', due_on: '2026-03-15' }, { text: 'Book the course' }, { text: 'Call Jo' }],
    }, 201);
    const [sponsor, course, jo] = made.commitments;

    const noReason = await call(server, 'PATCH', `/api/people/commitments/${jo.id}`, { state: 'dropped', version: 1 });
    assert.equal(noReason.status, 400);
    assert.equal(noReason.body.error.field, 'drop_reason');
    const badState = await call(server, 'PATCH', `/api/people/commitments/${jo.id}`, { state: 'finished', version: 1 });
    assert.equal(badState.body.error.field, 'state');
    const dropped = await must('PATCH', `/api/people/commitments/${jo.id}`, { state: 'dropped', drop_reason: 'Jo moved teams', version: 1 });
    assert.equal(dropped.closed_on, '2026-03-02');
    const stale = await call(server, 'PATCH', `/api/people/commitments/${jo.id}`, { state: 'open', version: 1 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.field, 'version');
    assert.equal(stale.body.current.state, 'dropped');

    const onBoard = await must('POST', `/api/people/commitments/${course.id}/priority`, { quadrant: 'do', version: 1 });
    assert.equal(onBoard.state, 'priority');
    const board = await must('GET', '/api/priorities');
    const task = board.items.find((t) => t.id === onBoard.task_id);
    assert.equal(task.title, 'Book the course');
    assert.equal(task.quadrant, 'do');
    assert.deepEqual(onBoard.link, { found: true, title: 'Book the course', done: false, quadrant: 'do', due_date: null });
    const twice = await call(server, 'POST', `/api/people/commitments/${course.id}/priority`, { version: onBoard.version });
    assert.equal(twice.status, 409);
    assert.equal(twice.body.error.field, 'state');
    const badQuadrant = await call(server, 'POST', `/api/people/commitments/${sponsor.id}/priority`, { quadrant: 'later', version: 1 });
    assert.equal(badQuadrant.body.error.field, 'quadrant');

    const initiative = await must('POST', '/api/initiatives', { title: 'Get promoted to staff engineer', status: 'planned' }, 201);
    const unknown = await call(server, 'POST', `/api/people/commitments/${sponsor.id}/milestone`, { initiative_id: 999, version: 1 });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.field, 'initiative_id');
    const milestone = await must('POST', `/api/people/commitments/${sponsor.id}/milestone`, { initiative_id: initiative.id, version: 1 });
    assert.equal(milestone.state, 'milestone');
    assert.equal(milestone.link.title, 'Get promoted to staff engineer');
    const grown = await must('GET', `/api/initiatives/${initiative.id}`);
    assert.deepEqual(grown.milestones, [{ title: 'Ask for a sponsor', due_date: '2026-03-15', done: false }]);
    assert.equal(grown.version, 2);
    // Ticking the milestone in Goals shows on the commitment: one record, read where it lives.
    await must('PATCH', `/api/initiatives/${initiative.id}`, { milestones: [{ ...grown.milestones[0], done: true }], version: 2 });
    assert.equal((await must('GET', `/api/people/check-ins/${made.id}`)).commitments[0].link.done, true);
  });

  test('check-in edits keep commitment ids; validation, 404 and 409', async () => {
    const jo = await must('POST', '/api/people/partners', partner({ name: 'Jo', role: 'accountability_partner' }), 201);
    const made = await must('POST', '/api/people/check-ins', { partner_id: jo.id, held_on: '2026-02-01', commitments: [{ text: 'Run twice a week' }] }, 201);
    const kept = made.commitments[0];
    const edited = await must('PUT', `/api/people/check-ins/${made.id}`, {
      partner_id: jo.id, held_on: '2026-02-01', agenda: '', notes: 'Better notes',
      commitments: [{ id: kept.id, text: 'Run three times a week', owner: 'me' }, { text: 'Sleep by 23:00' }], version: 1,
    });
    assert.equal(edited.version, 2);
    assert.equal(edited.commitments[0].id, kept.id);
    assert.equal(edited.commitments[0].text, 'Run three times a week');
    assert.equal(edited.commitments[1].state, 'open');

    const stale = await call(server, 'PUT', `/api/people/check-ins/${made.id}`, { partner_id: jo.id, held_on: '2026-02-01', version: 1 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.current.notes, 'Better notes');

    for (const [body, field] of [
      [{ partner_id: jo.id, held_on: '' }, 'held_on'], [{ partner_id: jo.id, held_on: '2026-02-31' }, 'held_on'],
      [{ partner_id: 99999, held_on: '2026-02-01' }, 'partner_id'], [{ held_on: '2026-02-01' }, 'partner_id'],
      [{ partner_id: jo.id, held_on: '2026-02-01', commitments: [{ text: '' }] }, 'commitments[0].text'],
      [{ partner_id: jo.id, held_on: '2026-02-01', commitments: [{ text: 'A' }, { text: 'B', owner: 'them' }] }, 'commitments[1].owner'],
      [{ partner_id: jo.id, held_on: '2026-02-01', commitments: [{ text: 'A', due_on: 'soon' }] }, 'commitments[0].due_on'],
      [{ partner_id: jo.id, held_on: '2026-02-01', commitments: [{ text: 'x'.repeat(201) }] }, 'commitments[0].text'],
      [{ partner_id: jo.id, held_on: '2026-02-01', commitments: [{ id: kept.id, text: 'Copy' }] }, 'commitments[0].id'],
      [{ partner_id: jo.id, held_on: '2026-02-01', commitments: Array(21).fill({ text: 'Call' }) }, 'commitments'],
      [{ partner_id: jo.id, held_on: '2026-02-01', notes: 'n'.repeat(20001) }, 'notes'],
      [{ partner_id: jo.id, held_on: '2026-02-01', commitments: ['Call'] }, 'commitments[0]'],
    ]) {
      const reply = await call(server, 'POST', '/api/people/check-ins', body);
      assert.equal(reply.status, 400, JSON.stringify(body).slice(0, 200));
      assert.equal(reply.body.error.field, field);
    }
    assert.equal((await must('GET', `/api/people/check-ins?partner_id=${jo.id}`)).items.length, 1, 'nothing saved');

    for (const path of ['/api/people/partners/99999', '/api/people/check-ins/99999', '/api/people/partners/abc', '/api/people/partners/99999/preparation']) {
      assert.equal((await call(server, 'GET', path)).status, 404, path);
    }
    assert.equal((await call(server, 'PATCH', '/api/people/commitments/99999', { state: 'done', version: 1 })).status, 404);
    assert.equal((await call(server, 'GET', '/api/people/check-ins?limit=0')).body.error.field, 'limit');
    assert.equal((await call(server, 'GET', '/api/people/check-ins?cursor=nope')).body.error.field, 'cursor');
    assert.equal((await call(server, 'GET', '/api/people/check-ins?partner_id=x')).body.error.field, 'partner_id');

    await must('DELETE', `/api/people/partners/${jo.id}`);
    assert.equal((await call(server, 'GET', `/api/people/check-ins/${made.id}`)).status, 404, 'check-ins go with their partner');
    assert.equal((await call(server, 'DELETE', `/api/people/partners/${jo.id}`)).status, 404);
  });

  test('check-ins page newest first with a cursor', async () => {
    const pat = await must('POST', '/api/people/partners', partner({ name: 'Pat' }), 201);
    for (const day of ['2025-10-01', '2025-11-01', '2025-12-01']) await must('POST', '/api/people/check-ins', { partner_id: pat.id, held_on: day, notes: `Notes ${day}` }, 201);
    const page1 = await must('GET', `/api/people/check-ins?partner_id=${pat.id}&limit=2`);
    assert.deepEqual(page1.items.map((c) => c.held_on), ['2025-12-01', '2025-11-01']);
    assert.equal(page1.items[0].excerpt, 'Notes 2025-12-01');
    const page2 = await must('GET', `/api/people/check-ins?partner_id=${pat.id}&limit=2&cursor=${encodeURIComponent(page1.next_cursor)}`);
    assert.deepEqual(page2.items.map((c) => c.held_on), ['2025-10-01']);
    assert.equal(page2.next_cursor, null);
  });

  test('search finds words in check-in notes, feedback and takeaways, and forgets what was deleted', async () => {
    const mo = await must('POST', '/api/people/partners', partner({ name: 'Mo' }), 201);
    const checkIn = await must('POST', '/api/people/check-ins', { partner_id: mo.id, held_on: '2026-02-03', notes: 'We talked about the café offsite and delegation.' }, 201);
    const fb = await must('POST', '/api/feedback', { received_on: '2026-02-04', source: 'direct_report', said: 'Your delegation leaves us room to grow.' }, 201);
    const book = await must('POST', '/api/learning/items', { kind: 'book', title: 'Turn the Ship Around' }, 201);
    await must('POST', `/api/learning/items/${book.id}/notes`, { kind: 'takeaway', text: 'Delegation means giving control, not tasks' }, 201);

    const found = await must('GET', '/api/people/search?q=delegat');
    assert.deepEqual(found.items.map((i) => i.kind).sort(), ['check_in', 'feedback', 'note']);
    const hit = found.items.find((i) => i.kind === 'check_in');
    assert.equal(hit.id, checkIn.id);
    assert.equal(hit.parent_id, mo.id);
    assert.equal(hit.title, 'Check-in with Mo');
    assert.ok(hit.snippet.some((s) => s.match && /delegation/i.test(s.text)));
    assert.equal(found.items.find((i) => i.kind === 'note').title, 'Takeaway from Turn the Ship Around');
    assert.equal(found.items.find((i) => i.kind === 'feedback').title, 'Feedback from a direct report');
    assert.equal((await must('GET', '/api/people/search?q=cafe')).items.length, 1, 'accents are ignored');
    assert.deepEqual((await must('GET', '/api/people/search?q=%22%22%20*')).items, []);
    assert.equal((await must('GET', '/api/people/search?q=%20')).query, null);
    assert.equal((await call(server, 'GET', `/api/people/search?q=${'a'.repeat(501)}`)).body.error.field, 'q');

    await must('DELETE', `/api/feedback/${fb.id}`);
    await must('DELETE', `/api/learning/items/${book.id}`);
    await must('DELETE', `/api/people/partners/${mo.id}`);
    assert.deepEqual((await must('GET', '/api/people/search?q=delegation')).items, []);
  });

  test('an exported workbook imported elsewhere finds the same words again', async () => {
    const zoe = await must('POST', '/api/people/partners', partner({ name: 'Zoe' }), 201);
    await must('POST', '/api/people/check-ins', { partner_id: zoe.id, held_on: '2026-02-11', notes: 'Zoe asked about the sabbatical plan.' }, 201);
    const exported = await fetch(`${server.url}/api/export`, { headers: { Authorization: `Bearer ${server.token}` } });
    assert.equal(exported.status, 200);
    const archive = await exported.text();
    const copy = await startServer();
    try {
      const imported = await call(copy, 'POST', '/api/import', archive);
      assert.equal(imported.status, 200, JSON.stringify(imported.body));
      const found = (await call(copy, 'GET', '/api/people/search?q=sabbatical')).body.items;
      assert.deepEqual(found.map((i) => i.title), ['Check-in with Zoe'], 'the index is rebuilt from the imported records');
      assert.equal((await call(copy, 'GET', `/api/people/partners/${zoe.id}`)).body.check_in_count, 1);
    } finally {
      await copy.stop();
    }
  });
});
