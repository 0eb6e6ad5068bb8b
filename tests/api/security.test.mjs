// Security tests with raw HTTP: each rule of the guard, proven against the real server, which keeps serving.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { authLine, call, jsonOf, rawRequest, startServer, statusOf } from '../support/server.mjs';

// A raw HTTP/1.1 request: header lines, the blank line, then the body.
const req = (lines, body = '') => `${lines.join('\r\n')}\r\n\r\n${body}`;

describe('security rules', () => {
  let server;
  const host = () => `Host: ${server.host}`;
  const putVision = (headers, body = '{"statement":"x"}') => req(
    ['PUT /api/vision HTTP/1.1', ...headers, `Content-Length: ${Buffer.byteLength(body)}`], body);

  before(async () => { server = await startServer(); });
  after(async () => {
    // After every refusal above, the server still answers normally and nothing was saved.
    const health = await call(server, 'GET', '/api/health');
    assert.equal(health.status, 200);
    assert.equal((await call(server, 'GET', '/api/vision')).body.version, 0);
    await server.stop();
  });

  test('a foreign, missing or repeated Host is refused with 403 before any handler', async () => {
    for (const headers of [['Host: evil.example'], ['Host: attacker.test:' + server.port], [],
      [host(), host()], [`Host: 127.0.0.1:${server.port + 1}`], ['Host: 127.0.0.1']]) {
      const raw = await rawRequest(server.port, req(['GET /api/vision HTTP/1.1', ...headers, 'Connection: close']));
      assert.equal(statusOf(raw), 403, headers.join(','));
      assert.equal(jsonOf(raw).error.code, 'forbidden');
    }
    const page = await rawRequest(server.port, req(['GET / HTTP/1.1', 'Host: rebind.example', 'Connection: close']));
    assert.equal(statusOf(page), 403);
  });

  test('Host and Origin are checked as sent, not after percent-decoding', async () => {
    const encoded = await rawRequest(server.port, req(['GET /api/health HTTP/1.1', `Host: 127.0.0.1%3a${server.port}`, authLine(server), 'Connection: close']));
    assert.equal(statusOf(encoded), 403);
    const origin = await rawRequest(server.port, req(['GET /api/health HTTP/1.1', host(), `Origin: http://127.0.0.1%3a${server.port}`, authLine(server), 'Connection: close']));
    assert.equal(statusOf(origin), 403);
  });

  test('the three loopback Host names are accepted', async () => {
    for (const name of ['127.0.0.1', 'localhost', '[::1]']) {
      const raw = await rawRequest(server.port, req(['GET /api/health HTTP/1.1', `Host: ${name}:${server.port}`, authLine(server), 'Connection: close']));
      assert.equal(statusOf(raw), 200, name);
    }
  });

  test('a foreign Origin is refused, on reads and writes', async () => {
    for (const method of ['GET', 'PUT']) {
      const raw = await rawRequest(server.port, req([`${method} /api/vision HTTP/1.1`, host(), 'Origin: https://evil.example',
        'X-Requested-With: truenorth', 'Content-Type: application/json', 'Content-Length: 2', 'Connection: close'], '{}'));
      assert.equal(statusOf(raw), 403, method);
    }
    const nullOrigin = await rawRequest(server.port, putVision([host(), 'Origin: null', 'X-Requested-With: truenorth', 'Content-Type: application/json']));
    assert.equal(statusOf(nullOrigin), 403);
    const own = await call(server, 'GET', '/api/vision', undefined, { Origin: `http://${server.host}` });
    assert.equal(own.status, 200);
  });

  test('writes without X-Requested-With: truenorth are refused', async () => {
    const raw = await rawRequest(server.port, putVision([host(), 'Content-Type: application/json']));
    assert.equal(statusOf(raw), 403);
    assert.match(jsonOf(raw).error.message, /X-Requested-With: truenorth/);
    const wrong = await rawRequest(server.port, putVision([host(), 'X-Requested-With: XMLHttpRequest', 'Content-Type: application/json']));
    assert.equal(statusOf(wrong), 403);
  });

  test('a form-encoded or text body is refused with 415', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const raw = await rawRequest(server.port, putVision([host(), 'X-Requested-With: truenorth', `Content-Type: ${type}`], 'statement=x'));
      assert.equal(statusOf(raw), 415, type);
      assert.equal(jsonOf(raw).error.code, 'unsupported_media_type');
    }
    const missing = await rawRequest(server.port, putVision([host(), 'X-Requested-With: truenorth']));
    assert.equal(statusOf(missing), 415);
  });

  test('a declared body over 1 MiB gets 413 before the body is sent', async () => {
    const raw = await rawRequest(server.port, req(['PUT /api/vision HTTP/1.1', host(), 'X-Requested-With: truenorth',
      'Content-Type: application/json', `Content-Length: ${2 * 1024 * 1024}`]));
    assert.equal(statusOf(raw), 413);
    assert.equal(jsonOf(raw).error.code, 'too_large');
    assert.match(raw, /Connection: close/i);
    const expecting = await rawRequest(server.port, req(['PUT /api/vision HTTP/1.1', host(), 'X-Requested-With: truenorth',
      'Content-Type: application/json', `Content-Length: ${2 * 1024 * 1024}`, 'Expect: 100-continue']));
    assert.equal(statusOf(expecting), 413);
    assert.doesNotMatch(expecting, /100 Continue/);
    const bad = await rawRequest(server.port, req(['PUT /api/vision HTTP/1.1', host(), 'X-Requested-With: truenorth',
      'Content-Type: application/json', 'Content-Length: 12abc'], '{}'));
    assert.equal(statusOf(bad), 400);
  });

  test('chunked and compressed bodies are refused', async () => {
    const chunked = await rawRequest(server.port, req(['PUT /api/vision HTTP/1.1', host(), 'X-Requested-With: truenorth',
      'Content-Type: application/json', 'Transfer-Encoding: chunked'], '2\r\n{}\r\n0\r\n\r\n'));
    assert.equal(statusOf(chunked), 411);
    assert.match(chunked, /Connection: close/i);
    const gzip = await rawRequest(server.port, putVision([host(), 'X-Requested-With: truenorth', 'Content-Type: application/json',
      'Content-Encoding: gzip'], '\x1f\x8b\x08\x00'));
    assert.equal(statusOf(gzip), 415);
  });

  test('Range requests are refused and never slice the reply', async () => {
    for (const path of ['/api/health', '/', '/css/app.css']) {
      const raw = await rawRequest(server.port, req([`GET ${path} HTTP/1.1`, host(), 'Range: bytes=0-3', 'Connection: close']));
      assert.equal(statusOf(raw), 416, path);
      assert.equal(jsonOf(raw).error.code, 'range_not_supported');
    }
    const malformed = await rawRequest(server.port, req(['GET /api/health HTTP/1.1', host(), 'Range: bytes=9-1,zz', 'Connection: close']));
    assert.ok([400, 416].includes(statusOf(malformed)));
  });

  test('replies are never compressed (on loopback it only costs time)', async () => {
    for (const path of ['/css/app.css', '/api/vision']) {
      const raw = await rawRequest(server.port, req([`GET ${path} HTTP/1.1`, host(), authLine(server), 'Accept-Encoding: gzip, deflate, br', 'Connection: close']));
      assert.equal(statusOf(raw), 200, path);
      assert.doesNotMatch(raw, /Content-Encoding/i, path);
    }
  });

  test('too many headers get 431', async () => {
    const many = Array.from({ length: 100 }, (_, i) => `X-Filler-${i}: ${i}`);
    const raw = await rawRequest(server.port, req(['GET /api/health HTTP/1.1', host(), ...many, 'Connection: close']));
    assert.equal(statusOf(raw), 431);
  });

  test('other methods, bad request lines and huge URIs get JSON errors', async () => {
    for (const method of ['OPTIONS', 'TRACE']) {
      const raw = await rawRequest(server.port, req([`${method} /api/vision HTTP/1.1`, host(), 'Connection: close']));
      assert.equal(statusOf(raw), 405, method);
      assert.doesNotMatch(raw, /Access-Control-/i);
    }
    const garbage = await rawRequest(server.port, 'HELLO\r\n\r\n');
    assert.equal(statusOf(garbage), 400);
    assert.equal(typeof jsonOf(garbage).error.message, 'string');
    const long = await rawRequest(server.port, req([`GET /api/${'a'.repeat(10000)} HTTP/1.1`, host(), 'Connection: close']));
    assert.equal(statusOf(long), 414);
    assert.equal(jsonOf(long).error.code, 'uri_too_long');
  });

  test('paths cannot escape the web folder', async () => {
    for (const path of ['/../schema.sql', '/js/../../CMakeLists.txt', '/%2e%2e/schema.sql', '/api/../../etc/passwd']) {
      const raw = await rawRequest(server.port, req([`GET ${path} HTTP/1.1`, host(), authLine(server), 'Connection: close']));
      assert.ok([400, 404].includes(statusOf(raw)), `${path}: ${statusOf(raw)}`);
      assert.doesNotMatch(raw, /CREATE TABLE|cmake_minimum_required|root:/);
    }
  });

  test('every response carries the security headers and no CORS headers', async () => {
    for (const path of ['/', '/js/app.js', '/api/health', '/api/nothing']) {
      const response = await fetch(server.url + path);
      const csp = response.headers.get('content-security-policy');
      assert.match(csp, /default-src 'self'/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.doesNotMatch(csp, /unsafe-inline/, path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer', path);
      assert.equal(response.headers.get('access-control-allow-origin'), null, path);
      await response.arrayBuffer();
    }
    const refused = await rawRequest(server.port, req(['GET / HTTP/1.1', 'Host: evil.example', 'Connection: close']));
    assert.match(refused, /Content-Security-Policy: default-src 'self'/);
  });
});

