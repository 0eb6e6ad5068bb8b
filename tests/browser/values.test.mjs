// Browser tests for the Values section: the card sort by keyboard (with a reload mid-sort), an alignment
// assessment from start to chart, the vision builder saving a new vision version, and the balance wheel.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, launchBrowser, openPage, screenshot } from '../support/browser.mjs';
import { call, startServer } from '../support/server.mjs';

const sortedCount = (page) => page.locator('#sort-progress').evaluate((el) => Number(el.value));

// Presses `key` and waits until the placement is saved (the progress bar moves on).
async function pressAndWait(page, key) {
  const before = await sortedCount(page);
  await page.keyboard.press(key);
  await page.waitForFunction((n) => Number(document.querySelector('#sort-progress')?.value) > n || !document.querySelector('#sort-progress'), before);
}

describe('values in the browser', () => {
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

  test('card sort by keyboard survives a reload, then ranking makes the core values', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/values`);
    await screenshot(page, 'values-empty-desktop');
    await page.getByRole('link', { name: 'Start the card sort' }).click();
    await page.waitForURL(/\/values\/sort$/);
    await page.getByRole('button', { name: 'Start the card sort' }).click();
    await page.waitForSelector('#sort-progress');
    const total = await page.locator('#sort-progress').evaluate((el) => Number(el.max));
    assert.ok(total >= 60);

    const first = await page.locator('#value-name').textContent();
    await pressAndWait(page, '1');
    await pressAndWait(page, 'ArrowLeft');
    await pressAndWait(page, '2');
    await pressAndWait(page, 'ArrowRight');
    assert.equal(await sortedCount(page), 4);
    await screenshot(page, 'values-sort-desktop');
    // Undo the last placement with Backspace, then place it again.
    await page.keyboard.press('Backspace');
    await page.waitForFunction(() => Number(document.querySelector('#sort-progress').value) === 3);
    await pressAndWait(page, '3');

    await page.reload();
    await page.waitForSelector('main[aria-busy="false"] #sort-progress');
    assert.equal(await sortedCount(page), 4, 'progress survives a reload');
    assert.notEqual(await page.locator('#value-name').textContent(), first);
    assert.match(await page.locator('.values-pile-counts').textContent(), /Very important: 2/);

    // Three more to "very important" by keyboard, the rest by mouse and keyboard as "not important".
    for (let i = 0; i < 3; i++) await pressAndWait(page, '1');
    await page.getByRole('button', { name: /Important$/ }).first().click();
    await page.waitForFunction(() => Number(document.querySelector('#sort-progress').value) === 8);
    while (await page.locator('#sort-progress').count()) {
      if (!(await page.locator('.values-pile-button').count())) break;
      await pressAndWait(page, '3');
    }
    await page.getByRole('button', { name: 'Rank my top values' }).click();
    const chips = page.locator('.values-candidates .values-chip');
    assert.equal(await chips.count(), 5);
    for (let i = 0; i < 5; i++) await chips.nth(i).click();
    const meanings = page.locator('.values-ranked textarea');
    for (let i = 0; i < 5; i++) await meanings.nth(i).fill(`Meaning number ${i + 1}`);
    // Move the second value to the top.
    const second = await page.locator('.values-ranked .values-core-name').nth(1).textContent();
    await page.locator('.values-ranked li').nth(1).getByRole('button', { name: /up$/ }).click();
    assert.equal(await page.locator('.values-ranked .values-core-name').first().textContent(), second);
    await screenshot(page, 'values-ranking-desktop');
    await page.getByRole('button', { name: 'Finish: these are my core values' }).click();
    await page.waitForURL(/\/values$/);
    await page.waitForSelector('main[aria-busy="false"] .values-core-list');
    assert.equal(await page.locator('.values-core-list .values-core-name').first().textContent(), second);
    assert.equal(await page.locator('.values-core-list li').count(), 5);

    const core = (await call(server, 'GET', '/api/values/core')).body.items;
    assert.equal(core[0].name, second);
    assert.equal(core[0].meaning, 'Meaning number 2');

    // What a value means can be rewritten later, on the overview.
    await page.getByRole('button', { name: 'Edit what they mean to me' }).click();
    await page.getByLabel(`1. ${second}: what it means to me`).fill('Telling the truth kindly, even when it costs me.');
    await page.getByRole('button', { name: 'Save meanings' }).click();
    await page.locator('.values-core-list .values-core-meaning', { hasText: 'Telling the truth kindly' }).waitFor();
    assert.equal((await call(server, 'GET', '/api/values/core')).body.items[0].meaning, 'Telling the truth kindly, even when it costs me.');

    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await page.waitForSelector('main[aria-busy="false"] .values-home__core');
    assert.equal(await page.locator('.values-home__core li').first().textContent(), second);
    await screenshot(page, 'home-values-desktop');
    await context.close();
  });

  test('skills list: add, reorder and remove in the page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/values`);
    const skills = page.locator('section[data-list="skills"]');
    for (const name of ['Coding', 'Hiring', 'Budgeting']) {
      await skills.getByLabel('New skill').fill(name);
      await skills.getByRole('button', { name: 'Add' }).click();
      await skills.locator('.values-kept-name', { hasText: name }).waitFor();
    }
    await skills.getByRole('button', { name: 'Move Budgeting up' }).click();
    await page.waitForFunction(() => document.querySelectorAll('section[data-list="skills"] .values-kept-name')[1]?.textContent === 'Budgeting');
    page.once('dialog', (dialog) => dialog.accept());
    await skills.getByRole('button', { name: 'Remove Hiring' }).click();
    await page.waitForFunction(() => document.querySelectorAll('section[data-list="skills"] .values-kept-name').length === 2);
    await skills.getByLabel('New skill').fill('coding');
    await skills.getByRole('button', { name: 'Add' }).click();
    await skills.getByText('name is already in this list').waitFor();
    const items = (await call(server, 'GET', '/api/lists/skills')).body.items.map((i) => i.name);
    assert.deepEqual(items, ['Coding', 'Budgeting']);
    await context.close();
  });

  test('an alignment assessment from start to chart, with a values conflict and the previous snapshot', async () => {
    await call(server, 'PUT', '/api/vision', {
      statement: 'I build calm tools.', organisation: 'Acme Robotics', mission: 'Take the drudgery out of warehouse work.',
      current_position: '', future_position: '', horizon_years: 7, version: (await call(server, 'GET', '/api/vision')).body.version,
    });
    await call(server, 'POST', '/api/lists/strengths', { name: 'Coaching' });
    await call(server, 'POST', '/api/lists/passions', { name: 'Teaching' });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/values/alignment`);

    async function assess(valueRating) {
      await page.getByRole('button', { name: 'Start an assessment' }).click();
      const items = page.locator('fieldset.values-rate-item');
      const count = await items.count();
      assert.equal(count, 9);
      for (let i = 0; i < count; i++) {
        const rating = i === 0 ? valueRating : 4;
        await items.nth(i).locator('label.values-fit-point').nth(rating - 1).click();
      }
      await page.getByRole('button', { name: 'See my result' }).click();
      await page.locator('.values-result .values-score-grid').waitFor();
    }

    await assess(1);
    assert.match(await page.locator('.values-result .values-conflict').textContent(), /Values conflict/);
    assert.match(await page.getByLabel('Work to lean into').inputValue(), /Coaching/);
    await screenshot(page, 'alignment-result-desktop');
    await page.getByRole('button', { name: 'Save this snapshot' }).click();
    await page.locator('.values-snapshot .values-score-grid').waitFor();
    assert.match(await page.locator('.values-snapshot').textContent(), /Values conflict/);

    await assess(5);
    assert.equal(await page.locator('.values-result .values-conflict').count(), 0);
    await page.getByRole('button', { name: 'Save this snapshot' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.values-line-chart circle.values-dot--overall').length === 2);
    await page.locator('.values-snapshot [data-category="overall"] .values-score-delta').waitFor();
    assert.match(await page.locator('.values-snapshot [data-category="overall"]').textContent(), /▲ \+\d+ since/);
    await screenshot(page, 'alignment-desktop');

    await page.getByRole('button', { name: /Open the previous snapshot/ }).click();
    await page.waitForFunction(() => /Values conflict/.test(document.querySelector('.values-snapshot')?.textContent ?? ''));
    const snapshots = (await call(server, 'GET', '/api/alignment/assessments')).body.items;
    assert.equal(snapshots.length, 2);
    assert.equal(await page.locator('.values-snapshot').getAttribute('data-id'), String(snapshots[1].id));
    await context.close();
  });

  test('the assessment of 17 items is a compact row each, by pointer and keyboard, with a note on demand', async () => {
    const fresh = await startServer();
    try {
      const top = ['integrity', 'curiosity', 'family', 'health', 'courage'];
      let sort = (await call(fresh, 'POST', '/api/values/sorts')).body;
      for (const key of top) sort = (await call(fresh, 'PUT', `/api/values/sorts/${sort.id}/cards/${key}`, { pile: 'very_important' })).body;
      await call(fresh, 'PUT', `/api/values/sorts/${sort.id}/top`, { top_values: top.map((value) => ({ value, meaning: `${value} matters` })), finish: true, version: sort.version });
      await call(fresh, 'PUT', '/api/vision', {
        statement: '', organisation: 'Acme Robotics', mission: 'Take the drudgery out of warehouse work.',
        current_position: '', future_position: '', horizon_years: 7, version: (await call(fresh, 'GET', '/api/vision')).body.version,
      });
      for (const list of ['skills', 'strengths', 'passions']) {
        for (let i = 1; i <= 4; i++) await call(fresh, 'POST', `/api/lists/${list}`, { name: `${list} item ${i}`, note: i === 1 ? 'A note kept with the item' : '' });
      }
      for (const [scheme, width] of [['light', 1280], ['dark', 390], ['dark', 1280], ['light', 390]]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, bypassCSP: true });
        const page = await openPage(context, `${fresh.url}/values/alignment`);
        await page.getByRole('button', { name: 'Start an assessment' }).click();
        const rows = page.locator('fieldset.values-rate-item');
        assert.equal(await rows.count(), 17);
        const heights = await rows.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
        const form = await page.locator('.values-rating-form').evaluate((el) => el.getBoundingClientRect().height);
        const limit = width > 600 ? { row: 72, form: 2000 } : { row: 130, form: 2900 };
        assert.ok(Math.max(...heights) <= limit.row, `rows up to ${Math.max(...heights)}px high at ${width}px`);
        assert.ok(form <= limit.form, `the assessment is ${form}px high at ${width}px`);
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= width);
        await screenshot(page, `alignment-rating-${width}-${scheme}`);
        console.log(`# alignment assessment of 17 items at ${width}px (${scheme}): ${Math.round(form)}px, rows ${Math.round(Math.min(...heights))}-${Math.round(Math.max(...heights))}px`);
        await page.locator('fieldset.values-rate-item').first().getByTitle(/^4: /).click();
        await page.getByRole('button', { name: 'Add a note on Integrity' }).click();
        assert.deepEqual(await axeViolations(page), [], `the assessment passes axe at ${width}px (${scheme})`);
        await context.close();
      }

      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await openPage(context, `${fresh.url}/values/alignment`);
      await page.getByRole('button', { name: 'Start an assessment' }).click();
      // Each row is a group named after its item; each point is a radio named with its number and label.
      const integrity = page.getByRole('group', { name: 'Integrity' });
      await integrity.getByTitle('3: fits in part').click();
      assert.equal(await integrity.getByRole('radio', { name: '3 fits in part' }).isChecked(), true);
      await page.keyboard.press('ArrowRight');  // the arrow keys move within the row's scale
      assert.equal(await integrity.getByRole('radio', { name: '4 fits well' }).isChecked(), true);
      assert.equal(await integrity.locator('.values-rate-item__chosen').textContent(), 'fits well');
      assert.equal(await integrity.getByRole('textbox', { name: 'Note on Integrity' }).count(), 0, 'the note is closed until asked for');
      await integrity.getByRole('button', { name: 'Add a note on Integrity' }).click();
      assert.equal(await integrity.getByRole('button', { name: 'Add a note on Integrity' }).getAttribute('aria-expanded'), 'true');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'rate-values-1-note', 'the opened note takes focus');
      await page.keyboard.type('Honesty is valued here');
      assert.equal(await page.getByRole('group', { name: 'skills item 1' }).getByText('A note kept with the item').isVisible(), true);
      for (const name of ['Curiosity', 'Family', 'Health', 'Courage']) await page.getByRole('group', { name }).getByTitle(/^5: /).click();
      await page.getByRole('button', { name: 'See my result' }).click();
      await page.getByRole('button', { name: 'Save this snapshot' }).click();
      await page.locator('.values-snapshot .values-score-grid').waitFor();
      const [saved] = (await call(fresh, 'GET', '/api/alignment/assessments')).body.items;
      const detail = (await call(fresh, 'GET', `/api/alignment/assessments/${saved.id}`)).body;
      const rated = detail.ratings.find((r) => r.item === 'Integrity');
      assert.equal(rated.rating, 4);
      assert.equal(rated.note, 'Honesty is valued here');
      await context.close();
    } finally {
      await fresh.stop();
    }
  });

  test('the vision builder is linked from the welcome screen and from the Vision page', async () => {
    const fresh = await startServer();
    try {
      for (const [scheme, width] of [['light', 1280], ['dark', 390]]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        const page = await openPage(context, `${fresh.url}/`);
        await page.getByRole('heading', { name: 'Welcome to True North' }).waitFor();
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= width);
        await screenshot(page, `home-welcome-builder-link-${width}-${scheme}`);
        await page.getByRole('link', { name: 'Draft it with the vision builder' }).click();
        await page.waitForURL(/\/values\/vision-builder$/);
        await page.getByRole('heading', { name: 'Vision builder', level: 1 }).waitFor();

        await page.locator('nav').getByRole('link', { name: 'Vision', exact: true }).click();
        await page.waitForURL(/\/vision$/);
        await page.waitForSelector('main[aria-busy="false"]');
        await screenshot(page, `vision-builder-link-${width}-${scheme}`);
        await page.getByRole('link', { name: 'Draft it with the vision builder' }).click();
        await page.waitForURL(/\/values\/vision-builder$/);
        await context.close();
      }
    } finally {
      await fresh.stop();
    }
  });

  test('the vision builder drafts a statement and saves a new vision version', async () => {
    const before = (await call(server, 'GET', '/api/vision')).body;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/values/vision-builder`);
    // Five core values; the builder advises two to four and ticks the first three.
    assert.equal(await page.locator('.values-checks input').count(), 5);
    assert.equal(await page.locator('.values-checks input:checked').count(), 3);
    await page.locator('.values-checks input').nth(3).check();
    await page.locator('.values-checks input').nth(4).check();
    await page.getByText('5 chosen: two to four usually read best.').waitFor();
    await page.locator('.values-checks input').nth(4).uncheck();
    assert.equal(await page.locator('#bv-values-advice').textContent(), '');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('I am …').fill('a calm leader who helps people grow');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Through my work, I …').fill('Clean, cheap energy in a million homes');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('How many years ahead').selectOption('8');
    await page.getByLabel('In 8 years, at work, I …').fill('leading an engineering group');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Outside work, I …').fill('live by the sea');
    await page.getByRole('button', { name: 'Draft my statement' }).click();
    const draft = page.getByLabel('Edit it until it sounds like you');
    await draft.waitFor();
    const text = await draft.inputValue();
    const year = new Date().getFullYear() + 8;
    const named = (await call(server, 'GET', '/api/values/core')).body.items.slice(0, 4).map((v) => v.name[0].toLowerCase() + v.name.slice(1));
    assert.equal(text, `It is ${year}. Guided by ${named.slice(0, 3).join(', ')} and ${named[3]}, I am a calm leader who helps people grow. `
      + 'Through my work, I contribute to clean, cheap energy in a million homes. I am leading an engineering group. '
      + 'Outside work, I live by the sea.');
    await screenshot(page, 'vision-builder-desktop');
    await draft.fill(`${text} Always learning.`);
    await page.getByRole('button', { name: 'Save as my vision' }).click();
    await page.getByText('Your vision is saved').waitFor();

    const after = (await call(server, 'GET', '/api/vision')).body;
    assert.equal(after.version, before.version + 1);
    assert.equal(after.statement, `${text} Always learning.`);
    assert.equal(after.mission, before.mission, 'the other vision fields are kept');
    assert.equal(after.horizon_years, 8, 'the horizon chosen in the builder is saved with the statement');
    const history = (await call(server, 'GET', '/api/vision/history')).body.items;
    assert.equal(history[0].statement, after.statement);
    assert.equal(history[1].statement, before.statement);
    await context.close();
  });

  test('balance: two snapshots drawn as a wheel with the previous overlaid', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/values/balance`);
    await page.getByRole('slider', { name: 'Health' }).fill('8');
    await page.getByRole('button', { name: 'Save snapshot' }).click();
    await page.locator('.values-radar-chart .values-layer--latest').waitFor();
    await page.getByRole('slider', { name: 'Health' }).fill('3');
    await page.getByRole('button', { name: 'Save snapshot' }).click();
    await page.locator('.values-radar-chart .values-layer--previous').waitFor();
    assert.match(await page.locator('.notice.warning').textContent(), /Health: 8 → 3/);
    await page.locator('section[data-list="boundaries"]').getByLabel('New boundary').fill('No work email after 19:00');
    await page.locator('section[data-list="boundaries"]').getByRole('button', { name: 'Add' }).click();
    await page.locator('section[data-list="boundaries"] .values-kept-name').waitFor();
    await screenshot(page, 'balance-desktop');
    await context.close();
  });

  test('worksheet: goals, aspirations, a conflict, suggestions and the adjustments written down', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/values/worksheet`);
    await page.getByLabel('New goal').fill('Lead the platform team');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.getByLabel('New aspiration').fill('Dinner with the kids every weekday');
    await page.getByRole('button', { name: 'Add aspiration' }).click();
    await page.getByLabel('Relation').selectOption('conflict');
    await page.getByLabel('Note').fill('Late meetings');
    await page.getByRole('button', { name: 'Mark it' }).click();
    await page.getByRole('button', { name: 'Save worksheet' }).click();
    await page.waitForSelector('.save-state[data-state="saved"]');
    await page.getByRole('button', { name: 'Copy into my adjustments' }).click();
    assert.match(await page.getByLabel('What I will adjust').inputValue(), /^Look for a way to pursue/);
    await page.getByRole('button', { name: 'Save worksheet' }).click();
    await page.waitForSelector('.save-state[data-state="saved"]');
    const sheet = (await call(server, 'GET', '/api/alignment/worksheet')).body;
    assert.deepEqual(sheet.links, [{ goal_index: 0, aspiration_index: 0, kind: 'conflict', note: 'Late meetings' }]);
    assert.match(sheet.adjustments, /^Look for a way/);
    assert.equal(sheet.version, 2);
    await screenshot(page, 'worksheet-desktop');
    await context.close();
  });

  test('phone width and dark mode: every Values page fits and renders', async () => {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: scheme });
      for (const tab of ['', 'sort', 'alignment', 'worksheet', 'vision-builder', 'balance']) {
        const page = await openPage(context, `${server.url}/values${tab ? `/${tab}` : ''}`);
        if (tab === 'sort' && scheme === 'light') {
          await page.getByRole('button', { name: 'Start the card sort' }).click();
          await page.waitForSelector('#sort-progress');
        }
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 390, `/values/${tab} is ${width}px wide at phone width (${scheme})`);
        await screenshot(page, `values-${tab || 'overview'}-phone-${scheme}`);
        await page.close();
      }
      await context.close();
    }
  });
});
