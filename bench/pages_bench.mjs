// Page bench: every app page against a minimal static page (HTML, one stylesheet, one module that fetches
// one JSON and renders it), served by the same truenorth from a temporary --web-dir copy of the built UI
// (build/ui: web/ with its modules bundled into one script, as the binary serves it), on a filled workbook
// (bench/workbook_fixture.mjs). Loads the pages in interleaved rounds in headless Chromium and prints each
// page's median time from navigation start to main[aria-busy="false"] and its ratio to the static page,
// loaded just before it in each round.
// Usage: TRUENORTH_BIN=build/truenorth node bench/pages_bench.mjs [rounds]
// (UI_DIR=path measures another UI folder than the built one, e.g. web/ itself or an older build, against
// the same static page).
import { rmSync } from 'node:fs';
import { launchBrowser } from '../tests/support/browser.mjs';
import { loadUntilReady, median, staticPageWebDir, timedContext } from './page_timing.mjs';
import { startServer } from '../tests/support/server.mjs';
import { everyPage, fillWorkbook } from './workbook_fixture.mjs';

const rounds = Number(process.argv[2] ?? 15);
const TARGET = 1.3;

const webDir = staticPageWebDir(process.env.UI_DIR);

const server = await startServer({ args: ['--web-dir', webDir] });
const browser = await launchBrowser();
try {
  const pages = [['static page', '/bench-static.html'], ...everyPage(await fillWorkbook(server))];

  // In the page: the time since navigation start at which main's aria-busy turns "false".
  const context = await timedContext(browser);
  const page = await context.newPage();
  page.on('pageerror', (error) => { throw error; });
  page.on('dialog', (dialog) => dialog.dismiss());
  // Loads `url`; gives the ready time, the modules the browser found only by import (not preloaded
  // from index.html or the route table: each is a waterfall step) and the API requests made before ready
  // (those whose replies did not come inside the page's HTML).
  async function load(url) {
    const ready = await loadUntilReady(page, server.url + url);
    return page.evaluate((readyAt) => {
      const preloaded = new Set([...document.querySelectorAll('link[rel="modulepreload"], script[src]')].map((el) => new URL(el.href ?? el.src, location.href).pathname));
      const resources = performance.getEntriesByType('resource');
      return {
        ready: readyAt,
        late: resources.map((e) => new URL(e.name).pathname).filter((file) => file.endsWith('.js') && !preloaded.has(file)),
        requests: resources.filter((e) => new URL(e.name).pathname.startsWith('/api/') && e.startTime < readyAt).length,
      };
    }, ready);
  }

  // Each app page is loaded right after the static page, and its ratio is the median of those pairs: a slow
  // spell of the host (they last seconds here) then slows both loads of a pair rather than one page. Both
  // loads of a pair follow the static page (a load's time includes taking down the page before it, up to
  // 7 ms for a large one), so an unmeasured load of it comes first.
  const times = new Map(pages.map(([name]) => [name, []]));
  const ratios = new Map(pages.map(([name]) => [name, []]));
  const late = new Map(pages.map(([name]) => [name, new Set()]));
  const requests = new Map(pages.map(([name]) => [name, []]));
  const [[staticName, staticUrl], ...appPages] = pages;
  for (const [, url] of pages) await load(url);  // warm-up: compiled code and the server's page cache
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, url] of appPages) {
      await load(staticUrl);
      const base = await load(staticUrl);
      const result = await load(url);
      times.get(staticName).push(base.ready);
      requests.get(staticName).push(base.requests);
      times.get(name).push(result.ready);
      ratios.get(name).push(result.ready / base.ready);
      for (const file of result.late) late.get(name).add(file);
      requests.get(name).push(result.requests);
    }
  }
  await context.close();

  console.log(`Pages ready in Chromium (navigation start to main[aria-busy="false"]), ${rounds} rounds, filled workbook;`);
  console.log('ratio: the median over the rounds of the page\'s time over the static page\'s load just before it');
  console.log(`  ${'page'.padEnd(28)} ${'median'.padStart(9)}  API requests  ratio`);
  let worst = 0;
  for (const [name] of pages) {
    const m = median(times.get(name));
    const ratio = name === staticName ? 1 : median(ratios.get(name));
    worst = Math.max(worst, ratio);
    const found = [...late.get(name)];
    console.log(`  ${name.padEnd(28)} ${`${m.toFixed(1)} ms`.padStart(9)}  ${String(median(requests.get(name))).padStart(12)}  ${ratio.toFixed(2)}x${ratio > TARGET ? '  over target' : ''}${found.length ? `  (found late: ${found.join(' ')})` : ''}`);
  }
  console.log(`  slowest page ${worst.toFixed(2)}x the static page (target ≤ ${TARGET}x)`);
} finally {
  await browser.close();
  await server.stop();
  rmSync(webDir, { recursive: true, force: true });
}
