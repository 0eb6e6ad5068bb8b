// API tests for the learning list: items on shelves with reads, takeaways and quotes, a takeaway turned into
// an initiative or a weekly experiment, the starting list offered, Home's reading; validation, 404 and 409.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { rankCoreValues } from '../support/core_values.mjs';
import { call, expectReply, startServer } from '../support/server.mjs';

process.env.TRUENORTH_TODAY = '2026-03-04';  // a Wednesday: the week runs from 2 to 8 March

describe('learning API', () => {
  let server;
  let core;
  before(async () => {
    server = await startServer();
    core = await rankCoreValues(server);
  });
  after(async () => { await server.stop(); });

  const must = (method, path, body, status = 200) => expectReply(server, method, path, body, status);
  const book = (overrides = {}) => ({ kind: 'book', title: 'The Manager’s Path', author: 'Camille Fournier', shelf: 'in_progress', progress: 40, ...overrides });

  test('the starting list is offered, not forced; adding it twice adds nothing', async () => {
    const offered = await must('GET', '/api/learning/starter');
    assert.deepEqual(offered.items.map((s) => [s.title, s.author, s.added]),
      [['Emotional Intelligence', 'Daniel Goleman', false], ['Start With Why', 'Simon Sinek', false], ['Atomic Habits', 'James Clear', false]]);
    assert.equal((await must('GET', '/api/learning/items')).items.length, 0, 'nothing is on the list by itself');
    const added = await must('POST', '/api/learning/starter', { keys: ['atomic-habits', 'start-with-why'] }, 201);
    assert.deepEqual(added.items.map((i) => [i.title, i.shelf, i.starter_key]), [['Atomic Habits', 'want', 'atomic-habits'], ['Start With Why', 'want', 'start-with-why']]);
    const again = await must('POST', '/api/learning/starter', { keys: ['atomic-habits'] }, 201);
    assert.deepEqual(again.items, []);
    assert.deepEqual((await must('GET', '/api/learning/starter')).items.map((s) => s.added), [false, true, true]);
    const unknown = await call(server, 'POST', '/api/learning/starter', { keys: ['atomic-habits', 'dune'] });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.field, 'keys[1]');
  });

  test('items with reads: a re-read is a new read; shelves count; validation names the field', async () => {
    const created = await must('POST', '/api/learning/items', book({ reads: [{ started_on: '2024-05-01', finished_on: '2024-06-10' }] }), 201);
    assert.equal(created.shelf_label, 'In progress');
    assert.deepEqual(created.takeaways, []);
    const reread = await must('PUT', `/api/learning/items/${created.id}`, {
      ...book({ reads: [...created.reads, { started_on: '2026-02-20' }] }), version: created.version,
    });
    assert.equal(reread.reads.length, 2);
    assert.deepEqual(reread.reads[0], { started_on: '2024-05-01', finished_on: '2024-06-10' }, 'the first read is kept');
    assert.deepEqual(reread.latest_read, { started_on: '2026-02-20', finished_on: null });
    const stale = await call(server, 'PUT', `/api/learning/items/${created.id}`, { ...book({ title: 'Other tab' }), version: created.version });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.current.reads.length, 2);

    for (const [body, field] of [
      [book({ kind: 'podcast' }), 'kind'], [book({ title: '' }), 'title'], [book({ shelf: 'someday' }), 'shelf'],
      [book({ progress: 120 }), 'progress'], [book({ rating: 6 }), 'rating'], [book({ rating: 'great' }), 'rating'],
      [book({ reads: [{}] }), 'reads[0].started_on'], [book({ reads: [{ started_on: '2026-03-01', finished_on: '2026-02-01' }] }), 'reads[0].finished_on'],
      [book({ reads: ['2026-01-01'] }), 'reads[0]'], [book({ author: 'a'.repeat(121) }), 'author'],
    ]) {
      const reply = await call(server, 'POST', '/api/learning/items', body);
      assert.equal(reply.status, 400, JSON.stringify(body));
      assert.equal(reply.body.error.field, field);
    }
    const list = await must('GET', '/api/learning/items?shelf=in_progress');
    assert.deepEqual(list.items.map((i) => i.title), ['The Manager’s Path']);
    assert.equal(list.counts.want, 2);
    assert.equal(list.counts.in_progress, 1);
    assert.equal((await call(server, 'GET', '/api/learning/items?shelf=later')).body.error.field, 'shelf');
    assert.equal((await call(server, 'GET', '/api/learning/items/99999')).status, 404);

    const home = await must('GET', '/api/people/home');
    assert.deepEqual(home.reading.map((i) => i.title), ['The Manager’s Path'], 'the book in progress is on Home');
  });

  test('takeaways and quotes are kept apart and link to values; a takeaway becomes an initiative', async () => {
    const item = await must('POST', '/api/learning/items', book({ title: 'Atomic Habits, again', shelf: 'done' }), 201);
    const takeaway = await must('POST', `/api/learning/items/${item.id}/notes`, {
      kind: 'takeaway', text: 'Run a weekly review every Friday at four', value_ids: [core[0].id],
    }, 201);
    const quote = await must('POST', `/api/learning/items/${item.id}/notes`, { kind: 'quote', text: 'You do not rise to the level of your goals.', page: 27 }, 201);
    const got = await must('GET', `/api/learning/items/${item.id}`);
    assert.deepEqual(got.takeaways.map((n) => n.id), [takeaway.id]);
    assert.deepEqual(got.quotes.map((n) => [n.id, n.page]), [[quote.id, 27]]);

    for (const [body, field] of [
      [{ kind: 'takeaway', text: ' ' }, 'text'], [{ kind: 'takeaway', text: 'T', page: 3 }, 'page'],
      [{ kind: 'quote', text: 'Q', experiment_week: '2026-03-09' }, 'experiment_week'], [{ kind: 'summary', text: 'S' }, 'kind'],
      [{ kind: 'takeaway', text: 'T', value_ids: [9999] }, 'value_ids[0]'], [{ kind: 'takeaway', text: 'T', initiative_id: 9999 }, 'initiative_id'],
      [{ kind: 'quote', text: 'q'.repeat(2001) }, 'text'],
    ]) {
      const reply = await call(server, 'POST', `/api/learning/items/${item.id}/notes`, body);
      assert.equal(reply.status, 400, JSON.stringify(body).slice(0, 80));
      assert.equal(reply.body.error.field, field);
    }
    assert.equal((await call(server, 'POST', '/api/learning/items/99999/notes', { kind: 'takeaway', text: 'T' })).status, 404);

    const linked = await must('POST', `/api/learning/notes/${takeaway.id}/initiative`, { version: takeaway.version });
    assert.ok(linked.initiative_id);
    assert.equal(linked.initiative_title, 'Run a weekly review every Friday at four');
    const initiative = await must('GET', `/api/initiatives/${linked.initiative_id}`);
    assert.equal(initiative.status, 'planned');
    assert.equal(initiative.why, 'From “Atomic Habits, again”: Run a weekly review every Friday at four');
    assert.deepEqual(initiative.value_ids, [core[0].id]);
    const twice = await call(server, 'POST', `/api/learning/notes/${takeaway.id}/initiative`, { version: linked.version });
    assert.equal(twice.status, 409);
    assert.equal(twice.body.error.field, 'initiative_id');
    const fromQuote = await call(server, 'POST', `/api/learning/notes/${quote.id}/initiative`, { version: quote.version });
    assert.equal(fromQuote.body.error.field, 'kind');
    const stale = await call(server, 'POST', `/api/learning/notes/${quote.id}/initiative`, { version: 99 });
    assert.equal(stale.body.error.field, 'version');

    // Deleting the initiative in Goals leaves the takeaway, without the link.
    await must('DELETE', `/api/initiatives/${linked.initiative_id}`);
    const after = await must('GET', `/api/learning/items/${item.id}`);
    assert.equal(after.takeaways[0].initiative_id, null);
  });

  test('a takeaway tried as a weekly experiment shows in that week', async () => {
    const item = await must('POST', '/api/learning/items', book({ title: 'Deep Work', author: 'Cal Newport' }), 201);
    const note = await must('POST', `/api/learning/items/${item.id}/notes`, { kind: 'takeaway', text: 'Block two hours of deep work each morning' }, 201);
    const tried = await must('PUT', `/api/learning/notes/${note.id}`, { kind: 'takeaway', text: note.text, experiment_week: '2026-03-12', version: note.version });
    assert.equal(tried.experiment_week, '2026-03-09', 'moved to the Monday of its week');
    assert.equal(tried.version, 2);
    const next = await must('GET', '/api/learning/experiments?date=2026-03-15');
    assert.deepEqual(next.week, { monday: '2026-03-09', sunday: '2026-03-15' });
    assert.deepEqual(next.items.map((n) => [n.text, n.item_title]), [['Block two hours of deep work each morning', 'Deep Work']]);
    assert.deepEqual((await must('GET', '/api/learning/experiments')).items, [], 'not this week');
    assert.equal((await call(server, 'GET', '/api/learning/experiments?date=soon')).body.error.field, 'date');
    const stale = await call(server, 'PUT', `/api/learning/notes/${note.id}`, { kind: 'takeaway', text: 'Other', version: 1 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.current.experiment_week, '2026-03-09');

    await must('DELETE', `/api/learning/notes/${note.id}`);
    assert.equal((await call(server, 'DELETE', `/api/learning/notes/${note.id}`)).status, 404);
    await must('DELETE', `/api/learning/items/${item.id}`);
    assert.equal((await call(server, 'GET', `/api/learning/items/${item.id}`)).status, 404);
  });

  test('the list pages newest first with a cursor', async () => {
    const first = await must('GET', '/api/learning/items?limit=2');
    assert.equal(first.items.length, 2);
    const next = await must('GET', `/api/learning/items?limit=2&cursor=${first.next_cursor}`);
    assert.ok(next.items.every((i) => i.id < first.items[1].id));
    assert.equal((await call(server, 'GET', '/api/learning/items?cursor=x')).body.error.field, 'cursor');
  });
});
