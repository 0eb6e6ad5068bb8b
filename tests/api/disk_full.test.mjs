// Disk full: on a small tmpfs, a write that does not fit answers 507 disk_full, loses nothing, and succeeds once there is room.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { call, integrityCheck, startServer } from '../support/server.mjs';

const SIZE = '4m';          // the tmpfs; a new database with its -wal takes about 300 KB
const LEAVE = 768 * 1024;   // room left beside the filler file: a few 60 KB journal entries fit, then no more

// Mounts a tmpfs of SIZE at a new folder; returns {dir} or {skip: why not}.
function mountSmallDisk() {
  if (process.getuid?.() !== 0) return { skip: 'needs root to mount a small tmpfs (run the tests as root to check disk-full handling)' };
  const dir = mkdtempSync(path.join(tmpdir(), 'truenorth-diskfull-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${SIZE},mode=0700`, 'tmpfs', dir], { stdio: 'pipe' });
    return { dir };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { skip: `cannot mount a tmpfs here (${String(error.stderr || error.message).trim()}); disk-full handling not checked` };
  }
}

const freeBytes = (dir) => { const s = statfsSync(dir); return s.bavail * s.bsize; };

// A journal entry of about 60 KB whose body holds a word found nowhere else.
const bigEntry = (n) => ({ kind: 'free', date: '2026-03-03', title: `Entry ${n}`, body: `marker${n}x ${'All work and no play. '.repeat(2800)}` });



const disk = mountSmallDisk();

describe('disk full', () => {
  let server;
  let dbPath;
  let vision;
  let refusedEntry;
  const saved = [];         // every entry the server acknowledged
  const fillers = [];       // the files that take the disk's room

  // Takes all but `leave` bytes of the disk with one more filler file.
  const fill = (leave = 0) => {
    const bytes = freeBytes(disk.dir) - leave;
    if (bytes <= 0) return;
    const file = path.join(disk.dir, `filler-${fillers.length}`);
    execFileSync('fallocate', ['-l', String(bytes), file]);
    fillers.push(file);
  };
  const alive = () => assert.ok(server.proc.exitCode === null && server.proc.signalCode === null, `the server exited: ${server.output()}`);
  const assertDiskFull = (res, what) => {
    assert.equal(res.status, 507, `${what}: ${JSON.stringify(res.body)}`);
    assert.equal(res.body.error.code, 'disk_full', what);
    assert.match(res.body.error.message, /the disk is full; nothing was saved/, what);
  };
  // Every write acknowledged so far reads back as acknowledged.
  const assertAllSaved = async () => {
    assert.deepEqual((await call(server, 'GET', '/api/vision')).body, vision);
    for (const entry of saved) assert.deepEqual((await call(server, 'GET', `/api/journal/entries/${entry.id}`)).body, entry);
    const listed = (await call(server, 'GET', '/api/journal/entries?limit=100')).body.items;
    assert.deepEqual(listed.map((e) => e.id).sort((a, b) => a - b), saved.map((e) => e.id).sort((a, b) => a - b));
  };

  after(async () => {
    if (server) await server.crash();
    if (server && server.dir !== disk.dir) rmSync(server.dir, { recursive: true, force: true });
    if (disk.dir) {
      execFileSync('umount', [disk.dir]);
      rmSync(disk.dir, { recursive: true, force: true });
    }
  });

  test('filling the disk: the entry that does not fit answers 507 disk_full, nothing of it is saved, reads go on', { skip: disk.skip }, async () => {
    dbPath = path.join(disk.dir, 'truenorth.db');
    server = await startServer({ dbPath });
    const res = await call(server, 'PUT', '/api/vision', {
      statement: 'Saved before the disk filled up.', organisation: '', mission: '', current_position: '', future_position: '', horizon_years: 7, version: 0,
    });
    assert.equal(res.status, 200);
    vision = res.body;

    fill(LEAVE);
    let refused;
    for (let n = 0; n < 40 && !refused; n += 1) {
      const res = await call(server, 'POST', '/api/journal/entries', bigEntry(n));
      if (res.status === 201) saved.push(res.body);
      else refused = { n, res };
    }
    assert.ok(refused, `40 entries of 60 KB were all saved on a ${SIZE} disk with ${LEAVE} bytes free`);
    assert.ok(saved.length >= 2, `only ${saved.length} entries fitted in ${LEAVE} bytes before: ${JSON.stringify(refused.res.body)}`);
    assertDiskFull(refused.res, `entry ${refused.n}`);
    refusedEntry = bigEntry(refused.n);

    assertDiskFull(await call(server, 'POST', '/api/journal/entries', refusedEntry), 'the same entry again');
    alive();
    assert.equal((await call(server, 'GET', '/api/health')).status, 200);
    await assertAllSaved();
    assert.deepEqual((await call(server, 'GET', `/api/journal/search?q=marker${refused.n}x`)).body.items, []);
  });

  test('with room again the same entry is saved', { skip: disk.skip }, async () => {
    for (const file of fillers.splice(0)) rmSync(file);
    const retried = await call(server, 'POST', '/api/journal/entries', refusedEntry);
    assert.equal(retried.status, 201, JSON.stringify(retried.body));
    saved.push(retried.body);
    await assertAllSaved();
  });

  // (Right after a refused large write, a small one may still fit in the room it left at the end of the -wal; here
  // the -wal ends with the last saved entry, so any write needs room the disk does not have.)
  test('with no byte left, small writes of every kind answer 507 disk_full and change nothing', { skip: disk.skip }, async () => {
    fill();
    assert.equal(freeBytes(disk.dir), 0);
    assertDiskFull(await call(server, 'PUT', '/api/vision', { ...vision, statement: 'Changed on a full disk.' }), 'PUT /api/vision');
    assertDiskFull(await call(server, 'POST', '/api/lists/skills', { name: 'Written on a full disk' }), 'POST /api/lists/skills');
    assertDiskFull(await call(server, 'DELETE', `/api/journal/entries/${saved[0].id}`), 'DELETE /api/journal/entries/:id');
    alive();
    await assertAllSaved();
    assert.deepEqual((await call(server, 'GET', '/api/lists/skills')).body.items, []);
  });

  test('with room again they succeed; everything acknowledged survives a kill -9; integrity_check ok', { skip: disk.skip }, async () => {
    for (const file of fillers.splice(0)) rmSync(file);
    const changed = await call(server, 'PUT', '/api/vision', { ...vision, statement: 'Changed once there was room.' });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    vision = changed.body;
    assert.equal((await call(server, 'POST', '/api/lists/skills', { name: 'Written once there was room' })).status, 201);
    const trashed = await call(server, 'DELETE', `/api/journal/entries/${saved[0].id}`);
    assert.equal(trashed.status, 200, JSON.stringify(trashed.body));
    saved.shift();

    await server.crash();
    assert.equal(integrityCheck(dbPath), 'ok');
    server = await startServer({ dbPath });
    await assertAllSaved();
    assert.deepEqual((await call(server, 'GET', '/api/lists/skills')).body.items.map((i) => i.name), ['Written once there was room']);
  });
});