describe('a refused request ends its connection', () => {
  let server;
  const responses = (raw) => raw.match(/HTTP\/1\.1 \d{3}/g) ?? [];

  before(async () => { server = await startServer(); });
  after(async () => { await server.stop(); });

  // Three complete, valid journal writes, sent as the "body" of a request the guard refuses.
  const smuggled = () => {
    const entry = JSON.stringify({ kind: 'free', date: '2026-03-02', body: 'smuggled' });
    return req(['POST /api/journal/entries HTTP/1.1', `Host: ${server.host}`, authLine(server),
      'X-Requested-With: truenorth', 'Content-Type: application/json', `Content-Length: ${Buffer.byteLength(entry)}`], entry)
      .repeat(3);
  };

  test('no request hidden in the unread body of a refusal ever runs', async () => {
    const base = ['POST /api/journal/entries HTTP/1.1', `Host: ${server.host}`];
    const refusals = [
      [403, [...base, authLine(server), 'Origin: http://127.0.0.1:9', 'X-Requested-With: truenorth', 'Content-Type: application/json']],
      [403, [...base, authLine(server), 'Content-Type: text/plain']],
      [415, [...base, authLine(server), 'X-Requested-With: truenorth', 'Content-Type: text/plain']],
      [401, [...base, 'X-Requested-With: truenorth', 'Content-Type: application/json']],
      [415, [...base, authLine(server), 'X-Requested-With: truenorth', 'Content-Type: application/json', 'Content-Encoding: gzip']],
    ];
    for (const [status, lines] of refusals) {
      const body = smuggled();
      const raw = await rawRequest(server.port, req([...lines, `Content-Length: ${Buffer.byteLength(body)}`], body));
      assert.equal(statusOf(raw), status, lines.join(' | '));
      assert.deepEqual(responses(raw), [`HTTP/1.1 ${status}`], `only the refusal is answered: ${lines.join(' | ')}`);
    }
    const tooLarge = await rawRequest(server.port, req([...base, authLine(server), 'X-Requested-With: truenorth',
      'Content-Type: application/json', `Content-Length: ${2 * 1024 * 1024}`], smuggled()));
    assert.deepEqual(responses(tooLarge), ['HTTP/1.1 413']);
    const chunked = await rawRequest(server.port, req([...base, authLine(server), 'X-Requested-With: truenorth',
      'Content-Type: application/json', 'Transfer-Encoding: chunked'], `0\r\n\r\n${smuggled()}`));
    assert.deepEqual(responses(chunked), ['HTTP/1.1 411']);
    const list = await call(server, 'GET', '/api/journal/entries');
    assert.equal(list.body.items.length, 0, 'none of the smuggled writes ran');
  });

  test('pipelined requests on a kept-alive connection are all answered, in order', async () => {
    const get = (path) => req([`GET ${path} HTTP/1.1`, `Host: ${server.host}`, authLine(server)]);
    const raw = await rawRequest(server.port, get('/api/health') + get('/api/nothing') + get('/api/vision'));
    assert.deepEqual(responses(raw), ['HTTP/1.1 200', 'HTTP/1.1 404', 'HTTP/1.1 200']);
  });

  test('a request line or header of megabytes is refused without reading it all', async () => {
    const huge = 'x'.repeat(3 * 1024 * 1024);
    const header = await rawRequest(server.port, req(['GET /api/health HTTP/1.1', `Host: ${server.host}`, `X-Filler: ${huge}`]));
    assert.ok([400, 431].includes(statusOf(header)), `status ${statusOf(header)}`);
    assert.equal((await call(server, 'GET', '/api/health')).status, 200);
  });
});

