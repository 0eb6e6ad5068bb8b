// A page's HTML carries its module stylesheets and the replies to its first API requests
// (web/page-data.json): the replies only for a browser that may read the workbook, written so that no text
// in them can end their <script> element.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { pageDataFile, pageDataText } from '../../scripts/page_data.mjs';
import { call, expectReply, startServer } from '../support/server.mjs';

// The page at `address` as the browser gets it, with the access cookie when `withCookie`:
// {status, cacheControl, html, data} where data is what the #page-data element holds, parsed.
async function loadPage(server, address, { withCookie = true } = {}) {
  const headers = withCookie ? { Cookie: `truenorth-${server.port}=${server.token}` } : {};
  const reply = await fetch(`${server.url}${address}`, { headers });
  const html = await reply.text();
  const text = html.match(/<script type="application\/json" id="page-data">([^<]*)<\/script>/)?.[1];
  assert.ok(text !== undefined, `${address} has its #page-data element`);
  return { status: reply.status, cacheControl: reply.headers.get('cache-control'), html, data: JSON.parse(text) };
}

test('web/page-data.json is what scripts/page_data.mjs makes from the route table (run it after changing web/js/router.js)', async () => {
  assert.equal(readFileSync(pageDataFile, 'utf8'), await pageDataText());
});

describe('a full load of a page', () => {
  let server;
  let decisionId;
  before(async () => {
    server = await startServer();
    await expectReply(server, 'PUT', '/api/vision', {
      statement: 'Calm </script><script>alert(1)</script> & <b>bold</b>', organisation: 'Acme', mission: 'Less drudgery.',
      current_position: 'Engineer', future_position: 'Manager', horizon_years: 5, version: 0,
    });
    decisionId = (await expectReply(server, 'POST', '/api/decisions', { title: 'Which team?' })).id;
  });
  after(async () => { await server.stop(); });

  test('carries the replies of the page\'s first requests, equal to the API\'s own, and is never kept', async () => {
    const page = await loadPage(server, '/');
    assert.equal(page.cacheControl, 'no-store');
    const want = JSON.parse(readFileSync(pageDataFile, 'utf8')).find((entry) => entry.page === '/').requests;
    assert.deepEqual(Object.keys(page.data.replies).sort(), [...want].sort());
    for (const path of want) {
      const own = await call(server, 'GET', path);
      assert.deepEqual(page.data.replies[path], { status: own.status, body: own.body }, path);
    }
    assert.equal(page.data.workbook, (await fetch(`${server.url}/api/health`, { headers: { Authorization: `Bearer ${server.token}` } }))
      .headers.get('x-truenorth-workbook'));
  });

  test('fills in the page\'s own record, and carries an error reply as it is', async () => {
    const decision = await loadPage(server, `/decisions/${decisionId}`);
    assert.equal(decision.data.replies[`/api/decisions/${decisionId}`].body.title, 'Which team?');
    const missing = await loadPage(server, '/decisions/999999');
    assert.equal(missing.data.replies['/api/decisions/999999'].status, 404);
    assert.equal(missing.data.replies['/api/decisions/999999'].body.error.code, 'not_found');
    // A segment goes on as the UI sends it: decoded, then percent-encoded again.
    const odd = await loadPage(server, '/decisions/a%20b%2F');
    assert.deepEqual(Object.keys(odd.data.replies).sort(), ['/api/decisions/a%20b%2F', '/api/values/core']);
  });

  test('writes user text so that it cannot end the element', async () => {
    const page = await loadPage(server, '/vision');
    assert.equal(page.data.replies['/api/vision'].body.statement, 'Calm </script><script>alert(1)</script> & <b>bold</b>');
    assert.ok(!page.html.includes('<script>alert(1)'));
    assert.ok(!page.html.includes('<b>bold'));
  });

  test('names the page\'s module stylesheets after app.css, with or without the cookie or a query', async () => {
    const sheets = (html) => [...html.matchAll(/<link rel="stylesheet" href="\/assets\/[0-9a-f]{16}\/css\/([a-z]+)\.css"/g)].map((m) => m[1]);
    const want = (page) => JSON.parse(readFileSync(pageDataFile, 'utf8')).find((entry) => entry.page === page).styles;
    assert.deepEqual(want('/journal/new/monthly'), ['journal', 'values', 'goals']);
    assert.deepEqual(sheets((await loadPage(server, '/journal/new/monthly')).html), ['app', 'journal', 'values', 'goals']);
    assert.deepEqual(sheets((await loadPage(server, `/decisions/${decisionId}`, { withCookie: false })).html), ['app', ...want('/decisions/:id')]);
    assert.deepEqual(sheets((await loadPage(server, '/journal?q=calm')).html), ['app', ...want('/journal')]);
    assert.deepEqual(sheets((await loadPage(server, '/no/such/page')).html), ['app']);
  });

  test('carries nothing without the access cookie, for an address with a query, or where no page lives', async () => {
    const locked = await loadPage(server, '/vision', { withCookie: false });
    assert.equal(locked.data, null);
    assert.equal(locked.cacheControl, 'no-cache');
    const wrong = await fetch(`${server.url}/vision`, { headers: { Cookie: `truenorth-${server.port}=${'0'.repeat(64)}` } });
    assert.match(await wrong.text(), /id="page-data">null</);
    assert.equal((await loadPage(server, '/journal?q=calm')).data, null);
    assert.equal((await loadPage(server, '/no/such/page')).data, null);
  });
});
