// API tests for Feedback: the log with themes and value stances, filters and paging, the value view (what
// supports, contradicts or never mentions each core value), the summary by source and theme, the editable
// themes, and 360 rounds; validation naming the field, 404 and 409.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { rankCoreValues } from '../support/core_values.mjs';
import { call, expectReply, startServer } from '../support/server.mjs';

process.env.TRUENORTH_TODAY = '2026-03-02';

describe('feedback API', () => {
  let server;
  let core;
  let themes;
  before(async () => {
    server = await startServer();
    core = await rankCoreValues(server);
    themes = (await call(server, 'GET', '/api/feedback/themes')).body;
  });
  after(async () => { await server.stop(); });

  const must = (method, path, body, status = 200) => expectReply(server, method, path, body, status);
  const feedback = (overrides = {}) => ({
    received_on: '2026-02-12', source: 'peer', from_name: 'Ana', context: 'Migration review',
    said: 'You explained the plan so the whole team could follow it.', reflection: 'Writing it down first helped.',
    points_to: 'strength', ...overrides,
  });

  test('a new workbook has the six default themes', () => {
    assert.deepEqual(themes.items.map((t) => t.name), ['Communication', 'Delivery', 'Collaboration', 'Strategy', 'People leadership', 'Technical depth']);
    assert.equal(themes.version, 1);
  });

  test('log feedback with themes and value stances; read, update with version, delete', async () => {
    const created = await must('POST', '/api/feedback', feedback({ theme_ids: [themes.items[0].id], supports_value_ids: [core[0].id] }), 201);
    assert.equal(created.from, 'Ana');
    assert.equal(created.source_label, 'Peer');
    assert.deepEqual(created.themes, [{ id: themes.items[0].id, name: 'Communication' }]);
    assert.deepEqual(created.supports_value_ids, [core[0].id]);
    assert.equal(created.version, 1);
    assert.deepEqual((await must('GET', `/api/feedback/${created.id}`)), created);

    const updated = await must('PUT', `/api/feedback/${created.id}`, { ...feedback({ contradicts_value_ids: [core[1].id], points_to: null }), version: 1 });
    assert.equal(updated.version, 2);
    assert.equal(updated.points_to, null);
    assert.deepEqual(updated.supports_value_ids, []);
    const stale = await call(server, 'PUT', `/api/feedback/${created.id}`, { ...feedback(), version: 1 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.field, 'version');
    assert.equal(stale.body.current.version, 2);
    await must('DELETE', `/api/feedback/${created.id}`);
    assert.equal((await call(server, 'GET', `/api/feedback/${created.id}`)).status, 404);
  });

  test('validation names the field and saves nothing', async () => {
    for (const [body, field] of [
      [feedback({ said: ' ' }), 'said'], [feedback({ received_on: '12/02/2026' }), 'received_on'],
      [feedback({ source: 'friend' }), 'source'], [feedback({ points_to: 'weakness' }), 'points_to'],
      [feedback({ theme_ids: [999] }), 'theme_ids[0]'], [feedback({ supports_value_ids: [9999] }), 'supports_value_ids[0]'],
      [feedback({ supports_value_ids: [core[0].id], contradicts_value_ids: [core[0].id] }), 'contradicts_value_ids[0]'],
      [feedback({ round_id: 999 }), 'round_id'], [feedback({ theme_ids: 'Delivery' }), 'theme_ids'],
      [feedback({ said: 's'.repeat(5001) }), 'said'], [{ said: 'Hi', source: 'peer' }, 'received_on'],
    ]) {
      const reply = await call(server, 'POST', '/api/feedback', body);
      assert.equal(reply.status, 400, JSON.stringify(body).slice(0, 120));
      assert.equal(reply.body.error.field, field);
    }
    assert.equal((await must('GET', '/api/feedback')).items.length, 0);
    assert.equal((await call(server, 'GET', '/api/feedback?source=friend')).body.error.field, 'source');
    assert.equal((await call(server, 'GET', '/api/feedback?value=abc')).body.error.field, 'value');
  });

  test('the value view: supported, contradicted and never-mentioned values', async () => {
    const [first, second, third] = core;
    await must('POST', '/api/feedback', feedback({ received_on: '2026-01-05', supports_value_ids: [first.id] }), 201);
    await must('POST', '/api/feedback', feedback({ received_on: '2026-02-05', supports_value_ids: [first.id], contradicts_value_ids: [second.id] }), 201);
    await must('POST', '/api/feedback', feedback({ received_on: '2026-02-20', source: 'manager', from_name: '', contradicts_value_ids: [second.id], points_to: 'growth' }), 201);
    const view = await must('GET', '/api/feedback/values');
    assert.equal(view.total, 3);
    const byId = Object.fromEntries(view.items.map((v) => [v.value_id, v]));
    assert.equal(byId[first.id].supports, 2);
    assert.equal(byId[first.id].last_on, '2026-02-05');
    assert.deepEqual(byId[first.id].supporting.map((e) => e.received_on), ['2026-02-05', '2026-01-05']);
    assert.equal(byId[first.id].finding, `2 feedback items support ${first.name}; none contradicts it.`);
    assert.equal(byId[second.id].contradicts, 2);
    assert.match(byId[second.id].finding, /contradicted more often \(2\) than supported \(0\)/);
    assert.equal(byId[third.id].finding, `You rank ${third.name} 3rd, yet none of your 3 feedback items mentions it.`);
    assert.deepEqual(view.items.map((v) => v.rank), [1, 2, 3, 4, 5]);

    const tagged = await must('GET', `/api/feedback?value=${second.id}`);
    assert.deepEqual(tagged.items.map((f) => f.received_on), ['2026-02-20', '2026-02-05']);
    assert.equal(tagged.items[0].from, 'your manager');
    const manager = await must('GET', '/api/feedback?source=manager&points_to=growth');
    assert.equal(manager.items.length, 1);
  });

  test('the summary counts by source and theme, with twelve months', async () => {
    const delivery = themes.items[1];
    await must('POST', '/api/feedback', feedback({ received_on: '2025-03-15', theme_ids: [delivery.id] }), 201);
    await must('POST', '/api/feedback', feedback({ received_on: '2026-03-01', source: 'direct_report', theme_ids: [delivery.id], points_to: 'growth' }), 201);
    const summary = await must('GET', '/api/feedback/summary');
    assert.equal(summary.months.length, 12);
    assert.equal(summary.months[11], '2026-03');
    const row = summary.by_theme.find((t) => t.theme_id === delivery.id);
    assert.equal(row.count, 2);
    assert.equal(row.growth, 1);
    assert.equal(row.months.reduce((a, b) => a + b, 0), 1, 'the one from March 2025 is older than twelve months');
    assert.equal(row.months[11], 1);
    assert.deepEqual(summary.by_source.map((s) => s.source), ['self', 'peer', 'direct_report', 'manager', 'other']);
    assert.equal(summary.by_source.find((s) => s.source === 'direct_report').count, 1);
    assert.equal(summary.by_value.length, 5);
  });

  test('themes are edited as a list with a version; a removed theme leaves its feedback', async () => {
    const current = await must('GET', '/api/feedback/themes');
    const [communication, ...rest] = current.items;
    const tagged = await must('POST', '/api/feedback', feedback({ theme_ids: [communication.id, rest[0].id] }), 201);
    const saved = await must('PUT', '/api/feedback/themes', {
      themes: [{ id: rest[0].id, name: 'Shipping' }, ...rest.slice(1).map((t) => ({ id: t.id, name: t.name })), { name: 'Coaching' }], version: current.version,
    });
    assert.equal(saved.version, current.version + 1);
    assert.equal(saved.items[0].name, 'Shipping');
    assert.equal(saved.items.at(-1).name, 'Coaching');
    assert.ok(!saved.items.some((t) => t.id === communication.id));
    const after = await must('GET', `/api/feedback/${tagged.id}`);
    assert.deepEqual(after.themes, [{ id: rest[0].id, name: 'Shipping' }], 'the renamed theme keeps its links');
    const stale = await call(server, 'PUT', '/api/feedback/themes', { themes: [{ name: 'Only' }], version: current.version });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.current.version, saved.version);
    for (const [body, field] of [[{ themes: [], version: saved.version }, 'themes'], [{ themes: [{ name: 'A' }, { name: 'a' }], version: saved.version }, 'themes[1].name'],
      [{ themes: [{ id: 99999, name: 'Ghost' }], version: saved.version }, 'themes[0].id'], [{ version: saved.version }, 'themes']]) {
      const reply = await call(server, 'PUT', '/api/feedback/themes', body);
      assert.equal(reply.status, 400, JSON.stringify(body));
      assert.equal(reply.body.error.field, field);
    }
    assert.equal((await must('GET', '/api/feedback/themes')).version, saved.version, 'nothing saved');
  });

  test('a 360 round: who was asked, answers linked to it, a summary per source', async () => {
    const round = await must('POST', '/api/feedback/rounds', {
      name: 'Spring 360', started_on: '2026-02-15', asked: [{ name: 'Ana', source: 'peer' }, { name: 'Ben', source: 'peer' }, { name: 'Dee', source: 'manager' }],
    }, 201);
    assert.equal(round.asked_count, 3);
    const [ana, ben, dee] = round.asked;
    await must('POST', '/api/feedback', feedback({ round_id: round.id, round_person_id: ana.id }), 201);
    await must('POST', '/api/feedback', feedback({ round_id: round.id, round_person_id: dee.id, source: 'manager', points_to: 'growth' }), 201);
    const other = await must('POST', '/api/feedback/rounds', { name: 'Other', started_on: '2026-01-01', asked: [{ name: 'Zed', source: 'peer' }] }, 201);
    const wrong = await call(server, 'POST', '/api/feedback', feedback({ round_id: round.id, round_person_id: other.asked[0].id }));
    assert.equal(wrong.body.error.field, 'round_person_id');

    const got = await must('GET', `/api/feedback/rounds/${round.id}`);
    assert.equal(got.answer_count, 2);
    assert.equal(got.answered_count, 2);
    assert.deepEqual(got.asked.map((p) => [p.name, p.answers]), [['Ana', 1], ['Ben', 0], ['Dee', 1]]);
    assert.deepEqual(got.summary.map((s) => [s.source, s.asked, s.answered, s.feedback]), [['peer', 2, 1, 1], ['manager', 1, 1, 1]]);

    const edited = await must('PUT', `/api/feedback/rounds/${round.id}`, {
      name: 'Spring 360', started_on: '2026-02-15', asked: [{ id: ana.id, name: 'Ana Ruiz', source: 'peer' }, { id: dee.id, name: 'Dee', source: 'manager' }, { name: 'Cy', source: 'direct_report' }], version: 1,
    });
    assert.equal(edited.version, 2);
    assert.deepEqual(edited.asked.map((p) => p.name), ['Ana Ruiz', 'Dee', 'Cy']);
    assert.ok(!edited.asked.some((p) => p.id === ben.id));
    const stale = await call(server, 'PUT', `/api/feedback/rounds/${round.id}`, { name: 'X', started_on: '2026-02-15', version: 1 });
    assert.equal(stale.status, 409);
    const foreign = await call(server, 'PUT', `/api/feedback/rounds/${round.id}`, { name: 'X', started_on: '2026-02-15', asked: [{ id: other.asked[0].id, name: 'Zed', source: 'peer' }], version: 2 });
    assert.equal(foreign.body.error.field, 'asked[0].id');
    for (const [body, field] of [[{ started_on: '2026-02-15' }, 'name'], [{ name: 'R', started_on: 'soon' }, 'started_on'],
      [{ name: 'R', started_on: '2026-02-15', asked: [{ name: 'A', source: 'cousin' }] }, 'asked[0].source'],
      [{ name: 'R', started_on: '2026-02-15', asked: [{ source: 'peer' }] }, 'asked[0].name'],
      [{ name: 'R', started_on: '2026-02-15', asked: Array(31).fill({ name: 'A', source: 'peer' }) }, 'asked']]) {
      const reply = await call(server, 'POST', '/api/feedback/rounds', body);
      assert.equal(reply.status, 400, JSON.stringify(body).slice(0, 100));
      assert.equal(reply.body.error.field, field);
    }

    const list = await must('GET', '/api/feedback/rounds');
    assert.deepEqual(list.items.map((r) => r.name), ['Spring 360', 'Other']);
    await must('DELETE', `/api/feedback/rounds/${round.id}`);
    const kept = await must('GET', '/api/feedback');
    assert.ok(kept.items.some((f) => f.round_id === null && f.from === 'Ana'), 'the answers stay, without the round');
    assert.equal((await call(server, 'GET', `/api/feedback/rounds/${round.id}`)).status, 404);
  });

  test('the list pages newest first with a cursor', async () => {
    const all = await must('GET', '/api/feedback?limit=3');
    assert.equal(all.items.length, 3);
    assert.ok(all.next_cursor);
    const next = await must('GET', `/api/feedback?limit=3&cursor=${encodeURIComponent(all.next_cursor)}`);
    const dates = [...all.items, ...next.items].map((f) => f.received_on);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.ok(!next.items.some((f) => all.items.some((g) => g.id === f.id)));
  });
});
