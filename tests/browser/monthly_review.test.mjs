// Browser tests for the monthly review in headless Chromium against the real server: a review that re-rates
// the balance and marks a boundary shows both in the saved review after a reload, and still shows them after
// the live balance changed; the values check and the year view; screenshots at desktop and phone width.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openPage, screenshot } from '../support/browser.mjs';
import { expectReply, startServer } from '../support/server.mjs';

const must = expectReply;  // any 2xx, else the test fails
const rate = (server, ratings) => must(server, 'POST', '/api/balance/snapshots', { ratings: Object.entries(ratings).map(([area, rating]) => ({ area, rating })) });

describe('the monthly review in the browser', () => {
  let server;
  let browser;
  before(async () => {
    // Last month's balance is rated on a February day; then the server runs on 28 March 2026.
    const february = await startServer({ env: { TRUENORTH_TODAY: '2026-02-20' } });
    await rate(february, { Career: 6, Health: 4, Family: 7 });
    await february.stop({ keepFiles: true });
    server = await startServer({ dbPath: february.dbPath, env: { TRUENORTH_TODAY: '2026-03-28' } });
    await must(server, 'PUT', '/api/vision', { statement: '', organisation: 'Acme', mission: 'Make work lighter for small teams.',
      current_position: '', future_position: '', horizon_years: 7, version: 0 });
    let sort = await must(server, 'POST', '/api/values/sorts');
    const keys = ['integrity', 'family', 'learning', 'health', 'courage'];
    for (const key of keys) sort = await must(server, 'PUT', `/api/values/sorts/${sort.id}/cards/${key}`, { pile: 'very_important' });
    await must(server, 'PUT', `/api/values/sorts/${sort.id}/top`, { top_values: keys.map((value) => ({ value, meaning: 'It matters to me' })), finish: true, version: sort.version });
    await must(server, 'POST', '/api/lists/boundaries', { name: 'No work email after 19:00' });
    await must(server, 'POST', '/api/lists/self_care', { name: 'A walk at lunch' });
    await must(server, 'POST', '/api/journal/entries', { kind: 'weekly', date: '2026-03-09', answers: { learned: 'Ask what each team fears first.' } });
    await must(server, 'POST', '/api/initiatives', { title: 'Ship the billing API to three teams', horizon: 'short', status: 'active', progress: 30,
      start_date: '2026-01-05', finish_date: '2026-06-30', measure_of_success: 'Three teams bill through it by June',
      milestones: [{ title: 'First team moved', due_date: '2026-03-15', done: false }, { title: 'All three moved', due_date: '2026-06-30', done: false }] });
    const partner = await must(server, 'POST', '/api/people/partners', { name: 'Ana Ruiz', role: 'mentor' });
    await must(server, 'POST', '/api/people/check-ins', { partner_id: partner.id, held_on: '2026-03-05', notes: 'We planned the promotion case.' });
    await must(server, 'POST', '/api/feedback', { received_on: '2026-03-12', source: 'manager', said: 'Your plan was clear and calm.', points_to: 'strength' });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a review re-rates balance and a boundary; the saved review keeps them when the live balance changes', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/journal/new/monthly`);
    const balance = page.locator('.journal-review-balance');
    assert.match(await balance.textContent(), /Not re-rated this month yet/);
    assert.match(await page.locator('.journal-review-aside').nth(1).textContent(), /Ask what each team fears first/);
    assert.match(await page.locator('.journal-review-aside').nth(1).textContent(), /Ana Ruiz/);

    await page.getByLabel('Milestones', { exact: true }).fill('The first team moved to the billing API.');
    await page.getByRole('checkbox', { name: /First team moved/ }).check();
    await page.getByText('Milestone reached: First team moved').waitFor();
    await balance.getByLabel('Career').fill('8');
    await balance.getByLabel('Health').fill('3');
    await balance.getByRole('button', { name: 'Save today’s balance' }).click();
    await balance.getByText(/Re-rated on/).waitFor();
    assert.match(await balance.textContent(), /Average 5\.4/, 'Career 8, Health 3, Family 7 and five areas at 5');
    assert.match(await balance.textContent(), /on last month \(5\.7\)/);
    const boundary = page.getByRole('group', { name: 'No work email after 19:00' });
    await boundary.getByLabel('Slipped').check();
    await page.getByLabel('Note on No work email after 19:00').fill('Two late evenings before the launch');
    await page.getByRole('group', { name: 'A walk at lunch' }).getByLabel('Kept').check();
    assert.match(await page.locator('.save-state').textContent(), /Unsaved changes/);
    await screenshot(page, 'monthly-review-editor-desktop');

    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.waitForURL(/\/journal\/\d+$/);
    const entryId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.reload();
    await page.waitForSelector('main[aria-busy="false"] .journal-record');
    const record = page.locator('.journal-record');
    const readRecord = async () => record.textContent();
    assert.match(await readRecord(), /Average 5\.4/);
    assert.match(await readRecord(), /Career\s*6 → 8/);
    assert.match(await readRecord(), /Slipped\s*No work email after 19:00/);
    assert.match(await readRecord(), /Two late evenings before the launch/);
    assert.match(await readRecord(), /Kept\s*A walk at lunch/);
    assert.match(await readRecord(), /1 of 2 milestones/);
    await screenshot(page, 'monthly-review-saved-desktop');

    // Later the live balance changes and the boundary is renamed: the old review still shows what was true then.
    await rate(server, { Career: 2, Health: 9, Family: 1 });
    const item = (await must(server, 'GET', '/api/lists/boundaries')).items[0];
    await must(server, 'PUT', `/api/lists/boundaries/${item.id}`, { name: 'Laptop shut at 19:00', version: item.version });
    await page.reload();
    await page.waitForSelector('main[aria-busy="false"] .journal-record');
    assert.match(await readRecord(), /Average 5\.4/);
    assert.match(await readRecord(), /Career\s*6 → 8/);
    assert.match(await readRecord(), /No work email after 19:00/);
    assert.doesNotMatch(await readRecord(), /Laptop shut/);
    const saved = await must(server, 'GET', `/api/reviews/${entryId}`);
    assert.equal(saved.practices[0].state, 'slipped');

    // The values check, in place in the editor: a quick re-assessment that the review keeps.
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.waitForSelector('main[aria-busy="false"] .journal-review-values');
    const values = page.locator('.journal-review-values');
    // Each value's name has the row's width: drawn on one line, above its five points (the narrow column
    // once squeezed names to a letter or two per line).
    for (const name of ['Integrity', 'Courage']) {
      const row = values.getByRole('group', { name });
      const [legend, points] = await Promise.all([row.locator('legend').boundingBox(), row.locator('.values-fit-scale').boundingBox()]);
      const lineHeight = await row.locator('legend').evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.5);
      assert.ok(legend.height < lineHeight * 1.5, `${name} is drawn on one line (${legend.height} px tall)`);
      assert.ok(points.y >= legend.y + legend.height - 1, `${name}'s points are below its name`);
    }
    await values.getByRole('group', { name: 'Integrity' }).locator('label[title^="2:"]').click();
    await values.getByRole('group', { name: 'Family' }).locator('label[title^="5:"]').click();
    await values.getByRole('button', { name: 'Save the values check' }).click();
    await values.getByText(/Checked on/).waitFor();
    assert.match(await values.textContent(), /of 100 overall/);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForSelector('.save-state[data-state="saved"]');
    const checked = await must(server, 'GET', `/api/reviews/${entryId}`);
    assert.deepEqual(checked.alignment.values.map((v) => [v.item, v.rating]), [['Integrity', 2], ['Family', 5]]);
    assert.equal(checked.balance.average, 5.4, 'the balance kept');
    await context.close();
  });

  test('the year view sets the months side by side, and every page fits a phone in light and dark', async () => {
    const reviewId = (await must(server, 'GET', '/api/journal/entries?kind=monthly')).items[0].id;
    const weeklyId = (await must(server, 'GET', '/api/journal/entries?kind=weekly')).items[0].id;
    const plain = await browser.newContext();
    const weekly = await openPage(plain, `${server.url}/journal/${weeklyId}`);
    assert.equal(await weekly.locator('.journal-record').count(), 0, 'only a monthly review has a record');
    assert.doesNotMatch(await weekly.locator('main').textContent(), /\bnull\b|undefined/);
    await plain.close();
    for (const scheme of ['light', 'dark']) {
      for (const [width, name] of [[1280, 'desktop'], [390, 'phone']]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        const year = await openPage(context, `${server.url}/journal/year/2026`);
        const march = year.locator('table.journal-year tbody tr').first().locator('td').nth(2);
        assert.equal(await march.textContent(), 'Read');
        assert.match(await year.locator('tr[data-row="boundaries"]').textContent(), /0 of 1/);
        assert.match(await year.locator('.journal-year__drift').textContent(), /1 monthly review/);
        assert.equal(await year.locator('tr[data-row="reflections"] td').nth(3).textContent(), '–', 'April is still to come');
        await screenshot(year, `monthly-year-${name}-${scheme}`);
        const saved = await openPage(context, `${server.url}/journal/${reviewId}`);
        for (const shown of [year, saved]) assert.doesNotMatch(await shown.locator('main').textContent(), /\bnull\b|undefined|NaN/);
        await screenshot(saved, `monthly-review-saved-${name}-${scheme}`);
        const editor = await openPage(context, `${server.url}/journal/${reviewId}/edit`);
        await editor.waitForSelector('.journal-review-step');
        const overflow = await editor.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `the editor fits ${width}px (${overflow}px too wide)`);
        await screenshot(editor, `monthly-review-editor-${name}-${scheme}`);
        await context.close();
      }
    }
  });
});
