// Command-line behaviour of the real binary: startup output, refusals, port conflicts, clean shutdown.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { binary, call, startServer } from '../support/server.mjs';

const run = (args, env = {}) => spawnSync(binary, args, { encoding: 'utf8', timeout: 10000, env: { ...process.env, ...env } });

describe('truenorth command line', () => {
  test('--help and --version', () => {
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--port N/);
    assert.match(help.stdout, /--web-dir DIR/);
    const version = run(['--version']);
    assert.equal(version.status, 0);
    assert.match(version.stdout, /^truenorth \d+\.\d+\.\d+/);
  });

  test('a non-loopback host is refused with an explanation', () => {
    for (const host of ['0.0.0.0', '192.168.1.10', '::', 'example.com']) {
      const result = run(['--host', host, '--port', '0']);
      assert.equal(result.status, 2, host);
      assert.match(result.stderr, /only listens on this computer's loopback address/);
    }
  });

  test('bad options are usage errors', () => {
    assert.equal(run(['--port', 'abc']).status, 2);
    assert.equal(run(['--port', '70000']).status, 2);
    assert.equal(run(['--bogus']).status, 2);
  });

  test('the default database goes under XDG_DATA_HOME and is announced', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'truenorth-xdg-'));
    const proc = spawnSync('bash', ['-c', `timeout -s TERM 1 "${binary}" --port 0; true`], {
      encoding: 'utf8', env: { ...process.env, XDG_DATA_HOME: dir },
    });
    assert.match(proc.stdout, new RegExp(`Database: ${dir}/truenorth/truenorth.db`));
    assert.match(proc.stdout, /Serving:\s+http:\/\/127\.0\.0\.1:\d+\//);
    assert.ok(readFileSync(`${dir}/truenorth/truenorth.db`).length > 0);
    rmSync(dir, { recursive: true, force: true });
  });

  test('a port already in use is a clear error, not a second server', async () => {
    const server = await startServer();
    const second = run(['--port', String(server.port), '--db', path.join(server.dir, 'other.db')]);
    assert.equal(second.status, 1);
    assert.match(second.stderr, /already in use/);
    assert.equal((await call(server, 'GET', '/api/health')).status, 200);
    await server.stop();
  });

  test('a file that is not a True North database is refused and left alone', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'truenorth-bad-'));
    const file = path.join(dir, 'notes.db');
    writeFileSync(file, 'my precious notes');
    const result = run(['--port', '0', '--db', file]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /not a SQLite database/);
    assert.equal(readFileSync(file, 'utf8'), 'my precious notes');
    rmSync(dir, { recursive: true, force: true });
  });

  test('a damaged database stops the server with a clear message and is left alone', async () => {
    const server = await startServer();
    await server.stop({ keepFiles: true });
    const filler = spawnSync('sqlite3', [server.dbPath, "CREATE TABLE filler (x TEXT); CREATE INDEX filler_x ON filler(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) INSERT INTO filler SELECT printf('row %d with padding', i) FROM n;"]);
    assert.equal(filler.status, 0, String(filler.stderr));
    const bytes = readFileSync(server.dbPath);
    bytes.fill(0x5a, bytes.length - 6 * 4096, bytes.length - 2 * 4096);
    writeFileSync(server.dbPath, bytes);
    const result = run(['--port', '0', '--db', server.dbPath]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /integrity check/);
    assert.deepEqual(readFileSync(server.dbPath), bytes);
    rmSync(server.dir, { recursive: true, force: true });
  });

  test('SIGTERM stops the server cleanly', async () => {
    const server = await startServer();
    const exited = new Promise((resolve) => server.proc.on('exit', (code) => resolve(code)));
    server.proc.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(server.output(), /Stopped\./);
    await server.stop();
  });

  test('--web-dir serves the UI from disk', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'truenorth-web-'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>from disk</title>');
    const server = await startServer({ args: ['--web-dir', dir] });
    const page = await fetch(`${server.url}/vision`);
    assert.match(await page.text(), /from disk/);
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });
});
