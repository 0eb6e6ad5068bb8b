// Measures the journal on a 100,000-entry database (made by bench/journal_bench.sh): search p95, first
// page of the list, the journal page in Chromium, program start to first answer, and resident memory.
// Usage: TRUENORTH_BIN=build/truenorth node bench/journal_bench.mjs path/to/journal-100k.db
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { launchBrowser } from '../tests/support/browser.mjs';

const db = process.argv[2];
const bin = process.env.TRUENORTH_BIN ?? 'build/truenorth';
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

async function timed(path) {
  const t = process.hrtime.bigint();
  const res = await request(path);
  const elapsed = Number(process.hrtime.bigint() - t) / 1e6;
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${res.body.slice(0, 200)}`);
  return { elapsed, body: res.body };
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

const searchTimes = [];
const perQuery = [];
for (const q of searches) {
  const qs = q.startsWith('q=') ? q : `q=${encodeURIComponent(q)}`;
  const times = [];
  let hits = 0;
  for (let i = 0; i < 25; i += 1) {
    const { elapsed, body } = await timed(`/api/journal/search?${qs}`);
    if (i === 0) hits = JSON.parse(body).items.length;
    else times.push(elapsed);
  }
  searchTimes.push(...times);
  perQuery.push([q, pct(times, 95), hits]);
}
// The second page of a relevance search (cursor) for a common word.
const first = JSON.parse((await timed('/api/journal/search?q=team')).body);
const pageTwo = [];
for (let i = 0; i < 25; i += 1) pageTwo.push((await timed(`/api/journal/search?q=team&cursor=${encodeURIComponent(first.next_cursor)}`)).elapsed);

const listTimes = [];
const perList = [];
for (const l of lists) {
  const times = [];
  for (let i = 0; i < 50; i += 1) times.push((await timed(`/api/journal/entries${l}`)).elapsed);
  listTimes.push(...times);
  perList.push([l || '(no filter)', pct(times, 95)]);
}
const deep = JSON.parse((await timed('/api/journal/entries?limit=100')).body);
const deepTimes = [];
for (let i = 0; i < 50; i += 1) deepTimes.push((await timed(`/api/journal/entries?cursor=${encodeURIComponent(deep.next_cursor)}`)).elapsed);
const other = {};
for (const p of ['/api/journal/cadence', '/api/journal/tags', '/api/journal/earlier', '/api/journal/lessons']) {
  const times = [];
  for (let i = 0; i < 20; i += 1) times.push((await timed(p)).elapsed);
  other[p] = pct(times, 95);
}

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
for (const [q, p95, hits] of perQuery) console.log(`    ${q.padEnd(42)} p95 ${ms(p95).padStart(10)}  ${hits} on page 1`);
console.log(`    second page of "team" (cursor)             p95 ${ms(pct(pageTwo, 95)).padStart(10)}`);
console.log(`  list first page p95                      ${ms(pct(listTimes, 95))}   (p50 ${ms(pct(listTimes, 50))}; target < 5 ms)`);
for (const [l, p95] of perList) console.log(`    ${l.padEnd(42)} p95 ${ms(p95).padStart(10)}`);
console.log(`    page 6 (cursor after 100)                  p95 ${ms(pct(deepTimes, 95)).padStart(10)}`);
for (const [p, t] of Object.entries(other)) console.log(`  ${p.padEnd(40)} p95 ${ms(t)}`);
console.log(`  journal page ready in Chromium           median ${ms(pct(pageTimes, 50))}, max ${ms(Math.max(...pageTimes))} (first load ${ms(pageTimes.first)}; target < 300 ms)`);
console.log(`  program start to first answer            median ${ms(pct(startups, 50))}, max ${ms(Math.max(...startups))} (target < 100 ms)`);
console.log(`  resident memory after the run            ${mem.rss.toFixed(1)} MB (peak ${mem.hwm.toFixed(1)} MB; target < 50 MB)`);
