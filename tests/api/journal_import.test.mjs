// Journals kept in jrnl and Day One, imported over real HTTP and with truenorth import: the sample exports in
// tests/fixtures/ (written by hand from each tool's documented format) become free entries; nothing is
// replaced, a second import adds nothing, and bad files are refused with the reason.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { binary, call, startServer } from '../support/server.mjs';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
const jrnl = readFileSync(path.join(fixtures, 'jrnl.json'), 'utf8');
const dayOne = readFileSync(path.join(fixtures, 'dayone/Journal.json'), 'utf8');
// Day One's times are UTC; entries get the date of this computer's time zone, pinned here.
const env = { ...process.env, TZ: 'UTC' };

// A .zip as Day One exports it: Journal.json at the top, the photos in a folder beside it.
function dayOneZip(dir, files = { 'Journal.json': dayOne, 'photos/9a8b.jpeg': 'not really a photo' }) {
  const zip = path.join(dir, 'export.zip');
  execFileSync('python3', ['-c', `import json, sys, zipfile
files = json.loads(sys.argv[2])
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in files.items():
        z.writestr(name, text)`, zip, JSON.stringify(files)]);
  return zip;
}

// POSTs `body` (text or bytes) as it is to /api/import; resolves to {status, body}.
const upload = (server, body) => fetch(`${server.url}/api/import`, {
  method: 'POST', body,
  headers: { Authorization: `Bearer ${server.token}`, 'X-Requested-With': 'truenorth', 'Content-Type': 'application/octet-stream' },
}).then(async (reply) => ({ status: reply.status, body: await reply.json() }));
const entries = async (server) => (await call(server, 'GET', '/api/journal/entries?limit=100')).body.items;

