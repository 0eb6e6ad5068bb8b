// The Markdown export and encrypted exports and backups, over real HTTP and with the command line: the .zip
// of notes (front matter that reads back, one note per module), and encryption round trips, a wrong
// passphrase, a changed byte and a cut-short file (each refused with nothing changed), and the README's
// Python script decrypting without True North.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { binary, call, startServer } from '../support/server.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PASSPHRASE = 'a long walk: "home"';
const b64 = (text) => Buffer.from(text, 'utf8').toString('base64');
const unzipList = (zip) => execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n');
const unzipRead = (zip, name) => execFileSync('unzip', ['-p', zip, name], { encoding: 'utf8' });
const entryBodies = async (server) => (await call(server, 'GET', '/api/journal/entries?limit=100')).body.items.map((e) => e.excerpt).sort();

// Downloads `apiPath` (GET, or POST with `body`) as bytes.
async function download(server, method, apiPath, body) {
  const response = await fetch(server.url + apiPath, {
    method, body: body && JSON.stringify(body),
    headers: { Authorization: `Bearer ${server.token}`, 'X-Requested-With': 'truenorth', ...(body ? { 'Content-Type': 'application/json' } : {}) },
  });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

const upload = (server, bytes, passphrase, query = '') => fetch(`${server.url}/api/import${query}`, {
  method: 'POST', body: bytes,
  headers: { Authorization: `Bearer ${server.token}`, 'X-Requested-With': 'truenorth', 'Content-Type': 'application/octet-stream',
    ...(passphrase === undefined ? {} : { 'X-Truenorth-Passphrase': b64(passphrase) }) },
}).then(async (r) => ({ status: r.status, body: await r.json() }));

// The README's decryption script (the python block of "Encrypted files"), run on `file`.
function decryptWithPython(file, passphrase) {
  const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Encrypted files'));
  const script = section.match(/```python\n([\s\S]*?)```/)[1];
  // Debian's python3 has python3-nacl; another python3 earlier on the PATH may not.
  const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  return spawnSync(python, ['-c', script, file, passphrase], { maxBuffer: 1 << 26 });
}

describe('the Markdown export', () => {
  let server;
  before(async () => {
    server = await startServer();
    await call(server, 'PUT', '/api/vision', { ...(await call(server, 'GET', '/api/vision')).body, statement: 'I lead: calmly, "openly".' });
    await call(server, 'POST', '/api/journal/entries', { kind: 'free', date: '2026-02-01', title: 'Plans: Q1/Q2 "draft"', body: 'Line one\n\n- a list', tags: ['work', 'q1'], mood: 4 });
    await call(server, 'POST', '/api/journal/entries', { kind: 'weekly', date: '2026-02-02', answers: { learned: 'Ask sooner.' }, energy: 2 });
    const gone = await call(server, 'POST', '/api/journal/entries', { kind: 'free', date: '2026-01-05', body: 'Thrown away' });
    await call(server, 'DELETE', `/api/journal/entries/${gone.body.id}`);
    await call(server, 'POST', '/api/decisions', { title: 'Take the Berlin offer?' });
  });
  after(async () => { await server.stop(); });

  test('GET /api/export?format=markdown: a .zip with a README, one note per module and per entry', async () => {
    const reply = await download(server, 'GET', '/api/export?format=markdown');
    assert.equal(reply.status, 200);
    assert.equal(reply.headers.get('content-type'), 'application/zip');
    assert.match(reply.headers.get('content-disposition'), /filename="truenorth-notes-\d{4}-\d{2}-\d{2}\.zip"/);
    const zip = path.join(server.dir, 'notes.zip');
    writeFileSync(zip, reply.bytes);
    const files = unzipList(zip);
    for (const name of ['README.md', 'Vision.md', 'Values.md', 'Alignment.md', 'Decisions.md', 'Goals.md', 'Roads.md', 'People and learning.md']) {
      assert.ok(files.includes(name), `${name} in ${files}`);
    }
    const notes = files.filter((f) => f.startsWith('journal/'));
    assert.equal(notes.length, 3);
    assert.match(unzipRead(zip, 'README.md'), /not for importing back into True North/);
    const plans = notes.find((f) => f.includes('Plans'));
    assert.match(plans, /^journal\/2026\/2026-02-01 Plans Q1 Q2 draft \(id \d+\)\.md$/);
    const note = unzipRead(zip, plans);
    assert.match(note, /^---\ntitle: "Plans: Q1\/Q2 \\"draft\\""\ndate: 2026-02-01\nkind: "free"\ntags: \["work", "q1"\]\nmood: 4\nenergy: null\n---\n\n# Plans: Q1\/Q2 "draft"\n\nLine one\n\n- a list\n$/);
    const weekly = unzipRead(zip, notes.find((f) => f.includes('2026-02-02')));
    assert.match(weekly, /## What I learned\n\nAsk sooner\./);
    assert.ok(notes.some((f) => f.startsWith('journal/trash/2026-01-05')), 'the trash is there too');
    assert.match(unzipRead(zip, 'Vision.md'), /I lead: calmly, "openly"\./);
    assert.match(unzipRead(zip, 'Decisions.md'), /## Take the Berlin offer\?/);
  });

  test('truenorth export --format markdown writes the same notes, also to standard output', async () => {
    const zip = path.join(server.dir, 'cli-notes.zip');
    const written = spawnSync(binary, ['export', '--db', server.dbPath, '--format', 'markdown', '--output', zip], { encoding: 'utf8' });
    assert.equal(written.status, 0, written.stderr);
    assert.match(written.stdout, /as Markdown notes to .*cli-notes\.zip/);
    assert.equal(unzipList(zip).filter((f) => f.startsWith('journal/')).length, 3);
    const piped = spawnSync(binary, ['export', '--db', server.dbPath, '--format', 'markdown', '--output', '-']);
    assert.equal(piped.status, 0);
    assert.equal(piped.stdout.subarray(0, 4).toString('latin1'), 'PK\u0003\u0004');
    assert.equal((await call(server, 'GET', '/api/export?format=pdf')).body.error.field, 'format');
  });
});

describe('encrypted exports and backups', () => {
  let server;
  before(async () => {
    server = await startServer();
    await call(server, 'POST', '/api/journal/entries', { kind: 'free', date: '2026-03-01', body: 'Secret plans' });
  });
  after(async () => { await server.stop(); });

  test('POST /api/export with a passphrase: an encrypted archive that imports back only with it', async () => {
    const short = await download(server, 'POST', '/api/export', { passphrase: 'short' });
    assert.equal(short.status, 400);
    const reply = await download(server, 'POST', '/api/export', { format: 'json', passphrase: PASSPHRASE });
    assert.equal(reply.status, 200);
    assert.match(reply.headers.get('content-disposition'), /truenorth-export-.*\.json\.enc"/);
    assert.equal(reply.bytes.subarray(0, 8).toString('latin1'), 'TNCRYPT\u0000');
    assert.ok(!reply.bytes.includes('Secret plans'), 'nothing readable inside');

    const target = await startServer();
    try {
      const missing = await upload(target, reply.bytes);
      assert.deepEqual([missing.status, missing.body.error.field], [400, 'passphrase']);
      const wrong = await upload(target, reply.bytes, 'not the passphrase');
      assert.equal(wrong.status, 400);
      assert.equal(wrong.body.error.field, 'passphrase');
      assert.match(wrong.body.error.message, /passphrase is wrong/);
      const flipped = Buffer.from(reply.bytes);
      flipped[flipped.length - 30] ^= 0x20;
      assert.equal((await upload(target, flipped, PASSPHRASE)).status, 400);
      const cut = await upload(target, reply.bytes.subarray(0, reply.bytes.length - 17), PASSPHRASE);
      assert.equal(cut.status, 400);
      assert.match(cut.body.error.message, /cut short/);
      assert.deepEqual(await entryBodies(target), [], 'nothing changed by a refused file');
      const imported = await upload(target, reply.bytes, PASSPHRASE);
      assert.equal(imported.status, 200, JSON.stringify(imported.body));
      assert.deepEqual(await entryBodies(target), ['Secret plans']);
    } finally {
      await target.stop();
    }
  });

  test('the README\'s Python script decrypts an encrypted export without True North', async () => {
    const plain = await download(server, 'GET', '/api/export?format=markdown');
    const sealed = await download(server, 'POST', '/api/export', { format: 'markdown', passphrase: PASSPHRASE });
    assert.match(sealed.headers.get('content-disposition'), /truenorth-notes-.*\.zip\.enc"/);
    const file = path.join(server.dir, 'notes.zip.enc');
    writeFileSync(file, sealed.bytes);
    const decrypted = decryptWithPython(file, PASSPHRASE);
    assert.equal(decrypted.status, 0, decrypted.stderr.toString());
    const zip = path.join(server.dir, 'decrypted.zip');
    writeFileSync(zip, decrypted.stdout);
    assert.deepEqual(unzipList(zip), unzipList((writeFileSync(path.join(server.dir, 'plain.zip'), plain.bytes), path.join(server.dir, 'plain.zip'))));
    const wrong = decryptWithPython(file, 'nope nope nope');
    assert.notEqual(wrong.status, 0);
  });

  test('truenorth export --encrypt and backup --encrypt, read back by import and restore with TRUENORTH_PASSPHRASE', async () => {
    const env = { ...process.env, TRUENORTH_PASSPHRASE: PASSPHRASE };
    const run = (args, extra = {}) => spawnSync(binary, args, { encoding: 'utf8', env: { ...env, ...extra } });
    const archive = path.join(server.dir, 'archive.json.enc');
    const exported = run(['export', '--db', server.dbPath, '--encrypt', '--output', archive]);
    assert.equal(exported.status, 0, exported.stderr);
    assert.equal(readFileSync(archive).subarray(0, 7).toString(), 'TNCRYPT');
    const backup = path.join(server.dir, 'safe.db.enc');
    const backedUp = run(['backup', '--db', server.dbPath, '--encrypt', backup]);
    assert.equal(backedUp.status, 0, backedUp.stderr);
    assert.match(backedUp.stdout, /encrypted/);
    assert.equal(run(['backup', '--db', server.dbPath, '--encrypt']).status, 1, '--encrypt needs FILE');
    assert.match(run(['backup', '--db', server.dbPath, '--encrypt', backup], { TRUENORTH_PASSPHRASE: 'short' }).stderr, /at least 8 characters/);

    const other = path.join(server.dir, 'other', 'truenorth.db');
    const wrong = run(['import', '--db', other, archive], { TRUENORTH_PASSPHRASE: 'wrong passphrase' });
    assert.equal(wrong.status, 1);
    assert.match(wrong.stderr, /^truenorth import: .*archive\.json\.enc: the passphrase is wrong.*nothing was imported\n$/);
    const imported = run(['import', '--db', other, archive]);
    assert.equal(imported.status, 0, imported.stderr);
    const restoredDb = path.join(server.dir, 'restored', 'truenorth.db');
    const badRestore = run(['restore', '--db', restoredDb, backup], { TRUENORTH_PASSPHRASE: 'wrong passphrase' });
    assert.equal(badRestore.status, 1);
    assert.match(badRestore.stderr, /passphrase is wrong.*nothing was restored/);
    const restored = run(['restore', '--db', restoredDb, backup]);
    assert.equal(restored.status, 0, restored.stderr);
    for (const db of [other, restoredDb]) {
      const check = await startServer({ dbPath: db });
      assert.deepEqual(await entryBodies(check), ['Secret plans']);
      await check.stop();
    }
    const noTerminal = spawnSync(binary, ['export', '--db', server.dbPath, '--encrypt', '--output', '-'], { encoding: 'utf8', env: process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    assert.equal(noTerminal.status, 1);
    assert.match(noTerminal.stderr, /TRUENORTH_PASSPHRASE/);
  });
});
