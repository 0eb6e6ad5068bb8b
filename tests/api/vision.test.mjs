// API tests for /api/vision and /api/health over real HTTP against the real server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, startServer } from '../support/server.mjs';

const full = (overrides = {}) => ({
  statement: 'I build calm, useful tools and I am home for dinner.',
  organisation: 'Acme',
  mission: 'Make work lighter.',
  current_position: 'Senior engineer',
  future_position: 'Engineering director',
  horizon_years: 7,
  version: 0,
  ...overrides,
});

describe('vision API', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server.stop(); });

  test('health reports the version and schema', async () => {
    const { status, body } = await call(server, 'GET', '/api/health');
    assert.equal(status, 200);
    assert.equal(body.ok, true);
    assert.match(body.version, /^\d+\.\d+\.\d+$/);
    assert.ok(Number.isInteger(body.schema_version) && body.schema_version >= 1);
  });

  test('a new database has an empty vision at version 0 and no history', async () => {
    const vision = await call(server, 'GET', '/api/vision');
    assert.equal(vision.status, 200);
    assert.equal(vision.body.statement, '');
    assert.equal(vision.body.version, 0);
    assert.equal(vision.body.updated_at, null);
    assert.deepEqual((await call(server, 'GET', '/api/vision/history')).body, { items: [] });
  });

  test('save, conflict, unchanged save and history', async () => {
    const first = await call(server, 'PUT', '/api/vision', full());
    assert.equal(first.status, 200);
    assert.equal(first.body.version, 1);
    assert.equal(first.body.organisation, 'Acme');
    assert.match(first.body.updated_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);  // milliseconds: saves keep their order

    const stale = await call(server, 'PUT', '/api/vision', full({ statement: 'From another tab', version: 0 }));
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.code, 'conflict');
    assert.equal(stale.body.error.field, 'version');
    assert.equal(stale.body.current.statement, full().statement);
    assert.equal((await call(server, 'GET', '/api/vision')).body.statement, full().statement);

    const unchanged = await call(server, 'PUT', '/api/vision', full({ version: 1 }));
    assert.equal(unchanged.body.version, 1);

    const second = await call(server, 'PUT', '/api/vision', full({ statement: 'Version two', version: 1 }));
    assert.equal(second.body.version, 2);
    const history = (await call(server, 'GET', '/api/vision/history')).body.items;
    assert.deepEqual(history.map((v) => v.statement), ['Version two', full().statement]);
  });

  test('invalid input is a 400 naming the field, and nothing is saved', async () => {
    const before = (await call(server, 'GET', '/api/vision')).body;
    const cases = [
      [{ statement: 'x'.repeat(2001) }, 'statement', 'statement must be at most 2000 characters'],
      [{ organisation: 'é'.repeat(201) }, 'organisation', 'organisation must be at most 200 characters'],
      [{ horizon_years: 4 }, 'horizon_years', 'horizon_years must be between 5 and 10'],
      [{ horizon_years: 4294967301 }, 'horizon_years', 'horizon_years must be between 5 and 10'],
      [{ horizon_years: 7.5 }, 'horizon_years', 'horizon_years must be a whole number'],
      [{ mission: 42 }, 'mission', 'mission must be a string'],
      [{ version: undefined }, 'version', 'version is required'],
    ];
    for (const [override, field, message] of cases) {
      const res = await call(server, 'PUT', '/api/vision', full({ version: before.version, ...override }));
      assert.equal(res.status, 400, JSON.stringify(override).slice(0, 80));
      assert.deepEqual(res.body.error, { code: 'invalid_argument', field, message });
    }
    assert.deepEqual((await call(server, 'GET', '/api/vision')).body, before);
  });

  test('bodies that are not one JSON object are refused', async () => {
    for (const body of ['not json', '[1,2]', '{"statement": "unterminated', '"text"']) {
      const res = await call(server, 'PUT', '/api/vision', body);
      assert.equal(res.status, 400);
      assert.equal(res.body.error.field, 'body');
    }
    const deep = '{"a":'.repeat(100) + '1' + '}'.repeat(100);
    const res = await call(server, 'PUT', '/api/vision', deep);
    assert.equal(res.status, 400);
    assert.match(res.body.error.message, /nested too deeply/);
  });

  test('invalid UTF-8 is refused without a crash', async () => {
    const bytes = Buffer.concat([Buffer.from('{"statement":"bad '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('","version":0}')]);
    const response = await fetch(`${server.url}/api/vision`, {
      method: 'PUT', body: bytes, headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'truenorth', Authorization: `Bearer ${server.token}` },
    });
    assert.equal(response.status, 400);
    assert.equal((await response.json()).error.field, 'body');
    assert.equal((await call(server, 'GET', '/api/health')).status, 200);
  });

  test('unknown routes and methods get JSON 404 and 405', async () => {
    const missing = await call(server, 'GET', '/api/nothing-here');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'not_found');
    const wrong = await call(server, 'DELETE', '/api/vision');
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('allow'), 'GET, PUT');
    assert.equal(wrong.body.error.code, 'method_not_allowed');
  });

  test('the vision survives a restart', async () => {
    const saved = (await call(server, 'GET', '/api/vision')).body;
    await server.stop({ keepFiles: true });
    server = await startServer({ dbPath: server.dbPath });
    assert.deepEqual((await call(server, 'GET', '/api/vision')).body, saved);
  });
});
