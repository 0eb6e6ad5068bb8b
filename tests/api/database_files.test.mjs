// The files beside the database: one server per database, owner-only files, the access token, and a
// database file that is read-only, missing, deleted or replaced while the server runs.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { binary, call, startServer } from '../support/server.mjs';

const run = (args, options = {}) => spawnSync(binary, ['--port', '0', ...args], { encoding: 'utf8', timeout: 10000, ...options });
const sql = (db, query) => execFileSync('sqlite3', [db, query], { encoding: 'utf8' }).trim();
const saveStatement = async (server, statement) => {
  const current = await call(server, 'GET', '/api/vision');
  return call(server, 'PUT', '/api/vision', { ...current.body, statement });
};

describe('one server per database', () => {
  test('a second server on the same database is refused, naming the running one', async () => {
    const first = await startServer();
    const second = run(['--db', first.dbPath]);
    assert.equal(second.status, 1);
    assert.match(second.stderr, /already in use by another True North/);
    assert.ok(second.stderr.includes(`http://127.0.0.1:${first.port}/`), second.stderr);
    assert.equal((await call(first, 'GET', '/api/health')).status, 200);
    await first.stop();
  });

  test('the lock dies with the process: after kill -9 the next start works', async () => {
    const first = await startServer();
    await first.crash();
    const again = await startServer({ dbPath: first.dbPath });
    assert.equal((await call(again, 'GET', '/api/health')).status, 200);
    await again.stop();
    rmSync(first.dir, { recursive: true, force: true });
  });
});

describe('temporary files left behind', () => {
  test('an upload left by a server that was killed mid-way is removed at the next start; other workbooks\' are not', async () => {
    const first = await startServer();
    await first.crash();
    const folder = path.dirname(first.dbPath);
    // What a killed server leaves beside its database: an upload half received, a file half decrypted or
    // exported. Another workbook in the same folder may be serving, so its files are never touched.
    const stale = ['truenorth.db.upload-Ab12Cd', 'truenorth.db.decrypted-x9Y8z7', 'truenorth.db.export-QQQQQQ'];
    const others = ['other.db.upload-Ab12Cd', 'truenorth.db.upload-notes.txt', 'truenorth.db.uploads'];
    for (const name of [...stale, ...others]) writeFileSync(path.join(folder, name), '{"format":');
    const again = await startServer({ dbPath: first.dbPath });
    const left = readdirSync(folder);
    for (const name of stale) assert.ok(!left.includes(name), `${name} should be gone: ${left}`);
    for (const name of others) assert.ok(left.includes(name), `${name} should be kept: ${left}`);
    assert.match(again.output(), /Removed 3 temporary files left beside the database/);
    // The upload of an import while the server runs goes through the same kind of file, removed afterwards.
    assert.equal((await call(again, 'POST', '/api/import', '{"format":"nope"}')).status, 400);
    assert.deepEqual(readdirSync(folder).filter((name) => /^truenorth\.db\.upload-.{6}$/.test(name)), []);
    await again.stop();
    rmSync(first.dir, { recursive: true, force: true });
  });
});

describe('owner-only files and the access token', () => {
  test('the database, its -wal/-shm, the token and the lock are readable by the owner only', async () => {
    const server = await startServer();
    assert.equal((await saveStatement(server, 'private')).status, 200);
    const names = readdirSync(server.dir).filter((name) => name.startsWith('truenorth.db'));
    for (const name of ['truenorth.db', 'truenorth.db-wal', 'truenorth.db-shm', 'truenorth.db.token', 'truenorth.db.lock']) {
      assert.ok(names.includes(name), name);
    }
    for (const name of names) assert.equal(statSync(path.join(server.dir, name)).mode & 0o077, 0, name);
    await server.stop();
  });

  test('a database that others could read (from before, or copied in) is made owner-only at start', async () => {
    const first = await startServer();
    assert.equal((await saveStatement(first, 'private')).status, 200);
    await first.stop({ keepFiles: true });
    chmodSync(first.dbPath, 0o644);
    const again = await startServer({ dbPath: first.dbPath });
    for (const suffix of ['', '-wal', '-shm']) assert.equal(statSync(first.dbPath + suffix).mode & 0o077, 0, suffix);
    await again.stop();
  });

  test('the token is long and random, kept beside the database and the same after a restart', async () => {
    const first = await startServer();
    const file = readFileSync(`${first.dbPath}.token`, 'utf8').trim();
    assert.match(file, /^[0-9a-f]{64}$/);
    assert.equal(first.token, file);
    await first.stop({ keepFiles: true });
    const again = await startServer({ dbPath: first.dbPath });
    assert.equal(again.token, first.token);
    await again.stop();
    const other = await startServer();
    assert.notEqual(other.token, first.token);
    await other.stop();
  });
});

