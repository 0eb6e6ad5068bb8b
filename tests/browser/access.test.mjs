// Browser tests for getting in: the address with ?token= lets a browser in, a browser without the key is
// told how to get in, and a database deleted under the server is announced on the page.
import assert from 'node:assert/strict';
import { unlinkSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openPage, screenshot } from '../support/browser.mjs';
import { startServer } from '../support/server.mjs';

describe('access in the browser', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('without the key a page explains how to get in; the printed address lets the browser in', async () => {
    for (const [name, viewport, colorScheme] of [['desktop', { width: 1280, height: 900 }, 'light'], ['phone-dark', { width: 390, height: 844 }, 'dark']]) {
      const context = await browser.newContext({ locked: true, viewport, colorScheme });
      const page = await openPage(context, `${server.url}/vision`);
      assert.equal(await page.locator('h1').textContent(), 'Open True North from its own address');
      assert.match(await page.locator('main').textContent(), /\?token=/);
      await screenshot(page, `access-locked-${name}`);
      await context.close();
    }

    const context = await browser.newContext({ locked: true });
    const page = await openPage(context, server.openUrl);
    assert.equal(new URL(page.url()).search, '', 'the token left the address bar');
    assert.notEqual(await page.locator('h1').textContent(), 'Open True North from its own address');
    assert.equal(await page.evaluate(() => document.cookie), '', 'the cookie is HttpOnly');
    const again = await openPage(context, `${server.url}/journal`);
    assert.equal(await again.locator('h1').textContent(), 'Journal');
    await context.close();
  });

  test('a database deleted under the server: saving says so on the page and keeps the draft', async () => {
    const own = await startServer();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${own.url}/vision`);
    for (const suffix of ['', '-wal', '-shm']) unlinkSync(own.dbPath + suffix);
    await page.getByLabel('My vision statement').fill('Typed after the file was deleted.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const alert = page.locator('#storage-alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /was moved, replaced or deleted/);
    await screenshot(page, 'access-storage-lost');
    await page.reload();
    await page.waitForSelector('main[aria-busy="false"]');
    assert.equal(await page.getByLabel('My vision statement').inputValue(), 'Typed after the file was deleted.');
    await context.close();
    await own.stop();
  });
});
