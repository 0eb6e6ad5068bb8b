// API tests for links that stay true: a deleted record's id is never given to a new one, so its address is
// a 404 for good, and a road linked to a deleted decision loses the link.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, startServer } from '../support/server.mjs';

describe('ids are never reused', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server.stop(); });

  // Creates two records with `create()`, deletes the newest with `remove(id)`, creates another and checks
  // that it gets a new id. Resolves to [deleted id, new id].
  async function deleteNewestThenCreate(create, remove) {
    await create();
    const newest = await create();
    await remove(newest.id);
    const next = await create();
    assert.ok(next.id > newest.id, `new id ${next.id} after deleting ${newest.id}`);
    return [newest.id, next.id];
  }

  const created = async (path, body) => {
    const res = await call(server, 'POST', path, body);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body;
  };
  const deleted = async (path) => assert.equal((await call(server, 'DELETE', path)).status, 200, path);

  test('a journal entry deleted for good: its address stays a 404', async () => {
    const [gone] = await deleteNewestThenCreate(
      () => created('/api/journal/entries', { kind: 'free', date: '2026-03-02', body: 'A page' }),
      async (id) => {
        await deleted(`/api/journal/entries/${id}`);
        await deleted(`/api/journal/trash/${id}`);
      });
    assert.equal((await call(server, 'GET', `/api/journal/entries/${gone}`)).status, 404);
  });

  test('a deleted decision: its address stays a 404', async () => {
    const [gone] = await deleteNewestThenCreate(
      () => created('/api/decisions', { title: 'Stay or go' }), (id) => deleted(`/api/decisions/${id}`));
    assert.equal((await call(server, 'GET', `/api/decisions/${gone}`)).status, 404);
  });

  test('a deleted initiative: its address stays a 404', async () => {
    const [gone] = await deleteNewestThenCreate(
      () => created('/api/initiatives', { title: 'Ship the billing API' }), (id) => deleted(`/api/initiatives/${id}`));
    assert.equal((await call(server, 'GET', `/api/initiatives/${gone}`)).status, 404);
  });

  test('a deleted road: its address stays a 404', async () => {
    let n = 0;
    const [gone] = await deleteNewestThenCreate(
      () => created('/api/roads', { name: `Road ${++n}` }), (id) => deleted(`/api/roads/${id}`));
    const put = await call(server, 'PUT', `/api/roads/${gone}`, { name: 'Back?', version: 1 });
    assert.equal(put.status, 404);
    assert.ok(!(await call(server, 'GET', '/api/roads')).body.items.some((r) => r.id === gone));
  });

  test('a road linked to a deleted decision loses the link, and a new decision does not take it over', async () => {
    const decision = await created('/api/decisions', { title: 'Manager or staff engineer' });
    const road = await created('/api/roads', { name: 'Engineering manager', decision_id: decision.id });
    assert.equal(road.decision_id, decision.id);

    await deleted(`/api/decisions/${decision.id}`);
    const next = await created('/api/decisions', { title: 'Another choice' });
    assert.notEqual(next.id, decision.id);
    const stored = (await call(server, 'GET', '/api/roads')).body.items.find((r) => r.id === road.id);
    assert.equal(stored.decision_id, null);
    assert.equal(stored.version, road.version + 1);

    const stale = await call(server, 'PUT', `/api/roads/${road.id}`,
      { name: road.name, notes: road.notes, milestones: [], decision_id: decision.id, version: road.version });
    assert.equal(stale.status, 409, 'an editor opened before the delete cannot save the old link back');
  });
});
