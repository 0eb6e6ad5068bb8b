// Test support: starts the real truenorth binary on an ephemeral port with a temporary database.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const binary = process.env.TRUENORTH_BIN ?? path.join(repo, 'build/truenorth');

// The servers started so far that are still running: their access cookies let browser contexts in.
const running = new Set();

// A test that failed before its stop() leaves its server running to the end of the run (node --test-force-exit
// ends the run even so), and the server goes with this process.
process.once('exit', () => { for (const server of running) server.proc.kill('SIGKILL'); });

// The access cookie of every running test server, for Playwright's context.addCookies().
export const accessCookies = () => [...running].map((server) => ({
  name: `truenorth-${server.port}`, value: server.token, url: `http://127.0.0.1:${server.port}`,
}));

// Starts truenorth with `args`; resolves to {url, openUrl, token, port, host, dbPath, dir, proc, stop()}
// once it serves. `url` has no token (call() sends it as a Bearer header); `openUrl` is the address it
// printed, with ?token=. A fresh temporary folder holds the database unless `dbPath` is given.
export async function startServer({ args = [], dbPath, env } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'truenorth-test-'));
  const db = dbPath ?? path.join(dir, 'truenorth.db');
  const proc = spawn(binary, ['--port', '0', '--db', db, ...args],
    { stdio: ['ignore', 'pipe', 'pipe'], env: env ? { ...process.env, ...env } : process.env });
  let output = '';
  const openUrl = await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const match = output.match(/Serving:\s+(http:\/\/\S+)/);
      if (match) resolve(match[1]);
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', (chunk) => { output += chunk; });
    proc.on('exit', (code) => reject(new Error(`truenorth exited with ${code}: ${output}`)));
    setTimeout(() => reject(new Error(`truenorth did not start: ${output}`)), 10000).unref();
  });
  const parsed = new URL(openUrl);
  const port = Number(parsed.port);
  const server = {
    url: parsed.origin, openUrl, token: parsed.searchParams.get('token'), port, host: `127.0.0.1:${port}`,
    dbPath: db, dir, proc,
    output: () => output,
    async stop({ keepFiles = false } = {}) {
      running.delete(server);
      if (proc.exitCode === null) {
        const closed = new Promise((resolve) => proc.on('close', resolve));  // exited, all output read
        proc.kill('SIGTERM');
        await closed;
      }
      if (!keepFiles) rmSync(dir, { recursive: true, force: true });
      // In the sanitizer build a report (ASan, UBSan, or LeakSanitizer's at exit) fails the test.
      if (/ERROR: \w+Sanitizer|runtime error: /.test(output)) throw new Error(`truenorth sanitizer report:\n${output}`);
    },
    // kill -9 (no clean shutdown), waiting for the exit so the kernel has dropped the lock on <db>.lock. The
    // database is kept; the temporary folder is removed when the database is not in it (a restart).
    async crash() {
      running.delete(server);
      if (proc.exitCode === null && proc.signalCode === null) {
        const exited = new Promise((resolve) => proc.on('exit', resolve));
        proc.kill('SIGKILL');
        await exited;
      }
      if (dir !== path.dirname(db)) rmSync(dir, { recursive: true, force: true });
    },
  };
  running.add(server);
  proc.on('exit', () => running.delete(server));
  return server;
}

// fetch as browsers send requests: one that went out on a kept-alive connection the server had just
// closed for being idle (its keep-alive time passed while this process was busy, e.g. in execFileSync)
// is sent once more on a new connection. The server never read it, so nothing happens twice.
export async function fetchOnce(url, init) {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (!['UND_ERR_SOCKET', 'ECONNRESET'].includes(error?.cause?.code)) throw error;
    return fetch(url, init);
  }
}

// Calls the JSON API the way the UI does, with the server's access token; resolves to {status, headers,
// body} (body parsed when JSON).
export async function call(server, method, apiPath, body, headers = {}) {
  const init = { method, headers: { 'X-Requested-With': 'truenorth', Authorization: `Bearer ${server.token}`, ...headers } };
  if (body !== undefined) {
    init.headers['Content-Type'] ??= 'application/json';
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  const response = await fetchOnce(server.url + apiPath, init);
  const text = await response.text();
  let parsed = text;
  try { parsed = JSON.parse(text); } catch { /* not JSON: keep the text */ }
  return { status: response.status, headers: response.headers, body: parsed };
}

// call() that fails the test unless the reply's status is `status` (any 2xx when it is not given);
// resolves to the body.
export async function expectReply(server, method, apiPath, body, status) {
  const reply = await call(server, method, apiPath, body);
  const wanted = status === undefined ? reply.status >= 200 && reply.status < 300 : reply.status === status;
  assert.ok(wanted, `${method} ${apiPath}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

// Sends `request` bytes over a raw TCP connection; resolves to the raw response text once the server
// closes the connection or `waitMs` passes after the last byte.
export function rawRequest(port, request, { waitMs = 400 } = {}) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    let timer;
    const finish = () => { socket.destroy(); resolve(data); };
    const arm = () => { clearTimeout(timer); timer = setTimeout(finish, waitMs); };
    socket.on('connect', () => { socket.write(request); arm(); });
    socket.on('data', (chunk) => { data += chunk.toString('latin1'); arm(); });
    socket.on('end', () => { clearTimeout(timer); finish(); });
    socket.on('error', (error) => { clearTimeout(timer); if (data) resolve(data); else reject(error); });
  });
}

// The header line that carries the server's access token, for raw requests.
export const authLine = (server) => `Authorization: Bearer ${server.token}`;

// The status code of the first response in raw HTTP text.
export const statusOf = (raw) => Number(raw.match(/^HTTP\/1\.1 (\d{3})/)?.[1]);

// The JSON body of the first response in raw HTTP text (Content-Length framed).
export function jsonOf(raw) {
  const split = raw.indexOf('\r\n\r\n');
  const length = Number(raw.slice(0, split).match(/Content-Length: (\d+)/i)?.[1] ?? 0);
  return JSON.parse(raw.slice(split + 4, split + 4 + length));
}

// SQLite's verdict on the file at `dbPath` ("ok" when sound), from the sqlite3 command-line tool.
export const integrityCheck = (dbPath) => execFileSync('sqlite3', [dbPath, 'PRAGMA integrity_check'], { encoding: 'utf8' }).trim();
