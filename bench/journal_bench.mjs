// Measures the journal on a 100,000-entry database (made by bench/journal_bench.sh): search p95 and, per
// query, the API beside the raw FTS5 query under it (same MATCH, same filters, the newest 500 ranked, run
// directly with SQLite on the same file by build/journal_search_raw, alternating with the API calls, which
// the same program makes, so both sides are timed by one lean C++ client, as are all the API times), first
// page of the list, the journal page in Chromium, program start to first answer, and resident memory.
// Times are wall-clock medians; "cpu" is the processor time spent (the server's threads from
// /proc/PID/task/*/schedstat, the raw query's own), which a busy machine disturbs less.
// Usage: TRUENORTH_BIN=build/truenorth [SEARCH_RAW_BIN=build/journal_search_raw] node bench/journal_bench.mjs DB
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import http from 'node:http';
import { launchBrowser } from '../tests/support/browser.mjs';

const db = process.argv[2];
const bin = process.env.TRUENORTH_BIN ?? 'build/truenorth';
const rawBin = process.env.SEARCH_RAW_BIN ?? join(dirname(bin), 'journal_search_raw');
const port = 18000 + Math.floor(Math.random() * 2000);
const base = `http://127.0.0.1:${port}`;
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
// The access token truenorth keeps beside the database (created at its first start).
const token = () => { try { return readFileSync(`${db}.token`, 'utf8').trim(); } catch { return ''; } };

function request(path) {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}${path}`, { agent, headers: { Authorization: `Bearer ${token()}` } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', reject);
  });
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const ms = (x) => `${x.toFixed(2)} ms`;

// The parsed JSON reply to GET `path` (for its content: times come from apiRun's client).
async function getJson(path) {
  const res = await request(path);
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${res.body.slice(0, 200)}`);
  return JSON.parse(res.body);
}

// Starts truenorth and resolves once /api/health answers, with the time from spawn to that answer.
async function start() {
  const t0 = process.hrtime.bigint();
  const proc = spawn(bin, ['--port', String(port), '--db', db], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, TRUENORTH_TODAY: '2026-03-04' } });
  for (;;) {
    try {
      const res = await new Promise((resolve, reject) => {
        http.get(`${base}/api/health`, { headers: { Authorization: `Bearer ${token()}` } },
          (r) => { r.resume(); r.on('end', () => resolve(r.statusCode)); }).on('error', reject);
      });
      if (res === 200) break;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 1));
  }
  return { proc, startup: Number(process.hrtime.bigint() - t0) / 1e6 };
}

async function stop(proc) {
  const exited = new Promise((r) => proc.on('exit', r));
  proc.kill('SIGTERM');
  await exited;
}

const rssOf = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(status.match(new RegExp(`${name}:\\s+(\\d+)`))[1]);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
};

const searches = [
  'team', 'feedback', 'delegation', 'boundary', 'mentor', 'deleg', 'feed', 'bound', 'cafe', 'zurich',
  'team feedback', 'calm morning', '"the team"', '"next week"', 'kalomi', 'renvel', 'torsa', 'promotion interview',
  'q=growth&kind=weekly', 'q=team&tag=work', 'q=energy&mood=3', 'q=project&from=2020-01-01&to=2020-12-31',
  'q=team&sort=newest', 'q=feedback&sort=newest&kind=free', 'd"unbalanced quote', 'NEAR(x y) AND',
];
const lists = ['', '?kind=weekly', '?tag=work', '?mood=4', '?from=2010-01-01&to=2010-12-31'];

const startups = [];
let server = await start();  // warm the page cache once
await stop(server.proc);
for (let i = 0; i < 5; i += 1) {
  server = await start();
  startups.push(server.startup);
  if (i < 4) await stop(server.proc);
}
const { proc } = server;

// Processor time used so far by every thread of process `pid`, in ms (the first field of schedstat, in ns).
const cpuOf = (pid) => readdirSync(`/proc/${pid}/task`).reduce(
  (sum, tid) => sum + Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6, 0);

// The integrity check of the (large) file runs in the background after the start; measuring waits until
// the server is idle (under 1 ms of processor time in 200 ms), so the check does not count as search time.
for (let before = cpuOf(proc.pid); ; ) {
  await new Promise((r) => setTimeout(r, 200));
  const now = cpuOf(proc.pid);
  if (now - before < 1) break;
  before = now;
}

