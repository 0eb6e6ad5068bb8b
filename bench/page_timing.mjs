// Bench support: a browser context whose pages record when they are ready (main[aria-busy="false"]), the
// minimal static page the app's pages are measured against, the median, and waiting for a quiet server.
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { binary } from '../tests/support/server.mjs';

// The static page: the same shell elements as index.html, app.css, and one module with one fetch, its
// files loaded from the same versioned folder as the app's ({{assets}}, filled in by the server).
const STATIC_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Static page</title>
  <link rel="stylesheet" href="{{assets}}/css/app.css">
  <script type="module" src="{{assets}}/bench-static.js"></script>
</head>
<body>
  <main id="main" tabindex="-1" aria-busy="true"><p class="loading">Loading…</p></main>
</body>
</html>
`;
const STATIC_JS = `// The static page's one module: fetches the vision and shows its statement.
const main = document.getElementById('main');
const vision = await (await fetch('/api/vision', { headers: { Accept: 'application/json' } })).json();
const card = document.createElement('section');
card.className = 'card';
const h1 = document.createElement('h1');
h1.textContent = 'Vision';
const p = document.createElement('p');
p.className = 'statement';
p.textContent = vision.statement;
card.append(h1, p);
main.replaceChildren(card);
main.setAttribute('aria-busy', 'false');
`;

// The UI as the binary serves it (its modules bundled into one script): ui/ in the binary's build folder.
export const builtUiDir = path.join(path.dirname(binary), 'ui');

// A temporary copy of the UI folder `uiDir` (by default the built UI) with the static page added as
// /bench-static.html, for truenorth --web-dir. The caller removes it.
export function staticPageWebDir(uiDir = builtUiDir) {
  const webDir = mkdtempSync(path.join(tmpdir(), 'truenorth-pages-bench-'));
  cpSync(uiDir, webDir, { recursive: true });
  writeFileSync(path.join(webDir, 'bench-static.html'), STATIC_HTML);
  writeFileSync(path.join(webDir, 'bench-static.js'), STATIC_JS);
  return webDir;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const readyWaiters = new WeakMap();  // page -> resolves the load under way with its ready time

// Pages opened in the context record window.__readyAt: milliseconds since navigation start at which
// main's aria-busy turned "false"; they also report it to loadUntilReady.
export async function timedContext(browser, options = { viewport: { width: 1280, height: 900 } }) {
  const context = await browser.newContext(options);
  await context.exposeBinding('__benchReady', ({ page }, at) => readyWaiters.get(page)?.(at));
  await context.addInitScript(() => {
    new MutationObserver((records, observer) => {
      for (const r of records) {
        if (r.target.id === 'main' && r.target.getAttribute('aria-busy') === 'false') {
          window.__readyAt = performance.now();
          observer.disconnect();
          window.__benchReady(window.__readyAt);
        }
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  });
  return context;
}

// Opens `url` in `page` (of a timedContext); resolves to its ready time (ms since navigation start) as the
// page reports it. Nothing of the driver runs in the page meanwhile: waiting with page.waitForSelector
// would evaluate Playwright's selector engine there (about 10 ms of the page's main thread, traced) while
// the app's modules are still running, a cost no user has.
export async function loadUntilReady(page, url) {
  const ready = new Promise((resolve) => readyWaiters.set(page, resolve));
  await page.goto(url, { waitUntil: 'commit' });
  return ready;
}

// Resolves once process `pid` is idle: under 1 ms of processor time (all its threads) in 200 ms, so a
// background integrity check or backup of a large file is not measured as page time.
export async function untilIdle(pid) {
  const cpu = () => readdirSync(`/proc/${pid}/task`).reduce(
    (sum, tid) => sum + Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6, 0);
  for (let before = cpu(); ;) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = cpu();
    if (now - before < 1) return;
    before = now;
  }
}

// Loads each of `pages` ([name, path] pairs, paths on `baseUrl`) once to warm up, then `rounds` times in
// turn in one tab of `browser`; resolves to a Map of name -> ready times (ms since navigation start).
export async function interleavedPageTimes(browser, baseUrl, pages, rounds) {
  const context = await timedContext(browser);
  const page = await context.newPage();
  page.on('pageerror', (error) => { throw error; });
  const load = (url) => loadUntilReady(page, baseUrl + url);
  const times = new Map(pages.map(([name]) => [name, []]));
  for (const [, url] of pages) await load(url);  // warm-up: compiled code and the server's page cache
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, url] of pages) times.get(name).push(await load(url));
  }
  await context.close();
  return times;
}