describe('the access token', () => {
  let server;
  const get = (path, lines = []) => rawRequest(server.port, req([`GET ${path} HTTP/1.1`, `Host: ${server.host}`, ...lines, 'Connection: close']));

  before(async () => { server = await startServer(); });
  after(async () => { await server.stop(); });

  test('every /api request without the token gets 401 JSON that says how to get in', async () => {
    for (const lines of [[], ['Authorization: Bearer wrong'], [`Authorization: Bearer ${server.token}x`],
      [`Cookie: truenorth-${server.port + 1}=${server.token}`], [`Cookie: truenorth-${server.port}=nope`]]) {
      const raw = await get('/api/vision', lines);
      assert.equal(statusOf(raw), 401, lines.join(','));
      assert.equal(jsonOf(raw).error.code, 'unauthorized');
      assert.match(jsonOf(raw).error.message, /\?token=/);
    }
    const write = await call(server, 'PUT', '/api/vision', { statement: 'x', version: 0 }, { Authorization: 'Bearer nope' });
    assert.equal(write.status, 401);
    assert.equal((await call(server, 'GET', '/api/vision')).body.version, 0);
  });

  test('the Bearer header and the cookie let a request in', async () => {
    assert.equal(statusOf(await get('/api/vision', [authLine(server)])), 200);
    assert.equal(statusOf(await get('/api/vision', [`Cookie: other=1; truenorth-${server.port}=${server.token}`])), 200);
  });

  test('the address with ?token= sets an HttpOnly, SameSite=Strict cookie and drops the token from the address', async () => {
    const raw = await get(`/?token=${server.token}`);
    assert.equal(statusOf(raw), 303);
    assert.match(raw, /\r\nLocation: \/\r\n/);
    const cookie = raw.match(/\r\nSet-Cookie: ([^\r]*)/)[1];
    assert.match(cookie, new RegExp(`^truenorth-${server.port}=${server.token};`));
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    assert.match(cookie, /Path=\//);
    const deep = await get(`/journal?q=team&token=${server.token}&tag=work`);
    assert.match(deep, /\r\nLocation: \/journal\?q=team&tag=work\r\n/);
    const wrong = await get('/?token=0123');
    assert.equal(statusOf(wrong), 200, 'a wrong token gets the page, which explains');
    assert.doesNotMatch(wrong, /Set-Cookie/i);
  });

  test('the UI files are served without the token: they hold no data', async () => {
    for (const path of ['/', '/vision', '/js/app.js', '/css/app.css']) assert.equal(statusOf(await get(path)), 200, path);
  });
});