// The raw query beside the API: build/journal_search_raw holds its own read-only connection to the file,
// and times the API's searches from the same lean client (see apiRun).
const raw = spawn(rawBin, [db, String(port), token()], { stdio: ['pipe', 'pipe', 'inherit'] });
const rawLines = createInterface({ input: raw.stdout })[Symbol.asyncIterator]();
async function rawRun(sql, match) {
  raw.stdin.write(`${sql}\t${match}\n`);
  const { value } = await rawLines.next();
  const [wall, cpu, rows] = value.split(' ');
  if (wall === 'error') throw new Error(`raw query failed: ${value}\n${sql}`);
  return { elapsed: Number(wall) / 1000, cpu: Number(cpu) / 1000, rows: Number(rows) };
}
// GETs `path` from journal_search_raw's C++ client (one keep-alive connection); resolves to its time in ms.
async function apiRun(path) {
  raw.stdin.write(`GET ${path}\n`);
  const { value } = await rawLines.next();
  const [wall, status] = value.split(' ');
  if (status !== '200') throw new Error(`${path}: ${value}`);
  return Number(wall) / 1000;
}

// The FTS5 query that answers search parameters `params` (the first page of 20 and whether more follow):
// the same MATCH (with the tag narrowing), the newest 500 ranked by the same bm25 weights (or the newest
// 21), dates as rowid ranges (rowid = days since 1900 << 32 + id), entries in the trash left out, and the
// entry's row read only for what the index does not hold (kind, mood, the exact tag).
const ftsKey = (dateSql, idSql) => `((CAST(julianday(${dateSql}) - 2415020.5 AS INTEGER) << 32) + ${idSql})`;
const id = '(journal_fts.rowid & 4294967295)';
function rawSearch(params, ftsQuery) {
  const where = ['journal_fts MATCH ?1', `journal_fts.rowid NOT IN (SELECT ${ftsKey('entry_date', 'id')} FROM journal_entries WHERE deleted_at IS NOT NULL)`];
  const tag = params.get('tag');
  const entry = params.get('kind') || params.get('mood');
  if (params.get('kind')) where.push(`e.kind = '${params.get('kind')}'`);
  if (params.get('mood')) where.push(`e.mood = ${Number(params.get('mood'))}`);
  if (tag) where.push(`EXISTS (SELECT 1 FROM journal_entry_tags t WHERE t.entry_id = ${id} AND t.tag = '${tag}')`);
  if (params.get('from')) where.push(`journal_fts.rowid >= ${ftsKey(`'${params.get('from')}'`, 0)}`);
  if (params.get('to')) where.push(`journal_fts.rowid <= ${ftsKey(`'${params.get('to')}'`, 4294967295)}`);
  const from = `FROM journal_fts${entry ? ` JOIN journal_entries e ON e.id = ${id}` : ''} WHERE ${where.join(' AND ')}`;
  const sql = params.get('sort') === 'newest'
    ? `SELECT journal_fts.rowid ${from} ORDER BY journal_fts.rowid DESC LIMIT 21`
    : `SELECT key, score FROM (SELECT journal_fts.rowid AS key, ${id} AS id, bm25(journal_fts, 8.0, 1.0, 1.0, 2.0) AS score ${from} ORDER BY journal_fts.rowid DESC LIMIT 500) ORDER BY score, id LIMIT 21`;
  return { sql, match: tag ? `(${ftsQuery}) AND tags : "${tag}"` : ftsQuery };
}

const searchTimes = [];
const perQuery = [];
for (const q of searches) {
  const qs = q.startsWith('q=') ? q : `q=${encodeURIComponent(q)}`;
  const first = await getJson(`/api/journal/search?${qs}`);
  const { sql, match } = rawSearch(new URLSearchParams(qs), first.query);
  const check = await rawRun(sql, match);  // the same query: as many rows as the API's page and its "more"
  if (first.query && check.rows !== first.items.length + (first.next_cursor ? 1 : 0)) {
    throw new Error(`${q}: the raw query found ${check.rows} rows, the API ${first.items.length} and more: ${!!first.next_cursor}`);
  }
  const api = [], apiCpu = [], direct = [], directCpu = [], trip = [];
  for (let i = 0; i < 25; i += 1) {  // alternating, so a busy moment hits both sides alike
    const cpu = cpuOf(proc.pid);
    api.push(await apiRun(`/api/journal/search?${qs}`));
    apiCpu.push(cpuOf(proc.pid) - cpu);
    const r = await rawRun(sql, match);
    direct.push(r.elapsed);
    directCpu.push(r.cpu);
    trip.push(await apiRun('/api/health'));
  }
  searchTimes.push(...api);
  perQuery.push({ q, p95: pct(api, 95), hits: first.items.length, api: pct(api, 50), raw: pct(direct, 50),
    apiCpu: pct(apiCpu, 50), rawCpu: pct(directCpu, 50), trip: pct(trip, 50) });
}
// The second page of a relevance search (cursor) for a common word.
const first = await getJson('/api/journal/search?q=team');
const pageTwo = [];
for (let i = 0; i < 25; i += 1) pageTwo.push(await apiRun(`/api/journal/search?q=team&cursor=${encodeURIComponent(first.next_cursor)}`));

