// The UI's files over HTTP: pages name a versioned folder whose files the browser may keep for good, and
// a change to any file gives a new folder, so a kept copy is never served for a changed file.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../support/server.mjs';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web');
const folderOf = (html) => html.match(/src="(\/assets\/[0-9a-f]{16})\/js\/app\.js"/)?.[1];

describe('the embedded UI', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server.stop(); });

  test('every page names one versioned folder, and its files are kept for good', async () => {
    const home = await fetch(`${server.url}/`);
    assert.equal(home.headers.get('cache-control'), 'no-cache');
    const html = await home.text();
    const folder = folderOf(html);
    assert.ok(folder, 'index.html loads app.js from /assets/<version>/');
    assert.ok(!html.includes('{{assets}}'));
    assert.equal(folderOf(await (await fetch(`${server.url}/journal/lessons`)).text()), folder);
    for (const file of ['/js/app.js', '/css/app.css', '/css/goals.css']) {
      const reply = await fetch(`${server.url}${folder}${file}`);
      assert.equal(reply.status, 200, file);
      assert.equal(reply.headers.get('cache-control'), 'max-age=31536000, immutable', file);
      assert.equal(await reply.text(), await (await fetch(`${server.url}${file}`)).text(), file);
    }
  });

  test('each script a page names is one bundle of the modules: it imports nothing', async () => {
    const printable = await (await fetch(`${server.url}/plan`, { headers: { Authorization: `Bearer ${server.token}` } })).text();
    for (const file of ['/js/app.js', '/js/plan/print.js']) {
      assert.ok(file === '/js/app.js' || printable.includes(`${file}"`), `/plan names ${file}`);
      const reply = await fetch(`${server.url}${file}`);
      assert.equal(reply.status, 200, file);
      const script = await reply.text();
      assert.doesNotMatch(script, /^\s*(import\s[^:\n]*\sfrom\s*['"]|import\s*['"]|export\s)/m, `${file} has no import or export statement`);
      assert.doesNotMatch(script, /\bimport\(/, `${file} imports no module later`);
    }
    assert.match(await (await fetch(`${server.url}/js/app.js`)).text(), /function renderNotFound\(/, 'the shell is inside app.js');
  });

  test('a file of another version is still served, but not to keep', async () => {
    const reply = await fetch(`${server.url}/assets/0000000000000000/js/app.js`);
    assert.equal(reply.status, 200);
    assert.equal(reply.headers.get('cache-control'), 'no-cache');
  });

  test('the versioned folder holds files only: no pages, no escapes', async () => {
    const folder = folderOf(await (await fetch(`${server.url}/`)).text());
    for (const file of [`${folder}/vision`, `${folder}`, '/assets/', `${folder}/js/../../schema.sql`, `${folder}/js/nothing.js`]) {
      assert.equal((await fetch(`${server.url}${file}`)).status, 404, file);
    }
  });
});

describe('a UI folder given with --web-dir', () => {
  let server;
  let dir;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'truenorth-web-'));
    cpSync(webDir, dir, { recursive: true });
    server = await startServer({ args: ['--web-dir', dir] });
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('gets a new versioned folder as soon as a file changes', async () => {
    const before = folderOf(await (await fetch(`${server.url}/`)).text());
    assert.equal(folderOf(await (await fetch(`${server.url}/`)).text()), before);
    writeFileSync(path.join(dir, 'js', 'app.js'), '// changed\n');
    const later = folderOf(await (await fetch(`${server.url}/`)).text());
    assert.notEqual(later, before);
    const file = await fetch(`${server.url}${later}/js/app.js`);
    assert.equal(await file.text(), '// changed\n');
    assert.equal(file.headers.get('cache-control'), 'max-age=31536000, immutable');
  });
});
