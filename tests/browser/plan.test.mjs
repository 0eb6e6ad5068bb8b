// Browser tests for the printable pages in headless Chromium: PDFs of one or two pages, nothing to click in
// print, the whole decision matrix on the page, the links to them, and an axe check in light and dark.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fillWorkbook } from '../../bench/workbook_fixture.mjs';
import { axeViolations, launchBrowser, openPage, screenshot } from '../support/browser.mjs';
import { call, startServer } from '../support/server.mjs';

// The page objects of a PDF ("/Type /Page", not the "/Type /Pages" tree nodes) and their sizes in points.
function pdfPages(pdf) {
  const text = pdf.toString('latin1');
  const count = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  return { count, boxes };
}

// The printable width of a landscape Letter page (11 in less 12 mm margins each side), the narrowest of
// landscape A4 and Letter, in CSS pixels.
const LANDSCAPE_WIDTH = Math.floor(11 * 96 - (24 / 25.4) * 96);
const PORTRAIT_WIDTH = Math.floor((210 - 24) / 25.4 * 96);  // A4, the narrower of A4 and Letter

// Form controls, buttons and links-as-buttons that are visible in the page as it is now laid out.
const visibleControls = (page) => page.evaluate(() => [...document.querySelectorAll('input, button, select, textarea, nav')]
  .filter((el) => el.checkVisibility()).map((el) => el.outerHTML.slice(0, 80)));

