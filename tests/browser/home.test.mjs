// Browser tests for Home in headless Chromium against the real server (today pinned to Wed 2026-03-04):
// the first-run path of a new workbook (doing a step moves the progress; skipping hides it in every
// browser, and it can come back), the one "What to do next" list with its one-click starts, and the
// calendar feed's page (turn on, copy, a new address after a confirmation, the weekly slot, turn off).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openPage, screenshot } from '../support/browser.mjs';
import { call, startServer } from '../support/server.mjs';

const LOOKS = [
  ['desktop-light', { viewport: { width: 1280, height: 900 }, colorScheme: 'light' }],
  ['desktop-dark', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }],
  ['phone-light', { viewport: { width: 390, height: 844 }, colorScheme: 'light' }],
  ['phone-dark', { viewport: { width: 390, height: 844 }, colorScheme: 'dark' }],
];

// Screenshots of `path` in every look, each checked for sideways scrolling.
async function screenshots(browser, url, name) {
  for (const [look, options] of LOOKS) {
    const context = await browser.newContext(options);
    const page = await openPage(context, url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name} ${look}: ${overflow}px wider than the screen`);
    await screenshot(page, `${name}-${look}`);
    await context.close();
  }
}

describe('Home in the browser', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer({ env: { TRUENORTH_TODAY: '2026-03-04' } });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a new workbook: the first-run path, a step done moves the progress, and a skip holds in every browser', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/`);
    const path = page.locator('.home-first');
    assert.equal(await page.locator('h1').textContent(), 'Welcome to True North');
    assert.equal(await path.locator('#home-first-count').textContent(), '0 of 5 done');
    assert.deepEqual(await path.locator('.home-first__step').evaluateAll((steps) => steps.map((s) => s.dataset.key)),
      ['vision', 'values', 'lists', 'alignment', 'reflection']);
    assert.equal(await page.locator('.home-next').count(), 0, 'nothing is due on a new workbook');
    await screenshots(browser, `${server.url}/`, 'home-first-run');

    // The first step, from its button: the vision.
    await path.getByRole('link', { name: 'Write my vision' }).click();
    await page.waitForURL(/\/vision$/);
    await page.getByLabel('My vision statement').fill('I lead with curiosity and I am home for dinner.');
    await page.getByLabel('Its mission').fill('Take the drudgery out of warehouse work.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForSelector('.save-state[data-state="saved"]');
    await page.locator('nav').getByRole('link', { name: 'Home' }).click();
    await page.waitForSelector('main[aria-busy="false"] .home-first');
    assert.equal(await path.locator('#home-first-count').textContent(), '1 of 5 done');
    assert.equal(await path.locator('progress').getAttribute('value'), '1');
    assert.match(await path.locator('[data-key="vision"]').textContent(), /Write your vision \(done\)/);
    assert.equal(await page.locator('h1').textContent(), 'Home');  // with a vision, Home has its own heading
    assert.equal(await path.locator('.home-first__step--current').getAttribute('data-key'), 'values');

    // Steps done elsewhere count too: the lists, and a weekly reflection.
    for (const [list, name] of [['skills', 'Writing'], ['strengths', 'Calm'], ['passions', 'Music']]) await call(server, 'POST', `/api/lists/${list}`, { name });
    await page.reload();
    await page.waitForSelector('main[aria-busy="false"] .home-first');
    assert.equal(await path.locator('#home-first-count').textContent(), '2 of 5 done');
    await screenshot(page, 'home-first-run-progress-desktop');

    // Skip: the path goes, the list takes its place, and the focus moves to it.
    await path.getByRole('button', { name: 'Skip these steps' }).click();
    await page.locator('.home-first').waitFor({ state: 'detached' });
    await page.locator('.home-next').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'home-next-title');
    assert.match(await page.locator('.home-first__hidden').textContent(), /First steps hidden \(2 of 5 done\)/);
    // It stays skipped after a reload, and in another browser.
    await page.reload();
    await page.waitForSelector('main[aria-busy="false"] .home-next');
    assert.equal(await page.locator('.home-first').count(), 0);
    const other = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const otherPage = await openPage(other, `${server.url}/`);
    assert.equal(await otherPage.locator('.home-first').count(), 0);
    await other.close();

    // And it comes back on request, where it left off.
    await page.getByRole('button', { name: 'Show the first steps again' }).click();
    await page.locator('.home-first').waitFor();
    assert.equal(await page.locator('#home-first-count').textContent(), '2 of 5 done');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'home-first-title');
    assert.equal((await call(server, 'GET', '/api/home/next')).body.first_run.skipped, false);
    await context.close();
  });

  test('what to do next: one ordered list with why, when and a one-click start', async () => {
    await call(server, 'PUT', '/api/home/first-run', { skipped: true });
    const decision = (await call(server, 'POST', '/api/decisions', { title: 'Move to Lisbon', template: 'relocation' })).body;
    await call(server, 'PUT', `/api/decisions/${decision.id}/record`, {
      chosen_option: 0, gut_feeling: '', rationale: '', expected_outcome: '', review_date: '2026-03-01', version: decision.version });
    await call(server, 'POST', '/api/initiatives', {
      title: 'Ship the billing API to three teams', horizon: 'short', status: 'active', start_date: '2026-01-05', finish_date: '2026-06-30',
      measure_of_success: 'Three teams use it', progress: 30, milestones: [{ title: 'Write the RFC', due_date: '2026-02-20', done: false }] });
    await call(server, 'POST', '/api/priorities', { title: 'Answer the auditor', quadrant: 'do' });
    for (let i = 0; i < 3; i += 1) await call(server, 'POST', '/api/priorities', { title: `Urgent task ${i + 1}`, quadrant: 'do' });

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/`);
    const list = page.locator('.home-next');
    const titles = await list.locator('.home-next__title strong').allTextContents();
    assert.deepEqual(titles.slice(0, 3), ['Milestone: Write the RFC', 'Review the decision: Move to Lisbon', 'Write this week’s reflection']);
    assert.match(await list.locator('.home-next__item').first().textContent(), /Overdue since/);
    // The rest behind "Show N more"; the review and balance checks come last.
    const more = list.locator('.home-next__more');
    assert.equal(await more.locator('summary').textContent(), `Show ${titles.length - 5} more`);
    assert.equal(await more.locator('.home-next__item').first().isVisible(), false);
    await more.locator('summary').click();
    assert.equal(await more.locator('.home-next__item').first().isVisible(), true);
    // The modules' sections keep their summaries without repeating what is due.
    assert.equal(await page.locator('.dec-home').getByText('A review is due').count(), 0);
    assert.equal(await page.locator('.journal-home').getByRole('link', { name: /Start/ }).count(), 0);
    await screenshots(browser, `${server.url}/`, 'home-next');

    await list.getByRole('link', { name: 'Review: Review the decision: Move to Lisbon' }).click();
    await page.waitForURL(new RegExp(`/decisions/${decision.id}$`));
    await page.waitForSelector('main[aria-busy="false"] .dec-review--due');

    // From the keyboard: the first step's button is reachable and starts it.
    await page.goto(`${server.url}/`);
    await page.waitForSelector('main[aria-busy="false"] .home-next');
    await list.locator('.home-next__start').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/goals$/);
    await context.close();
  });

  test('the calendar feed page: turn on, copy, a new address after a confirmation, the weekly slot, turn off', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await openPage(context, `${server.url}/data`);
    await page.getByRole('link', { name: 'the calendar feed' }).click();
    await page.waitForURL(/\/calendar$/);
    await page.waitForSelector('main[aria-busy="false"] .calendar-feed');
    assert.equal(await page.locator('h1').textContent(), 'Calendar feed');
    assert.match(await page.locator('.calendar-state').textContent(), /off/);
    await screenshots(browser, `${server.url}/calendar`, 'calendar-off');

    await page.getByRole('button', { name: 'Turn on the feed' }).click();
    const address = page.getByLabel('Feed address');
    await address.waitFor();
    const url = await address.inputValue();
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/calendar\/[0-9a-f]{64}\.ics$/);
    assert.equal(await page.getByRole('link', { name: 'Open in my calendar app' }).getAttribute('href'), url.replace('http://', 'webcal://'));
    await page.getByRole('button', { name: 'Copy address' }).click();
    await page.locator('.toast', { hasText: 'Address copied.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
    assert.equal((await fetch(url)).status, 200);
    await screenshots(browser, `${server.url}/calendar`, 'calendar-on');

    // A new address asks first; Cancel (the focused button) keeps the old one.
    await page.getByRole('button', { name: 'New address…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Make a new address?' });
    await dialog.waitFor();
    await screenshot(page, 'calendar-new-address-dialog-desktop');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await address.inputValue(), url);
    await page.getByRole('button', { name: 'New address…' }).click();
    await dialog.getByRole('button', { name: 'Make a new address' }).click();
    await page.locator('.toast', { hasText: 'the old one no longer works' }).waitFor();
    const fresh = await address.inputValue();
    assert.notEqual(fresh, url);
    assert.equal((await fetch(url)).status, 404);
    assert.equal((await fetch(fresh)).status, 200);

    // The weekly slot: a time is required; saved, the feed follows.
    await page.getByLabel('Day').selectOption('monday');
    await page.getByLabel('Time').evaluate((input) => { input.value = ''; });
    await page.getByRole('button', { name: 'Save the time' }).click();
    assert.equal(await page.locator('#calendar-time-error').textContent(), 'Give a time, like 16:30.');
    await page.getByLabel('Time').fill('07:45');
    await page.getByRole('button', { name: 'Save the time' }).click();
    await page.locator('.calendar-slot .save-state', { hasText: /^Saved/ }).waitFor();  // not "Unsaved changes"
    assert.match(await page.locator('main').textContent(), /Every Monday at (07:45|7:45\sAM) \(this computer’s time\), for 30 minutes\./);
    const ics = await (await fetch(fresh)).text();
    assert.match(ics, /RRULE:FREQ=WEEKLY;BYDAY=MO\r\n/);
    assert.match(ics, /DTSTART:\d{8}T074500\r\n/);

    await page.getByRole('button', { name: 'Turn off the feed' }).click();
    await page.getByRole('button', { name: 'Turn on the feed' }).waitFor();
    assert.equal((await fetch(fresh)).status, 404);
    await context.close();
  });

  test('a full load of Home asks the API for nothing, and a page followed from it asks the server again', async () => {
    const own = await startServer();
    const vision = (statement, version) => ({
      statement, organisation: 'Acme', mission: 'Less drudgery.', current_position: 'Engineer', future_position: 'Manager',
      horizon_years: 5, version,
    });
    await call(own, 'PUT', '/api/vision', vision('Calm tools, home for dinner.', 0));
    const context = await browser.newContext();
    const asked = [];
    context.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/') && pathname !== '/api/health') asked.push(pathname);  // health: the workbook check on focus
    });
    const page = await openPage(context, `${own.url}/`);
    assert.equal(await page.locator('.statement').textContent(), 'Calm tools, home for dinner.');
    assert.deepEqual(asked, []);
    // Changed after Home was drawn: the next page shows the server's vision, not the copy Home came with.
    await call(own, 'PUT', '/api/vision', vision('Changed in another tab.', 1));
    await page.locator('nav').getByRole('link', { name: 'Vision' }).click();
    await page.waitForSelector('main[aria-busy="false"] #vision-statement');
    assert.equal(await page.getByLabel('My vision statement').inputValue(), 'Changed in another tab.');
    assert.ok(asked.includes('/api/vision'));
    await context.close();
    await own.stop();
  });
});
