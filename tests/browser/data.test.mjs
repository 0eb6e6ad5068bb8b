// Browser tests for the Data page in headless Chromium: where the database is, back up now, restore after
// a confirmation (keyboard, focus), undo, another tab noticing, a failed backup on Data and Home, and the
// whole workbook exported and imported again.
import assert from 'node:assert/strict';
import { realpathSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openPage, screenshot } from '../support/browser.mjs';
import { call, startServer } from '../support/server.mjs';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
const bodies = async (server) => (await call(server, 'GET', '/api/journal/entries')).body.items.map((e) => e.excerpt).sort();

describe('the Data page in the browser', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await call(server, 'POST', '/api/journal/entries', { kind: 'free', date: '2026-03-01', body: 'Kept in the backup' });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('from Home to the Data page, back up now, restore after a confirmation, undo; another tab follows', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const home = await openPage(context, `${server.url}/`);
    assert.match(await home.locator('.data-home-line').textContent(), /No backup yet/);
    await home.locator('main').getByRole('link', { name: 'Your data and backups' }).click();
    await home.waitForURL(/\/data$/);
    await home.waitForSelector('main[aria-busy="false"] .data-backups');
    const page = home;
    assert.equal(await page.locator('h1').textContent(), 'Your data');
    assert.equal(await page.locator('.data-path').first().textContent(), realpathSync(server.dbPath));
    assert.equal(await page.locator('.data-empty').isVisible(), true);
    await screenshot(page, 'data-empty-desktop');

    // Back up now from the keyboard: the button keeps the focus.
    await page.getByRole('button', { name: 'Back up now' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.data-backup');
    assert.match(await page.locator('#toasts').textContent(), /Backed up: 1 journal entry, 0 decisions, 0 initiatives and 0 core values/);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Back up now');
    assert.equal(await page.locator('.data-empty').isVisible(), false);
    assert.match(await page.locator('.data-backup__holds').textContent(), /^1 journal entry, .* · \d+\.\d KB$/);
    assert.match(await page.locator('.data-last').textContent(), /^Last backup: .* · Made by you · \d+\.\d KB$/);

    await call(server, 'POST', '/api/journal/entries', { kind: 'free', date: '2026-03-02', body: 'Written after the backup' });
    const other = await openPage(context, `${server.url}/journal`);
    assert.equal(await other.locator('.journal-entry-item').count(), 2);

    // The dialog: Cancel has the focus, Escape changes nothing and gives the focus back.
    await page.reload();
    await page.waitForSelector('main[aria-busy="false"] .data-backup');
    const restoreButton = page.getByRole('button', { name: /^Restore the backup of / });
    await restoreButton.click();
    const dialog = page.getByRole('dialog', { name: /^Restore the backup of / });
    await dialog.waitFor();
    assert.match(await dialog.textContent(), /The backup holds 1 journal entry, 0 decisions, 0 initiatives and 0 core values\./);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Cancel');
    await screenshot(page, 'data-restore-dialog-desktop');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), await restoreButton.getAttribute('aria-label'));
    assert.deepEqual(await bodies(server), ['Kept in the backup', 'Written after the backup']);

    // Confirmed: restored, said in a toast and a notice that has the focus; the other tab follows.
    await restoreButton.click();
    await dialog.getByRole('button', { name: 'Restore this backup' }).click();
    await page.waitForSelector('.data-restored');
    assert.match(await page.locator('#toasts').textContent(), /Restored the backup of/);
    assert.match(await page.locator('.data-restored').textContent(), /Your workbook now holds 1 journal entry/);
    assert.equal(await page.evaluate(() => document.activeElement.className), 'data-outcome');
    assert.deepEqual(await bodies(server), ['Kept in the backup']);
    assert.equal(await page.locator('.data-badge--before-restore').count(), 1);
    await other.waitForFunction(() => document.querySelectorAll('.journal-entry-item').length === 1);
    assert.match(await other.locator('#toasts').textContent(), /A backup .* was restored in another tab\. This page now shows it\./);
    await screenshot(page, 'data-restored-desktop');

    await page.getByRole('button', { name: 'Undo this restore' }).click();
    await page.waitForFunction(() => /Written after|Your workbook now holds 2/.test(document.querySelector('.data-restored')?.textContent ?? ''));
    assert.deepEqual(await bodies(server), ['Kept in the backup', 'Written after the backup']);
    await other.waitForFunction(() => document.querySelectorAll('.journal-entry-item').length === 2);
    await context.close();
    for (const [scheme, width] of [['light', 390], ['dark', 390], ['dark', 1280]]) {
      const shot = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      await screenshot(await openPage(shot, `${server.url}/data`), `data-${scheme}-${width}`);
      await shot.close();
    }
  });

  test('a tab with unsaved changes keeps them when another tab restores', async () => {
    const context = await browser.newContext();
    const editor = await openPage(context, `${server.url}/journal/new/free`);
    await editor.getByLabel('Entry', { exact: true }).fill('Half a thought');
    const data = await openPage(context, `${server.url}/data`);
    await data.getByRole('button', { name: /^Restore the backup of / }).first().click();
    await data.getByRole('button', { name: 'Restore this backup' }).click();
    await data.waitForSelector('.data-restored');
    await editor.waitForSelector('#workbook-alert');
    assert.match(await editor.locator('#workbook-alert').textContent(), /was restored in another tab.*unsaved changes/);
    assert.equal(await editor.getByLabel('Entry', { exact: true }).inputValue(), 'Half a thought');
    await context.close();
  });

  test('a tab of another browser notices a restore when it comes back into view, and shows the restored workbook', async () => {
    const backup = (await call(server, 'POST', '/api/backups')).body.backup;
    await call(server, 'POST', '/api/journal/entries', { kind: 'free', date: '2026-03-02', body: 'Written before the restore' });
    // Two contexts share no BroadcastChannel: the second learns of the restore from the server's stamp alone.
    const watcher = await openPage(await browser.newContext(), `${server.url}/journal`);
    await watcher.getByText('Written before the restore').first().waitFor();
    const restorer = await openPage(await browser.newContext(), `${server.url}/data`);
    await restorer.locator(`.data-backup[data-name="${backup.name}"] .data-backup__restore`).click();
    await restorer.getByRole('button', { name: 'Restore this backup' }).click();
    await restorer.waitForSelector('.data-restored');
    assert.equal(await restorer.locator('#toasts').getByText('The workbook was restored from a backup').count(), 0,
      'the tab that restored is not told its own news');
    await watcher.evaluate(() => window.dispatchEvent(new Event('focus')));
    await watcher.locator('#toasts').getByText('The workbook was restored from a backup. This page now shows it.').waitFor();
    await watcher.waitForSelector('main[aria-busy="false"]');
    assert.equal(await watcher.getByText('Written before the restore').count(), 0);
    // Coming back again changes nothing more: the news is told once.
    await watcher.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await watcher.waitForTimeout(300);
    assert.equal(await watcher.locator('#toasts').getByText('The workbook was restored').count(), 1);
    await watcher.context().close();
    await restorer.context().close();
  });

  test('a failed backup shows on the Data page and on Home', async () => {
    const folder = path.join(server.dir, 'backups');
    renameSync(folder, `${folder}-moved`);
    writeFileSync(folder, 'a file where the folder should be');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/data`);
    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.waitForSelector('.data-failure__notice');
    assert.match(await page.locator('.data-failure__notice').textContent(), /The last backup failed .*is not a folder/);
    assert.match(await page.locator('#toasts').textContent(), /The backup failed/);
    const home = await openPage(context, `${server.url}/`);
    assert.match(await home.locator('.data-home-notice').textContent(), /The last backup failed: .*is not a folder/);
    await screenshot(home, 'data-home-failure-desktop');
    const phone = await browser.newContext({ viewport: { width: 390, height: 900 }, colorScheme: 'dark' });
    await screenshot(await openPage(phone, `${server.url}/data`), 'data-failure-dark-390');
    await phone.close();
    await context.close();
  });

  test('a jrnl export picked on the Data page is added to the journal, with a summary of what was skipped', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, colorScheme: 'dark' });
    const page = await openPage(context, `${server.url}/data`);
    await page.getByLabel('File to import').setInputFiles(path.join(fixtures, 'jrnl.json'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const summary = page.locator('.data-journal-summary');
    await summary.waitFor();
    assert.match(await summary.textContent(), /Added 3 entries from jrnl\.json \(a jrnl export\) to your journal\..*Skipped 1:entries\[3\]: it has no date/);
    assert.equal(await page.getByRole('dialog').count(), 0, 'a journal is added, never asked to replace');
    await screenshot(page, 'data-journal-import-phone-dark');
    await summary.getByRole('link', { name: 'See your journal' }).click();
    await page.waitForURL(/\/journal$/);
    await page.getByText('Started the new role today.').first().waitFor();
    await context.close();
  });

  test('an encrypted export saved from the Data page imports back only after its passphrase is typed', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await openPage(context, `${server.url}/data`);
    await page.getByLabel('Encrypt with a passphrase').check();
    await page.getByLabel('Passphrase', { exact: true }).fill('short');
    await page.getByRole('link', { name: 'Export everything (JSON)' }).click();
    assert.match(await page.locator('#data-export-error').textContent(), /at least 8 characters/);
    await page.getByLabel('Passphrase', { exact: true }).fill('lighthouse keeper');
    await screenshot(page, 'data-export-encrypt-desktop');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export everything (JSON)' }).click()]);
    assert.match(download.suggestedFilename(), /^truenorth-export-\d{4}-\d{2}-\d{2}\.json\.enc$/);
    const file = path.join(path.dirname(server.dbPath), download.suggestedFilename());
    await download.saveAs(file);
    await context.close();

    const target = await startServer();
    try {
      const targetContext = await browser.newContext({ viewport: { width: 390, height: 800 } });
      const importer = await openPage(targetContext, `${target.url}/data`);
      await importer.getByLabel('File to import').setInputFiles(file);
      await importer.getByRole('button', { name: 'Import', exact: true }).click();
      const field = importer.getByLabel('Passphrase of the file');
      await field.waitFor();
      assert.match(await importer.locator('.data-archive .data-outcome').textContent(), /Nothing was imported yet/);
      await field.fill('not the passphrase');
      await importer.getByRole('button', { name: 'Import', exact: true }).click();
      await importer.waitForSelector('.data-archive .notice.error');
      assert.match(await importer.locator('.data-archive .notice.error').textContent(), /the passphrase is wrong/);
      await field.fill('lighthouse keeper');
      await importer.getByRole('button', { name: 'Import', exact: true }).click();
      await importer.waitForSelector('.data-archive .data-restored');
      assert.deepEqual(await bodies(target), await bodies(server));
      await screenshot(importer, 'data-import-encrypted-phone');
      await targetContext.close();
    } finally {
      await target.stop();
    }
  });

  test('export everything, import it into an empty workbook, and replace a workbook only after confirming', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, colorScheme: 'dark', acceptDownloads: true });
    const page = await openPage(context, `${server.url}/data`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export everything (JSON)' }).click()]);
    assert.match(download.suggestedFilename(), /^truenorth-export-\d{4}-\d{2}-\d{2}\.json$/);
    const file = path.join(path.dirname(server.dbPath), download.suggestedFilename());
    await download.saveAs(file);
    await context.close();

    const target = await startServer();
    try {
      const targetContext = await browser.newContext({ viewport: { width: 390, height: 800 }, colorScheme: 'dark' });
      const importer = await openPage(targetContext, `${target.url}/data`);
      await importer.getByLabel('File to import').setInputFiles(file);
      await importer.getByRole('button', { name: 'Import', exact: true }).click();
      await importer.waitForSelector('.data-archive .data-restored');
      assert.deepEqual(await bodies(target), await bodies(server));
      await screenshot(importer, 'data-imported-phone-dark');

      // Now the workbook holds data: the import asks first; Cancel changes nothing, confirming replaces it.
      await call(target, 'POST', '/api/journal/entries', { kind: 'free', date: '2026-03-05', body: 'Only in the target' });
      await importer.getByRole('button', { name: 'Import', exact: true }).click();
      const dialog = importer.getByRole('dialog', { name: /^Replace your workbook with / });
      await dialog.waitFor();
      await importer.keyboard.press('Escape');
      await importer.waitForSelector('.data-archive .data-outcome p.muted');
      assert.ok((await bodies(target)).includes('Only in the target'));
      await importer.getByRole('button', { name: 'Import', exact: true }).click();
      await dialog.getByRole('button', { name: 'Replace my workbook' }).click();
      await importer.waitForSelector('.data-archive .data-restored');
      assert.deepEqual(await bodies(target), await bodies(server));
      const kept = (await call(target, 'GET', '/api/backups')).body.items.filter((b) => b.reason === 'before-import');
      assert.equal(kept.length, 1, 'what was replaced is kept as a backup');
      await targetContext.close();
    } finally {
      await target.stop();
    }
  });
});