describe('the printable pages in the browser', () => {
  let server;
  let browser;
  let filled;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    filled = await fillWorkbook(server);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('My plan prints on one or two A4 or Letter pages with the vision and nothing to click', async () => {
    const vision = (await call(server, 'GET', '/api/vision')).body;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/plan`);
    assert.equal(await page.locator('.plan-statement').textContent(), vision.statement);
    assert.equal(await page.evaluate(() => document.compatMode), 'CSS1Compat', 'standards mode');
    assert.ok((await visibleControls(page)).length > 0, 'on screen: the Print button and the way back');
    for (const format of ['A4', 'Letter']) {
      const { count } = pdfPages(await page.pdf({ format }));
      assert.ok(count >= 1 && count <= 2, `${format}: ${count} pages`);
    }
    await page.emulateMedia({ media: 'print' });
    assert.deepEqual(await visibleControls(page), []);
    assert.equal(await page.locator('.plan-statement').isVisible(), true);
    await page.setViewportSize({ width: PORTRAIT_WIDTH, height: 1000 });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= PORTRAIT_WIDTH, 'nothing wider than the page');
    await context.close();
  });

  test('a decision print view keeps the whole 8 x 10 matrix on a landscape page, chart colours included', async () => {
    const decision = (await call(server, 'GET', `/api/decisions/${filled.decisionId}`)).body;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/plan/decisions/${filled.decisionId}`);
    const { count, boxes } = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
    assert.ok(count >= 1 && count <= 2, `${count} pages`);
    assert.ok(boxes.length > 0 && boxes.every((b) => b.width > b.height), `landscape pages: ${JSON.stringify(boxes)}`);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: LANDSCAPE_WIDTH, height: 700 });
    assert.deepEqual(await visibleControls(page), []);
    const fit = await page.evaluate(() => ({
      table: document.querySelector('.plan-matrix').getBoundingClientRect().right,
      page: document.documentElement.scrollWidth,
      headers: [...document.querySelectorAll('.plan-matrix thead tr:first-child th')].map((th) => th.textContent.trim()),
      rows: document.querySelectorAll('.plan-matrix tbody tr').length,
      segment: getComputedStyle(document.querySelector('.plan-legend li:first-child rect')).fill,
      // The decisions page's first criterion colour (web/js/decisions/analysis.js), as the browser resolves it.
      expected: (() => {
        const probe = document.body.appendChild(document.createElement('span'));
        probe.style.color = 'hsl(160 55% 52%)';
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      })(),
      adjust: getComputedStyle(document.querySelector('.plan-matrix')).printColorAdjust,
    }));
    assert.ok(fit.table <= LANDSCAPE_WIDTH && fit.page <= LANDSCAPE_WIDTH, JSON.stringify(fit));
    assert.equal(fit.headers.length, decision.criteria.length + 2);
    decision.criteria.forEach((c, i) => assert.match(fit.headers[i + 1], new RegExp(c.name)));
    assert.equal(fit.rows, decision.options.length);
    assert.equal(fit.segment, fit.expected, 'the first criterion in the decisions page\'s colour');
    assert.equal(fit.adjust, 'exact');
    await context.close();
  });

  test('a 20 x 20 decision still fits the page width in print', async () => {
    const n = 20;
    const created = await call(server, 'POST', '/api/decisions', {
      title: 'Twenty by twenty',
      options: Array.from({ length: n }, (_, i) => ({ name: `A rather long option name ${i + 1}`, description: '' })),
      criteria: Array.from({ length: n }, (_, i) => ({ name: `Criterion with a long name ${i + 1}`, description: '', lower_is_better: false, points: 5, value_id: null })),
      scores: Array.from({ length: n }, (_, o) => Array.from({ length: n }, (__, c) => ({ score: (o + c) % 11, note: '' }))),
      weighting: 'direct', comparisons: [],
    });
    assert.equal(created.status, 201);
    const context = await browser.newContext({ viewport: { width: LANDSCAPE_WIDTH, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/plan/decisions/${created.body.id}`);
    await page.emulateMedia({ media: 'print' });
    const widths = await page.evaluate(() => [document.querySelector('.plan-matrix').getBoundingClientRect().right, document.documentElement.scrollWidth]);
    assert.ok(widths.every((w) => w <= LANDSCAPE_WIDTH), JSON.stringify(widths));
    await screenshot(page, 'plan-decision-20x20-print');
    await context.close();
  });

  test('Home, Goals and the decision page lead to the printable pages, and back', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/`);
    await page.getByRole('link', { name: 'Print my plan' }).click();
    await page.waitForURL(/\/plan$/);
    await page.locator('.plan-statement').waitFor();
    await page.evaluate(() => { window.printCalls = 0; window.print = () => { window.printCalls += 1; }; });
    await page.getByRole('button', { name: 'Print' }).click();
    assert.equal(await page.evaluate(() => window.printCalls), 1);
    await page.getByRole('link', { name: 'Back to True North' }).click();
    await page.waitForSelector('main[aria-busy="false"]');
    assert.equal(new URL(page.url()).pathname, '/');

    await page.goto(`${server.url}/goals`);
    await page.waitForSelector('main[aria-busy="false"]');
    await page.getByRole('link', { name: 'Print my plan' }).click();
    await page.waitForURL(/\/plan$/);

    await page.goto(`${server.url}/decisions/${filled.decisionId}`);
    await page.waitForSelector('main[aria-busy="false"]');
    await page.getByRole('link', { name: 'Print view' }).click();
    await page.waitForURL(new RegExp(`/plan/decisions/${filled.decisionId}$`));
    await page.locator('.plan-matrix').waitFor();
    await page.getByRole('link', { name: 'Back to the decision' }).click();
    await page.waitForURL(new RegExp(`/decisions/${filled.decisionId}$`));
    await page.waitForSelector('main[aria-busy="false"] .dec-header');
    await context.close();
  });

  test('without the access cookie the plan is a page that says how to get in', async () => {
    const context = await browser.newContext({ locked: true });
    const page = await context.newPage();
    const response = await page.goto(`${server.url}/plan`);
    assert.equal(response.status(), 401);
    assert.match(await page.locator('h1').textContent(), /Open True North from its own address/);
    assert.equal(await page.getByText('I lead a calm, capable platform team').count(), 0, 'no private text');
    await context.close();
  });

  for (const scheme of ['light', 'dark']) {
    test(`the printable pages look right and have no axe violations in ${scheme} mode`, async () => {
      const found = [];
      for (const [name, path] of [['plan', '/plan'], ['plan-decision', `/plan/decisions/${filled.decisionId}`]]) {
        for (const width of [1280, 390]) {
          // The check is injected as a script, which the page's CSP rightly forbids; only this test bypasses it.
          const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true, viewport: { width, height: 900 } });
          const page = await context.newPage();
          await page.goto(server.url + path);
          assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= width, `${path} at ${width}`);
          await screenshot(page, `${name}-${width}-${scheme}`);
          const violations = await axeViolations(page);
          found.push(...violations.map((v) => `${path} ${width}: ${v}`));
          await context.close();
        }
      }
      assert.deepEqual(found, []);
    });
  }
});
