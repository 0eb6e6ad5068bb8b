// Backups and restore over real HTTP: the list, backing up now, restore round trips, bad files refused with
// nothing changed, a backup under a running writer, the start backup, failures kept, owner-only files.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { call, integrityCheck, startServer } from '../support/server.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sql = (db, query) => execFileSync('sqlite3', [db, query], { encoding: 'utf8' }).trim();
const modeOf = (file) => statSync(file).mode & 0o777;
const post = (server, body) => call(server, 'POST', '/api/journal/entries', { kind: 'free', date: '2026-03-01', ...body });
const entryIds = async (server) => (await call(server, 'GET', '/api/journal/entries?limit=100')).body.items.map((e) => e.id).sort((a, b) => a - b);
const restore = (server, name) => call(server, 'POST', `/api/backups/${encodeURIComponent(name)}/restore`, {});
const backupNow = async (server) => {
  const made = await call(server, 'POST', '/api/backups', {});
  assert.equal(made.status, 201, JSON.stringify(made.body));
  return made.body.backup;
};
// Waits until `check()` resolves truthy (polling), or fails after `ms`.
async function eventually(check, ms = 10000) {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('backups over HTTP', () => {
  test('an empty list at first, then "back up now" makes a checked, owner-only copy', async () => {
    const server = await startServer();
    const empty = await call(server, 'GET', '/api/backups');
    assert.equal(empty.status, 200);
    assert.equal(empty.body.database, realpathSync(server.dbPath));
    assert.equal(empty.body.folder, path.join(realpathSync(server.dir), 'backups'));
    assert.deepEqual([empty.body.last_backup, empty.body.last_failure, empty.body.items], [null, null, []]);

    await post(server, { body: 'First thought' });
    await post(server, { body: 'Second thought' });
    const backup = await backupNow(server);
    assert.match(backup.name, /^truenorth-\d{4}-\d\d-\d\dT\d{6}Z-manual\.db$/);
    assert.equal(backup.reason, 'manual');
    assert.equal(backup.holds.journal_entries, 2);
    assert.equal(backup.holds.decisions, 0);
    const file = path.join(server.dir, 'backups', backup.name);
    assert.equal(backup.size, statSync(file).size);
    assert.equal(integrityCheck(file), 'ok');
    assert.equal(sql(file, 'SELECT group_concat(body) FROM journal_entries ORDER BY id'), 'First thought,Second thought');
    assert.equal(modeOf(file), 0o600);
    assert.equal(modeOf(path.join(server.dir, 'backups')), 0o700);

    const listed = await call(server, 'GET', '/api/backups');
    assert.deepEqual(listed.body.items.map((b) => b.name), [backup.name]);
    assert.equal(listed.body.last_backup.name, backup.name);
    assert.equal(listed.body.items[0].problem, null);
    const status = await call(server, 'GET', '/api/backups/status');
    assert.equal(status.body.last_backup.name, backup.name);
    assert.equal(status.body.items, undefined);
    await server.stop();
  });

  test('a restore brings the backup back, and restoring the backup made before it undoes it', async () => {
    const server = await startServer();
    const kept = await post(server, { body: 'Worth keeping' });
    const vision = await call(server, 'PUT', '/api/vision', { ...(await call(server, 'GET', '/api/vision')).body, statement: 'I lead calmly.' });
    const backup = await backupNow(server);
    await post(server, { body: 'Written after the backup' });
    await call(server, 'DELETE', `/api/journal/entries/${kept.body.id}`);
    await call(server, 'PUT', '/api/vision', { ...vision.body, statement: 'A different direction.' });
    const changed = await entryIds(server);

    const restored = await restore(server, backup.name);
    assert.equal(restored.status, 200, JSON.stringify(restored.body));
    assert.equal(restored.body.restored, backup.name);
    assert.equal(restored.body.holds.journal_entries, 1);
    assert.equal(restored.body.upgraded_from, null);
    assert.equal(restored.body.undo.reason, 'before-restore');
    assert.deepEqual(await entryIds(server), [kept.body.id]);
    assert.equal((await call(server, 'GET', '/api/vision')).body.statement, 'I lead calmly.');
    assert.equal(integrityCheck(server.dbPath), 'ok');

    const undone = await restore(server, restored.body.undo.name);
    assert.equal(undone.status, 200);
    assert.deepEqual(await entryIds(server), changed);
    assert.equal((await call(server, 'GET', '/api/vision')).body.statement, 'A different direction.');
    // Ids are never reused across restores.
    const next = await post(server, { body: 'After both restores' });
    assert.ok(next.body.id > Math.max(...changed), `${next.body.id} after ${changed}`);
    await server.stop();
  });

  test('every reply carries the workbook\'s stamp; a restore and a replacing import count up its generation', async () => {
    const server = await startServer();
    const stampOf = async (apiPath = '/api/health') => (await call(server, 'GET', apiPath)).headers.get('x-truenorth-workbook');
    const first = await stampOf();
    const [instance, generation, change] = first.split('/');
    assert.match(instance, /^[0-9a-f]{16}$/);
    assert.deepEqual([generation, change], ['0', 'none']);
    assert.equal(await stampOf('/api/no-such-thing'), first);
    await post(server, { body: 'Before' });
    const backup = await backupNow(server);
    assert.equal(await stampOf(), first, 'a save or a backup is no replacement');
    const restored = await restore(server, backup.name);
    assert.equal(restored.headers.get('x-truenorth-workbook'), `${instance}/1/restore`);
    assert.equal(await stampOf(), `${instance}/1/restore`);
    assert.equal((await restore(server, 'truenorth-2020-01-01T000000Z-daily.db')).status, 404);
    assert.equal(await stampOf(), `${instance}/1/restore`, 'a refused restore changes nothing');
    const archive = await call(server, 'GET', '/api/export');
    assert.equal((await call(server, 'POST', '/api/import?replace=true', archive.body)).status, 200);
    assert.equal(await stampOf(), `${instance}/2/import`);
    await server.stop();
    const restarted = await startServer();
    const fresh = (await call(restarted, 'GET', '/api/health')).headers.get('x-truenorth-workbook');
    assert.notEqual(fresh.split('/')[0], instance, 'each start has its own instance');
    await restarted.stop();
  });

  test('backup names are checked strictly', async () => {
    const server = await startServer();
    await post(server, { body: 'Something' });
    for (const name of ['notes.db', '..', '../truenorth.db', 'truenorth-2026-12-01T120000Z-daily.db.tmp', 'truenorth.db']) {
      const reply = await restore(server, name);
      assert.ok([400, 404].includes(reply.status), `${name}: ${reply.status}`);
      if (reply.status === 400) assert.equal(reply.body.error.field, 'name');
    }
    const missing = await restore(server, 'truenorth-2026-12-01T120000Z-daily.db');
    assert.equal(missing.status, 404);
    assert.match(missing.body.error.message, /no backup named truenorth-2026-12-01T120000Z-daily\.db/);
    assert.equal((await restore(server, 'truenorth-2026-12-01T120000Z-weekly.db')).body.error.field, 'name');
    assert.equal((await entryIds(server)).length, 1);
    await server.stop();
  });

  test('a file that is not a True North database, is damaged or is newer is refused, and nothing changes', async () => {
    const server = await startServer();
    await post(server, { body: 'My precious notes' });
    const good = await backupNow(server);
    const folder = path.join(server.dir, 'backups');
    const goodFile = path.join(folder, good.name);
    const kinds = [
      ['truenorth-2020-01-01T000000Z-manual.db', (f) => writeFileSync(f, 'just some text, not a database'), /not a True North database/],
      ['truenorth-2020-01-02T000000Z-manual.db', (f) => sql(f, 'CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES (1)'), /not a True North database/],
      ['truenorth-2020-01-03T000000Z-manual.db', (f) => { copyFileSync(goodFile, f); sql(f, 'PRAGMA user_version = 999'); }, /made by a newer True North \(schema 999/],
      ['truenorth-2020-01-04T000000Z-manual.db', (f) => {
        copyFileSync(goodFile, f);
        sql(f, "CREATE TABLE filler (x TEXT); CREATE INDEX filler_x ON filler(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) INSERT INTO filler SELECT printf('row %d with padding', i) FROM n;");
        const bytes = readFileSync(f);
        bytes.fill(0x5a, bytes.length - 6 * 4096, bytes.length - 2 * 4096);
        writeFileSync(f, bytes);
      }, /damaged/],
    ];
    const before = readFileSync(server.dbPath);
    for (const [name, make, why] of kinds) {
      make(path.join(folder, name));
      const reply = await restore(server, name);
      assert.equal(reply.status, 409, `${name}: ${JSON.stringify(reply.body)}`);
      assert.equal(reply.body.error.field, 'backup');
      assert.match(reply.body.error.message, why);
      assert.match(reply.body.error.message, /Nothing was changed/);
      const entries = (await call(server, 'GET', '/api/journal/entries')).body.items;
      assert.deepEqual(entries.map((e) => e.excerpt), ['My precious notes']);
    }
    // No backup "before restore" was made for a refused file, and the database file is as it was.
    const listed = (await call(server, 'GET', '/api/backups')).body.items;
    assert.equal(listed.filter((b) => b.reason === 'before-restore').length, 0);
    assert.ok(listed.find((b) => b.name === kinds[0][0]).problem);
    assert.deepEqual(readFileSync(server.dbPath), before);
    await server.stop();
  });

  test('a backup from an older True North is upgraded after the restore', async () => {
    const server = await startServer();
    await post(server, { body: 'Newer than the backup' });
    const file = path.join(server.dir, 'backups', 'truenorth-2021-06-01T080000Z-manual.db');
    await backupNow(server);  // creates the folder
    const migrations = ['0001_vision.sql', '0002_values.sql', '0003_decisions.sql']
      .map((f) => readFileSync(path.join(repo, 'src/store/migrations', f), 'utf8')).join('\n');
    execFileSync('sqlite3', [file], { input: `${migrations}\nUPDATE vision SET statement = 'From 2021', version = 2;\nPRAGMA user_version = 3;` });
    const reply = await restore(server, path.basename(file));
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.equal(reply.body.upgraded_from, 3);
    assert.equal((await call(server, 'GET', '/api/vision')).body.statement, 'From 2021');
    assert.deepEqual(await entryIds(server), []);
    assert.equal((await post(server, { body: 'Works after the upgrade' })).status, 201);
    assert.equal(sql(server.dbPath, 'PRAGMA user_version'), String((await call(server, 'GET', '/api/health')).body.schema_version));
    await server.stop();
  });

  test('a backup taken while a writer keeps saving restores to every write acknowledged before it', async () => {
    const server = await startServer();
    const acknowledged = [];  // [id, time the 201 arrived]
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i += 1) {
        const reply = await post(server, { body: `Entry ${i} `.repeat(200), tags: ['load', `n${i % 7}`], mood: 1 + (i % 5) });
        assert.equal(reply.status, 201);
        acknowledged.push([reply.body.id, Date.now()]);
      }
    })();
    await eventually(() => acknowledged.length >= 30);
    const started = Date.now();
    const backup = await backupNow(server);
    const atBackup = acknowledged.length;
    await eventually(() => acknowledged.length >= atBackup + 20);
    writing = false;
    await writer;
    const beforeBackup = acknowledged.filter(([, at]) => at < started).map(([id]) => id);

    const reply = await restore(server, backup.name);
    assert.equal(reply.status, 200);
    const ids = [];
    for (let cursor = null; ;) {
      const page = (await call(server, 'GET', `/api/journal/entries?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body;
      ids.push(...page.items.map((e) => e.id));
      if (!page.next_cursor) break;
      cursor = page.next_cursor;
    }
    ids.sort((a, b) => a - b);
    const all = acknowledged.map(([id]) => id);
    // Every write acknowledged before the backup started is there, and what is there is a prefix of the
    // writes in order: no gaps, nothing half-saved.
    for (const id of beforeBackup) assert.ok(ids.includes(id), `entry ${id} acknowledged before the backup is missing`);
    assert.deepEqual(ids, all.slice(0, ids.length));
    assert.equal(reply.body.holds.journal_entries, ids.length);
    assert.ok(ids.length < all.length, 'writes went on during and after the backup');
    const last = (await call(server, 'GET', `/api/journal/entries/${ids.at(-1)}`)).body;
    assert.deepEqual(last.tags, ['load', `n${(ids.length - 1) % 7}`]);
    assert.equal(sql(server.dbPath, 'PRAGMA integrity_check'), 'ok');
    await server.stop();
  });
});

describe('automatic backups, failures and permissions', () => {
  test('a server started on a workbook with data backs it up, a new one does not', async () => {
    const first = await startServer();
    await post(first, { body: 'Before the restart' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual((await call(first, 'GET', '/api/backups')).body.items, []);
    await first.stop({ keepFiles: true });
    const again = await startServer({ dbPath: first.dbPath });
    const items = await eventually(async () => {
      const list = (await call(again, 'GET', '/api/backups')).body.items;
      return list.length ? list : null;
    });
    assert.equal(items[0].reason, 'start');
    assert.equal(items[0].holds.journal_entries, 1);
    await again.stop({ keepFiles: true });
    // The newest backup is less than a day old: the next start makes none.
    const third = await startServer({ dbPath: first.dbPath });
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal((await call(third, 'GET', '/api/backups')).body.items.length, 1);
    await third.stop();
    rmSync(first.dir, { recursive: true, force: true });
  });

  test('a failed backup says why, also after a restart, until one succeeds', async () => {
    const server = await startServer();
    await post(server, { body: 'Keep me safe' });
    const blocker = path.join(server.dir, 'backups');
    writeFileSync(blocker, 'a file where the folder should be');
    const failed = await call(server, 'POST', '/api/backups', {});
    assert.equal(failed.status, 409);
    assert.equal(failed.body.error.field, 'backup');
    assert.match(failed.body.error.message, /is not a folder/);
    const status = (await call(server, 'GET', '/api/backups/status')).body;
    assert.equal(status.last_failure.reason, 'manual');
    assert.match(status.last_failure.message, /is not a folder/);
    assert.match(status.last_failure.at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    await server.stop({ keepFiles: true });
    const again = await startServer({ dbPath: server.dbPath });
    assert.match((await call(again, 'GET', '/api/backups/status')).body.last_failure.message, /is not a folder/);
    rmSync(blocker);
    await backupNow(again);
    assert.equal((await call(again, 'GET', '/api/backups/status')).body.last_failure, null);
    await again.stop();
    rmSync(server.dir, { recursive: true, force: true });
  });

  test('the database files, the backups folder and older backups are made owner-only at start', async () => {
    const server = await startServer();
    await post(server, { body: 'Private' });
    const backup = await backupNow(server);
    await server.stop({ keepFiles: true });
    const folder = path.join(server.dir, 'backups');
    const file = path.join(folder, backup.name);
    for (const f of [server.dbPath, file]) chmodSync(f, 0o644);
    chmodSync(folder, 0o755);
    const again = await startServer({ dbPath: server.dbPath });
    assert.equal(modeOf(server.dbPath), 0o600);
    assert.equal(modeOf(folder), 0o700);
    assert.equal(modeOf(file), 0o600);
    for (const f of ['-wal', '-shm']) if (existsSync(server.dbPath + f)) assert.equal(modeOf(server.dbPath + f), 0o600, f);
    await again.stop();
    rmSync(server.dir, { recursive: true, force: true });
  });
});
