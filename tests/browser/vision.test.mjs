// Browser tests for Home and the Vision page in headless Chromium against the real server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openPage, screenshot } from '../support/browser.mjs';
import { startServer } from '../support/server.mjs';

describe('vision in the browser', () => {
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

  test('first run: write the vision, save, reload and see it on Home', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/`);
    assert.equal(await page.locator('h1').textContent(), 'Welcome to True North');
    await screenshot(page, 'home-first-run-desktop');

    await page.getByRole('link', { name: 'Write my vision' }).click();
    await page.waitForURL(/\/vision$/);
    await page.getByLabel('My vision statement').fill('I lead with curiosity and I am home for dinner.');
    await page.getByLabel('Organisation').fill('Acme Robotics');
    await page.getByLabel('Its mission').fill('Take the drudgery out of warehouse work.');
    await page.getByLabel('Where I want to be').fill('Director of a product group');
    await page.getByLabel('How far ahead').selectOption('8');
    assert.equal(await page.locator('.save-state').textContent(), 'Unsaved changes');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForSelector('.save-state[data-state="saved"]');

    await page.reload();
    await page.waitForSelector('main[aria-busy="false"]');
    assert.equal(await page.getByLabel('My vision statement').inputValue(), 'I lead with curiosity and I am home for dinner.');
    assert.equal(await page.getByLabel('How far ahead').inputValue(), '8');
    await screenshot(page, 'vision-desktop');

    await page.getByRole('link', { name: 'Home' }).click();
    await page.waitForSelector('main[aria-busy="false"] .statement');
    assert.equal(await page.locator('.statement').textContent(), 'I lead with curiosity and I am home for dinner.');
    assert.match(await page.locator('.journey').textContent(), /In 8 years/);
    await context.close();
  });

  test('an unsaved edit survives a reload as a draft, and leaving asks first', async () => {
    const context = await browser.newContext();
    const page = await openPage(context, `${server.url}/vision`);
    await page.getByLabel('Where I am now').fill('Senior engineer, perception team');
    await page.reload();
    await page.waitForSelector('main[aria-busy="false"]');
    assert.equal(await page.getByLabel('Where I am now').inputValue(), 'Senior engineer, perception team');
    assert.match(await page.locator('.notice').textContent(), /Restored changes you had not saved/);

    let asked = '';
    page.once('dialog', (dialog) => { asked = dialog.message(); dialog.dismiss(); });
    await page.locator('nav').getByRole('link', { name: 'Home' }).click();
    assert.match(asked, /unsaved changes/);
    assert.match(page.url(), /\/vision$/);

    await page.keyboard.press('Control+s');
    await page.waitForSelector('.save-state[data-state="saved"]');
    await page.reload();
    await page.waitForSelector('main[aria-busy="false"]');
    assert.equal(await page.locator('.notice').count(), 0);
    await context.close();
  });

  test('an edit conflict between two tabs is explained and resolvable', async () => {
    const context = await browser.newContext();
    const first = await openPage(context, `${server.url}/vision`);
    const second = await openPage(context, `${server.url}/vision`);

    await first.getByLabel('My vision statement').fill('Saved from the first tab');
    await first.getByRole('button', { name: 'Save', exact: true }).click();
    await first.waitForSelector('.save-state[data-state="saved"]');

    await second.getByLabel('My vision statement').fill('Typed in the second tab');
    await second.getByRole('button', { name: 'Save', exact: true }).click();
    const notice = second.getByRole('alert');
    await notice.waitFor();
    assert.match(await notice.textContent(), /changed in another tab or window/);
    assert.match(await notice.textContent(), /Saved from the first tab/);
    assert.equal(await second.getByLabel('My vision statement').inputValue(), 'Typed in the second tab');
    await screenshot(second, 'vision-conflict');

    await second.getByRole('button', { name: 'Keep mine and save' }).click();
    await second.waitForSelector('.save-state[data-state="saved"]');
    const history = await second.locator('.history blockquote').allTextContents();
    assert.ok(history.includes('Saved from the first tab'));
    await context.close();
  });

  test('phone width and dark mode render the vision page', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    const page = await openPage(context, `${server.url}/vision`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `page is ${width}px wide at phone width`);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background, 'rgb(18, 21, 25)');
    await screenshot(page, 'vision-phone-dark');
    await context.close();
  });
});