describe('a database file that cannot be used is refused at start', () => {
  test('a database that is missing where one was used before is not recreated empty', async () => {
    const server = await startServer();
    await server.stop({ keepFiles: true });
    for (const suffix of ['', '-wal', '-shm']) rmSync(server.dbPath + suffix, { force: true });
    const result = run(['--db', server.dbPath]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /is missing, but True North has used it before/);
    assert.ok(!existsSync(server.dbPath), 'nothing was created');
    rmSync(server.dir, { recursive: true, force: true });
  });

  test('a read-only database file is refused with the reason', async () => {
    const server = await startServer();
    await server.stop({ keepFiles: true });
    // root may write any file, so as root the server runs as nobody on files that nobody owns.
    const asNobody = process.getuid() === 0;
    if (asNobody) {
      chownSync(server.dir, 65534, 65534);
      for (const name of readdirSync(server.dir)) chownSync(path.join(server.dir, name), 65534, 65534);
    }
    chmodSync(server.dbPath, 0o444);
    const command = asNobody ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', binary]] : [binary, []];
    const result = spawnSync(command[0], [...command[1], '--port', '0', '--db', server.dbPath], { encoding: 'utf8', timeout: 10000 });
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(result.stderr, /refusing to open .* it is read-only/);
    rmSync(server.dir, { recursive: true, force: true });
  });
});

describe('the database file changing under the running server', () => {
  test('a deleted database: writes are refused, the log says so, and what was saved is rescued', async () => {
    const server = await startServer();
    assert.equal((await saveStatement(server, 'before the delete')).status, 200);
    for (const suffix of ['', '-wal', '-shm']) unlinkSync(server.dbPath + suffix);
    const refused = await saveStatement(server, 'after the delete');
    assert.equal(refused.status, 503);
    assert.equal(refused.body.error.code, 'storage_unavailable');
    assert.match(refused.body.error.message, /was moved, replaced or deleted/);
    const rescued = refused.body.error.message.match(/copied to (\S+\.db)/)[1];
    assert.equal(sql(rescued, 'SELECT statement FROM vision'), 'before the delete');
    assert.match(server.output(), /was moved, replaced or deleted/);
    assert.equal((await call(server, 'GET', '/api/vision')).body.statement, 'before the delete', 'reads still work');
    await server.stop({ keepFiles: true });
    assert.match(run(['--db', server.dbPath]).stderr, /is missing, but True North has used it before/);
    rmSync(server.dir, { recursive: true, force: true });
  });

  test('a database replaced by another file: writes are refused and the other file is left as it is', async () => {
    const other = await startServer();
    assert.equal((await saveStatement(other, 'the other workbook')).status, 200);
    await other.stop({ keepFiles: true });
    const server = await startServer();
    assert.equal((await saveStatement(server, 'mine')).status, 200);
    const replacement = path.join(server.dir, 'replacement.db');
    copyFileSync(other.dbPath, replacement);
    renameSync(replacement, server.dbPath);
    const refused = await saveStatement(server, 'mine, later');
    assert.equal(refused.status, 503);
    assert.match(refused.body.error.message, /copied to (\S+\.db)/);
    await server.stop({ keepFiles: true });
    assert.equal(sql(server.dbPath, 'SELECT statement FROM vision'), 'the other workbook');
    rmSync(server.dir, { recursive: true, force: true });
    rmSync(other.dir, { recursive: true, force: true });
  });

  test('a deleted -wal file: what was saved is written back into the database and writes stop', async () => {
    const server = await startServer();
    assert.equal((await saveStatement(server, 'kept through the lost wal')).status, 200);
    unlinkSync(`${server.dbPath}-wal`);
    const refused = await saveStatement(server, 'too late');
    assert.equal(refused.status, 503);
    assert.match(refused.body.error.message, /lost its -wal or -shm file.*written back into the database file/);
    await server.stop({ keepFiles: true });
    const again = await startServer({ dbPath: server.dbPath });
    assert.equal((await call(again, 'GET', '/api/vision')).body.statement, 'kept through the lost wal');
    await again.stop();
  });

  test('the change is noticed without a write, within seconds', async () => {
    const server = await startServer();
    unlinkSync(server.dbPath);
    const deadline = Date.now() + 5000;
    while (!/was moved, replaced or deleted/.test(server.output()) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.match(server.output(), /was moved, replaced or deleted/);
    await server.stop();
  });
});
