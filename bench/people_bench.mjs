// People & learning bench: on a workbook with 10,000 feedback items, 2,000 check-ins and 1,000 learning
// items (bench/people_gen.sql), every list and view of /api/people, /api/feedback and /api/learning over
// HTTP (p50 and p95 of sequential keep-alive requests), and each People page ready in Chromium (median and
// worst of interleaved rounds, measured as bench/pages_bench.mjs does). Prints the figures; targets: every
// endpoint p95 < 10 ms, every page < 300 ms. Usage: TRUENORTH_BIN=build/truenorth node bench/people_bench.mjs [requests] [rounds]
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rankCoreValues } from '../tests/support/core_values.mjs';
import { launchBrowser } from '../tests/support/browser.mjs';
import { call, startServer } from '../tests/support/server.mjs';
import { interleavedPageTimes } from './page_timing.mjs';

const requests = Number(process.argv[2] ?? 200);
const rounds = Number(process.argv[3] ?? 10);
const API_TARGET_MS = 10;
const PAGE_TARGET_MS = 300;
const here = path.dirname(fileURLToPath(import.meta.url));

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

// A workbook with core values, then the generated rows written into its file while no server runs.
async function makeWorkbook() {
  const first = await startServer();
  await rankCoreValues(first);
  await first.stop({ keepFiles: true });
  const started = performance.now();
  execFileSync('sqlite3', [first.dbPath], { input: `.read ${path.join(here, 'people_gen.sql')}\n` });
  console.log(`Generated the workload in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return first.dbPath;
}

async function measureApi(server) {
  const latest = (await call(server, 'GET', '/api/people/check-ins?limit=1')).body.items[0].id;
  const valueId = (await call(server, 'GET', '/api/values/core')).body.items[0].id;
  const paths = [
    '/api/people/home', '/api/people/partners', '/api/people/partners/1', '/api/people/partners/1/preparation',
    '/api/people/check-ins', '/api/people/check-ins?partner_id=3', `/api/people/check-ins/${latest}`, '/api/people/commitments',
    '/api/people/search?q=delegation', '/api/people/search?q=the', '/api/people/search?q=%22growth%20plan%22',
    '/api/feedback', '/api/feedback?source=manager', '/api/feedback?theme=4', `/api/feedback?value=${valueId}`,
    '/api/feedback?points_to=growth', '/api/feedback/values', '/api/feedback/summary', '/api/feedback/themes',
    '/api/feedback/rounds', '/api/feedback/rounds/3', '/api/feedback/5000',
    '/api/learning/items', '/api/learning/items?shelf=done', '/api/learning/items?shelf=in_progress', '/api/learning/items/500',
    '/api/learning/experiments', '/api/learning/starter',
  ];
  console.log(`API over HTTP, ${requests} sequential keep-alive requests each (target p95 < ${API_TARGET_MS} ms)`);
  console.log(`  ${'endpoint'.padEnd(46)} ${'p50'.padStart(8)} ${'p95'.padStart(8)}  bytes`);
  let worst = 0;
  for (const p of paths) {
    const first = await call(server, 'GET', p);
    if (first.status !== 200) throw new Error(`${p}: ${first.status} ${JSON.stringify(first.body).slice(0, 200)}`);
    for (let i = 0; i < 10; i += 1) await call(server, 'GET', p);  // warm-up
    const times = [];
    for (let i = 0; i < requests; i += 1) {
      const t = performance.now();
      await call(server, 'GET', p);
      times.push(performance.now() - t);
    }
    const p95 = pct(times, 95);
    worst = Math.max(worst, p95);
    console.log(`  ${p.padEnd(46)} ${pct(times, 50).toFixed(2).padStart(6)} ms ${p95.toFixed(2).padStart(6)} ms  ${JSON.stringify(first.body).length}${p95 > API_TARGET_MS ? '  over target' : ''}`);
  }
  console.log(`  slowest p95 ${worst.toFixed(2)} ms (target < ${API_TARGET_MS} ms)`);
}

async function measurePages(server) {
  const latest = (await call(server, 'GET', '/api/people/check-ins?limit=1')).body.items[0].id;
  const pages = [
    ['Home', '/'], ['People: check-ins', '/people'], ['Partner', '/people/partners/1'], ['New check-in', '/people/check-ins/new?partner=1'],
    ['Check-in', `/people/check-ins/${latest}`], ['Feedback log', '/people/feedback'], ['Feedback by value', '/people/feedback/values'],
    ['Themes and sources', '/people/feedback/summary'], ['360 rounds', '/people/feedback/rounds'], ['360 round', '/people/feedback/rounds/3'],
    ['Feedback, editing', '/people/feedback/5000'], ['Learning', '/people/learning'], ['Learning item', '/people/learning/500'],
    ['Search', '/people/search?q=delegation'],
  ];
  const browser = await launchBrowser();
  try {
    const times = await interleavedPageTimes(browser, server.url, pages, rounds);
    console.log(`Pages ready in Chromium (navigation start to main[aria-busy="false"]), ${rounds} interleaved rounds (target < ${PAGE_TARGET_MS} ms)`);
    console.log(`  ${'page'.padEnd(22)} ${'median'.padStart(9)} ${'worst'.padStart(9)}`);
    let worst = 0;
    for (const [name] of pages) {
      const xs = times.get(name);
      const max = Math.max(...xs);
      worst = Math.max(worst, max);
      console.log(`  ${name.padEnd(22)} ${`${pct(xs, 50).toFixed(1)} ms`.padStart(9)} ${`${max.toFixed(1)} ms`.padStart(9)}${max > PAGE_TARGET_MS ? '  over target' : ''}`);
    }
    console.log(`  slowest page ${worst.toFixed(1)} ms (target < ${PAGE_TARGET_MS} ms)`);
  } finally {
    await browser.close();
  }
}

const dbPath = await makeWorkbook();
const server = await startServer({ dbPath });
try {
  await measureApi(server);
  await measurePages(server);
} finally {
  await server.stop();
}
