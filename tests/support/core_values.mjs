// Test support: a finished values card sort, so the tests of modules that link core values have some.
import assert from 'node:assert/strict';
import { call } from './server.mjs';

// Finishes a card sort with the first `count` (5 to 10) catalogue values as core values, in catalogue order;
// resolves to the core values (rank order) as GET /api/values/core gives them.
export async function rankCoreValues(server, count = 5) {
  const catalog = (await call(server, 'GET', '/api/values/catalog')).body.items.slice(0, count);
  let sort = (await call(server, 'POST', '/api/values/sorts')).body;
  for (const v of catalog) sort = (await call(server, 'PUT', `/api/values/sorts/${sort.id}/cards/${v.key}`, { pile: 'very_important' })).body;
  const top = catalog.map((v) => ({ value: v.key, meaning: `What ${v.name} means to me` }));
  const done = await call(server, 'PUT', `/api/values/sorts/${sort.id}/top`, { top_values: top, finish: true, version: sort.version });
  assert.equal(done.status, 200, JSON.stringify(done.body));
  return (await call(server, 'GET', '/api/values/core')).body.items;
}
