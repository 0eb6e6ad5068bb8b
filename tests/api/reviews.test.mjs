// API tests for the monthly review: the month's facts, a review saved with what was true then (the live
// balance and boundaries move on, the review does not), the quick values re-assessment, the year view, the
// archive; validation naming the field, 404 and 409.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, expectReply, startServer } from '../support/server.mjs';

process.env.TRUENORTH_TODAY = '2026-03-28';

describe('reviews API', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server.stop(); });

  const must = (method, path, body, status = 200) => expectReply(server, method, path, body, status);
  const refused = async (method, path, body, status, field) => {
    const reply = await call(server, method, path, body);
    assert.equal(reply.status, status, `${method} ${path}: ${JSON.stringify(reply.body)}`);
    assert.equal(reply.body.error.field, field, JSON.stringify(reply.body));
    return reply.body;
  };
  const ratings = (career, health) => ({ ratings: [{ area: 'Career', rating: career }, { area: 'Health', rating: health }] });
  let boundary;
  let routine;
  let review;
  let snapshotId;
  const marks = () => [{ list: 'boundaries', item_id: boundary.id, state: 'slipped', note: 'Two late nights' },
    { list: 'self_care', item_id: routine.id, state: 'kept' }];

  before(async () => {
    await must('POST', '/api/journal/entries', { kind: 'weekly', date: '2026-03-02', answers: { learned: 'Ask before assuming.' } }, 201);
    await must('POST', '/api/journal/entries', { kind: 'weekly', date: '2026-02-23', answers: { learned: 'February.' } }, 201);
    boundary = await must('POST', '/api/lists/boundaries', { name: 'No email after 19:00' }, 201);
    routine = await must('POST', '/api/lists/self_care', { name: 'A walk at lunch' }, 201);
    await must('POST', '/api/initiatives', { title: 'Ship the billing API to three teams', horizon: 'short', status: 'active', progress: 30,
      start_date: '2026-01-05', finish_date: '2026-06-30', milestones: [{ title: 'First team', due_date: '2026-03-15', done: true }] }, 201);
    const decision = await must('POST', '/api/decisions', { title: 'The Northwind offer', template: 'job_offer' }, 201);
    await must('PUT', `/api/decisions/${decision.id}/record`, { chosen_option: 0, gut_feeling: '', rationale: 'Growth', expected_outcome: '',
      review_date: '2026-03-20', version: decision.version });
    const partner = await must('POST', '/api/people/partners', { name: 'Ana Ruiz', role: 'mentor' }, 201);
    await must('POST', '/api/people/check-ins', { partner_id: partner.id, held_on: '2026-03-05', notes: 'The promotion case.' }, 201);
    await must('POST', '/api/feedback', { received_on: '2026-03-10', source: 'manager', said: 'Clear plan.', points_to: 'strength' }, 201);
    review = await must('POST', '/api/journal/entries', { kind: 'monthly', date: '2026-03-28', answers: { milestones: 'First team moved.' } }, 201);
  });

  test("a month's facts gather the other modules", async () => {
    const facts = await must('GET', '/api/reviews/months/2026-03');
    assert.equal(facts.month, '2026-03');
    assert.equal(facts.last_day, '2026-03-31');
    assert.deepEqual(facts.reflections.items.map((r) => r.detail), ['Ask before assuming.']);
    assert.equal(facts.reflections.lessons, 1);
    assert.deepEqual(facts.practices.boundaries, [{ id: boundary.id, name: 'No email after 19:00' }]);
    assert.deepEqual(facts.practices.self_care.map((p) => p.name), ['A walk at lunch']);
    assert.equal(facts.initiatives[0].milestones_done, 1);
    assert.deepEqual(facts.decisions.items.map((d) => [d.title, d.date]), [['The Northwind offer', '2026-03-20']]);
    assert.equal(facts.check_ins.items[0].title, 'Ana Ruiz');
    assert.equal(facts.feedback.items[0].title, 'your manager');
    assert.equal(facts.balance.current, null, 'not re-rated this month yet');
    const feb = await must('GET', '/api/reviews/months/2026-02');
    assert.equal(feb.reflections.count, 1);
    assert.equal(feb.decisions.count, 0, 'the review falls due in March');
    assert.equal((await must('GET', '/api/reviews/months/current')).month, '2026-03', "today's month");
    for (const bad of ['2026-13', 'march', '2026-3', 'Current']) await refused('GET', `/api/reviews/months/${bad}`, undefined, 400, 'month');
  });

  test('a saved review shows the balance and boundaries as they were', async () => {
    const snapshot = await must('POST', '/api/balance/snapshots', ratings(8, 6), 201);
    snapshotId = snapshot.id;
    const saved = await must('PUT', `/api/reviews/${review.id}`, {
      balance_snapshot_id: snapshot.id, version: 0, practices: marks(),
    });
    assert.equal(saved.version, 1);
    assert.equal(saved.month, '2026-03');
    assert.equal(saved.balance.previous, null, 'no snapshot before March');
    assert.equal(saved.balance.snapshot_id, snapshot.id);
    assert.equal(saved.balance.average, 7);
    assert.deepEqual(saved.balance.current.ratings, [{ area: 'Career', rating: 8 }, { area: 'Health', rating: 6 }]);
    assert.deepEqual(saved.tally, { boundaries: { kept: 0, slipped: 1 }, self_care: { kept: 1, slipped: 0 } });
    assert.equal(saved.practices[0].name, 'No email after 19:00');
    assert.equal(saved.practices[0].note, 'Two late nights');
    assert.equal(saved.reflections.count, 1);
    assert.equal(saved.decisions.count, 1);
    assert.equal(saved.check_ins.count, 1);
    assert.equal(saved.feedback.count, 1);
    assert.equal(saved.initiatives[0].progress, 30);

    // Later: a new balance rating, the boundary renamed, the initiative moved on.
    await must('POST', '/api/balance/snapshots', ratings(2, 3), 201);
    await must('PUT', `/api/lists/boundaries/${boundary.id}`, { name: 'Laptop shut at 19:00', version: boundary.version });
    const initiatives = await must('GET', '/api/initiatives');
    await must('PATCH', `/api/initiatives/${initiatives.items[0].id}`, { progress: 80, version: initiatives.items[0].version });
    const again = await must('GET', `/api/reviews/${review.id}`);
    assert.equal(again.balance.average, 7);
    assert.equal(again.balance.current.id, snapshot.id);
    assert.equal(again.practices[0].name, 'No email after 19:00');
    assert.equal(again.initiatives[0].progress, 30);
    assert.equal(again.version, 1);

    // The month's facts compare the snapshot a review chose with last month's; an unknown one is named.
    const chosen = await must('GET', `/api/reviews/months/2026-03?balance_snapshot_id=${snapshot.id}`);
    assert.equal(chosen.balance.current.id, snapshot.id);
    assert.equal((await must('GET', '/api/reviews/months/2026-03')).balance.average, 2.5, 'else the month\'s newest');
    await refused('GET', '/api/reviews/months/2026-03?balance_snapshot_id=999', undefined, 400, 'balance_snapshot_id');
    await refused('GET', '/api/reviews/months/2026-03?alignment_assessment_id=x', undefined, 400, 'alignment_assessment_id');
  });

  test('a review save names the field it refuses, 404 and 409', async () => {
    const body = (extra) => ({ version: 1, practices: [], ...extra });
    const path = `/api/reviews/${review.id}`;
    await refused('PUT', path, body({ balance_snapshot_id: 'seven' }), 400, 'balance_snapshot_id');
    await refused('PUT', path, body({ balance_snapshot_id: 999 }), 400, 'balance_snapshot_id');
    await refused('PUT', path, body({ alignment_assessment_id: 999 }), 400, 'alignment_assessment_id');
    await refused('PUT', path, body({ practices: 'all' }), 400, 'practices');
    await refused('PUT', path, body({ practices: [{ list: 'boundaries', item_id: boundary.id, state: 'held' }] }), 400, 'practices[0].state');
    await refused('PUT', path, body({ practices: [{ list: 'skills', item_id: boundary.id, state: 'kept' }] }), 400, 'practices[0].list');
    await refused('PUT', path, body({ practices: [{ list: 'self_care', item_id: boundary.id, state: 'kept' }] }), 400, 'practices[0].item_id');
    await refused('PUT', path, body({ practices: [{ list: 'boundaries', item_id: boundary.id, state: 'kept', note: 'n'.repeat(501) }] }), 400,
      'practices[0].note');
    await refused('PUT', path, { practices: [] }, 400, 'version');
    assert.equal((await must('GET', path)).version, 1, 'nothing saved');

    const stale = await refused('PUT', path, body({ version: 0 }), 409, 'version');
    assert.equal(stale.current.version, 1);
    const weekly = await must('POST', '/api/journal/entries', { kind: 'weekly', date: '2026-03-09', answers: { learned: 'x' } }, 201);
    await refused('PUT', `/api/reviews/${weekly.id}`, body({ version: 0 }), 409, 'kind');
    // January's review is settled on 28 March: a first save freezes it, later ones are refused.
    const january = await must('POST', '/api/journal/entries', { kind: 'monthly', date: '2026-01-31', answers: { enjoyed: 'Skiing.' } }, 201);
    const late = await must('PUT', `/api/reviews/${january.id}`, body({ version: 0 }));
    assert.equal(late.settled, true);
    assert.equal((await must('GET', path)).settled, false);
    await refused('PUT', `/api/reviews/${january.id}`, body({ version: 1 }), 409, 'month');
    assert.equal((await call(server, 'PUT', '/api/reviews/999', body({ version: 0 }))).status, 404);
    assert.equal((await call(server, 'GET', '/api/reviews/999')).status, 404);
    assert.equal((await call(server, 'GET', `/api/reviews/${weekly.id}`)).status, 404);
    assert.equal((await call(server, 'GET', '/api/reviews/abc')).status, 404);
  });

  test('the quick re-assessment re-rates the core values and keeps the rest', async () => {
    let sort = await must('POST', '/api/values/sorts', {}, 201);
    const keys = ['integrity', 'family', 'learning', 'health', 'courage'];
    for (const key of keys) sort = await must('PUT', `/api/values/sorts/${sort.id}/cards/${key}`, { pile: 'very_important' });
    await must('PUT', `/api/values/sorts/${sort.id}/top`, { top_values: keys.map((value) => ({ value, meaning: 'It matters' })), finish: true, version: sort.version });
    const core = (await must('GET', '/api/values/core')).items;
    await refused('POST', '/api/reviews/alignment', { ratings: [{ id: core[0].id, rating: 4 }] }, 409, 'mission');
    await must('PUT', '/api/vision', { statement: '', organisation: 'Acme', mission: 'Make work lighter.', current_position: '', future_position: '',
      horizon_years: 7, version: 0 });
    await refused('POST', '/api/reviews/alignment', {}, 400, 'ratings');
    await refused('POST', '/api/reviews/alignment', { ratings: [] }, 400, 'ratings');
    await refused('POST', '/api/reviews/alignment', { ratings: [{ id: 999, rating: 3 }] }, 400, 'ratings[0].id');
    await refused('POST', '/api/reviews/alignment', { ratings: [{ id: core[0].id, rating: 9 }] }, 400, 'ratings[0].rating');
    await refused('POST', '/api/reviews/alignment', { ratings: [{ id: core[0].id, rating: 'high' }] }, 400, 'ratings[0].rating');

    const skill = await must('POST', '/api/lists/skills', { name: 'SQL' }, 201);
    const full = await must('POST', '/api/alignment/assessments', {
      ratings: [{ category: 'values', id: core[0].id, rating: 5 }, { category: 'skills', id: skill.id, rating: 4 }], lean_into: ['Data work'],
    }, 201);
    const quick = await must('POST', '/api/reviews/alignment', { ratings: [{ id: core[0].id, rating: 2, note: 'Travel' }] }, 201);
    assert.deepEqual(quick.ratings.map((r) => [r.item, r.rating]), [['Integrity', 2], ['SQL', 4]]);
    assert.deepEqual(quick.lean_into, ['Data work']);
    assert.equal(quick.previous.id, full.id);
    const facts = await must('GET', '/api/reviews/months/2026-03');
    assert.deepEqual(facts.alignment.latest_values, [{ id: core[0].id, rating: 2 }], 'the next check starts from these');

    const saved = await must('PUT', `/api/reviews/${review.id}`, {
      balance_snapshot_id: snapshotId, alignment_assessment_id: quick.id, practices: marks(), version: 1,
    });
    assert.equal(saved.alignment.overall, quick.scores.overall);
    assert.equal(saved.alignment.previous_overall, null, 'the full assessment is of this month too');
    assert.deepEqual(saved.alignment.values.map((v) => [v.item, v.rating, v.note]), [['Integrity', 2, 'Travel']]);
    assert.equal(saved.alignment.trend.length, 2);
  });

  test('the year view sets the months side by side', async () => {
    const year = await must('GET', '/api/reviews/years/2026');
    assert.equal(year.months.length, 12);
    const [jan, feb, march] = year.months;
    assert.deepEqual(jan.boundaries, { kept: 0, slipped: 0 });
    assert.equal(feb.reflections, 1);
    assert.equal(march.review_entry_id, review.id);
    assert.equal(march.reflections, 2);
    assert.deepEqual(march.boundaries, { kept: 0, slipped: 1 });
    assert.equal(march.balance_average, 7);
    assert.equal(year.reviews, 2);
    assert.equal(year.months[0].review_entry_id !== null, true, 'January has its late review');
    for (const bad of ['abc', '1800', '20261']) await refused('GET', `/api/reviews/years/${bad}`, undefined, 400, 'year');
  });

  test('the export carries the review', async () => {
    const archive = await call(server, 'GET', '/api/export');
    const text = typeof archive.body === 'string' ? archive.body : JSON.stringify(archive.body);
    const tables = JSON.parse(text).tables;
    assert.equal(tables.monthly_reviews.rows.length, 2);
    assert.equal(tables.monthly_review_practices.rows.length, 2);
    assert.ok(tables.monthly_review_facts.rows.length >= 4);
  });
});
