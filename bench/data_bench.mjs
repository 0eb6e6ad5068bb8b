// Data benchmark on the 100,000-entry journal (bench/journal_db.sh): the time of a backup against
// `sqlite3 DB ".backup FILE"` in the same run (alternating rounds), and GET p99 on another connection while
// a backup runs in the server, against the same GETs on an idle server; the Markdown export (.zip of notes)
// from the command line and over HTTP, its time and peak resident memory (target: under 100 MB, however
// many entries), and the same encrypted. One function per section.
// Usage: TRUENORTH_BIN=build/truenorth node bench/data_bench.mjs [rounds] (BUILD_DIR=build by default)
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/support/server.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 3);
const bin = process.env.TRUENORTH_BIN ?? path.join(repo, 'build/truenorth');
const BACKUP_RATIO_TARGET = 1.25;
const GET_P99_TARGET_MS = 50;

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const median = (xs) => pct(xs, 50);
const ms = (x) => `${x.toFixed(1)} ms`;
const elapsed = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

// Runs a command, failing loudly; gives its run time in ms and its standard output.
function timedRun(command, args) {
  const t0 = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: 'utf8' });
  const time = elapsed(t0);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
  return { time, stdout: result.stdout };
}

// One request on `agent`'s keep-alive connection; resolves to {status, body, ms}.
function request(server, agent, method, apiPath) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const req = http.request(`${server.url}${apiPath}`, {
      method, agent, headers: { Authorization: `Bearer ${server.token}`, 'X-Requested-With': 'truenorth', 'Content-Type': 'application/json' },
    }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode, body, ms: elapsed(t0) }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}

// GETs the first journal page over one keep-alive connection until `done()`; the latencies.
async function readLoop(server, done) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const times = [];
  while (!done()) {
    const reply = await request(server, agent, 'GET', '/api/journal/entries');
    if (reply.status !== 200) throw new Error(`GET: ${reply.status}`);
    times.push(reply.ms);
  }
  agent.destroy();
  return times;
}

// Section: backups. The CLI backup (copy, fsync, integrity check, rename) against sqlite3 .backup of the
// same file, then backups through the running server while another connection reads.
async function backupSection(work) {
  const db = path.join(work, 'truenorth.db');
  const cli = { sqlite: [], total: [], copy: [], check: [] };
  for (let round = 0; round < rounds; round += 1) {
    const sqliteFile = path.join(work, `sqlite-${round}.db`);
    const oursFile = path.join(work, `ours-${round}.db`);
    const both = [
      () => cli.sqlite.push(timedRun('sqlite3', [db, `.backup ${sqliteFile}`]).time),
      () => {
        const run = timedRun(bin, ['backup', '--db', db, oursFile]);
        const [, copy, check] = run.stdout.match(/copied in ([\d.]+) s, checked in ([\d.]+) s/);
        cli.total.push(run.time);
        cli.copy.push(Number(copy) * 1000);
        cli.check.push(Number(check) * 1000);
      },
    ];
    if (round % 2) both.reverse();
    for (const step of both) step();
    rmSync(sqliteFile);
    rmSync(oursFile);
  }

  const server = await startServer({ dbPath: db });
  try {
    // Wait for the start backup and the background integrity check to finish before measuring.
    for (let waited = 0; waited < 120000; waited += 200) {
      const list = JSON.parse((await request(server, undefined, 'GET', '/api/backups/status')).body);
      if (list.last_backup) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    let stopIdle = false;
    setTimeout(() => { stopIdle = true; }, 3000);
    const idle = await readLoop(server, () => stopIdle);
    const during = [];
    const api = { copy: [], check: [], total: [] };
    for (let round = 0; round < rounds; round += 1) {
      let backingUp = true;
      const reads = readLoop(server, () => !backingUp);
      const made = await request(server, new http.Agent(), 'POST', '/api/backups');
      backingUp = false;
      if (made.status !== 201) throw new Error(`POST /api/backups: ${made.status} ${made.body}`);
      const body = JSON.parse(made.body);
      api.copy.push(body.copy_ms);
      api.check.push(body.check_ms);
      api.total.push(made.ms);
      during.push(...await reads);
    }
    const size = statSync(db).size / 1024 / 1024;
    const ratio = median(cli.copy) / median(cli.sqlite);
    return [
      `Backups of the ${size.toFixed(0)} MB database (medians of ${rounds} alternating rounds)`,
      `  sqlite3 DB ".backup FILE"                    ${ms(median(cli.sqlite))}`,
      `  truenorth backup FILE: copy and fsync        ${ms(median(cli.copy))}   ratio ${ratio.toFixed(2)} (target ≤ ${BACKUP_RATIO_TARGET}) ${ratio <= BACKUP_RATIO_TARGET ? 'ok' : 'MISSED'}`,
      `                         + integrity check     ${ms(median(cli.check))}   (total with process start ${ms(median(cli.total))}, ${(median(cli.total) / median(cli.sqlite)).toFixed(2)} x sqlite3)`,
      `  POST /api/backups while serving: copy ${ms(median(api.copy))}, check ${ms(median(api.check))}, reply ${ms(median(api.total))}`,
      `  GET /api/journal/entries p99 during backups  ${ms(pct(during, 99))}   (${during.length} requests; p50 ${ms(median(during))}; target < ${GET_P99_TARGET_MS} ms) ${pct(during, 99) < GET_P99_TARGET_MS ? 'ok' : 'MISSED'}`,
      `  GET /api/journal/entries p99 idle            ${ms(pct(idle, 99))}   (${idle.length} requests; p50 ${ms(median(idle))})`,
    ];
  } finally {
    await server.stop();
  }
}

const MARKDOWN_RSS_TARGET_MB = 100;
const mb = (bytes) => bytes / 1048576;

// Runs truenorth `args` under /usr/bin/time -v (Debian's `time`): {ms, peak} (peak resident set, bytes).
function timedPeak(args, env = process.env) {
  const result = spawnSync('/usr/bin/time', ['-v', bin, ...args], { encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`truenorth ${args.join(' ')}: ${result.stderr}`);
  const wall = result.stderr.match(/Elapsed \(wall clock\) time .*: (?:(\d+):)?(\d+):([\d.]+)/);
  const total = ((Number(wall[1] ?? 0) * 60 + Number(wall[2])) * 60 + Number(wall[3])) * 1000;
  return { ms: total, peak: Number(result.stderr.match(/Maximum resident set size \(kbytes\): (\d+)/)[1]) * 1024 };
}

// GET `apiPath` to /dev/null-like counting; resolves to {ms, bytes}.
function timedDownload(server, apiPath) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    let bytes = 0;
    http.get(`${server.url}${apiPath}`, { headers: { Authorization: `Bearer ${server.token}` } }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`GET ${apiPath}: ${res.statusCode}`));
      res.on('data', (chunk) => { bytes += chunk.length; });
      res.on('end', () => resolve({ ms: elapsed(t0), bytes }));
    }).on('error', reject);
  });
}

