// Browser tests for the Goals pages: an initiative with milestones, the focus rule, the matrix by keyboard.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openPage, screenshot } from '../support/browser.mjs';
import { call, startServer } from '../support/server.mjs';

process.env.TRUENORTH_TODAY = '2026-03-02';

const active = (title, extra = {}) => ({
  title, status: 'active', start_date: '2026-01-01', finish_date: '2026-06-30', progress: 40,
  measure_of_success: 'Agreed with my manager', supports_vision: true, ...extra,
});

describe('goals in the browser', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await call(server, 'PUT', '/api/vision', {
      statement: 'I lead a calm, capable platform team and I am home for dinner.', organisation: 'Acme', mission: 'Make work lighter.',
      current_position: 'Senior engineer on the billing team', future_position: 'Engineering manager of a platform group', horizon_years: 6, version: 0,
    });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('create an initiative with milestones, see the SMART check and tick a milestone', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/goals`);
    await page.getByRole('button', { name: 'Add my first initiative' }).click();
    await page.getByLabel('Title').fill('Improve communication');
    // The live SMART check reflects the draft.
    await page.locator('.goals-smart-preview').getByText('Specific', { exact: false }).waitFor();
    assert.match(await page.locator('.goals-smart-preview').textContent(), /Measurable/);

    await page.getByLabel('Title').fill('Ship the billing API v2 to three teams');
    await page.getByLabel('Measure of success').fill('Three teams call it in production');
    await page.getByLabel('Start', { exact: true }).fill('2026-01-05');
    await page.getByLabel('Finish', { exact: true }).fill('2026-06-30');
    await page.getByLabel('Status').selectOption('active');
    await page.getByLabel('Progress (%)').fill('35');
    await page.getByLabel('It supports my vision').check();
    await page.getByRole('button', { name: 'Add milestone' }).click();
    await page.getByLabel('Milestone 1', { exact: true }).fill('Public beta');
    await page.getByLabel('Milestone 1 due date').fill('2026-03-06');
    await page.getByRole('button', { name: 'Add milestone' }).click();
    await page.getByLabel('Milestone 2', { exact: true }).fill('Three teams live');
    await page.getByLabel('Milestone 2 due date').fill('2026-06-15');
    await page.locator('.goals-smart-preview').getByText('Looks SMART').waitFor();
    await screenshot(page, 'goals-initiative-editor-desktop');
    await page.getByRole('button', { name: 'Add initiative' }).click();

    const card = page.locator('article.goals-initiative', { hasText: 'Ship the billing API v2 to three teams' });
    await card.waitFor();
    assert.equal(await card.locator('.goals-health').textContent(), 'At risk');  // beta due in 4 days
    assert.match(await card.locator('.goals-health-reason').textContent(), /Public beta/);
    assert.match(await card.textContent(), /Looks SMART/);

    await card.getByLabel('Public beta').check();
    await page.waitForFunction(() => document.querySelector('article.goals-initiative .goals-health')?.textContent === 'On track');
    const saved = (await call(server, 'GET', '/api/initiatives')).body.items[0];
    assert.deepEqual(saved.milestones.map((m) => m.done), [true, false]);
    assert.equal(saved.progress, 35);
    await screenshot(page, 'goals-initiatives-desktop');
    await context.close();
  });

  test('a sixth active initiative hits the focus rule, and postponing one makes room', async () => {
    for (const title of ['Write the platform strategy doc', 'Mentor two junior engineers', 'Run the hiring loop redesign', 'Speak at the internal conference']) {
      assert.equal((await call(server, 'POST', '/api/initiatives', active(title))).status, 201);
    }
    await call(server, 'POST', '/api/initiatives', { title: 'Learn the basics of finance', status: 'planned', start_date: '2026-03-01', finish_date: '2026-12-31' });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/goals`);
    assert.equal(await page.locator('.goals-focus-count').textContent(), '5 of 5 active');

    await page.getByRole('button', { name: 'Start: Learn the basics of finance' }).click();
    const notice = page.locator('.goals-focus-choice');
    await notice.waitFor();
    assert.match(await notice.textContent(), /You already have 5 active initiatives/);
    assert.equal(await notice.locator('li').count(), 5);
    await screenshot(page, 'goals-focus-rule-desktop');

    await notice.getByRole('button', { name: 'Postpone Speak at the internal conference' }).click();
    await page.waitForFunction(() => document.querySelector('.goals-focus-count')?.textContent === '5 of 5 active'
      && document.querySelectorAll('article.goals-initiative--active').length === 5
      && [...document.querySelectorAll('article.goals-initiative--active h3')].some((el) => el.textContent === 'Learn the basics of finance'));
    const items = (await call(server, 'GET', '/api/initiatives')).body.items;
    assert.equal(items.filter((i) => i.status === 'active').length, 5);
    assert.equal(items.find((i) => i.title === 'Speak at the internal conference').status, 'postponed');
    assert.equal(await page.locator('.goals-focus-choice').count(), 0);
    await context.close();
  });

  test('core values are offered as a picker when the values module answers with ranked values', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/api/values/core', (route) => route.fulfill({
      status: 200, contentType: 'application/json',
      body: JSON.stringify({ items: [{ id: 41, name: 'Curiosity', rank: 1 }, { id: 42, name: 'Family', rank: 2 }] }),
    }));
    // Followed from Home, so the page asks for the core values (a full load gets them inside its HTML).
    const page = await openPage(context, `${server.url}/`);
    await page.locator('nav').getByRole('link', { name: 'Goals' }).click();
    await page.getByRole('button', { name: 'New initiative' }).click();
    await page.getByLabel('Title').fill('Read ten papers on distributed billing');
    await page.getByRole('checkbox', { name: 'Curiosity' }).check();
    await page.getByRole('button', { name: 'Add initiative' }).click();
    const card = page.locator('article.goals-initiative', { hasText: 'Read ten papers on distributed billing' });
    await card.waitFor();
    assert.equal(await card.locator('.goals-chip').textContent(), 'Curiosity');
    const saved = (await call(server, 'GET', '/api/initiatives')).body.items.find((i) => i.title === 'Read ten papers on distributed billing');
    assert.deepEqual(saved.value_ids, [41]);
    assert.equal(saved.status, 'planned');
    await context.close();
  });

  test('the SMART check asks for a measure a reader could check, at desktop and phone width, light and dark', async () => {
    for (const [viewport, colorScheme] of [[{ width: 1280, height: 900 }, 'light'], [{ width: 390, height: 844 }, 'dark']]) {
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await openPage(context, `${server.url}/goals`);
      await page.getByRole('button', { name: 'New initiative' }).click();
      await page.getByLabel('Title').fill('Get the AWS architect certification');
      await page.getByLabel('Why it supports the bigger picture').fill('Growth');
      await page.getByLabel('It supports my vision').check();
      await page.getByLabel('Finish', { exact: true }).fill('2026-09-30');
      const measure = page.getByLabel('Measure of success');
      const hint = (await measure.getAttribute('aria-describedby')).split(' ')[0];
      assert.match(await page.locator(`#${hint}`).textContent(), /a number .* a date .* or an outcome/);
      await measure.fill('Certificate');
      const preview = page.locator('.goals-smart-preview');
      await preview.getByText('Add what a reader could check: a number').waitFor();
      assert.equal(await preview.locator('p').first().textContent(), 'SMART check: lacks Specific, Measurable');
      assert.match(await preview.textContent(), /not "Certificate"/);
      await screenshot(page, `goals-smart-check-${viewport.width}-${colorScheme}`);
      await measure.fill('Solutions Architect exam passed');
      await preview.getByText('Looks SMART').waitFor();
      await context.close();
    }
  });

  test('priorities: add a task and move it between quadrants with the keyboard', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/goals/priorities`);
    await page.getByLabel('Task', { exact: true }).fill('Prepare the quarterly review');
    await page.getByLabel('Quadrant').selectOption('do');
    await page.getByRole('button', { name: 'Add task' }).click();
    const task = () => page.locator('.goals-task', { hasText: 'Prepare the quarterly review' }).locator('.goals-task__grab');
    await page.locator('.goals-quadrant--do .goals-task').waitFor();

    await task().focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('.goals-quadrant--schedule .goals-task').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.closest('.goals-quadrant')?.dataset.quadrant), 'schedule', 'focus follows the task');
    await page.keyboard.press('ArrowDown');
    await page.locator('.goals-quadrant--drop .goals-task').waitFor();
    assert.match(await page.getByRole('status').filter({ hasText: 'Moved' }).textContent(), /Moved “Prepare the quarterly review” to Drop/);
    let stored = (await call(server, 'GET', '/api/priorities')).body.items;
    assert.equal(stored[0].quadrant, 'drop');

    await page.keyboard.press('ArrowLeft');
    await page.locator('.goals-quadrant--delegate .goals-task').waitFor();
    await call(server, 'POST', '/api/priorities', { title: 'Answer the vendor survey', quadrant: 'drop' });
    await page.reload();
    await page.waitForSelector('main[aria-busy="false"]');
    await screenshot(page, 'goals-priorities-desktop');

    await page.getByRole('button', { name: 'Done: Answer the vendor survey' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.goals-task').length === 1);
    stored = (await call(server, 'GET', '/api/priorities')).body.items;
    assert.deepEqual(stored.map((t) => [t.title, t.quadrant]), [['Prepare the quarterly review', 'delegate']]);
    await context.close();
  });

  test('roads, the stop-doing list and Home, at phone width in dark mode', async () => {
    const roadA = (await call(server, 'POST', '/api/roads', { name: 'Engineering manager', notes: 'Lead a team of 6-8 on the platform.', milestones: [{ title: 'Run a project end to end', due_date: '2026-09-01' }], decision_id: 3 })).body;
    await call(server, 'POST', '/api/roads', { name: 'Staff engineer', notes: 'Deep technical ownership of billing.' });
    await call(server, 'POST', `/api/roads/${roadA.id}/choose`, {});
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    const page = await openPage(context, `${server.url}/goals/roads`);
    assert.match(await page.locator('.journey').textContent(), /Where I want to be in 6 years/);
    assert.equal(await page.getByRole('link', { name: 'Open the decision that weighs this road' }).getAttribute('href'), '/decisions/3');
    await page.getByRole('button', { name: 'Make Staff engineer my current road' }).click();
    await page.locator('.goals-road--current', { hasText: 'Staff engineer' }).waitFor();
    assert.match(await page.locator('.history').textContent(), /Switched from “Engineering manager” to “Staff engineer”/);
    let width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `roads page is ${width}px wide at phone width`);
    await screenshot(page, 'goals-roads-phone-dark');

    // A road without a decision opens a new decision matrix that weighs the roads, and links to it.
    await page.getByRole('button', { name: 'Weigh Staff engineer against the other roads in a decision matrix' }).click();
    await page.waitForURL(/\/decisions\/\d+$/);
    await page.waitForSelector('main[aria-busy="false"]');
    const decisionId = Number(page.url().split('/').pop());
    const decision = (await call(server, 'GET', `/api/decisions/${decisionId}`)).body;
    assert.deepEqual(decision.options.map((o) => o.name), ['Engineering manager', 'Staff engineer']);
    const roads = (await call(server, 'GET', '/api/roads')).body.items;
    assert.equal(roads.find((r) => r.name === 'Staff engineer').decision_id, decisionId);

    await page.goto(`${server.url}/goals`);
    await page.waitForSelector('main[aria-busy="false"]');
    await page.getByLabel('What will you stop doing?').fill('Run the weekly status meeting');
    await page.getByLabel('How').selectOption('delegate');
    await page.getByLabel('Delegate to').fill('Priya');
    await page.getByRole('button', { name: 'Add to the list' }).click();
    await page.locator('.goals-stop-item', { hasText: 'Run the weekly status meeting' }).waitFor();
    await page.getByRole('button', { name: 'Mark done: Run the weekly status meeting' }).click();
    await page.locator('.goals-stop-done summary', { hasText: 'Done, kept as a record (1)' }).waitFor();
    width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `goals page is ${width}px wide at phone width`);
    await screenshot(page, 'goals-initiatives-phone-dark');

    await page.goto(`${server.url}/goals/priorities`);
    await page.waitForSelector('main[aria-busy="false"]');
    await screenshot(page, 'goals-priorities-phone-dark');

    await page.goto(`${server.url}/`);
    await page.waitForSelector('main[aria-busy="false"] .goals-home');
    const home = page.locator('.goals-home');
    assert.equal(await home.locator('li').count(), 5);
    assert.match(await home.textContent(), /Next: Three teams live/);
    await screenshot(page, 'goals-home-phone-dark');
    await context.close();
  });
});

describe('goal cards: chips, dates, the actions menu and toasts', () => {
  let server;
  let browser;
  let core;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    let sort = (await call(server, 'POST', '/api/values/sorts')).body;
    const top = ['integrity', 'curiosity', 'family', 'health', 'courage'];
    for (const key of top) sort = (await call(server, 'PUT', `/api/values/sorts/${sort.id}/cards/${key}`, { pile: 'very_important' })).body;
    await call(server, 'PUT', `/api/values/sorts/${sort.id}/top`, { top_values: top.map((value) => ({ value, meaning: `Why ${value}` })), finish: true, version: sort.version });
    core = (await call(server, 'GET', '/api/values/core')).body.items;
    await call(server, 'POST', '/api/initiatives', {
      title: 'Earn the cloud architect certificate', status: 'planned', start_date: '2026-12-07', finish_date: '2027-03-01',
      measure_of_success: 'Pass the exam with 80% or more', value_ids: [core[0].id, core[1].id], supports_vision: true,
    });
    await call(server, 'POST', '/api/initiatives', active('Ship the billing API', {
      value_ids: [core[2].id], milestones: ['Beta', 'Docs', 'Team one live', 'Team two live', 'Team three live'].map((title, i) => ({ title, due_date: `2026-0${4 + i}-01`, done: false })),
    }));
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const [width, colorScheme] of [[1280, 'light'], [390, 'dark']]) {
    test(`chips as wide as their words and every date in one format (${width}px, ${colorScheme})`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await openPage(context, `${server.url}/goals`);
      const card = page.locator('article.goals-initiative', { hasText: 'Earn the cloud architect certificate' });
      const chips = await card.locator('.goals-chip').evaluateAll((els) => els.map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return { text: el.textContent, width: el.getBoundingClientRect().width, words: range.getBoundingClientRect().width, card: el.closest('article').clientWidth };
      }));
      assert.deepEqual(chips.map((c) => c.text), ['Supports my vision', core[0].name, core[1].name]);
      for (const chip of chips) assert.ok(chip.width < chip.words + 40 && chip.width < chip.card / 2, `chip ${chip.text} is ${chip.width}px wide for ${chip.words}px of words`);

      const text = await card.textContent();
      assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}/);
      const expected = await page.evaluate(() => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 11, 7))));
      assert.equal(await card.locator('.goals-initiative__dates time').first().textContent(), expected);
      assert.ok(await card.locator('.goals-health-reason').textContent().then((t) => t.includes(expected)), 'the health reason writes the date the same way');
      const width_ = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width_ <= width, `the page is ${width_}px wide`);
      await card.screenshot({ path: `build/screenshots/goals-card-${width}-${colorScheme}.png` });
      await context.close();
    });
  }

  test('secondary actions sit in a menu: aria-expanded, arrow keys, Escape returns focus, choosing runs it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/goals`);
    const card = page.locator('article.goals-initiative', { hasText: 'Earn the cloud architect certificate' });
    assert.deepEqual(await card.locator('.goals-initiative__actions button:visible').allTextContents(), ['Edit', 'Start', 'More▾']);
    const more = card.getByRole('button', { name: 'More actions for Earn the cloud architect certificate' });
    assert.equal(await more.getAttribute('aria-expanded'), 'false');
    assert.equal(await card.getByRole('button', { name: 'Delete Earn the cloud architect certificate' }).isVisible(), false);

    await more.focus();
    await page.keyboard.press('Enter');
    assert.equal(await more.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Postpone');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Drop');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Delete');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Postpone');
    await screenshot(page, 'goals-card-menu-desktop');
    await page.keyboard.press('Escape');
    assert.equal(await more.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'More actions for Earn the cloud architect certificate');
    assert.equal(await card.getByRole('button', { name: 'Postpone: Earn the cloud architect certificate' }).isVisible(), false);

    await more.click();
    await page.locator('h2#initiatives-title').click();  // a click elsewhere closes it
    assert.equal(await more.getAttribute('aria-expanded'), 'false');

    await more.click();
    await card.getByRole('button', { name: 'Postpone: Earn the cloud architect certificate' }).click();
    await page.locator('article.goals-initiative--postponed', { hasText: 'Earn the cloud architect certificate' }).waitFor();
    const items = (await call(server, 'GET', '/api/initiatives')).body.items;
    assert.equal(items.find((i) => i.title === 'Earn the cloud architect certificate').status, 'postponed');
    await context.close();
  });

  test('quick ticks of several milestones are all saved, in order', async () => {
    const item = (await call(server, 'GET', '/api/initiatives')).body.items.find((i) => i.title === 'Ship the billing API');
    await call(server, 'PATCH', `/api/initiatives/${item.id}`, { milestones: item.milestones.map((m) => ({ ...m, done: false })), version: item.version });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await openPage(context, `${server.url}/goals`);
    const names = ['Beta', 'Docs', 'Team one live'];
    // Three clicks in one go, each before the previous one is saved.
    await page.evaluate((labels) => {
      const card = [...document.querySelectorAll('article.goals-initiative')].find((c) => c.textContent.includes('Ship the billing API'));
      for (const name of labels) [...card.querySelectorAll('.goals-milestones label')].find((l) => l.firstChild.textContent === name).click();
    }, names);
    const doneNames = async () => (await call(server, 'GET', `/api/initiatives/${item.id}`)).body.milestones.filter((m) => m.done).map((m) => m.title);
    for (let tries = 0; tries < 100 && (await doneNames()).length < names.length; tries += 1) await page.waitForTimeout(100);
    assert.deepEqual(await doneNames(), names);
    await context.close();
  });

  for (const [width, colorScheme] of [[1280, 'dark'], [390, 'light']]) {
    test(`toasts stack in a corner, at most three, never catch a click, and go away (${width}px, ${colorScheme})`, async () => {
      const item = (await call(server, 'GET', '/api/initiatives')).body.items.find((i) => i.title === 'Ship the billing API');
      await call(server, 'PATCH', `/api/initiatives/${item.id}`, { milestones: item.milestones.map((m) => ({ ...m, done: false })), version: item.version });
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
      const page = await openPage(context, `${server.url}/goals`);
      const card = page.locator('article.goals-initiative', { hasText: 'Ship the billing API' });
      for (const name of ['Beta', 'Docs', 'Team one live', 'Team two live', 'Team three live']) {
        await card.getByLabel(name).check();
        await page.waitForFunction((n) => [...document.querySelectorAll('.toast')].some((t) => t.textContent.endsWith(n)), name);
      }
      assert.equal(await page.locator('.toast').count(), 3);
      assert.deepEqual(await page.locator('.toast').allTextContents(),
        ['Team one live', 'Team two live', 'Team three live'].map((n) => `Milestone reached: ${n}`));
      await screenshot(page, `goals-toasts-${width}-${colorScheme}`);
      // What lies under the toasts still takes the click.
      const under = await page.evaluate(() => {
        const box = document.querySelector('.toast').getBoundingClientRect();
        const el = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return el ? { inToasts: Boolean(el.closest('#toasts')), tag: el.tagName } : null;
      });
      assert.equal(under?.inToasts, false, `the toast caught the point (${under?.tag})`);
      await page.waitForFunction(() => document.querySelectorAll('.toast').length === 0, null, { timeout: 6000 });
      await context.close();
    });
  }
});
