// Export and import of the JSON archive on the 100,000-entry journal (bench/journal_db.sh): time and peak
// resident memory of `truenorth export` and `truenorth import` (from /usr/bin/time -v, Debian's `time`
// package) and of GET /api/export and POST /api/import (the server's VmHWM from /proc). Target: peak RSS
// under 100 MB for each. Usage: node bench/archive_bench.mjs [build-dir]
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = path.resolve(process.argv[2] ?? path.join(repo, 'build'));
const bin = path.join(build, 'truenorth');
if (!existsSync(bin)) throw new Error(`${bin} not found; build first (cmake --build ${build} --target truenorth)`);
if (!existsSync('/usr/bin/time')) throw new Error('archive_bench needs /usr/bin/time (apt-get install time)');
process.env.TRUENORTH_BIN = bin;
const { startServer } = await import('../tests/support/server.mjs');

const db = execFileSync(path.join(repo, 'bench/journal_db.sh'), [build], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
const work = mkdtempSync(path.join(tmpdir(), 'truenorth-archive-bench-'));
const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

// Runs truenorth with `args` under /usr/bin/time -v: {ms, peak} (peak resident set in bytes).
function timedCommand(args) {
  const result = spawnSync('/usr/bin/time', ['-v', bin, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`truenorth ${args.join(' ')}: ${result.stderr}`);
  const wall = result.stderr.match(/Elapsed \(wall clock\) time .*: (?:(\d+):)?(\d+):([\d.]+)/);
  const ms = ((Number(wall[1] ?? 0) * 60 + Number(wall[2])) * 60 + Number(wall[3])) * 1000;
  const peak = Number(result.stderr.match(/Maximum resident set size \(kbytes\): (\d+)/)[1]) * 1024;
  return { ms, peak };
}

// The peak resident set (VmHWM) of process `pid` so far, in bytes.
const peakOf = (pid) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)[1]) * 1024;

// Sends one request with the server's token, streaming the file `body` as its body when given, and saves
// the reply's body to `saveTo` (default /dev/null); resolves once the whole reply arrived.
function request(server, method, apiPath, { body, saveTo = '/dev/null' } = {}) {
  return new Promise((resolve, reject) => {
    const headers = { Authorization: `Bearer ${server.token}`, 'X-Requested-With': 'truenorth' };
    if (body) Object.assign(headers, { 'Content-Type': 'application/json', 'Content-Length': statSync(body).size });
    const req = http.request(`${server.url}${apiPath}`, { method, headers }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`${method} ${apiPath}: ${res.statusCode}`));
      pipeline(res, createWriteStream(saveTo)).then(resolve, reject);
    });
    req.on('error', reject);
    if (body) createReadStream(body).pipe(req);
    else req.end();
  });
}

// Times one API call on a server started on `dbPath`; {ms, peak, before} (the server's peak RSS after
// starting, and after the call).
async function timedRequest(dbPath, method, apiPath, options) {
  const server = await startServer({ dbPath });
  try {
    const before = peakOf(server.proc.pid);
    const start = process.hrtime.bigint();
    await request(server, method, apiPath, options);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    return { ms, peak: peakOf(server.proc.pid), before };
  } finally {
    await server.stop();
  }
}

try {
  const cliArchive = path.join(work, 'cli.json');
  timedCommand(['export', '--db', db, '--output', cliArchive]);  // warms the page cache
  const cliExport = timedCommand(['export', '--db', db, '--output', cliArchive]);
  const cliImport = timedCommand(['import', '--db', path.join(work, 'cli-import.db'), cliArchive]);
  const apiArchive = path.join(work, 'api.json');
  const apiExport = await timedRequest(db, 'GET', '/api/export', { saveTo: apiArchive });
  const apiImport = await timedRequest(path.join(work, 'api-import.db'), 'POST', '/api/import', { body: apiArchive });
  const entries = JSON.parse(execFileSync('sqlite3', ['-json', path.join(work, 'api-import.db'),
    'SELECT count(*) AS n FROM journal_entries'], { encoding: 'utf8' }))[0].n;

  console.log(`Archive of ${entries.toLocaleString('en')} journal entries: ${mb(statSync(cliArchive).size)} ` +
    `(database ${mb(statSync(db).size)})`);
  console.log('                               time      peak RSS   (target < 100 MB)');
  const line = (what, { ms, peak }, note = '') => console.log(`  ${what.padEnd(28)} ${seconds(ms).padStart(8)}  ${mb(peak).padStart(9)}${note}`);
  line('truenorth export', cliExport);
  line('truenorth import', cliImport);
  line('GET /api/export (server)', apiExport, `   (${mb(apiExport.before)} after start)`);
  line('POST /api/import (server)', apiImport, `   (${mb(apiImport.before)} after start; upload included)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