describe('importing a journal over HTTP', () => {
  let server;
  before(async () => { server = await startServer({ env }); });
  after(async () => { await server.stop(); });

  test('a jrnl export becomes free entries with their dates, titles, tags and text; one without a date is skipped', async () => {
    await call(server, 'POST', '/api/journal/entries', { kind: 'weekly', date: '2024-01-12', answers: { learned: 'Already here' } });
    const reply = await upload(server, jrnl);
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.deepEqual(reply.body, {
      imported: true, format: 'jrnl', entries: 3, skipped: 1, media_left_out: 0, replaced: false,
      skipped_entries: [{ where: 'entries[3]', reason: 'it has no date' }],
    });
    const items = await entries(server);
    assert.equal(items.length, 4, 'the entry written before is still there');
    const started = items.find((e) => e.title === 'Started the new role today.');
    assert.equal(started.kind, 'free');
    assert.equal(started.date, '2024-01-08');
    assert.deepEqual(started.tags, ['work', 'starred']);
    const full = (await call(server, 'GET', `/api/journal/entries/${started.id}`)).body;
    assert.equal(full.body, 'Met the team. @work feels different here: calmer, more deliberate.');
    const walk = items.find((e) => e.date === '2024-01-13');
    assert.equal(walk.title, 'Long walk with Sam.');
    assert.equal(walk.excerpt, 'Long walk with Sam.');
    assert.equal((await call(server, 'GET', '/api/journal/search?q=deck')).body.items[0].date, '2024-02-02');
    assert.deepEqual((await call(server, 'GET', '/api/journal/tags')).body.items.map((t) => t.tag).sort(), ['family', 'starred', 'work']);
  });

  test('importing the same export again adds nothing: each entry is already there', async () => {
    const reply = await upload(server, jrnl);
    assert.equal(reply.body.entries, 0);
    assert.equal(reply.body.skipped, 4);
    assert.deepEqual(reply.body.skipped_entries.map((s) => s.reason),
      ['already in your journal', 'already in your journal', 'already in your journal', 'it has no date']);
    assert.equal((await entries(server)).length, 4);
  });

  test('a Day One Journal.json and the .zip holding it: local dates, the first line as title, photos left out', async () => {
    const fresh = await startServer({ env });
    try {
      const reply = await upload(fresh, dayOne);
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      assert.equal(reply.body.format, 'day_one');
      assert.equal(reply.body.entries, 2);
      assert.equal(reply.body.media_left_out, 1);
      assert.deepEqual(reply.body.skipped_entries.map((s) => s.where), ['entries[2]'], 'its text is blank');
      assert.match(reply.body.skipped_entries[0].reason, /^body: /);
      const items = await entries(fresh);
      const saturday = items.find((e) => e.title === 'A quiet Saturday');
      assert.equal(saturday.date, '2023-11-04');
      assert.deepEqual(saturday.tags, ['weekend', 'slow-living']);
      const body = (await call(fresh, 'GET', `/api/journal/entries/${saturday.id}`)).body.body;
      assert.doesNotMatch(body, /dayone-moment/);
      assert.match(body, /^Coffee by the river, then the market\.\n+I want more days like this\.$/);
      const berlin = items.find((e) => e.date === '2023-11-06');
      assert.equal(berlin.title, 'Decided to say no to the Berlin offer.');
      assert.deepEqual(berlin.tags, ['decisions', 'starred']);

      // The .zip Day One exports: the same journal, so every entry is already there.
      const zipped = await upload(fresh, readFileSync(dayOneZip(fresh.dir)));
      assert.equal(zipped.status, 200, JSON.stringify(zipped.body));
      assert.deepEqual([zipped.body.format, zipped.body.entries, zipped.body.skipped], ['day_one', 0, 3]);
    } finally {
      await fresh.stop();
    }
  });

  test('a .zip with two journals imports both, naming the file of each skipped entry', async () => {
    const fresh = await startServer({ env });
    try {
      const travel = JSON.stringify({ metadata: { version: '1.0' }, entries: [{ creationDate: '2022-05-01T09:00:00Z', text: 'Porto\n\nTrains all day.' }, { text: 'no date' }] });
      const reply = await upload(fresh, readFileSync(dayOneZip(fresh.dir, { 'Journal.json': dayOne, 'Travel.json': travel, 'photos/Other.json': '{}' })));
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      assert.equal(reply.body.entries, 3);
      assert.deepEqual(reply.body.skipped_entries.map((s) => s.where), ['Journal.json entries[2]', 'Travel.json entries[1]']);
      const empty = await upload(fresh, readFileSync(dayOneZip(fresh.dir, { 'photos/a.jpeg': 'x' })));
      assert.equal(empty.status, 400);
      assert.match(empty.body.error.message, /holds no journal/);
    } finally {
      await fresh.stop();
    }
  });

  test('bad files add nothing and say what is wrong', async () => {
    const before = (await entries(server)).length;
    for (const [body, field, message] of [
      ['{"entries":[{"date":"2024-01-01","body":"x"}', 'import', /ends too early/],
      ['{"entries" [1]}', 'import', /not valid JSON/],
      ['{"notes":[]}', 'format', /not a True North archive, nor a jrnl or Day One journal export \(it has no "entries" list\)/],
      ['PK\u0003\u0004 cut short', 'import', /\.zip cannot be read/],
      ['SQLite format 3\u0000', 'import', /database file .*restore/],
    ]) {
      const reply = await upload(server, body);
      assert.equal(reply.status, 400, body);
      assert.equal(reply.body.error.field, field, body);
      assert.match(reply.body.error.message, message, body);
    }
    // A journal whose last entry is cut short: the entries before it are not kept either (one transaction).
    const cut = jrnl.slice(0, jrnl.lastIndexOf('"title"'));
    assert.equal((await upload(server, cut.replace('2024-01-08', '2025-01-08'))).status, 400);
    assert.equal((await entries(server)).length, before);
  });

  test('the upload route takes application/octet-stream; other routes still only JSON', async () => {
    const other = await call(server, 'POST', '/api/journal/entries', '{}', { 'Content-Type': 'application/octet-stream' });
    assert.equal(other.status, 415);
    const text = await call(server, 'POST', '/api/import', jrnl, { 'Content-Type': 'text/plain' });
    assert.equal(text.status, 415);
  });
});

describe('truenorth import with a journal', () => {
  test('jrnl and Day One files from the command line, also from standard input; a summary of what was skipped', async () => {
    const server = await startServer({ env });
    const db = server.dbPath;
    await server.stop({ keepFiles: true });
    const run = (args, input) => spawnSync(binary, ['import', '--db', db, ...args], { encoding: 'utf8', env, input });
    const first = run([path.join(fixtures, 'jrnl.json')]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /^Added 3 entries from .*jrnl\.json \(a jrnl export\) to the journal of .*; skipped 1:\n  entries\[3\]: it has no date\n$/);
    const piped = run(['-'], dayOne);
    assert.equal(piped.status, 0, piped.stderr);
    assert.match(piped.stdout, /^Added 2 entries from standard input \(a Day One export\)/);
    assert.match(piped.stdout, /Photos and other attachments of 1 entries were left out/);
    const zipped = run([dayOneZip(path.dirname(db))]);
    assert.equal(zipped.status, 0, zipped.stderr);
    assert.match(zipped.stdout, /^Added 0 entries .*; skipped 3:\n  entries\[0\]: already in your journal/);
    const bad = run(['-'], '{"notes":[]}');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /^truenorth import: standard input: this is not a True North archive, nor a jrnl or Day One journal export/);
    const again = await startServer({ dbPath: db, env });
    assert.equal((await entries(again)).length, 5);
    await again.stop();
  });
});
