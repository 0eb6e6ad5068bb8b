// Times the decision page: creates a 20x20 pairwise decision through the API on a server it starts, then
// loads /decisions/<id> in headless Chromium N times and prints median and p95 milliseconds until
// main[aria-busy="false"]. Usage: TRUENORTH_BIN=build/truenorth node bench/decisions_page_bench.mjs [N]
import { launchBrowser } from '../tests/support/browser.mjs';
import { timedContext } from './page_timing.mjs';
import { call, startServer } from '../tests/support/server.mjs';

const runs = Number(process.argv[2] ?? 30);
const size = 20;

function bigDecision() {
  const body = {
    title: 'Benchmark: 20 options, 20 criteria, pairwise',
    options: Array.from({ length: size }, (_, i) => ({ name: `Option ${i + 1}`, description: '' })),
    criteria: Array.from({ length: size }, (_, i) => ({ name: `Criterion ${i + 1}`, lower_is_better: i % 4 === 3, points: 10 })),
    scores: Array.from({ length: size }, (_, o) => Array.from({ length: size }, (_, c) => ({ score: ((o * 7 + c * 3) % 21) / 2, note: c === o ? 'A note' : '' }))),
    weighting: 'pairwise',
    comparisons: [],
  };
  const scale = [-9, -7, -5, -3, -2, 1, 2, 3, 5, 7, 9];
  for (let i = 0; i < size; i += 1) {
    for (let j = i + 1; j < size; j += 1) body.comparisons.push({ first: i, second: j, judgement: scale[(i * 5 + j * 3) % scale.length] });
  }
  return body;
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

const server = await startServer();
const browser = await launchBrowser();
try {
  const created = await call(server, 'POST', '/api/decisions', bigDecision());
  if (created.status !== 201) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
  const { id } = created.body;

  const apiTimes = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await call(server, 'GET', `/api/decisions/${id}`);
    apiTimes.push(performance.now() - start);
  }

  // In the page: the time since navigation start at which main's aria-busy turns "false".
  const context = await timedContext(browser);
  const page = await context.newPage();
  page.on('pageerror', (error) => { throw error; });
  // Loads `url` `runs` times; returns sorted wall times (goto to ready, as the test driver sees them)
  // and sorted in-page times (navigation start to aria-busy="false").
  async function measure(url) {
    await page.goto(url);  // warm-up: module and asset caches
    await page.waitForSelector('main[aria-busy="false"]');
    const wall = [];
    const inPage = [];
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      await page.goto(url);
      await page.waitForSelector('main[aria-busy="false"]');
      wall.push(performance.now() - start);
      inPage.push(await page.evaluate(() => window.__readyAt));
    }
    return { wall: wall.sort((a, b) => a - b), inPage: inPage.sort((a, b) => a - b) };
  }
  const vision = await measure(`${server.url}/vision`);
  const decision = await measure(`${server.url}/decisions/${id}`);
  const cells = await page.locator('.dec-score').count();
  await context.close();

  apiTimes.sort((a, b) => a - b);
  const fmt = (v) => v.toFixed(1);
  const line = (label, t) => `  ${label}: median ${fmt(quantile(t, 0.5))} ms, p95 ${fmt(quantile(t, 0.95))} ms`;
  console.log(`decision page, 20x20 pairwise (${cells} score cells, 190 comparisons), ${runs} loads each`);
  console.log(line(`GET /api/decisions/${id} (whole decision + analysis)`, apiTimes));
  console.log(line('decision page ready, in page (navigation start to main[aria-busy="false"])', decision.inPage));
  console.log(line('decision page ready, as the driver sees it (goto to selector seen)', decision.wall));
  console.log(line('baseline: Vision page ready, in page', vision.inPage));
  console.log('  budget: 300 ms');
} finally {
  await browser.close();
  await server.stop();
}
