// Browser tests for the Decisions pages in headless Chromium against the real server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openPage, saveFromTwoTabs, screenshot } from '../support/browser.mjs';
import { call, startServer } from '../support/server.mjs';

const SCORES = {
  // option -> [Career, Family time, Money, Commute (lower is better)]
  'Accept the offer': [9, 3, 8, 7],
  'Stay as I am': [4, 9, 5, 2],
  Negotiate: [8, 6, 7, 4],
};

describe('decisions in the browser', () => {
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

  test('criteria from my core values, and core values no criterion covers', async () => {
    const server = await startServer();  // its own database: the other tests expect no core values
    let sort = (await call(server, 'POST', '/api/values/sorts')).body;
    const top = ['integrity', 'curiosity', 'family', 'health', 'courage'];
    for (const key of top) sort = (await call(server, 'PUT', `/api/values/sorts/${sort.id}/cards/${key}`, { pile: 'very_important' })).body;
    const finished = await call(server, 'PUT', `/api/values/sorts/${sort.id}/top`, {
      top_values: top.map((value) => ({ value, meaning: `What ${value} means to me` })), finish: true, version: sort.version,
    });
    assert.equal(finished.status, 200);
    const core = (await call(server, 'GET', '/api/values/core')).body.items;
    const created = await call(server, 'POST', '/api/decisions', { title: 'Take the sabbatical?' });

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/decisions/${created.body.id}`);
    assert.match(await page.locator('.dec-uncovered, .dec-values-note').first().textContent(), /Integrity/);
    await page.getByRole('button', { name: 'Criteria from my core values' }).click();
    await page.locator('.dec-covered').waitFor();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForSelector('.save-state[data-state="saved"]');
    const saved = (await call(server, 'GET', `/api/decisions/${created.body.id}`)).body;
    assert.deepEqual(saved.criteria.map((c) => c.value_id), core.map((v) => v.id));
    assert.deepEqual(saved.criteria.map((c) => c.name), core.map((v) => v.name));
    await context.close();
    await server.stop();
  });

  test('build a 3x4 decision, switch weighting, read the sensitivity, record a choice', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/decisions`);
    await page.getByLabel('What are you deciding?').fill('Regional director offer');
    await page.getByRole('button', { name: 'Create decision' }).click();
    await page.waitForURL(/\/decisions\/\d+$/);
    await page.waitForSelector('main[aria-busy="false"] #dec-option-0-name');

    // Options: rename the first, keep "Stay as I am", add a third.
    await page.getByLabel('Option 1', { exact: true }).fill('Accept the offer');
    await page.getByRole('button', { name: 'Add an option' }).click();
    await page.getByLabel('Option 3', { exact: true }).fill('Negotiate');
    await page.getByLabel('Option 3', { exact: true }).blur();

    // Criteria: the blank one renamed, three added, commute lower-is-better.
    await page.getByLabel('Criterion 1', { exact: true }).fill('Career');
    for (const [i, name] of [[2, 'Family time'], [3, 'Money'], [4, 'Commute']]) {
      await page.getByRole('button', { name: 'Add a criterion' }).click();
      await page.locator(`#dec-criterion-${i - 1}-name`).fill(name);
      await page.locator(`#dec-criterion-${i - 1}-name`).blur();
    }
    await page.locator('#dec-criterion-3-lower').check();
    // No core values yet: the page says where to sort them.
    assert.match(await page.locator('.dec-values-note').textContent(), /Sort your values on the Values page first/);

    for (const [i, points] of [[0, 40], [1, 30], [2, 20], [3, 10]]) await page.locator(`#dec-points-${i}`).fill(String(points));
    assert.equal(await page.locator('[data-percent="0"]').textContent(), '40.0%');

    // An incomplete matrix says so.
    await page.getByLabel('Accept the offer on Career, score 0 to 10').fill('9');
    await page.waitForFunction(() => /incomplete/.test(document.querySelector('.dec-lead')?.textContent ?? ''));
    for (const [option, scores] of Object.entries(SCORES)) {
      for (const [c, criterion] of ['Career', 'Family time', 'Money', 'Commute'].entries()) {
        await page.getByLabel(`${option} on ${criterion}, score 0 to 10`).fill(String(scores[c]));
      }
    }
    await page.waitForFunction(() => /close call/.test(document.querySelector('.dec-lead')?.textContent ?? ''));
    assert.equal(await page.locator('.dec-lead').textContent(),
      "It is a close call: 'Negotiate' leads 'Accept the offer' by 6.0% of the ideal (70.0% against 64.0%).");
    const sentences = await page.locator('.dec-findings__list li').allTextContents();
    assert.ok(sentences.includes("Giving 'Career' less weight (from 40.0% to under 22.6%) would make 'Stay as I am' the winner."), sentences.join('\n'));
    assert.equal(await page.locator('.dec-column--winner .dec-column__name').textContent(), 'Negotiate');

    // A note on a cell.
    await page.getByRole('button', { name: 'Note for Accept the offer on Commute' }).click();
    await page.getByLabel(/^Note: Accept the offer on Commute/).fill('Two trains each way');
    await page.getByRole('button', { name: 'Keep note' }).click();

    assert.equal(await page.locator('.save-state').textContent(), 'Unsaved changes');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForSelector('.save-state[data-state="saved"]');
    await screenshot(page, 'decision-direct-desktop');

    // Switch to pairwise: career 3 times as important as each of the others, which are equal: consistent.
    await page.getByLabel(/Compare in pairs/).check();
    for (const [pair, value] of [['0-1', '3'], ['0-2', '3'], ['0-3', '3'], ['1-2', '1'], ['1-3', '1'], ['2-3', '1']]) {
      await page.locator(`#dec-pair-${pair}`).selectOption(value);
    }
    await page.waitForFunction(() => /Consistency ratio 0\.00/.test(document.querySelector('.dec-consistency')?.textContent ?? ''));
    await page.waitForFunction(() => [...document.querySelectorAll('.dec-weights-list .dec-weight-percent')].map((e) => e.textContent).join(' ') === '50.0% 16.7% 16.7% 16.7%');
    // Money judged far above career contradicts the rest, and the page names that comparison.
    await page.locator('#dec-pair-0-2').selectOption('-7');
    await page.waitForFunction(() => /contradict/.test(document.querySelector('.dec-consistency')?.textContent ?? ''));
    assert.match(await page.locator('.dec-consistency').textContent(), /least consistent answer says 'Money' is 7 times as important as 'Career'/);
    await screenshot(page, 'decision-pairwise-desktop');
    // And back to points: the points are still there.
    await page.getByLabel(/Give points/).check();
    assert.equal(await page.locator('#dec-points-0').inputValue(), '40');
    await page.waitForFunction(() => /close call/.test(document.querySelector('.dec-lead')?.textContent ?? ''));
    await page.keyboard.press('Control+s');
    await page.waitForSelector('.save-state[data-state="saved"]');

    // Record the choice: not the matrix winner.
    await page.getByLabel('What I chose').selectOption({ label: 'Stay as I am' });
    await page.getByLabel('My gut feeling before the numbers').fill('Stay. The travel would wear me down.');
    await page.getByLabel('Why I chose it').fill('Family time matters more than the matrix says.');
    await page.getByLabel('In 3 months').check();
    await page.getByRole('button', { name: 'Record my decision' }).click();
    await page.waitForSelector('.dec-record');
    assert.match(await page.locator('.dec-record').textContent(), /Stay as I am.*The matrix favouredNegotiate/s);
    assert.equal(await page.locator('.dec-header__title .dec-badge').textContent(), 'Decided');
    assert.equal(await page.locator('#dec-option-0-name').isDisabled(), true);
    await screenshot(page, 'decision-recorded-desktop');

    // The whole decision survives a reload.
    await page.reload();
    await page.waitForSelector('main[aria-busy="false"] .dec-record');
    assert.equal(await page.getByLabel('Accept the offer on Commute, score 0 to 10').inputValue(), '7');
    assert.equal(await page.getByRole('button', { name: 'Note for Accept the offer on Commute' }).getAttribute('aria-pressed'), 'true');
    await context.close();
  });

  test('a due review shows on Home and is recorded next to the matrix; list filters', async () => {
    const created = await call(server, 'POST', '/api/decisions', { title: 'Move to Lisbon', template: 'relocation' });
    const d = created.body;
    const scores = d.options.map(() => d.criteria.map(() => ({ score: 6 })));
    scores[0][0] = { score: 9 };
    const saved = await call(server, 'PUT', `/api/decisions/${d.id}`, { ...d, scores, version: d.version });
    const recorded = await call(server, 'PUT', `/api/decisions/${d.id}/record`, { chosen_option: 0, expected_outcome: 'Settled by spring', review_date: '2001-01-01', version: saved.body.version });
    assert.equal(recorded.status, 200);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/`);
    const home = page.locator('.home-next');
    await home.waitFor();
    assert.match(await home.textContent(), /Review the decision: Move to Lisbon/);
    await screenshot(page, 'decisions-home-desktop');
    await home.getByRole('link', { name: 'Review: Review the decision: Move to Lisbon' }).click();
    await page.waitForSelector('main[aria-busy="false"] .dec-review--due');
    await page.getByLabel('What actually happened').fill('We moved in March; it took longer to settle.');
    await page.getByLabel('The lesson').fill('Count the settling-in time.');
    await page.getByRole('button', { name: 'Save the review' }).click();
    await page.waitForSelector('.dec-header__title .dec-badge--reviewed');
    assert.match(await page.locator('#dec-review-title').locator('..').textContent(), /Count the settling-in time/);
    assert.ok(await page.locator('.dec-record').isVisible());
    assert.ok(await page.locator('.dec-matrix').isVisible());

    await page.locator('nav').getByRole('link', { name: 'Decisions' }).click();
    await page.waitForSelector('main[aria-busy="false"] .dec-list');
    await page.getByRole('button', { name: /^Reviewed/ }).click();
    assert.deepEqual(await page.locator('.dec-list__title a').allTextContents(), ['Move to Lisbon']);
    assert.match(page.url(), /status=reviewed/);
    await page.getByRole('button', { name: /^Open/ }).click();
    assert.equal(await page.locator('.dec-list__title a', { hasText: 'Move to Lisbon' }).count(), 0);
    await screenshot(page, 'decisions-list-desktop');
    await context.close();
  });

  test('the chart numbers every criterion in colours anyone can tell apart, and prints them', async () => {
    const names = ['Career', 'Family', 'Money', 'Health', 'Learning', 'Travel', 'Meaning', 'Team', 'Commute', 'Stress'];
    const { body: d } = await call(server, 'POST', '/api/decisions', {
      title: 'Ten criteria', context: '', deadline: '',
      options: [{ name: 'Move' }, { name: 'Stay' }],
      criteria: names.map((name) => ({ name, points: 10 })),
      scores: [names.map(() => ({ score: 9 })), names.map((_, i) => ({ score: i % 2 ? 8 : 2 }))],
      weighting: 'pairwise', comparisons: [],
    });
    for (const [viewport, colorScheme] of [[{ width: 1280, height: 900 }, 'light'], [{ width: 1280, height: 900 }, 'dark'],
      [{ width: 390, height: 844 }, 'light'], [{ width: 390, height: 844 }, 'dark']]) {
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await openPage(context, `${server.url}/decisions/${d.id}`);
      // Each criterion has a numbered swatch in the legend and its number inside the bars (9% each here).
      assert.deepEqual(await page.locator('.dec-legend__swatch').allTextContents(), names.map((_, i) => String(i + 1)));
      assert.deepEqual(await page.locator('.dec-column').first().locator('.dec-bar__segment').allTextContents(),
        names.map((_, i) => String(i + 1)));
      assert.match(await page.locator('.dec-legend').textContent(), /Career \(weight 10\.0%\)/);
      // Eight different colours, then the same colours with a pattern; text readable on each.
      const paints = await page.locator('.dec-legend__swatch').evaluateAll((els) => els.map((el) => {
        const style = getComputedStyle(el);
        return { colour: style.backgroundColor, pattern: style.backgroundImage, text: style.color };
      }));
      assert.equal(new Set(paints.slice(0, 8).map((p) => p.colour)).size, 8);
      assert.ok(paints.slice(0, 8).every((p) => p.pattern === 'none'));
      assert.equal(paints[8].colour, paints[0].colour);
      assert.match(paints[8].pattern, /gradient/);
      assert.ok(paints.every((p) => p.text === 'rgb(0, 0, 0)' || p.text === 'rgb(255, 255, 255)'));
      // Printing keeps the colours (browsers leave backgrounds out unless told otherwise).
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.dec-bar__segment').first().evaluate((el) => getComputedStyle(el).printColorAdjust), 'exact');
      await page.emulateMedia({ media: 'screen' });
      // The consistency ratio says which random index it divides by.
      assert.match(await page.locator('.dec-weights-info').textContent(),
        /random index for 10 criteria \(1\.49\), from Saaty’s revised table \(2000\) for up to 15 criteria and our own estimates/);
      await page.locator('.dec-side').scrollIntoViewIfNeeded();
      await screenshot(page, `decision-chart-${viewport.width}-${colorScheme}`);
      await context.close();
    }
    await call(server, 'DELETE', `/api/decisions/${d.id}`);
  });

  test('two tabs on one decision: separate changes merge, a shared one is chosen side by side', async () => {
    const { body: created } = await call(server, 'POST', '/api/decisions', { title: 'Join the platform team?', context: 'A lateral move.' });
    const option = created.options[0].name;
    const criterion = created.criteria[0].name;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const first = await openPage(context, `${server.url}/decisions/${created.id}`);
    const second = await openPage(context, `${server.url}/decisions/${created.id}`);

    await saveFromTwoTabs(first, second, { Title: 'Join the platform team in May?' }, { [`${option} on ${criterion}, score 0 to 10`]: '7' });
    await second.waitForSelector('.save-state[data-state="saved"]');
    let saved = (await call(server, 'GET', `/api/decisions/${created.id}`)).body;
    assert.equal(saved.title, 'Join the platform team in May?');
    assert.equal(saved.scores[0][0].score, 7);
    assert.equal(await second.getByLabel('Title').inputValue(), 'Join the platform team in May?');

    await saveFromTwoTabs(first, second, { Context: 'A lateral move; the first tab says pay stays the same.' },
      { Context: 'A lateral move; the second tab says it is a step up.', Title: 'Join the platform team in June?' });
    const notice = second.getByRole('alert');
    await notice.waitFor();
    assert.deepEqual(await notice.locator('legend').allTextContents(), ['Context']);
    await screenshot(second, 'decision-conflict-desktop');
    await notice.getByLabel('Use theirs (saved elsewhere)').check();
    await notice.getByRole('button', { name: 'Use theirs and save' }).click();
    await second.waitForSelector('.save-state[data-state="saved"]');
    saved = (await call(server, 'GET', `/api/decisions/${created.id}`)).body;
    assert.equal(saved.context, 'A lateral move; the first tab says pay stays the same.');
    assert.equal(saved.title, 'Join the platform team in June?');
    assert.equal(saved.scores[0][0].score, 7);
    await context.close();
  });

  test('phone width and dark mode', async () => {
    const { body } = await call(server, 'GET', '/api/decisions');
    const id = body.items.find((i) => i.title === 'Regional director offer').id;
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme });
      const page = await openPage(context, `${server.url}/decisions/${id}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page overflows by ${overflow}px`);
      await screenshot(page, `decision-phone-${colorScheme}`);
      const desk = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
      const deskPage = await openPage(desk, `${server.url}/decisions/${id}`);
      await screenshot(deskPage, `decision-desktop-${colorScheme}`);
      await desk.close();
      await context.close();
    }
  });
});
