// Browser tests for Home and the Vision page in headless Chromium against the real server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openPage, saveFromTwoTabs, screenshot } from '../support/browser.mjs';
import { call, startServer } from '../support/server.mjs';

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
    // The history is asked for again after the save: the first tab's version joins it once that reply is in.
    await second.locator('.history blockquote', { hasText: 'Saved from the first tab' }).waitFor();
    await context.close();
  });

  test('two tabs: what only one changed merges by itself; a field both changed is chosen side by side', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const first = await openPage(context, `${server.url}/vision`);
    const second = await openPage(context, `${server.url}/vision`);

    await saveFromTwoTabs(first, second, { Organisation: 'Borealis Energy' }, { 'Where I am now': 'Staff engineer, grid team' });
    await second.waitForSelector('.save-state[data-state="saved"]');
    let saved = (await call(server, 'GET', '/api/vision')).body;
    assert.equal(saved.organisation, 'Borealis Energy');
    assert.equal(saved.current_position, 'Staff engineer, grid team');
    assert.equal(await second.getByLabel('Organisation').inputValue(), 'Borealis Energy');
    assert.match(await second.locator('.notice[role="status"]').textContent(), /changes made in another tab.*: Organisation\./);

    await saveFromTwoTabs(first, second,
      { 'My vision statement': 'From the first tab: I build the grid of the future.', 'Its mission': 'Clean power for every home.' },
      { 'My vision statement': 'From the second tab: I lead calm teams.', 'Where I want to be': 'Head of grid engineering' });
    const notice = second.getByRole('alert');
    await notice.waitFor();
    assert.deepEqual(await notice.locator('legend').allTextContents(), ['My vision statement']);
    assert.match(await notice.locator('.conflict-side--mine').textContent(), /From the second tab/);
    assert.match(await notice.locator('.conflict-side--theirs').textContent(), /From the first tab/);
    assert.match(await notice.textContent(), /now in the form: Its mission\./);
    assert.equal(await second.getByLabel('Its mission').inputValue(), 'Clean power for every home.');
    await screenshot(second, 'vision-conflict-fields-desktop');

    await notice.getByLabel('Use theirs (saved elsewhere)').check();
    await notice.getByRole('button', { name: 'Use theirs and save' }).click();
    await second.waitForSelector('.save-state[data-state="saved"]');
    saved = (await call(server, 'GET', '/api/vision')).body;
    assert.equal(saved.statement, 'From the first tab: I build the grid of the future.');
    assert.equal(saved.mission, 'Clean power for every home.');
    assert.equal(saved.future_position, 'Head of grid engineering');
    assert.equal(saved.organisation, 'Borealis Energy');
    assert.equal(await second.getByLabel('My vision statement').inputValue(), saved.statement);
    await context.close();
  });

  test('a conflict notice fits the phone width in dark mode', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    const first = await openPage(context, `${server.url}/vision`);
    const second = await openPage(context, `${server.url}/vision`);
    await saveFromTwoTabs(first, second, { 'Where I am now': 'Principal engineer' }, { 'Where I am now': 'Engineering manager' });
    await second.getByRole('alert').waitFor();
    const width = await second.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `page is ${width}px wide at phone width`);
    await screenshot(second, 'vision-conflict-phone-dark');
    await second.getByRole('button', { name: 'Keep mine and save' }).click();
    await second.waitForSelector('.save-state[data-state="saved"]');
    assert.equal((await call(server, 'GET', '/api/vision')).body.current_position, 'Engineering manager');
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

  // The Vision page's data arrives late, so keys typed right after following a link come while the page
  // is still on its way.
  const slowVision = (context) => context.route('**/api/vision', async (route) => {
    await new Promise((resolve) => { setTimeout(resolve, 400); });
    await route.continue();
  });

  test('typing right after following a link to the Vision page lands in the statement, every character', async () => {
    const own = await startServer();  // its own database: the welcome screen shows only before a vision is saved
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${own.url}/`);
    await slowVision(context);
    await page.getByRole('link', { name: 'Write my vision' }).focus();
    await page.keyboard.press('Enter');
    const text = 'Every morning, I make decisions that my team can trust.';
    await page.keyboard.type(text);
    await page.waitForSelector('main[aria-busy="false"] #vision-statement');
    await page.waitForFunction((want) => document.querySelector('#vision-statement').value === want, text);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'vision-statement');
    await page.keyboard.type(' Then I go home.');
    assert.equal(await page.getByLabel('My vision statement').inputValue(), `${text} Then I go home.`);
    assert.equal(await page.locator('.save-state').textContent(), 'Unsaved changes');
    await page.keyboard.press('Control+s');
    await page.waitForSelector('.save-state[data-state="saved"]');
    assert.equal((await call(own, 'GET', '/api/vision')).body.statement, `${text} Then I go home.`);

    // From Home's Edit link (phone width), typing goes on at the end of the saved statement.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('nav').getByRole('link', { name: 'Home' }).click();
    await page.waitForSelector('main[aria-busy="false"] .statement');
    await page.locator('.card__header a[href="/vision"]').click();
    await page.keyboard.type(' And I rest.');
    await page.waitForSelector('main[aria-busy="false"] #vision-statement');
    await page.waitForFunction(() => document.querySelector('#vision-statement').value.endsWith('And I rest.'));
    assert.equal(await page.getByLabel('My vision statement').inputValue(), `${text} Then I go home. And I rest.`);
    await context.close();
    await own.stop();
  });

  test('a page that is not an editor puts focus on its heading', async () => {
    const context = await browser.newContext();
    const page = await openPage(context, `${server.url}/vision`);
    await page.locator('nav').getByRole('link', { name: 'Journal' }).click();
    await page.waitForSelector('main[aria-busy="false"] .journal-entry-list');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
    await context.close();
  });
});