const listTimes = [];
const perList = [];
for (const l of lists) {
  const times = [];
  for (let i = 0; i < 50; i += 1) times.push(await apiRun(`/api/journal/entries${l}`));
  listTimes.push(...times);
  perList.push([l || '(no filter)', pct(times, 95)]);
}
const deep = await getJson('/api/journal/entries?limit=100');
const deepTimes = [];
for (let i = 0; i < 50; i += 1) deepTimes.push(await apiRun(`/api/journal/entries?cursor=${encodeURIComponent(deep.next_cursor)}`));
const other = {};
for (const p of ['/api/journal/cadence', '/api/journal/tags', '/api/journal/earlier', '/api/journal/lessons']) {
  const times = [];
  for (let i = 0; i < 20; i += 1) times.push(await apiRun(p));
  other[p] = pct(times, 95);
}
raw.stdin.end();

const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.addCookies([{ name: `truenorth-${port}`, value: token(), url: base }]);
const page = await context.newPage();
const pageTimes = [];
for (let i = 0; i < 11; i += 1) {
  await page.goto(`${base}/journal`);
  await page.waitForSelector('main[aria-busy="false"] .journal-entry-item');
  const t = await page.evaluate(() => performance.now());
  if (i > 0) pageTimes.push(t);  // the first load also compiles the modules: reported separately
  else pageTimes.first = t;
}
await browser.close();
const mem = rssOf(proc.pid);
await stop(proc);

console.log('\nJournal benchmark on 100,000 entries (sequential requests over one keep-alive connection)');
console.log(`  search p95 (all ${searches.length} queries)        ${ms(pct(searchTimes, 95))}   (p50 ${ms(pct(searchTimes, 50))}; target < 20 ms)`);
console.log('    per query, medians of 25: API beside the raw FTS5 query (same MATCH, newest 500 ranked), target API <= 1.3 x raw');
console.log('    ("+ trip": the raw query plus an empty round trip, GET /api/health, measured alongside: no server can beat it)');
console.log(`    ${'query'.padEnd(40)} ${'API p95'.padStart(9)} ${'API'.padStart(9)} ${'raw'.padStart(9)} ratio ${'+ trip'.padStart(9)} ratio ${'API cpu'.padStart(9)} ${'raw cpu'.padStart(9)} ratio  hits`);
const ratio = (a, b) => (a / b).toFixed(2).padStart(5);
const num = (x) => x.toFixed(2).padStart(9);
for (const r of perQuery) {
  console.log(`    ${r.q.padEnd(40)} ${num(r.p95)} ${num(r.api)} ${num(r.raw)} ${ratio(r.api, r.raw)} ${num(r.raw + r.trip)} ${ratio(r.api, r.raw + r.trip)} ${num(r.apiCpu)} ${num(r.rawCpu)} ${ratio(r.apiCpu, r.rawCpu)}  ${r.hits}`);
}
console.log(`    second page of "team" (cursor)             p95 ${ms(pct(pageTwo, 95)).padStart(10)}`);
console.log(`  list first page p95                      ${ms(pct(listTimes, 95))}   (p50 ${ms(pct(listTimes, 50))}; target < 5 ms)`);
for (const [l, p95] of perList) console.log(`    ${l.padEnd(42)} p95 ${ms(p95).padStart(10)}`);
console.log(`    page 6 (cursor after 100)                  p95 ${ms(pct(deepTimes, 95)).padStart(10)}`);
for (const [p, t] of Object.entries(other)) console.log(`  ${p.padEnd(40)} p95 ${ms(t)}`);
console.log(`  journal page ready in Chromium           median ${ms(pct(pageTimes, 50))}, max ${ms(Math.max(...pageTimes))} (first load ${ms(pageTimes.first)}; target < 300 ms)`);
console.log(`  program start to first answer            median ${ms(pct(startups, 50))}, max ${ms(Math.max(...startups))} (target < 100 ms)`);
console.log(`  resident memory after the run            ${mem.rss.toFixed(1)} MB (peak ${mem.hwm.toFixed(1)} MB; target < 50 MB)`);
