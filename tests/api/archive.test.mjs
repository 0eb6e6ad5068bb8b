// Export and import of the whole workbook over real HTTP and the command line: the round trip of a filled
// workbook (every GET answer, every table, the archive itself), bad archives, replace, upload limits.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fillWorkbook } from '../../bench/workbook_fixture.mjs';
import { authLine, binary, call, expectReply, fetchOnce, rawRequest, startServer, statusOf } from '../support/server.mjs';

process.env.TRUENORTH_TODAY = '2026-03-04';

const must = expectReply;  // any 2xx, else the test fails

// What bench/workbook_fixture.mjs leaves out: a card sort in progress, a second road switch and a deleted
// road, an entry deleted for good from the trash, a deleted decision that a road linked to, a deleted
// assessment, balance snapshot and custom value, a finished priority.
async function fillTheRest(server) {
  const sort = await must(server, 'POST', '/api/values/sorts');
  const catalog = (await must(server, 'GET', '/api/values/catalog')).items;
  await must(server, 'PUT', `/api/values/sorts/${sort.id}/cards/${catalog[3].key}`, { pile: 'important' });
  const decision = await must(server, 'POST', '/api/decisions', { title: 'Move to Lisbon?' });
  const roads = (await must(server, 'GET', '/api/roads')).items;
  await must(server, 'PUT', `/api/roads/${roads[1].id}`, { name: roads[1].name, notes: 'Linked', milestones: [], decision_id: decision.id, version: roads[1].version });
  await must(server, 'DELETE', `/api/decisions/${decision.id}`);
  await must(server, 'POST', `/api/roads/${roads[1].id}/choose`, {});
  await must(server, 'DELETE', `/api/roads/${roads[2].id}`);
  const trash = (await must(server, 'GET', '/api/journal/trash')).items;
  await must(server, 'DELETE', `/api/journal/trash/${trash[0].id}`);
  const assessments = (await must(server, 'GET', '/api/alignment/assessments')).items;
  await must(server, 'DELETE', `/api/alignment/assessments/${assessments.at(-1).id}`);
  const snapshots = (await must(server, 'GET', '/api/balance/snapshots')).items;
  await must(server, 'DELETE', `/api/balance/snapshots/${snapshots.at(-1).id}`);
  const extra = await must(server, 'POST', '/api/values/custom', { name: 'Unhurried mornings', definition: 'Starting slow' });
  await must(server, 'DELETE', `/api/values/custom/${extra.id}`);
  const task = (await must(server, 'GET', '/api/priorities')).items[0];
  await must(server, 'PATCH', `/api/priorities/${task.id}`, { done: true, version: task.version });
}

// Every GET answer of every list and detail endpoint, by path.
async function everyAnswer(server) {
  const paths = ['/api/health', '/api/vision', '/api/vision/history', '/api/values/catalog', '/api/values/custom',
    '/api/values/core', '/api/values/sorts', '/api/values/sorts/current', '/api/alignment/form',
    '/api/alignment/assessments', '/api/alignment/worksheet', '/api/balance/areas', '/api/balance/snapshots',
    '/api/decisions', '/api/decisions/templates', '/api/journal/kinds', '/api/journal/trash', '/api/journal/tags',
    '/api/journal/cadence', '/api/journal/earlier', '/api/journal/search?q=week', '/api/journal/search?q=team&sort=newest',
    '/api/initiatives', '/api/stop-doing', '/api/roads', '/api/priorities',
    ...['skills', 'strengths', 'passions', 'boundaries', 'self_care'].map((list) => `/api/lists/${list}`)];
  const answers = {};
  const get = async (apiPath) => {
    const reply = await call(server, 'GET', apiPath);
    answers[apiPath] = { status: reply.status, body: reply.body };
    return reply.body;
  };
  for (const apiPath of paths) await get(apiPath);
  const entryIds = answers['/api/journal/trash'].body.items.map((e) => e.id);
  for (const list of ['/api/journal/entries?limit=100', '/api/journal/lessons?limit=100']) {
    let page = await get(list);
    while (page.next_cursor) page = await get(`${list}&cursor=${encodeURIComponent(page.next_cursor)}`);
  }
  for (const [apiPath, { body }] of Object.entries(answers)) {
    if (apiPath.startsWith('/api/journal/entries')) entryIds.push(...body.items.map((e) => e.id));
  }
  assert.ok(entryIds.length > 100);
  for (const id of entryIds) await get(`/api/journal/entries/${id}`);
  const sorts = answers['/api/values/sorts'].body.items.concat(answers['/api/values/sorts/current'].body.sort ?? []);
  for (const sort of sorts) await get(`/api/values/sorts/${sort.id}`);
  for (const a of answers['/api/alignment/assessments'].body.items) await get(`/api/alignment/assessments/${a.id}`);
  for (const d of answers['/api/decisions'].body.items) {
    for (const tail of ['', '/export.csv', '/export.md']) await get(`/api/decisions/${d.id}${tail}`);
  }
  for (const i of answers['/api/initiatives'].body.items) await get(`/api/initiatives/${i.id}`);
  return answers;
}

