// API tests for the printable pages (/plan, /plan/decisions/:id) over real HTTP: content, access, escaping.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fillWorkbook } from '../../bench/workbook_fixture.mjs';
import { call, startServer } from '../support/server.mjs';

// Text as the page writes it: Mustache's {{ }} escapes & < > " and '.
const escaped = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  .replace(/"/g, '&quot;').replace(/'/g, '&apos;');

// GET of a page with the access token (call() sends it as a Bearer header); resolves to {status, headers, body}.
const page = (server, path, headers) => call(server, 'GET', path, undefined, headers);

// Asserts `parts` appear in `html` in this order.
function assertInOrder(html, parts) {
  let at = -1;
  for (const part of parts) {
    const next = html.indexOf(part, at + 1);
    assert.ok(next > at, `"${part}" after position ${at}`);
    at = next;
  }
}

describe('the printable plan of a filled workbook', () => {
  let server;
  let filled;
  before(async () => {
    server = await startServer();
    filled = await fillWorkbook(server);
  });
  after(async () => { await server?.stop(); });

  test('GET /plan is an HTML page drawn by the server with the vision, ranked values and alignment', async () => {
    const reply = await page(server, '/plan');
    assert.equal(reply.status, 200);
    assert.match(reply.headers.get('content-type'), /^text\/html; charset=utf-8/);
    assert.equal(reply.headers.get('cache-control'), 'no-store');
    const html = reply.body;
    assert.doesNotMatch(html, /js\/app\.js/, 'not the single-page app');
    const vision = (await call(server, 'GET', '/api/vision')).body;
    for (const text of [vision.statement, vision.organisation, vision.mission, vision.current_position, vision.future_position]) {
      assert.ok(html.includes(escaped(text)), text);
    }
    assert.match(html, /in 7 years/);
    const core = (await call(server, 'GET', '/api/values/core')).body.items;
    assert.equal(core.length, 7);
    assertInOrder(html, core.flatMap((v) => [`<strong>${escaped(v.name)}</strong>`, escaped(v.meaning)]));
    const latest = (await call(server, 'GET', '/api/alignment/assessments')).body.items[0];
    assert.ok(html.includes(`Overall <strong>${latest.scores.overall}</strong>`));
    assertInOrder(html, ['Work to lean into', 'Coaching', 'Design reviews', 'Work to avoid, postpone or hand off', 'Budget reports']);
  });

  test('it lists the active initiatives with dates, measures and milestones, and nothing else', async () => {
    const html = (await page(server, '/plan')).body;
    const initiatives = (await call(server, 'GET', '/api/initiatives')).body.items;
    for (const item of initiatives) {
      const heading = `<h3>${escaped(item.title)}</h3>`;
      assert.equal(html.includes(heading), item.status === 'active', `${item.title} (${item.status})`);
    }
    assert.equal(html.match(/class="plan-initiative"/g).length, 5);
    assert.equal(html.match(/Measure of success:<\/span> Three teams use it/g).length, 5);
    assert.equal(html.match(/First step/g).length, 5);
    const first = initiatives.find((i) => i.status === 'active');
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const day = (iso) => { const [y, m, d] = iso.split('-').map(Number); return `${d} ${months[m - 1]} ${y}`; };
    assert.ok(html.includes(`${day(first.start_date)} – ${day(first.finish_date)}`), 'dates written for reading');
  });

  test('it shows the open stop-doing items, the current road with its next milestone, boundaries and self-care', async () => {
    const html = (await page(server, '/plan')).body;
    const stop = (await call(server, 'GET', '/api/stop-doing')).body.items;
    for (const item of stop) assert.equal(html.includes(escaped(item.text)), !item.done, item.text);
    assert.match(html, /<strong>Delegate to Priya:<\/strong> Stop doing thing 3/);
    const roads = (await call(server, 'GET', '/api/roads')).body.items;
    const current = roads.find((r) => r.current);
    assertInOrder(html, ['Career road', `<h3>${escaped(current.name)}</h3>`, 'Next milestones', 'Talk to someone on this road',
      `Also considered: ${roads.filter((r) => !r.current).map((r) => r.name).join(', ')}`]);
    assertInOrder(html, ['>Boundaries</h2>', 'No work email after 19:00', 'One on-call week a month', 'Self-care', 'Piano on Sundays']);
  });

  test('the print view of a decision holds every option, criterion, weight and total', async () => {
    const reply = await page(server, `/plan/decisions/${filled.decisionId}`);
    assert.equal(reply.status, 200);
    assert.match(reply.headers.get('content-type'), /^text\/html/);
    const html = reply.body;
    const decision = (await call(server, 'GET', `/api/decisions/${filled.decisionId}`)).body;
    assert.ok(html.includes(`<h1>${escaped(decision.title)}</h1>`));
    assert.match(html, /plan-sheet--wide/, '10 criteria: the landscape layout');
    for (const option of decision.options) assert.ok(html.includes(escaped(option.name)), option.name);
    for (const criterion of decision.criteria) assert.ok(html.includes(escaped(criterion.name)), criterion.name);
    for (const weight of decision.analysis.weights) assert.ok(html.includes(`<td>${(weight * 100).toFixed(1)}%</td>`), String(weight));
    for (const total of decision.analysis.totals) assert.ok(html.includes(`<strong>${total.percent.toFixed(1)}%</strong>`), String(total.percent));
    const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
    assert.equal(body.match(/<tr/g).length, 8);
    assert.equal(body.match(/<td/g).length, 8 * (10 + 1));
    assert.equal(html.match(/<rect x=/g).length, decision.analysis.contributions.flat().filter((v) => v > 0).length, 'one bar segment per contribution');
    for (const finding of decision.analysis.findings) assert.ok(html.includes(escaped(finding)), finding);
    assert.match(html, /Not decided yet/);
  });

  test('a decided and reviewed decision prints its record and review', async () => {
    const list = (await call(server, 'GET', '/api/decisions?status=reviewed')).body.items;
    const html = (await page(server, `/plan/decisions/${list[0].id}`)).body;
    assertInOrder(html, ['The choice made', 'Chosen', `<strong>${escaped(list[0].chosen_option_name)}</strong>`, 'Gut feeling', 'Go',
      'Why', 'It fits', 'Expected outcome', 'Happier in six months', 'Looking back', 'It worked out', 'Trust the matrix']);
  });
});

describe('the printable pages are private and escaped', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server?.stop(); });

  test('without the access cookie or token: 401 as a page that tells how to get in', async () => {
    for (const path of ['/plan', '/plan/decisions/1', '/plan/nothing']) {
      for (const headers of [{}, { Cookie: `truenorth-${server.port}=0123` }, { Authorization: 'Bearer 0123' }]) {
        const reply = await fetch(server.url + path, { headers });
        assert.equal(reply.status, 401, `${path} ${JSON.stringify(headers)}`);
        assert.match(reply.headers.get('content-type'), /^text\/html/);
        const html = await reply.text();
        assert.match(html, /\?token=/);
        assert.match(html, /\.token/);
      }
    }
    const cookie = await fetch(`${server.url}/plan`, { headers: { Cookie: `truenorth-${server.port}=${server.token}` } });
    assert.equal(cookie.status, 200);
  });

  test('?token= lets the browser in: 303 to the same page without it, with the cookie', async () => {
    const reply = await fetch(`${server.url}/plan?token=${server.token}`, { redirect: 'manual' });
    assert.equal(reply.status, 303);
    assert.equal(reply.headers.get('location'), '/plan');
    assert.match(reply.headers.get('set-cookie'), new RegExp(`^truenorth-${server.port}=${server.token};.*HttpOnly; SameSite=Strict`));
    assert.equal((await fetch(`${server.url}/plan?token=0123`)).status, 401);
  });

  test('GET and HEAD only', async () => {
    const head = await call(server, 'HEAD', '/plan');
    assert.equal(head.status, 200);
    assert.equal(head.body, '');
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const reply = await call(server, method, '/plan');
      assert.equal(reply.status, 405, method);
      assert.equal(reply.headers.get('allow'), 'GET');
    }
  });

  test('an empty workbook says so in one line per section', async () => {
    const html = (await page(server, '/plan')).body;
    for (const line of ['No vision yet', 'No core values ranked yet', 'No alignment check yet', 'No active initiatives',
      'Nothing on the stop-doing list', 'No current road chosen yet', 'No boundaries set', 'No self-care routines listed']) {
      assert.ok(html.includes(line), line);
    }
  });

  test('user text shows as text: markup in a vision or a decision is escaped', async () => {
    const statement = '<script>alert("plan")</script> & <b>bold</b> it\'s';
    const saved = await call(server, 'PUT', '/api/vision', {
      statement, organisation: '<img src=x onerror=alert(1)>', mission: '', current_position: '', future_position: '', horizon_years: 7, version: 0,
    });
    assert.equal(saved.status, 200);
    const html = (await page(server, '/plan')).body;
    assert.ok(html.includes('&lt;script&gt;alert(&quot;plan&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; it&apos;s'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.doesNotMatch(html, /<script>alert|<img src=x|<b>bold/);
    const decision = await call(server, 'POST', '/api/decisions', { title: '</h1><script>x()</script>' });
    const print = (await page(server, `/plan/decisions/${decision.body.id}`)).body;
    assert.ok(print.includes('<h1>&lt;/h1&gt;&lt;script&gt;x()&lt;/script&gt;</h1>'));
    assert.doesNotMatch(print, /<script>x/);
    assert.match(print, /plan-sheet--roomy/, 'one criterion: the portrait layout');
  });

  test('404 pages for an unknown decision, a bad id and an unknown address', async () => {
    for (const path of ['/plan/decisions/999999', '/plan/decisions/abc', '/plan/decisions/0', '/plan/nothing', '/plan/']) {
      const reply = await page(server, path);
      assert.equal(reply.status, 404, path);
      assert.match(reply.headers.get('content-type'), /^text\/html/);
      assert.match(reply.body, /There is nothing at this address/);
    }
  });

  test('the page templates are not files for browsers', async () => {
    const index = await (await fetch(`${server.url}/`)).text();
    const version = index.match(/\/assets\/([0-9a-f]+)\//)[1];
    assert.equal((await fetch(`${server.url}/assets/${version}/css/plan.css`)).status, 200);
    for (const path of [`/assets/${version}/templates/plan.mustache`, `/assets/${version}//templates/plan.mustache`,
      `/assets/${version}/./templates/layout.mustache`, '/templates/plan.mustache', '/templates/layout.mustache']) {
      assert.equal((await fetch(server.url + path)).status, 404, path);
    }
  });
});
