// API tests for the calendar feed over real HTTP: its settings (/api/calendar), the feed a calendar app
// fetches without the token (/calendar/<secret>.ics) read back with a real iCalendar parser (Debian's
// python3-icalendar), RFC 5545 framing (CRLF, folding at 75 octets, escaping), stable UIDs, 404s for a
// wrong, old or switched-off address, and the guard letting exactly that address through.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { call, rawRequest, startServer, statusOf } from '../support/server.mjs';

// Titles that need escaping (, ; \ and a line break cannot be typed into a title) and folding: long, with
// two-, three- and four-octet characters.
const DECISION = 'Lisbon, Porto; or stay \\ home — “quoted” 🧭 Zürich façade naïve café 🧭🧭 and one more clause';
const MILESTONE = 'Étape: écrire, relire; publier ✍️ über straße 🧭 — a milestone long enough to fold twice over the limit';
const SECRET_TEXT = 'kalomi-private-journal-words';

// Parses `ics` with python3-icalendar; resolves to the calendar's properties and each event's.
function parseIcs(ics) {
  const script = `
import json, sys
from icalendar import Calendar
cal = Calendar.from_ical(sys.stdin.buffer.read())
def text(c, name):
    v = c.get(name)
    return None if v is None else str(v)
def when(c, name):
    v = c.get(name)
    return None if v is None else v.dt.isoformat()
events = [{
    'uid': text(e, 'UID'), 'summary': text(e, 'SUMMARY'), 'url': text(e, 'URL'), 'transp': text(e, 'TRANSP'),
    'dtstart': when(e, 'DTSTART'), 'dtend': when(e, 'DTEND'), 'dtstamp': when(e, 'DTSTAMP'),
    'duration': str(e.get('DURATION').dt) if e.get('DURATION') else None,
    'rrule': {k: [str(x) for x in v] for k, v in e.get('RRULE').items()} if e.get('RRULE') else None,
} for e in cal.walk('VEVENT')]
print(json.dumps({'version': text(cal, 'VERSION'), 'prodid': text(cal, 'PRODID'), 'name': text(cal, 'X-WR-CALNAME'),
                  'errors': [str(c.errors) for c in cal.walk() if getattr(c, 'errors', None)], 'events': events}))
`;
  const run = spawnSync('/usr/bin/python3', ['-c', script], { input: ics, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

describe('calendar API and feed', () => {
  let server;
  let feed;  // GET /api/calendar once turned on
  const secrets = [];  // every address the feed had
  const secretOf = (url) => url.match(/\/calendar\/([0-9a-f]{64})\.ics$/)[1];
  const fetchFeed = (path) => fetch(server.url + path);  // as a calendar app: no token, no cookie
  const raw = (target, lines = []) => rawRequest(server.port,
    `${['GET ' + target + ' HTTP/1.1', `Host: ${server.host}`, ...lines, 'Connection: close'].join('\r\n')}\r\n\r\n`);

  before(async () => {
    server = await startServer({ env: { TRUENORTH_TODAY: '2026-03-04' } });
    const decision = (await call(server, 'POST', '/api/decisions', { title: DECISION })).body;
    assert.equal((await call(server, 'PUT', `/api/decisions/${decision.id}/record`, {
      chosen_option: 0, gut_feeling: '', rationale: '', expected_outcome: '', review_date: '2026-09-01', version: decision.version })).status, 200);
    assert.equal((await call(server, 'POST', '/api/initiatives', {
      title: 'Speak at a meetup', horizon: 'short', status: 'planned', finish_date: '2026-06-30', progress: 0,
      milestones: [{ title: MILESTONE, due_date: '2026-05-01', done: false }, { title: 'Done one', due_date: '2026-04-01', done: true }] })).status, 201);
    assert.equal((await call(server, 'POST', '/api/journal/entries', {
      kind: 'weekly', date: '2026-03-04', title: `Private ${SECRET_TEXT}`, answers: { learned: SECRET_TEXT } })).status, 201);
  });
  after(async () => { await server?.stop(); });

  test('the feed starts off, with the weekly reflection on Friday at 16:00', async () => {
    const { status, body } = await call(server, 'GET', '/api/calendar');
    assert.equal(status, 200);
    assert.deepEqual(body, { enabled: false, url: null, webcal_url: null, weekly_reflection: { day: 'friday', time: '16:00' }, version: 1, updated_at: null });
  });

  test('bad settings are a 400 naming the field, a stale version a 409 with the current settings', async () => {
    const slot = { day: 'friday', time: '16:00' };
    for (const [body, field] of [
      [{}, 'enabled'], [{ enabled: 'yes', weekly_reflection: slot, version: 1 }, 'enabled'],
      [{ enabled: true, weekly_reflection: slot }, 'version'],
      [{ enabled: true, version: 1 }, 'weekly_reflection'], [{ enabled: true, weekly_reflection: 'friday', version: 1 }, 'weekly_reflection'],
      [{ enabled: true, weekly_reflection: { day: 'Funday', time: '16:00' }, version: 1 }, 'weekly_reflection.day'],
      [{ enabled: true, weekly_reflection: { day: 'friday' }, version: 1 }, 'weekly_reflection.time'],
      [{ enabled: true, weekly_reflection: { day: 'friday', time: '25:00' }, version: 1 }, 'weekly_reflection.time'],
      [{ enabled: true, weekly_reflection: { day: 'friday', time: '9:30' }, version: 1 }, 'weekly_reflection.time'],
      ['not json', 'body'],
    ]) {
      const reply = await call(server, 'PUT', '/api/calendar', body);
      assert.equal(reply.status, 400, JSON.stringify(body));
      assert.equal(reply.body.error.field, field, JSON.stringify(body));
    }
    const stale = await call(server, 'PUT', '/api/calendar', { enabled: true, weekly_reflection: slot, version: 7 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.field, 'version');
    assert.equal(stale.body.current.enabled, false);
    assert.equal((await call(server, 'GET', '/api/calendar')).body.enabled, false);
  });

  test('turned on, it has a long random address, also as webcal://', async () => {
    const on = await call(server, 'PUT', '/api/calendar', { enabled: true, weekly_reflection: { day: 'tuesday', time: '08:30' }, version: 1 });
    assert.equal(on.status, 200);
    feed = on.body;
    secrets.push(secretOf(feed.url));
    assert.equal(feed.enabled, true);
    assert.equal(feed.version, 2);
    assert.match(feed.url, new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/calendar/[0-9a-f]{64}\\.ics$`));
    assert.equal(feed.webcal_url, feed.url.replace('http://', 'webcal://'));
    assert.deepEqual(feed.weekly_reflection, { day: 'tuesday', time: '08:30' });
    assert.deepEqual((await call(server, 'GET', '/api/calendar')).body, feed);
  });

  test('the feed is RFC 5545 text/calendar that a real parser reads: titles only, escaped and folded', async () => {
    const response = await fetchFeed(new URL(feed.url).pathname);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/calendar; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const bytes = Buffer.from(await response.arrayBuffer());
    const text = bytes.toString('utf8');
    // CRLF after every line, none longer than 75 octets, and folding never splits a character.
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) {
      assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
      assert.equal(line.includes('\n') || line.includes('\r') || line.includes('\uFFFD'), false, line);
    }
    assert.ok(lines.some((l) => l.startsWith(' ')), 'the long titles are folded');
    assert.ok(lines.some((l) => l.startsWith('SUMMARY:Review the decision: Lisbon\\, Porto\\; or stay \\\\ home')), 'escaped');
    assert.equal(text.includes(SECRET_TEXT), false, 'no journal text');
    assert.equal(text.includes('Done one'), false, 'done milestones are left out');

    const cal = parseIcs(text);
    assert.deepEqual(cal.errors, []);
    assert.equal(cal.version, '2.0');
    assert.equal(cal.prodid, '-//True North//True North 0.1.0//EN');
    assert.equal(cal.name, 'True North');
    const byUid = Object.fromEntries(cal.events.map((e) => [e.uid, e]));
    assert.deepEqual(Object.keys(byUid).sort(), [
      'decision-1-review@truenorth', 'initiative-1-finish@truenorth', Object.keys(byUid).find((u) => u.startsWith('initiative-1-milestone-')),
      'monthly-review@truenorth', 'weekly-reflection@truenorth'].sort());
    const weekly = byUid['weekly-reflection@truenorth'];
    assert.deepEqual([weekly.summary, weekly.dtstart, weekly.duration, weekly.transp], ['Weekly reflection', '2026-03-10T08:30:00', '0:30:00', 'OPAQUE']);
    assert.deepEqual(weekly.rrule, { FREQ: ['WEEKLY'], BYDAY: ['TU'] });
    const monthly = byUid['monthly-review@truenorth'];
    assert.deepEqual([monthly.dtstart, monthly.dtend, monthly.transp], ['2026-03-25', '2026-03-26', 'TRANSPARENT']);
    assert.deepEqual(monthly.rrule, { FREQ: ['MONTHLY'], BYMONTHDAY: ['25'] });
    const review = byUid['decision-1-review@truenorth'];
    assert.equal(review.summary, `Review the decision: ${DECISION}`);
    assert.equal(review.dtstart, '2026-09-01');
    assert.equal(review.url, `${server.url}/decisions/1`);
    const milestone = cal.events.find((e) => e.uid.startsWith('initiative-1-milestone-'));
    assert.match(milestone.uid, /^initiative-1-milestone-[0-9a-f]{16}@truenorth$/);
    assert.equal(milestone.summary, `Milestone: ${MILESTONE} (Speak at a meetup)`);
    assert.equal(milestone.dtstart, '2026-05-01');
    assert.equal(byUid['initiative-1-finish@truenorth'].dtstart, '2026-06-30');
    for (const e of cal.events) assert.match(e.dtstamp, /^20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/, e.uid);

    // Drawn again later, the feed is the same, byte for byte: UIDs and stamps come from the items.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = Buffer.from(await (await fetchFeed(new URL(feed.url).pathname)).arrayBuffer());
    assert.equal(again.equals(bytes), true);
    const head = await fetch(feed.url, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal((await head.text()), '');
  });

  test('only the feed address is let in without the token', async () => {
    const secret = secretOf(feed.url);
    const other = 'f'.repeat(64) === secret ? 'e'.repeat(64) : 'f'.repeat(64);
    assert.equal(statusOf(await raw(`/calendar/${secret}.ics`)), 200);
    assert.equal(statusOf(await raw(`/calendar/${other}.ics`)), 404);  // the right shape: the handler says no
    for (const target of [`/calendar/${secret}.ics/more`, `/calendar/${secret}`, `/calendar/${secret.toUpperCase()}.ics`,
      `/calendar/${secret}0.ics`, `/calendar/${secret.slice(1)}.ics`, `/calendar/${secret}.ics.bak`, `/calendar/${secret}.ICS`,
      '/calendar/', '/calendar/../api/health', '/calendar/%2e%2e/api/health', `/calendar/..%2fapi%2fcalendar`,
      `/api/calendar/${secret}.ics`, '/api/calendar', '/api/health', `/calendar/${secret}.ics/../../api/vision`]) {
      const reply = await raw(target);
      assert.equal(statusOf(reply), 401, target);
      assert.equal(reply.includes('BEGIN:VCALENDAR'), false, target);
    }
    assert.equal(statusOf(await raw(`/plan/${secret}.ics`)), 401);
    // Writes are not let in: no token, or not even the header writes need.
    const post = (lines) => rawRequest(server.port, `${[`POST /calendar/${secret}.ics HTTP/1.1`, `Host: ${server.host}`, ...lines,
      'Content-Length: 0', 'Connection: close'].join('\r\n')}\r\n\r\n`);
    assert.equal(statusOf(await post(['X-Requested-With: truenorth'])), 401);
    assert.equal(statusOf(await post([])), 403);
    // The other rules still hold for the feed: Host and Origin.
    const foreignHost = await rawRequest(server.port, `GET /calendar/${secret}.ics HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n`);
    assert.equal(statusOf(foreignHost), 403);
    assert.equal(statusOf(await raw(`/calendar/${secret}.ics`, ['Origin: https://evil.example'])), 403);
  });

  test('a new secret retires the old address; turned off, the feed is a 404 until turned on again', async () => {
    const oldPath = new URL(feed.url).pathname;
    const fresh = await call(server, 'POST', '/api/calendar/regenerate', {});
    assert.equal(fresh.status, 200);
    assert.notEqual(fresh.body.url, feed.url);
    assert.equal(fresh.body.enabled, true);
    assert.equal(fresh.body.version, feed.version + 1);
    const newPath = new URL(fresh.body.url).pathname;
    secrets.push(secretOf(fresh.body.url));
    const old = await fetchFeed(oldPath);
    assert.equal(old.status, 404);
    assert.equal((await old.json()).error.code, 'not_found');
    assert.equal((await fetchFeed(newPath)).status, 200);

    const off = await call(server, 'PUT', '/api/calendar', { enabled: false, weekly_reflection: { day: 'tuesday', time: '08:30' }, version: fresh.body.version });
    assert.equal(off.status, 200);
    assert.deepEqual([off.body.enabled, off.body.url, off.body.webcal_url], [false, null, null]);
    assert.equal((await fetchFeed(newPath)).status, 404);
    const on = await call(server, 'PUT', '/api/calendar', { enabled: true, weekly_reflection: { day: 'tuesday', time: '08:30' }, version: off.body.version });
    assert.equal(on.body.url, fresh.body.url);
    assert.equal((await fetchFeed(newPath)).status, 200);
  });

  test('no address of the feed ever reached the server\'s log', async () => {
    const log = server.output();
    assert.ok(log.includes('Serving:'), 'the log was read');
    for (const secret of secrets) assert.equal(log.includes(secret), false);
  });

  test('unknown routes are 404 and other methods 405', async () => {
    assert.equal((await call(server, 'GET', '/api/calendar/nothing')).status, 404);
    assert.equal((await call(server, 'GET', '/api/calendar/regenerate')).status, 405);
    assert.equal((await call(server, 'DELETE', '/api/calendar')).status, 405);
    assert.equal((await call(server, 'GET', '/calendar/a/b')).status, 404);
  });
});
