// The backup and restore commands of the real binary: while a server runs, refusals, exit codes, --help.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { binary, call, integrityCheck, startServer } from '../support/server.mjs';

const run = (args) => spawnSync(binary, args, { encoding: 'utf8', timeout: 20000 });
const sql = (db, query) => execFileSync('sqlite3', [db, query], { encoding: 'utf8' }).trim();
const post = (server, body) => call(server, 'POST', '/api/journal/entries', { kind: 'free', date: '2026-03-01', body });
const bodies = async (server) => (await call(server, 'GET', '/api/journal/entries')).body.items.map((e) => e.excerpt).sort();
// One clear line on standard error, nothing on standard output.
const assertOneLineError = (result, pattern) => {
  assert.equal(result.status, 1, result.stdout + result.stderr);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
  assert.match(result.stderr, pattern);
};

describe('truenorth backup and restore', () => {
  test('--help for each, and usage errors', () => {
    for (const command of ['backup', 'restore']) {
      const help = run([command, '--help']);
      assert.equal(help.status, 0);
      assert.match(help.stdout, new RegExp(`^Usage: truenorth ${command} \\[--db PATH\\]`));
      assertOneLineError(run([command, '--bogus']), /unknown option '--bogus'/);
      assertOneLineError(run([command, '--db']), /--db needs a value/);
    }
    assertOneLineError(run(['restore', '--db', '/nonexistent/x.db']), /give the backup FILE/);
    assertOneLineError(run(['backup', 'a.db', 'b.db']), /at most one FILE/);
    assert.match(run(['--help']).stdout, /truenorth backup \[--db PATH\] \[--encrypt FILE \| FILE\]/);
  });

  test('backup works while the server runs on the database, which keeps answering', async () => {
    const server = await startServer();
    await post(server, 'Written while serving');
    const file = path.join(server.dir, 'copy.db');
    const result = run(['backup', '--db', server.dbPath, file]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Backed up .* to .*copy\.db \(\d+\.\d KB: 1 journal entry, 0 decisions, 0 initiatives, 0 core values; copied in \d+\.\d\d s, checked in \d+\.\d\d s\)\n$/);
    assert.equal(integrityCheck(file), 'ok');
    assert.equal(sql(file, 'SELECT body FROM journal_entries'), 'Written while serving');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal((await post(server, 'Still saving')).status, 201);

    // Without FILE: into the backups folder, which the server then lists.
    const folder = run(['backup', '--db', server.dbPath]);
    assert.equal(folder.status, 0, folder.stderr);
    const listed = (await call(server, 'GET', '/api/backups')).body.items;
    assert.equal(listed.length, 1);
    assert.equal(listed[0].reason, 'manual');
    assert.equal(listed[0].holds.journal_entries, 2);
    assert.ok(folder.stdout.includes(listed[0].name));
    assertOneLineError(run(['backup', '--db', server.dbPath, server.dbPath]), /is the database itself/);
    await server.stop();
  });

  test('backup of a missing database or of another file fails with one line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'truenorth-cli-'));
    assertOneLineError(run(['backup', '--db', path.join(dir, 'none.db'), path.join(dir, 'out.db')]), /there is no database at/);
    writeFileSync(path.join(dir, 'notes.db'), 'plain text');
    assertOneLineError(run(['backup', '--db', path.join(dir, 'notes.db'), path.join(dir, 'out.db')]), /cannot be read|not a True North database/);
    assert.deepEqual(readdirSync(dir).sort(), ['notes.db']);
    rmSync(dir, { recursive: true, force: true });
  });

  test('restore refuses while a server runs, then restores once it stopped, keeping an undo backup', async () => {
    const server = await startServer();
    await post(server, 'In the backup');
    const file = path.join(server.dir, 'saved.db');
    assert.equal(run(['backup', '--db', server.dbPath, file]).status, 0);
    await post(server, 'Written after the backup');

    const refused = run(['restore', '--db', server.dbPath, file]);
    assertOneLineError(refused, /nothing was restored: the database .* is already in use by another True North \(process \d+ at http/);
    assert.deepEqual(await bodies(server), ['In the backup', 'Written after the backup']);
    await server.stop({ keepFiles: true });

    const restored = run(['restore', '--db', server.dbPath, file]);
    assert.equal(restored.status, 0, restored.stderr);
    assert.match(restored.stdout, /^Restored .*saved\.db into .* \(1 journal entry, 0 decisions, 0 initiatives, 0 core values\)\.\nThe workbook as it was is kept in (.*-before-restore\.db); restore that file to undo this\.\n$/);
    const undo = restored.stdout.match(/kept in (.*); restore/)[1];
    assert.equal(sql(undo, 'SELECT count(*) FROM journal_entries'), '2');
    const again = await startServer({ dbPath: server.dbPath });
    assert.deepEqual(await bodies(again), ['In the backup']);
    await again.stop({ keepFiles: true });

    // A file that is not a backup is refused and changes nothing.
    writeFileSync(path.join(server.dir, 'bad.db'), 'not a database at all');
    const before = readFileSync(server.dbPath);
    assertOneLineError(run(['restore', '--db', server.dbPath, path.join(server.dir, 'bad.db')]), /bad\.db cannot be restored: it is not a True North database.*Nothing was changed/);
    assertOneLineError(run(['restore', '--db', server.dbPath, path.join(server.dir, 'missing.db')]), /there is no backup file at/);
    assert.deepEqual(readFileSync(server.dbPath), before);
    assert.ok(existsSync(undo));
    rmSync(server.dir, { recursive: true, force: true });
  });

  test('restore recreates a lost database from a backup', async () => {
    const server = await startServer();
    await post(server, 'Saved in time');
    const file = path.join(server.dir, 'saved.db');
    assert.equal(run(['backup', '--db', server.dbPath, file]).status, 0);
    await server.stop({ keepFiles: true });
    for (const f of ['', '-wal', '-shm']) rmSync(server.dbPath + f, { force: true });
    const restored = run(['restore', '--db', server.dbPath, file]);
    assert.equal(restored.status, 0, restored.stderr);
    const again = await startServer({ dbPath: server.dbPath });
    assert.deepEqual(await bodies(again), ['Saved in time']);
    await again.stop();
    rmSync(server.dir, { recursive: true, force: true });
  });
});
