// Home bench: Home ready in Chromium on the 100,000-entry journal (bench/journal_db.sh, copied so it stays
// as it is) with the rest of the workbook filled (bench/workbook_fixture.mjs), beside the journal page and
// the minimal static page of bench/page_timing.mjs, all served by the same truenorth, in interleaved
// rounds; then each API reply Home starts from, over HTTP. Prints medians and each page's ratio to the
// static page. Usage: TRUENORTH_BIN=build/truenorth node bench/home_bench.mjs [rounds]
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/support/browser.mjs';
import { binary, call, startServer } from '../tests/support/server.mjs';
import { interleavedPageTimes, median, staticPageWebDir, untilIdle } from './page_timing.mjs';
import { fillWorkbook } from './workbook_fixture.mjs';

const rounds = Number(process.argv[2] ?? 15);
const TARGET_MS = 200;
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Every reply Home's route starts from (web/js/router.js).
const HOME_REPLIES = ['/api/home/next', '/api/vision', '/api/values/core', '/api/alignment/assessments', '/api/journal/cadence',
  '/api/decisions', '/api/initiatives', '/api/people/home', '/api/backups/status'];

const journal = execFileSync(path.join(repo, 'bench/journal_db.sh'), [path.dirname(binary)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
const dbDir = mkdtempSync(path.join(tmpdir(), 'truenorth-home-bench-'));
const dbPath = path.join(dbDir, 'truenorth.db');
copyFileSync(journal, dbPath);
// In WAL mode before the server opens it, as every database truenorth made itself is: a file the server
// switches to WAL has no -wal yet when it notes its files, and its first write is then refused.
execFileSync('sqlite3', [dbPath, 'PRAGMA journal_mode = WAL'], { stdio: 'ignore' });
const webDir = staticPageWebDir();
const server = await startServer({ dbPath, args: ['--web-dir', webDir], env: { TRUENORTH_TODAY: '2026-03-04' } });
const browser = await launchBrowser();
try {
  await fillWorkbook(server);  // its writes wait for the background integrity check of the large file
  await untilIdle(server.proc.pid);  // and the backup made at the start
  const entries = (await call(server, 'GET', '/api/journal/entries?limit=1')).body.next_cursor !== null;
  if (!entries) throw new Error(`${journal} holds no journal entries`);
  const pages = [['static page', '/bench-static.html'], ['Home', '/'], ['Journal', '/journal']];

  const times = await interleavedPageTimes(browser, server.url, pages, rounds);

  const replies = [];
  for (const reply of HOME_REPLIES) {
    const took = [];
    for (let i = 0; i < 30; i += 1) {
      const t = process.hrtime.bigint();
      const { status } = await call(server, 'GET', reply);
      if (status !== 200) throw new Error(`${reply}: ${status}`);
      took.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    replies.push([reply, median(took), Math.max(...took)]);
  }

  const base = median(times.get('static page'));
  console.log(`Home on the 100,000-entry journal and a filled workbook: ready in Chromium (navigation start to main[aria-busy="false"]), median of ${rounds} interleaved rounds`);
  console.log(`  ${'page'.padEnd(14)} ${'median'.padStart(9)} ${'max'.padStart(9)}  ratio to the static page`);
  for (const [name] of pages) {
    const m = median(times.get(name));
    console.log(`  ${name.padEnd(14)} ${`${m.toFixed(1)} ms`.padStart(9)} ${`${Math.max(...times.get(name)).toFixed(1)} ms`.padStart(9)}  ${(m / base).toFixed(2)}x`);
  }
  const home = median(times.get('Home'));
  console.log(`  Home ${home.toFixed(1)} ms (target < ${TARGET_MS} ms) ${home < TARGET_MS ? 'ok' : 'MISSED'}`);
  console.log('  The replies Home starts from (all requested at once by the page), 30 sequential requests each: median, max');
  for (const [reply, m, max] of replies) console.log(`    ${reply.padEnd(28)} ${`${m.toFixed(2)} ms`.padStart(10)} ${`${max.toFixed(2)} ms`.padStart(10)}`);
} finally {
  await browser.close();
  await server.stop();
  rmSync(webDir, { recursive: true, force: true });
  rmSync(dbDir, { recursive: true, force: true });
}