// Every table of the database file, row by row as SQL literals, with its id counters, schema version and
// the full-text index's content.
function databaseContents(dbPath) {
  const sql = (query) => execFileSync('sqlite3', ['-readonly', '-quote', dbPath, query], { encoding: 'utf8' });
  const names = (query) => sql(query).trim().split('\n').map((quoted) => quoted.slice(1, -1));
  // A search index compares by what it holds: its shadow tables' bytes depend on how it was built.
  const indexes = names("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%' ORDER BY name");
  const tables = names("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .filter((table) => !indexes.some((index) => table === index || table.startsWith(`${index}_`)));
  assert.ok(tables.includes('journal_entries') && tables.includes('sqlite_sequence') && indexes.includes('journal_fts'));
  const out = { user_version: sql('PRAGMA user_version') };
  for (const index of indexes) out[index] = sql(`SELECT rowid, * FROM "${index}" ORDER BY rowid`);
  for (const table of tables) out[table] = sql(`SELECT * FROM "${table}"`);
  return out;
}

async function exportArchive(server) {
  const response = await fetchOnce(`${server.url}/api/export`, { headers: { Authorization: `Bearer ${server.token}` } });
  assert.equal(response.status, 200);
  return { headers: response.headers, text: await response.text() };
}

const importArchive = (server, text, query = '') => call(server, 'POST', `/api/import${query}`, text);
const withoutTime = (text) => text.replace(/"exported_at":"[^"]*"/, '"exported_at":""');

describe('export and import through the API', () => {
  let source;
  let archive;

  before(async () => {
    source = await startServer();
    await fillWorkbook(source);
    await fillTheRest(source);
    archive = await exportArchive(source);
  });
  after(async () => { await source.stop(); });

  test('the export is a dated JSON download of the whole workbook', () => {
    assert.equal(archive.headers.get('content-disposition'), 'attachment; filename="truenorth-export-2026-03-04.json"');
    assert.match(archive.headers.get('content-type'), /^application\/json/);
    assert.equal(archive.headers.get('transfer-encoding'), 'chunked');
    const parsed = JSON.parse(archive.text);
    assert.equal(parsed.format, 'truenorth-archive');
    assert.equal(parsed.format_version, 1);
    assert.match(parsed.exported_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);  // timestamps carry milliseconds
    assert.ok(parsed.tables.journal_entries.rows.length > 120);
    assert.ok(parsed.tables.journal_entries.rows.some((row) => row.at(-1) !== null), 'the trash travels too');
    assert.ok(parsed.tables.road_switches.rows.length === 2 && parsed.tables.vision_statement_history.rows.length === 3);
    assert.equal(parsed.tables.journal_fts, undefined);
    assert.ok(parsed.sequences.journal_entries >= parsed.tables.journal_entries.rows.at(-1)[0]);
  });

  test('imported into a new workbook, every answer, every table and the archive are the same', async () => {
    const target = await startServer();
    const imported = await importArchive(target, archive.text);
    assert.equal(imported.status, 200, JSON.stringify(imported.body));
    assert.equal(imported.body.imported, true);
    assert.equal(imported.body.replaced, false);
    assert.equal(imported.body.archive.exported_at, JSON.parse(archive.text).exported_at);

    const [want, got] = [await everyAnswer(source), await everyAnswer(target)];
    assert.deepEqual(Object.keys(got).sort(), Object.keys(want).sort());
    for (const apiPath of Object.keys(want)) assert.deepEqual(got[apiPath], want[apiPath], apiPath);
    assert.deepEqual(databaseContents(target.dbPath), databaseContents(source.dbPath));
    assert.equal(withoutTime((await exportArchive(target)).text), withoutTime(archive.text));

    // A new record gets the next id the original would have given: ids deleted for good stay unused.
    const next = await must(target, 'POST', '/api/journal/entries', { kind: 'free', date: '2026-03-04', body: 'Next' });
    assert.equal(next.id, JSON.parse(archive.text).sequences.journal_entries + 1);
    await target.stop();
  });

  test('a workbook with data is replaced only when asked, and HEAD sends no body', async () => {
    const target = await startServer();
    await must(target, 'PUT', '/api/vision', { statement: 'Mine', organisation: '', mission: '', current_position: '', future_position: '', horizon_years: 7, version: 0 });
    const before = databaseContents(target.dbPath);
    const refused = await importArchive(target, archive.text);
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.field, 'replace');
    assert.deepEqual(databaseContents(target.dbPath), before);
    const bogus = await importArchive(target, archive.text, '?replace=yes');
    assert.equal(bogus.status, 400);
    assert.equal(bogus.body.error.field, 'replace');
    const replaced = await importArchive(target, archive.text, '?replace=true');
    assert.equal(replaced.status, 200);
    assert.equal(replaced.body.replaced, true);
    assert.deepEqual(databaseContents(target.dbPath), databaseContents(source.dbPath));
    // What was replaced was backed up first: restoring that backup brings it back.
    const backups = (await must(target, 'GET', '/api/backups')).items.filter((b) => b.reason === 'before-import');
    assert.equal(backups.length, 1);
    await must(target, 'POST', `/api/backups/${backups[0].name}/restore`);
    assert.equal((await must(target, 'GET', '/api/vision')).statement, 'Mine');
    const head = await fetch(`${target.url}/api/export`, { method: 'HEAD', headers: { Authorization: `Bearer ${target.token}` } });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
    await target.stop();
  });

  test('every bad archive gets 400 naming what is wrong, and the workbook stays as it was', async () => {
    const target = await startServer();
    await must(target, 'POST', '/api/values/custom', { name: 'Mine' });
    const before = databaseContents(target.dbPath);
    const text = archive.text;
    const schema = JSON.parse(text).schema_version;
    const firstEntry = JSON.stringify(JSON.parse(text).tables.journal_entries.rows[0]);
    const cases = [
      ['{"format": "truenorth-archive", "format_version": 1,', 'archive', /ends too early/],
      [text.slice(0, Math.floor(text.length / 2)), 'archive', /ends too early/],
      ['{"format": "truenorth-archive" "tables": {}}', 'archive', /not valid JSON/],
      [JSON.stringify({ notes: [{ date: '2026-01-01', text: 'hi' }] }), 'format', /not a True North archive/],
      [text.replace('"format_version":1', '"format_version":2'), 'format_version', /newer than this True North reads/],
      [text.replace(`"schema_version":${schema}`, `"schema_version":${schema + 1}`), 'schema_version', /newer True North/],
      [text.replace(firstEntry, firstEntry.replace(/^\[(\d+),"(\w+)"/, '[$1,7')), 'tables.journal_entries.rows[0][1]', /\(kind\) must be a string/],
      [text.replace(/("initiative_milestones":\{"columns":\[[^\]]*\],"rows":\[\n\[)\d+/, (_, start) => `${start}9999`),
        'tables', /a row of initiative_milestones linked to a missing row of initiatives/],
    ];
    for (const [body, field, message] of cases) {
      assert.notEqual(body, text);
      const reply = await importArchive(target, body, '?replace=true');
      assert.equal(reply.status, 400, `${field}: ${JSON.stringify(reply.body)}`);
      assert.equal(reply.body.error.code, 'invalid_argument');
      assert.equal(reply.body.error.field, field);
      assert.match(reply.body.error.message, message);
      assert.deepEqual(databaseContents(target.dbPath), before, field);
    }
    assert.equal((await importArchive(target, '', '?replace=true')).body.error.message, 'the archive is empty');
    assert.deepEqual(readdirSync(target.dir).filter((name) => name.includes('.upload-')), [], 'no upload left behind');
    await target.stop();
  });
});

describe('the upload route and the body limits', () => {
  let server;
  let archive;
  const host = () => `Host: ${server.host}`;
  const importHeaders = (length) => ['POST /api/import?replace=true HTTP/1.1', host(), authLine(server),
    'X-Requested-With: truenorth', 'Content-Type: application/json', `Content-Length: ${length}`];
  const req = (lines, body = '') => `${lines.join('\r\n')}\r\n\r\n${body}`;
  const responses = (raw) => raw.match(/HTTP\/1\.1 \d{3}/g) ?? [];

  before(async () => {
    server = await startServer();
    await must(server, 'PUT', '/api/vision', { statement: 'Kept', organisation: '', mission: '', current_position: '', future_position: '', horizon_years: 7, version: 0 });
    // A valid archive over 2 MiB: JSON allows any whitespace after the last brace.
    archive = (await exportArchive(server)).text + ' '.repeat(3 * 1024 * 1024);
  });
  after(async () => { await server.stop(); });

  test('an archive over 2 MiB is accepted on the import route, and the next request has the 1 MiB limit again', async () => {
    const length = Buffer.byteLength(archive);
    const raw = await rawRequest(server.port, req(importHeaders(length), archive) +
      req(['PUT /api/vision HTTP/1.1', host(), authLine(server), 'X-Requested-With: truenorth', 'Content-Type: application/json',
        `Content-Length: ${2 * 1024 * 1024}`], '{'), { waitMs: 3000 });
    assert.deepEqual(responses(raw), ['HTTP/1.1 200', 'HTTP/1.1 413']);
    assert.match(raw, /"imported":true/);
    assert.equal((await must(server, 'GET', '/api/vision')).statement, 'Kept');
  });

  test('a 2 MiB body anywhere else is still refused and ends the connection', async () => {
    for (const [method, apiPath] of [['POST', '/api/journal/entries'], ['PUT', '/api/import'], ['POST', '/api/import/']]) {
      const raw = await rawRequest(server.port, req([`${method} ${apiPath} HTTP/1.1`, host(), authLine(server),
        'X-Requested-With: truenorth', 'Content-Type: application/json', `Content-Length: ${2 * 1024 * 1024}`],
      `{}\r\n\r\nGET /api/health HTTP/1.1\r\n${host()}\r\n\r\n`));
      assert.deepEqual(responses(raw), ['HTTP/1.1 413'], `${method} ${apiPath}`);
      assert.match(raw, /Connection: close/i);
    }
  });

  test('the import route keeps every other rule: token, Origin, headers, type, at most 512 MiB', async () => {
    const big = 2 * 1024 * 1024;
    const without = (name) => importHeaders(big).filter((line) => !line.startsWith(name));
    const refusals = [
      [401, without('Authorization')],
      [403, [...importHeaders(big), 'Origin: http://127.0.0.1:9']],
      [403, without('X-Requested-With')],
      [415, [...without('Content-Type'), 'Content-Type: text/plain']],
      [413, importHeaders(513 * 1024 * 1024)],
      [411, [...without('Content-Length'), 'Transfer-Encoding: chunked']],
    ];
    for (const [status, lines] of refusals) {
      const raw = await rawRequest(server.port, req(lines, archive.slice(0, 1024)));
      assert.equal(statusOf(raw), status, lines.join(' | '));
      assert.deepEqual(responses(raw), [`HTTP/1.1 ${status}`]);
      assert.match(raw, /Connection: close/i);
    }
    assert.equal((await must(server, 'GET', '/api/vision')).statement, 'Kept');
  });

  test('an upload goes to an owner-only temporary file beside the database, removed when it is cut off', async () => {
    const socket = net.connect(server.port, '127.0.0.1');
    await new Promise((resolve) => socket.on('connect', resolve));
    socket.write(req(importHeaders(Buffer.byteLength(archive)), archive.slice(0, 1024 * 1024)));
    let temporary = [];
    for (let i = 0; i < 100 && temporary.length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      temporary = readdirSync(server.dir).filter((name) => name.startsWith('truenorth.db.upload-'));
    }
    assert.equal(temporary.length, 1);
    assert.equal(statSync(path.join(server.dir, temporary[0])).mode & 0o777, 0o600);
    socket.destroy();
    for (let i = 0; i < 100 && existsSync(path.join(server.dir, temporary[0])); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.equal(existsSync(path.join(server.dir, temporary[0])), false);
    assert.equal((await must(server, 'GET', '/api/vision')).statement, 'Kept');
  });
});

describe('truenorth export and truenorth import', () => {
  const run = (args, options = {}) => spawnSync(path.resolve(binary), args, { encoding: 'utf8', timeout: 60000, ...options });
  let server;
  let dir;

  before(async () => {
    server = await startServer();
    await fillWorkbook(server);
    dir = mkdtempSync(path.join(tmpdir(), 'truenorth-archive-'));
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('--help explains each command', () => {
    for (const command of ['export', 'import']) {
      const help = run([command, '--help']);
      assert.equal(help.status, 0);
      assert.match(help.stdout, new RegExp(`^Usage: truenorth ${command}`));
    }
    assert.match(run(['--help']).stdout, /truenorth export \[--db PATH\]/);
  });

  test('export works while the server runs, to a dated owner-only file or to standard output', async () => {
    const result = run(['export', '--db', server.dbPath], { cwd: dir });
    assert.equal(result.status, 0, result.stderr);
    const file = path.join(dir, 'truenorth-export-2026-03-04.json');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.deepEqual(readdirSync(dir), ['truenorth-export-2026-03-04.json'], 'no partial file left');
    const fromApi = (await exportArchive(server)).text;
    assert.equal(withoutTime(readFileSync(file, 'utf8')), withoutTime(fromApi));
    const piped = run(['export', '--db', server.dbPath, '--format', 'json', '--output', '-']);
    assert.equal(piped.status, 0);
    assert.equal(withoutTime(piped.stdout), withoutTime(fromApi));
    assert.equal((await call(server, 'GET', '/api/health')).status, 200);
  });

  test('import refuses while a server runs on the database, and says so', () => {
    const result = run(['import', '--db', server.dbPath, '--replace', path.join(dir, 'truenorth-export-2026-03-04.json')]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^truenorth import: refusing to import: .*already in use by another True North/);
    assert.equal(result.stderr.trim().split('\n').length, 1);
  });

  test('import into a new database recreates the workbook; a second import needs --replace', async () => {
    const file = path.join(dir, 'truenorth-export-2026-03-04.json');
    const db = path.join(dir, 'copy', 'truenorth.db');
    const first = run(['import', '--db', db, file]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /^Imported \d+ rows from .* into .*copy\/truenorth\.db/);
    const before = databaseContents(db);
    assert.deepEqual(before, databaseContents(server.dbPath));

    const again = run(['import', '--db', db, file]);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already holds data.*--replace/);
    assert.deepEqual(databaseContents(db), before);
    const replaced = run(['import', '--db', db, '--replace', '-'], { input: readFileSync(file) });
    assert.equal(replaced.status, 0, replaced.stderr);
    assert.match(replaced.stdout, /from standard input.*what it held before was replaced/);
    assert.equal(readdirSync(path.join(dir, 'copy', 'backups')).filter((name) => name.endsWith('-before-import.db')).length, 1,
      'what was replaced was backed up first');

    const copy = await startServer({ dbPath: db });
    for (const apiPath of ['/api/vision', '/api/journal/entries?limit=100', '/api/decisions', '/api/roads', '/api/values/core']) {
      assert.deepEqual((await call(copy, 'GET', apiPath)).body, (await call(server, 'GET', apiPath)).body, apiPath);
    }
    await copy.stop();
  });

  test('a bad archive or option is one line and exit 1, and changes nothing', () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"format": "truenorth-archive", "format_version": 1, "schema_version": 1, "tables": {"vis');
    const fresh = path.join(dir, 'never', 'truenorth.db');
    const failed = run(['import', '--db', fresh, bad]);
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /^truenorth import: .*bad\.json: the archive ends too early/);
    assert.equal(failed.stderr.trim().split('\n').length, 1);
    assert.equal(existsSync(fresh), false, 'a database that was not there is not left behind');
    const db = path.join(dir, 'copy', 'truenorth.db');
    const before = databaseContents(db);
    assert.equal(run(['import', '--db', db, '--replace', bad]).status, 1);
    assert.deepEqual(databaseContents(db), before);
    for (const args of [['import', '--db', db], ['import', '--db', db, path.join(dir, 'missing.json')],
      ['export', '--format', 'pdf', '--db', db], ['export', '--bogus'], ['export', '--db', path.join(dir, 'nothing.db')],
      ['export', '--db', db, '--output', path.join(dir, 'no-such-folder', 'x.json')]]) {
      const result = run(args);
      assert.equal(result.status, 1, args.join(' '));
      assert.match(result.stderr, /^truenorth (export|import): \S.*\n$/, args.join(' '));
    }
  });
});
