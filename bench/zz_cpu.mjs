import { launchBrowser } from '../tests/support/browser.mjs';
import { staticPageWebDir, timedContext } from './page_timing.mjs';
import { startServer } from '../tests/support/server.mjs';
import { fillWorkbook } from './workbook_fixture.mjs';
const webDir = staticPageWebDir(process.env.UI_DIR ?? '/work/main/web');
const server = await startServer({ args: ['--web-dir', webDir] });
const browser = await launchBrowser();
const { decisionId, entryId } = await fillWorkbook(server);
const context = await timedContext(browser);
const page = await context.newPage();
const u = process.argv[2].replace('ENTRY', entryId).replace('DECISION', decisionId);
for (let r = 0; r < 3; r++) { await page.goto(server.url + u); await page.waitForSelector('main[aria-busy="false"]'); }
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const self = new Map(); const incl = new Map(); const R = 6;
for (let r = 0; r < R; r++) {
  await page.goto(server.url + '/bench-static.html'); await page.waitForSelector('main[aria-busy="false"]');
  await cdp.send('Profiler.start');
  await page.goto(server.url + u); await page.waitForSelector('main[aria-busy="false"]');
  const { profile } = await cdp.send('Profiler.stop');
  const cnt = new Map(); for (const id of profile.samples) cnt.set(id, (cnt.get(id) ?? 0) + 1);
  const iv = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const name = (n) => { const f = n.callFrame; return `${f.functionName || '(anon)'} ${f.url.replace(/.*\/js\//, '')}:${f.lineNumber + 1}`; };
  const tot = (n) => { let t = (cnt.get(n.id) ?? 0) * iv; for (const c of n.children ?? []) t += tot(byId.get(c)); n.t = t; return t; };
  tot(profile.nodes[0]);
  // inclusive per name, counting each name once per stack path
  const walk = (n, seen) => { const k = name(n); if (!seen.has(k)) incl.set(k, (incl.get(k) ?? 0) + n.t / R); const s2 = new Set(seen); s2.add(k); for (const c of n.children ?? []) walk(byId.get(c), s2); self.set(k, (self.get(k) ?? 0) + (cnt.get(n.id) ?? 0) * iv / R); };
  walk(profile.nodes[0], new Set());
}
console.log('inclusive (js files):');
console.log([...incl.entries()].filter(([k]) => /\.js:/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(2).padStart(7)} ms  ${k}`).join('\n'));
console.log('self top:');
console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${v.toFixed(2).padStart(7)} ms  ${k}`).join('\n'));
await browser.close(); await server.stop();
