// API tests for /api/decisions over real HTTP against the real server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, startServer } from '../support/server.mjs';

// Three options (the last is declining), four criteria (commute is lower-is-better), every cell scored.
const matrix = (overrides = {}) => ({
  title: 'Offer from Acme',
  context: 'A bigger role, more travel.',
  deadline: '2026-07-01',
  options: [{ name: 'Accept', description: '' }, { name: 'Negotiate remote days' }, { name: 'Stay as I am', description: 'Decline' }],
  criteria: [
    { name: 'Career advancement', points: 40, value_id: 3 },
    { name: 'Family time', points: 30 },
    { name: 'Money', points: 20 },
    { name: 'Commute', points: 10, lower_is_better: true },
  ],
  scores: [
    [{ score: 9 }, { score: 3 }, { score: 8 }, { score: 7, note: 'Two trains' }],
    [{ score: 8 }, { score: 6 }, { score: 7 }, { score: 4 }],
    [{ score: 4 }, { score: 9 }, { score: 5 }, { score: 2 }],
  ],
  weighting: 'direct',
  comparisons: [],
  ...overrides,
});

describe('decisions API', () => {
  let server;
  before(async () => { server = await startServer({ args: [] }); });
  after(async () => { await server.stop(); });

  const create = async (body) => {
    const res = await call(server, 'POST', '/api/decisions', body);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body;
  };

  test('create from a title alone, from a template, and list them', async () => {
    const blank = await create({ title: '  Move to Lisbon?  ' });
    assert.equal(blank.title, 'Move to Lisbon?');
    assert.equal(blank.status, 'open');
    assert.equal(blank.version, 1);
    assert.equal(blank.deadline, null);
    assert.deepEqual(blank.options.map((o) => o.name), ['First option', 'Stay as I am']);
    assert.equal(blank.criteria.length, 1);
    assert.deepEqual(blank.scores, [[{ score: null, note: '' }], [{ score: null, note: '' }]]);
    assert.equal(blank.analysis.complete, false);
    assert.match(blank.analysis.findings[0], /incomplete/);

    const offer = await create({ title: 'Job offer', template: 'job_offer' });
    assert.ok(offer.criteria.some((c) => c.name === 'Family time'));
    assert.ok(offer.options.some((o) => /Stay/.test(o.name)));

    const templates = await call(server, 'GET', '/api/decisions/templates');
    assert.deepEqual(templates.body.items.map((t) => t.key), ['job_offer', 'promotion', 'relocation']);

    const bad = await call(server, 'POST', '/api/decisions', { title: 'x', template: 'lottery' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.field, 'template');

    const list = await call(server, 'GET', '/api/decisions');
    assert.equal(list.status, 200);
    const mine = list.body.items.find((i) => i.id === blank.id);
    assert.equal(mine.option_count, 2);
    assert.equal(mine.criterion_count, 1);
    assert.equal(mine.status, 'open');
  });

  test('the list is newest change first, also for changes within the same second', async () => {
    const a = await create({ title: 'Order A' });
    const b = await create({ title: 'Order B' });
    const changed = await call(server, 'PUT', `/api/decisions/${a.id}`, { ...matrix({ title: 'Order A, changed' }), version: a.version });
    assert.equal(changed.status, 200);
    assert.ok(changed.body.updated_at > b.updated_at, `${changed.body.updated_at} after ${b.updated_at}`);
    const order = (await call(server, 'GET', '/api/decisions')).body.items.map((i) => i.id).filter((id) => id === a.id || id === b.id);
    assert.deepEqual(order, [a.id, b.id]);
    for (const id of [a.id, b.id]) assert.equal((await call(server, 'DELETE', `/api/decisions/${id}`)).status, 200);
  });

  test('a full matrix is analysed: winner, margin, sensitivity sentences, contributions', async () => {
    const d = await create(matrix());
    assert.equal(d.criteria[0].value_id, 3);
    assert.equal(d.criteria[1].value_id, null);
    assert.equal(d.scores[0][3].note, 'Two trains');
    const a = d.analysis;
    assert.equal(a.complete, true);
    assert.deepEqual(a.weights, [0.4, 0.3, 0.2, 0.1]);
    // Accept: .4*90 + .3*30 + .2*80 + .1*30 = 36+9+16+3 = 64; Negotiate: 32+18+14+6 = 70; Stay: 16+27+10+8 = 61.
    assert.equal(a.winner, 1);
    assert.ok(Math.abs(a.totals[0].percent - 64) < 1e-9);
    assert.ok(Math.abs(a.totals[1].percent - 70) < 1e-9);
    assert.ok(Math.abs(a.margin_points - 6) < 1e-9);
    assert.equal(a.close_call, true);
    assert.match(a.findings[0], /close call: 'Negotiate remote days' leads 'Accept' by 6.0% of the ideal/);
    assert.equal(a.sensitivity.length, 4);
    assert.ok(a.findings.includes("Giving 'Career advancement' less weight (from 40.0% to under 22.6%) would make 'Stay as I am' the winner."));
    assert.equal(a.findings.at(-1), 'No single one-point change of a score changes the winner.');
    const sum = a.contributions[1].reduce((s, v) => s + v, 0);
    assert.ok(Math.abs(sum - 70) < 1e-9);

    const got = await call(server, 'GET', `/api/decisions/${d.id}`);
    assert.equal(got.status, 200);
    assert.deepEqual(got.body, d);
  });

  test('pairwise weights report the consistency ratio and the most inconsistent comparison', async () => {
    const d = await create(matrix({
      weighting: 'pairwise',
      // Career 3x family, family 3x money, but money 3x career: a cycle.
      comparisons: [{ first: 0, second: 1, judgement: 3 }, { first: 1, second: 2, judgement: 3 }, { first: 2, second: 0, judgement: 3 }],
    }));
    const c = d.analysis.consistency;
    assert.ok(c.consistency_ratio > 0.1);
    assert.equal(c.acceptable, false);
    assert.ok(c.most_inconsistent);
    assert.deepEqual(c.unanswered, [[0, 3], [1, 3], [2, 3]]);
    assert.ok(d.analysis.findings.some((f) => /contradict each other \(consistency ratio/.test(f)));
    // Stored with first < second: (2, 0, 3) becomes (0, 2, -3).
    assert.deepEqual(d.comparisons, [{ first: 0, second: 1, judgement: 3 }, { first: 0, second: 2, judgement: -3 }, { first: 1, second: 2, judgement: 3 }]);
    // Switching to direct keeps the comparisons.
    const direct = await call(server, 'PUT', `/api/decisions/${d.id}`, { ...matrix(), comparisons: d.comparisons, version: d.version });
    assert.equal(direct.status, 200);
    assert.equal(direct.body.analysis.consistency, null);
    assert.equal(direct.body.comparisons.length, 3);
  });

  test('a tie is a tie and a gap is never a zero', async () => {
    const tie = await create(matrix({
      scores: [[{ score: 5 }, { score: 5 }, { score: 5 }, { score: 5 }], [{ score: 5 }, { score: 5 }, { score: 5 }, { score: 5 }], [{ score: 1 }, { score: 1 }, { score: 1 }, { score: 9 }]],
    }));
    assert.equal(tie.analysis.winner, null);
    assert.deepEqual(tie.analysis.tied_for_first, [0, 1]);
    assert.match(tie.analysis.findings[0], /tie for first place/);

    const gap = await create(matrix({ scores: [[{ score: 9 }, null, { score: 8 }, { score: 7 }]] }));
    assert.equal(gap.analysis.complete, false);
    assert.equal(gap.analysis.winner, null);
    assert.equal(gap.scores[0][1].score, null);
    assert.equal(gap.scores[2][0].score, null);
    assert.equal(gap.analysis.totals[2].percent, null);
    assert.equal(gap.analysis.missing.length, 9);
  });

  test('preview analysis saves nothing', async () => {
    const before = (await call(server, 'GET', '/api/decisions')).body.items.length;
    const res = await call(server, 'POST', '/api/decisions/analyse', matrix({ title: undefined }));
    assert.equal(res.status, 200);
    assert.equal(res.body.winner, 1);
    const bad = await call(server, 'POST', '/api/decisions/analyse', matrix({ weighting: 'vibes' }));
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.field, 'weighting');
    assert.equal((await call(server, 'GET', '/api/decisions')).body.items.length, before);
  });

  test('bad input is a 400 naming the field, and nothing is saved', async () => {
    const d = await create(matrix());
    const many = (n, prefix) => Array.from({ length: n }, (_, i) => ({ name: `${prefix} ${i + 1}`, points: 1 }));
    const cases = [
      [{ title: ' ' }, 'title'],
      [{ deadline: 'soon' }, 'deadline'],
      [{ criteria: matrix().criteria.map((c) => ({ ...c, points: 0 })) }, 'criteria'],
      [{ criteria: [{ name: 'A', points: -1 }, ...matrix().criteria.slice(1)] }, 'criteria[0].points'],
      [{ criteria: [{ name: 'A', points: 'NaN' }, ...matrix().criteria.slice(1)] }, 'criteria[0].points'],
      [{ criteria: [{ name: 'A', points: 101 }, ...matrix().criteria.slice(1)] }, 'criteria[0].points'],
      [{ scores: [[{ score: 11 }]] }, 'scores[0][0].score'],
      [{ scores: [[{ score: -0.5 }]] }, 'scores[0][0].score'],
      [{ scores: [[{ score: 7.3 }]] }, 'scores[0][0].score'],
      [{ scores: [[{ score: '7' }]] }, 'scores[0][0].score'],
      [{ options: many(21, 'Option') }, 'options'],
      [{ options: [{ name: 'Only one' }] }, 'options'],
      [{ criteria: many(21, 'Criterion'), scores: [] }, 'criteria'],
      [{ criteria: [], scores: [] }, 'criteria'],
      [{ options: [{ name: 'Accept' }, { name: 'accept ' }] }, 'options[1].name'],
      [{ criteria: [{ name: 'Money', points: 1 }, { name: 'MONEY', points: 1 }], scores: [] }, 'criteria[1].name'],
      [{ weighting: 'pairwise', comparisons: [{ first: 0, second: 1, judgement: 10 }] }, 'comparisons[0].judgement'],
      [{ weighting: 'pairwise', comparisons: [{ first: 0, second: 1, judgement: -1 }] }, 'comparisons[0].judgement'],
      [{ weighting: 'pairwise', comparisons: [{ first: 0, second: 1, judgement: 0 }] }, 'comparisons[0].judgement'],
      [{ comparisons: [{ first: 0, second: 9, judgement: 3 }] }, 'comparisons[0].second'],
      [{ comparisons: [{ first: 0, second: 1, judgement: 3 }, { first: 1, second: 0, judgement: 2 }] }, 'comparisons[1]'],
      [{ weighting: 'gut' }, 'weighting'],
      [{ criteria: [{ name: 'A', points: 1, value_id: 0 }], scores: [] }, 'criteria[0].value_id'],
      [{ options: 'Accept' }, 'options'],
      [{ options: ['Accept', 'Stay'] }, 'options[0]'],
      [{ version: undefined }, 'version'],
    ];
    for (const [override, field] of cases) {
      const res = await call(server, 'PUT', `/api/decisions/${d.id}`, { ...matrix(), version: d.version, ...override });
      assert.equal(res.status, 400, `${JSON.stringify(override).slice(0, 90)} -> ${JSON.stringify(res.body)}`);
      assert.equal(res.body.error.code, 'invalid_argument');
      assert.equal(res.body.error.field, field, JSON.stringify(res.body.error));
      assert.ok(res.body.error.message.startsWith(field), res.body.error.message);
    }
    // The same rules on create.
    const created = await call(server, 'POST', '/api/decisions', matrix({ criteria: matrix().criteria.map((c) => ({ ...c, points: 0 })) }));
    assert.equal(created.status, 400);
    assert.equal(created.body.error.field, 'criteria');
    assert.deepEqual((await call(server, 'GET', `/api/decisions/${d.id}`)).body, d);
  });

  test('edits carry a version: 409 with the current decision when stale; an unchanged save keeps it', async () => {
    const d = await create(matrix());
    const same = await call(server, 'PUT', `/api/decisions/${d.id}`, { ...matrix(), version: d.version });
    assert.equal(same.status, 200);
    assert.equal(same.body.version, d.version);
    const changed = await call(server, 'PUT', `/api/decisions/${d.id}`, { ...matrix({ title: 'Renamed' }), version: d.version });
    assert.equal(changed.body.version, d.version + 1);
    const stale = await call(server, 'PUT', `/api/decisions/${d.id}`, { ...matrix({ title: 'From another tab' }), version: d.version });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.field, 'version');
    assert.equal(stale.body.current.title, 'Renamed');
    assert.equal((await call(server, 'GET', `/api/decisions/${d.id}`)).body.title, 'Renamed');
  });

  test('record, review, reopen, and the reviews that are due', async () => {
    const d = await create(matrix());
    const early = await call(server, 'PUT', `/api/decisions/${d.id}/review`, { what_happened: 'x', version: d.version });
    assert.equal(early.status, 409);
    assert.equal(early.body.error.field, 'status');

    const badRecord = await call(server, 'PUT', `/api/decisions/${d.id}/record`, { chosen_option: 3, version: d.version });
    assert.equal(badRecord.status, 400);
    assert.equal(badRecord.body.error.field, 'chosen_option');
    const badDate = await call(server, 'PUT', `/api/decisions/${d.id}/record`, { chosen_option: 0, review_date: '2026-13-01', version: d.version });
    assert.equal(badDate.body.error.field, 'review_date');

    const recorded = await call(server, 'PUT', `/api/decisions/${d.id}/record`, {
      chosen_option: 2, gut_feeling: 'Stay', rationale: 'Family first', expected_outcome: 'A calmer year', review_date: '2000-01-01', version: d.version,
    });
    assert.equal(recorded.status, 200, JSON.stringify(recorded.body));
    const r = recorded.body;
    assert.equal(r.status, 'decided');
    assert.equal(r.record.chosen_option_name, 'Stay as I am');
    assert.equal(r.record.matches_winner, false);
    assert.match(r.record.decided_at, /^\d{4}-\d\d-\d\dT/);
    assert.equal(r.review_due, true);

    // The matrix is kept as decided.
    const locked = await call(server, 'PUT', `/api/decisions/${d.id}`, { ...matrix({ title: 'Changed' }), version: r.version });
    assert.equal(locked.status, 409);
    assert.equal(locked.body.error.field, 'status');

    const due = (await call(server, 'GET', '/api/decisions?status=decided')).body.items;
    assert.ok(due.every((i) => i.status === 'decided'));
    const item = due.find((i) => i.id === d.id);
    assert.equal(item.review_due, true);
    assert.equal(item.chosen_option_name, 'Stay as I am');
    const badFilter = await call(server, 'GET', '/api/decisions?status=maybe');
    assert.equal(badFilter.status, 400);
    assert.equal(badFilter.body.error.field, 'status');

    const noText = await call(server, 'PUT', `/api/decisions/${d.id}/review`, { what_happened: '  ', version: r.version });
    assert.equal(noText.body.error.field, 'what_happened');
    const staleReview = await call(server, 'PUT', `/api/decisions/${d.id}/review`, { what_happened: 'x', version: d.version });
    assert.equal(staleReview.status, 409);
    const reviewed = await call(server, 'PUT', `/api/decisions/${d.id}/review`, { what_happened: 'Calmer indeed.', lesson: 'Trust the gut.', version: r.version });
    assert.equal(reviewed.status, 200);
    assert.equal(reviewed.body.status, 'reviewed');
    assert.equal(reviewed.body.review.lesson, 'Trust the gut.');
    assert.equal(reviewed.body.review_due, false);
    assert.equal(reviewed.body.record.rationale, 'Family first');

    const md = await call(server, 'GET', `/api/decisions/${d.id}/export.md`);
    assert.equal(md.status, 200);
    assert.match(md.headers.get('content-type'), /text\/markdown/);
    assert.match(md.headers.get('content-disposition'), /offer-from-acme\.md/);
    assert.match(md.body, /^# Offer from Acme/);
    assert.match(md.body, /\*\*Chosen:\*\* Stay as I am \(the matrix favoured Negotiate remote days\)/);
    assert.match(md.body, /\*\*Lesson:\*\* Trust the gut\./);
    assert.match(md.body, /Accept on Commute: Two trains/);

    const reopened = await call(server, 'POST', `/api/decisions/${d.id}/reopen`, { version: reviewed.body.version });
    assert.equal(reopened.status, 200);
    assert.equal(reopened.body.status, 'open');
    assert.equal(reopened.body.record, null);
    assert.equal(reopened.body.review, null);
  });

  test('CSV export quotes fields and defuses formulas', async () => {
    const d = await create(matrix({
      title: 'Formula test',
      options: [{ name: '=HYPERLINK("http://x")' }, { name: 'Plain, with comma' }, { name: '@Stay' }],
    }));
    const res = await call(server, 'GET', `/api/decisions/${d.id}/export.csv`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /text\/csv/);
    assert.match(res.headers.get('content-disposition'), /formula-test\.csv/);
    const lines = res.body.split('\r\n');
    assert.equal(lines[0], 'Option,Career advancement,Family time,Money,Commute,Total (% of ideal)');
    assert.equal(lines[1], 'Weight (%),40.0,30.0,20.0,10.0,');
    assert.equal(lines[2], 'Lower is better,no,no,no,yes,');
    assert.equal(lines[3], '"\'=HYPERLINK(""http://x"")",9,3,8,7,64.0');
    assert.equal(lines[4], '"Plain, with comma",8,6,7,4,70.0');
    assert.equal(lines[5], "'@Stay,4,9,5,2,61.0");
  });

  test('unknown ids are 404; delete removes the decision', async () => {
    for (const [method, path] of [['GET', '/api/decisions/999999'], ['GET', '/api/decisions/abc'], ['GET', '/api/decisions/999999/export.csv'], ['DELETE', '/api/decisions/999999']]) {
      const res = await call(server, method, path);
      assert.equal(res.status, 404, `${method} ${path}`);
    }
    const put404 = await call(server, 'PUT', '/api/decisions/999999', { ...matrix(), version: 1 });
    assert.equal(put404.status, 404);
    const d = await create(matrix());
    const del = await call(server, 'DELETE', `/api/decisions/${d.id}`);
    assert.deepEqual(del.body, { deleted: true });
    assert.equal((await call(server, 'GET', `/api/decisions/${d.id}`)).status, 404);
  });

  test('a 20x20 pairwise decision round-trips in one request', async () => {
    const n = 20;
    const body = {
      title: 'Big one',
      options: Array.from({ length: n }, (_, i) => ({ name: `Option ${i + 1}` })),
      criteria: Array.from({ length: n }, (_, i) => ({ name: `Criterion ${i + 1}`, points: 0 })),
      scores: Array.from({ length: n }, (_, o) => Array.from({ length: n }, (_, c) => ({ score: ((o * 7 + c * 3) % 21) / 2 }))),
      weighting: 'pairwise',
      comparisons: [],
    };
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) body.comparisons.push({ first: i, second: j, judgement: ((i + j) % 5) + 1 });
    const d = await create(body);
    assert.equal(d.comparisons.length, 190);
    assert.equal(d.analysis.weights.length, 20);
    assert.equal(d.analysis.complete, true);
    const got = await call(server, 'GET', `/api/decisions/${d.id}`);
    assert.deepEqual(got.body, d);
  });
});
