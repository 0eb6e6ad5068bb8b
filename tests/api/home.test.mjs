// API tests for /api/home over real HTTP against the real server: the first-run path on a new workbook
// (progress from the data, skipped for good), and the ordered "next" list with its due rules. Today is
// pinned to Wednesday 2026-03-25, the new workbook's first day.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { call, startServer } from '../support/server.mjs';

const TODAY = '2026-03-25';
const vision = { statement: 'I lead calmly.', organisation: 'Acme', mission: 'Make work lighter.', current_position: 'Engineer',
  future_position: 'Director', horizon_years: 7, version: 0 };

describe('home API', () => {
  let server;
  let firstDir;  // the first server's folder, which holds the database the restarted server opens
  before(async () => {
    server = await startServer({ env: { TRUENORTH_TODAY: TODAY } });
    firstDir = server.dir;
  });
  after(async () => {
    await server?.stop();
    rmSync(firstDir, { recursive: true, force: true });
  });

  const next = async () => {
    const reply = await call(server, 'GET', '/api/home/next');
    assert.equal(reply.status, 200);
    return reply.body;
  };
  const kinds = (body) => body.items.map((item) => item.kind);

  test('a new workbook: the first-run path with nothing done, and no review due on its first day, the 25th', async () => {
    const body = await next();
    assert.equal(body.today, TODAY);
    assert.deepEqual(body.first_run.steps.map((s) => [s.key, s.done]),
      [['vision', false], ['values', false], ['lists', false], ['alignment', false], ['reflection', false]]);
    assert.deepEqual([body.first_run.show, body.first_run.skipped, body.first_run.done, body.first_run.total], [true, false, 0, 5]);
    assert.equal(body.first_run.steps[0].href, '/vision');
    assert.deepEqual(body.items, []);  // while the path shows, undated checks and the first reflection wait
    const cadence = (await call(server, 'GET', '/api/journal/cadence')).body;
    assert.equal(cadence.monthly.due, false);
    assert.equal(cadence.monthly.due_from, '2026-03-26');
  });

  test('each step is done as soon as the data says so', async () => {
    assert.equal((await call(server, 'PUT', '/api/vision', vision)).status, 200);
    for (const [list, name] of [['skills', 'Writing'], ['strengths', 'Calm'], ['passions', 'Music']]) {
      assert.equal((await call(server, 'POST', `/api/lists/${list}`, { name })).status, 201);
    }
    const body = await next();
    assert.deepEqual(body.first_run.steps.filter((s) => s.done).map((s) => s.key), ['vision', 'lists']);
    assert.equal(body.first_run.done, 2);
    assert.equal(body.first_run.show, true);
    const weekly = await call(server, 'POST', '/api/journal/entries', { kind: 'weekly', date: TODAY, answers: { learned: 'Ask first.' } });
    assert.equal(weekly.status, 201);
    assert.equal((await next()).first_run.done, 3);
    // In the trash it no longer counts.
    assert.equal((await call(server, 'DELETE', `/api/journal/entries/${weekly.body.id}`)).status, 200);
    assert.equal((await next()).first_run.steps.find((s) => s.key === 'reflection').done, false);
    assert.equal((await call(server, 'POST', `/api/journal/entries/${weekly.body.id}/restore`)).status, 200);
  });

  test('skipping hides the path for good; the rhythm then joins the list, still without the monthly review', async () => {
    const skipped = await call(server, 'PUT', '/api/home/first-run', { skipped: true });
    assert.equal(skipped.status, 200);
    assert.equal(skipped.body.first_run.show, false);
    assert.equal(skipped.body.first_run.skipped, true);
    const body = await next();
    assert.equal(body.first_run.show, false);
    // This week has its reflection; alignment and balance were never rated; the monthly review waits a day.
    assert.deepEqual(kinds(body), ['alignment', 'balance']);
    assert.deepEqual(body.items.map((i) => [i.href, i.due, i.overdue]), [['/values/alignment', null, false], ['/values/balance', null, false]]);
  });

  test('decision reviews, overdue milestones and finish dates, check-ins, tasks due within a week and Do tasks, in order of their dates', async () => {
    const decision = (await call(server, 'POST', '/api/decisions', { title: 'Move to Lisbon', template: 'relocation' })).body;
    const recorded = await call(server, 'PUT', `/api/decisions/${decision.id}/record`, {
      chosen_option: 0, gut_feeling: '', rationale: 'Family', expected_outcome: '', review_date: '2026-03-20', version: decision.version });
    assert.equal(recorded.status, 200);
    const initiative = await call(server, 'POST', '/api/initiatives', {
      title: 'Ship the billing API to three teams', horizon: 'short', status: 'active', start_date: '2026-01-01', finish_date: '2026-03-10',
      measure_of_success: 'Three teams use it in production', progress: 40,
      milestones: [{ title: 'Write the RFC', due_date: '2026-02-01', done: false }, { title: 'Demo', due_date: '2026-02-15', done: true },
        { title: 'Launch', due_date: '2026-04-01', done: false }] });
    assert.equal(initiative.status, 201);
    assert.equal((await call(server, 'POST', '/api/people/partners', { name: 'Ana Ruiz', role: 'mentor', last_met_on: '2026-02-25' })).status, 201);
    assert.equal((await call(server, 'POST', '/api/priorities', { title: 'Answer the auditor', quadrant: 'do' })).status, 201);
    assert.equal((await call(server, 'POST', '/api/priorities', { title: 'Tidy the wiki', quadrant: 'drop' })).status, 201);
    // Dated tasks of any quadrant join the list within a week of their date.
    assert.equal((await call(server, 'POST', '/api/priorities', { title: 'Book the venue', quadrant: 'schedule', due_date: '2026-03-28' })).status, 201);
    assert.equal((await call(server, 'POST', '/api/priorities', { title: 'Plan the offsite', quadrant: 'schedule', due_date: '2026-04-10' })).status, 201);

    const body = await next();
    assert.deepEqual(body.items.map((i) => [i.kind, i.due, i.overdue]), [
      ['milestone', '2026-02-01', true],
      ['initiative_finish', '2026-03-10', true],
      ['decision_review', '2026-03-20', true],
      ['check_in', '2026-03-25', false],  // a month after 2026-02-25: today
      ['priority', '2026-03-28', false],  // Book the venue; Plan the offsite is over a week away
      ['priority', null, false],
      ['alignment', null, false],
      ['balance', null, false],
    ]);
    const review = body.items[2];
    assert.equal(review.title, 'Review the decision: Move to Lisbon');
    assert.equal(review.href, `/decisions/${decision.id}`);
    assert.equal(review.action, 'Review');
    assert.match(review.why, /2026-03-20 was the day you set to look back/);
    assert.equal(body.items[0].title, 'Milestone: Write the RFC');
    assert.equal(body.items[3].href, '/people/check-ins/new?partner=1');
    assert.equal(body.items[4].title, 'Book the venue');
    assert.match(body.items[4].why, /due 2026-03-28/);
    assert.equal(body.items[5].title, 'Answer the auditor');
    for (const item of body.items) {
      assert.deepEqual(Object.keys(item).sort(), ['action', 'due', 'href', 'kind', 'overdue', 'title', 'why']);
      assert.ok(item.why.length > 20, item.why);
    }
  });

  test('the next day, the monthly review is due; once written, it leaves the list', async () => {
    await server.stop({ keepFiles: true });
    server = await startServer({ dbPath: server.dbPath, env: { TRUENORTH_TODAY: '2026-03-26' } });
    let body = await next();
    const review = body.items.find((i) => i.kind === 'monthly_review');
    assert.ok(review, JSON.stringify(kinds(body)));
    assert.deepEqual([review.due, review.href, review.overdue], ['2026-03-31', '/journal/new/monthly', false]);
    assert.match(review.why, /^Due from the 25th/);
    assert.equal((await call(server, 'GET', '/api/journal/cadence')).body.monthly.due, true);
    const written = await call(server, 'POST', '/api/journal/entries', { kind: 'monthly', date: '2026-03-26', answers: { milestones: 'The RFC' } });
    assert.equal(written.status, 201);
    body = await next();
    assert.equal(body.items.some((i) => i.kind === 'monthly_review'), false);
    // The skip outlived the restart: it is kept in the workbook, not in a browser.
    assert.equal(body.first_run.skipped, true);
  });

  test('the path can be shown again', async () => {
    const shown = await call(server, 'PUT', '/api/home/first-run', { skipped: false });
    assert.equal(shown.status, 200);
    assert.equal(shown.body.first_run.show, true);
    assert.equal(shown.body.items.some((i) => i.kind === 'balance'), false);
  });

  test('bad input is a 400 naming the field; unknown routes 404; other methods 405', async () => {
    for (const [body, field] of [[{}, 'skipped'], [{ skipped: 'yes' }, 'skipped'], [{ skipped: 1 }, 'skipped'], ['[true]', 'body'], ['{"skipped":', 'body']]) {
      const reply = await call(server, 'PUT', '/api/home/first-run', body);
      assert.equal(reply.status, 400, JSON.stringify(body));
      assert.equal(reply.body.error.field, field);
      assert.match(reply.body.error.message, new RegExp(field));
    }
    assert.equal((await call(server, 'GET', '/api/home/nothing')).status, 404);
    assert.equal((await call(server, 'GET', '/api/home')).status, 404);
    const post = await call(server, 'POST', '/api/home/next', {});
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET');
    assert.equal((await call(server, 'GET', '/api/home/first-run')).status, 405);
  });
});