async function markdownSection(work) {
  const db = path.join(work, 'truenorth.db');
  const zip = path.join(work, 'notes.zip');
  const verdict = (peak) => (mb(peak) < MARKDOWN_RSS_TARGET_MB ? 'ok' : 'MISSED');
  const cli = timedPeak(['export', '--db', db, '--format', 'markdown', '--output', zip]);
  const size = statSync(zip).size;
  const sealed = timedPeak(['export', '--db', db, '--format', 'markdown', '--encrypt', '--output', `${zip}.enc`],
    { ...process.env, TRUENORTH_PASSPHRASE: 'benchmark passphrase' });
  const server = await startServer({ dbPath: db });
  try {
    const peakOf = () => Number(execFileSync('grep', ['VmHWM', `/proc/${server.proc.pid}/status`], { encoding: 'utf8' }).match(/(\d+)/)[1]) * 1024;
    const before = peakOf();
    const api = await timedDownload(server, '/api/export?format=markdown');
    const peak = peakOf();
    return [
      `Markdown export (.zip of ${(size / 1048576).toFixed(1)} MB)               time      peak RSS (target < ${MARKDOWN_RSS_TARGET_MB} MB)`,
      `  truenorth export --format markdown          ${(cli.ms / 1000).toFixed(2)} s   ${mb(cli.peak).toFixed(1)} MB ${verdict(cli.peak)}`,
      `  ... --encrypt                               ${(sealed.ms / 1000).toFixed(2)} s   ${mb(sealed.peak).toFixed(1)} MB ${verdict(sealed.peak)}`,
      `  GET /api/export?format=markdown (server)    ${(api.ms / 1000).toFixed(2)} s   ${mb(peak).toFixed(1)} MB ${verdict(peak)} (${mb(before).toFixed(1)} MB after start)`,
    ];
  } finally {
    await server.stop();
  }
}

// The sections, in order; each is an async function of the working folder returning lines to print.
const sections = [backupSection, markdownSection];

const source = execFileSync(path.join(repo, 'bench/journal_db.sh'), [process.env.BUILD_DIR ?? path.join(repo, 'build')],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
const work = mkdtempSync(path.join(tmpdir(), 'truenorth-data-bench-'));
try {
  copyFileSync(source, path.join(work, 'truenorth.db'));
  console.log('\nData benchmark on 100,000 journal entries');
  for (const section of sections) console.log((await section(work)).join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
