// Browser tests for the links between modules that save typing: a lean-into item turned into an initiative,
// a hand-off item put on the stop-doing list, a road milestone that is an initiative, a Schedule task's date,
// self-care routines ticked off in the weekly reflection, two alignment checks compared, a year ago.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openPage, screenshot } from '../support/browser.mjs';
import { rankCoreValues } from '../support/core_values.mjs';
import { call, startServer } from '../support/server.mjs';

process.env.TRUENORTH_TODAY = '2026-03-02';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

describe('links that save typing, in the browser', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await call(server, 'PUT', '/api/vision', {
      statement: 'I lead a calm, capable platform team.', organisation: 'Acme', mission: 'Make warehouse work lighter.',
      current_position: 'Senior engineer', future_position: 'Engineering manager', horizon_years: 6, version: 0,
    });
    const core = await rankCoreValues(server);
    const snap = await call(server, 'POST', '/api/alignment/assessments', {
      ratings: core.map((v, i) => ({ category: 'values', id: v.id, rating: i === 0 ? 2 : 4 })),
      lean_into: ['Coaching new leads', 'Platform design reviews'], hand_off: ['Budget spreadsheets', 'The weekly rota'],
    });
    assert.equal(snap.status, 201);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a lean-into item becomes an initiative in one step, and Goals shows where it came from', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await openPage(context, `${server.url}/values/alignment`);
    const item = page.locator('.values-snapshot .values-action-item', { hasText: 'Coaching new leads' });
    await item.getByRole('button', { name: 'Plan as initiative: Coaching new leads' }).click();
    await item.getByText('became the initiative').waitFor();
    assert.match(await item.textContent(), /became the initiative Coaching new leads \(planned\)/);
    // Focus moves to the new link, so the keyboard user is where the change is.
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Coaching new leads');
    await screenshot(page, 'links-alignment-actions-desktop');

    const saved = (await call(server, 'GET', '/api/initiatives')).body.items;
    assert.deepEqual(saved.map((i) => [i.title, i.status]), [['Coaching new leads', 'planned']]);

    await item.getByRole('link', { name: 'Coaching new leads' }).click();
    await page.waitForURL(/\/goals$/);
    await page.waitForSelector('main[aria-busy="false"]');
    const card = page.locator('article.goals-initiative', { hasText: 'Coaching new leads' });
    await card.waitFor();
    assert.match(await card.textContent(), /From the alignment check of/);
    assert.match(await card.textContent(), /work to lean into/);
    const fromCheck = page.locator('section', { has: page.getByRole('heading', { name: 'From my alignment check' }) });
    assert.match(await fromCheck.textContent(), /Coaching new leads→ became the initiative/);
    await context.close();
  });

  test('on Goals, a hand-off item is delegated onto the stop-doing list; the others stay one step away', async () => {
    for (const [name, viewport, colorScheme] of [['desktop-light', DESKTOP, 'light'], ['phone-dark', PHONE, 'dark']]) {
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await openPage(context, `${server.url}/goals`);
      await screenshot(page, `links-goals-actions-${name}`);
      await context.close();
    }
    const context = await browser.newContext({ viewport: PHONE, colorScheme: 'dark' });
    const page = await openPage(context, `${server.url}/goals`);
    const rota = page.locator('.values-action-item', { hasText: 'The weekly rota' });
    await rota.getByRole('button', { name: 'Add to stop-doing: The weekly rota' }).click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Delegate it…');
    await page.keyboard.press('Enter');
    const name = rota.getByLabel('Delegate to');
    assert.equal(await page.evaluate(() => document.activeElement?.id), await name.getAttribute('id'));
    await rota.getByRole('button', { name: 'Add', exact: true }).click();
    await rota.locator('.field-error', { hasText: 'Name who will take it over.' }).waitFor();  // nobody named yet
    await name.fill('Sam');
    await name.press('Enter');
    await rota.getByText('on the stop-doing list').waitFor();
    assert.match(await rota.textContent(), /stop-doing list: Delegated/);

    const stopLine = page.locator('.goals-stop-item', { hasText: 'The weekly rota' });
    await stopLine.waitFor();
    assert.match(await stopLine.textContent(), /→ Sam/);
    assert.match(await stopLine.textContent(), /From the alignment check of .* \(work to avoid or hand off\)/);
    await screenshot(page, 'links-goals-stop-doing-phone-dark');
    const stop = (await call(server, 'GET', '/api/stop-doing')).body.items;
    assert.deepEqual(stop.map((s) => [s.text, s.action, s.delegate_to]), [['The weekly rota', 'delegate', 'Sam']]);
    await context.close();
  });

  test('a road milestone is an initiative: added in the road editor, shown on the road and on Goals', async () => {
    const goal = (await call(server, 'POST', '/api/initiatives', {
      title: 'Lead the platform migration', status: 'active', start_date: '2026-01-05', finish_date: '2026-06-30', progress: 40,
    })).body;
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await openPage(context, `${server.url}/goals/roads`);
    await page.getByRole('button', { name: 'Add a road' }).click();
    await page.getByLabel('Name of the road').fill('Engineering manager');
    await page.getByRole('button', { name: 'Add milestone' }).click();
    await page.getByLabel('Milestone 1', { exact: true }).fill('Run a hiring loop');
    await page.getByLabel('An initiative to add as a milestone').selectOption({ label: 'Lead the platform migration' });
    await page.getByRole('button', { name: 'Add as milestone' }).click();
    const row = page.locator('.goals-milestone-editor__row--initiative');
    assert.match(await row.textContent(), /Lead the platform migration.*The initiative, finishing/);
    // The initiative is on the list now, so the picker no longer offers it.
    assert.equal(await page.getByLabel('An initiative to add as a milestone').locator('option', { hasText: 'Lead the platform migration' }).count(), 0);
    await screenshot(page, 'links-road-editor-desktop');
    await page.getByRole('button', { name: 'Add road' }).click();

    const card = page.locator('article.goals-road', { hasText: 'Engineering manager' });
    await card.waitFor();
    const linked = card.locator('.goals-milestones__initiative');
    assert.match(await linked.textContent(), /Lead the platform migration · initiative, active 40%/);
    assert.equal(await linked.locator('input').count(), 0);  // ticked off on Goals, where it lives
    const road = (await call(server, 'GET', '/api/roads')).body.items[0];
    assert.deepEqual(road.milestones.map((m) => m.initiative_id), [null, goal.id]);

    await linked.getByRole('link', { name: 'Lead the platform migration' }).click();
    await page.waitForURL(/\/goals$/);
    const initiativeCard = page.locator('article.goals-initiative', { hasText: 'Lead the platform migration' });
    await initiativeCard.getByRole('link', { name: 'Milestone on the road “Engineering manager”' }).waitFor();
    await initiativeCard.getByRole('button', { name: 'Mark done: Lead the platform migration' }).click();
    await page.waitForFunction(() => document.querySelector('article.goals-initiative--done'));
    await context.close();

    for (const [name, viewport, colorScheme] of [['phone-light', PHONE, 'light'], ['desktop-dark', DESKTOP, 'dark']]) {
      const view = await browser.newContext({ viewport, colorScheme });
      const roads = await openPage(view, `${server.url}/goals/roads`);
      const done = roads.locator('.goals-milestones__initiative.goals-milestones__done');
      assert.match(await done.textContent(), /initiative, done/);
      await screenshot(roads, `links-roads-${name}`);
      await view.close();
    }
  });

  test('a Schedule task asks for a date; routines get a frequency and are ticked off in the weekly reflection', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await openPage(context, `${server.url}/goals/priorities`);
    assert.equal(await page.getByLabel('Quadrant').inputValue(), 'schedule');
    await page.locator('#task-due-hint', { hasText: 'Schedule asks for one: when will you do it?' }).waitFor();
    await page.getByLabel('Task', { exact: true }).fill('Write the promotion case');
    await page.getByLabel('Due date', { exact: true }).fill('2026-03-05');
    await page.getByRole('button', { name: 'Add task' }).click();
    await page.locator('.goals-task', { hasText: 'Write the promotion case' }).getByText('Due').waitFor();
    await page.getByLabel('Task', { exact: true }).fill('Plan the team offsite');
    await page.getByRole('button', { name: 'Add task' }).click();
    const offsite = page.locator('.goals-task', { hasText: 'Plan the team offsite' });
    await offsite.getByText('Give it a date').waitFor();
    await offsite.getByLabel('Due date of Plan the team offsite').fill('2026-02-27');
    await page.locator('.goals-task .goals-task__due--overdue', { hasText: 'Overdue' }).waitFor();
    await page.getByLabel('Quadrant').selectOption('do');
    await page.locator('#task-due-hint', { hasText: 'Optional.' }).waitFor();
    await screenshot(page, 'links-priorities-desktop');
    const tasks = (await call(server, 'GET', '/api/priorities')).body.items;
    assert.deepEqual(tasks.map((t) => [t.title, t.due_date, t.due.state]), [
      ['Write the promotion case', '2026-03-05', 'due_soon'], ['Plan the team offsite', '2026-02-27', 'overdue']]);

    await page.goto(`${server.url}/values/balance`);
    await page.waitForSelector('main[aria-busy="false"]');
    const routines = page.locator('section[data-list="self_care"]');
    for (const [name, often] of [['A walk at lunch', '3 times a week'], ['In bed by 23:00', 'Daily'], ['A massage', 'Monthly']]) {
      await routines.getByLabel('New routine').fill(name);
      await routines.getByLabel('How often').selectOption({ label: often });
      await routines.getByRole('button', { name: 'Add' }).click();
      await routines.locator('.values-kept-list li', { hasText: name }).waitFor();
    }
    assert.match(await routines.locator('.values-kept-list').textContent(), /A walk at lunch3 times a week/);

    await page.goto(`${server.url}/journal/new/weekly`);
    await page.waitForSelector('main[aria-busy="false"]');
    const ticks = page.locator('.journal-self-care');
    assert.match(await ticks.textContent(), /In bed by 23:00 · Daily/);
    await page.getByLabel('What I learned').fill('Rest is part of the work.');
    await ticks.getByLabel(/A walk at lunch/).check();
    await ticks.getByLabel(/A massage/).check();
    assert.match(await page.locator('.save-state').textContent(), /Unsaved changes/);
    await screenshot(page, 'links-weekly-self-care-desktop');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.waitForURL(/\/journal\/\d+$/);
    await page.waitForSelector('main[aria-busy="false"] .journal-entry-read');
    assert.equal(await page.locator('.journal-self-care__summary').textContent(), 'Kept 2 of 3 this week');
    assert.match(await page.locator('.journal-self-care__read').textContent(), /Kept: A walk at lunch.*Not kept: In bed by 23:00.*Kept: A massage/);

    // Editing keeps the ticks; unticking one is a change that saves.
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.waitForSelector('main[aria-busy="false"] .journal-self-care');
    assert.equal(await page.locator('.journal-self-care').getByLabel(/A walk at lunch/).isChecked(), true);
    assert.match(await page.locator('.save-state').textContent(), /^(|Saved.*)$/);
    await page.locator('.journal-self-care').getByLabel(/A massage/).uncheck();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForSelector('.save-state[data-state="saved"]');
    const entry = (await call(server, 'GET', '/api/journal/entries?kind=weekly')).body.items[0];
    const saved = (await call(server, 'GET', `/api/journal/entries/${entry.id}`)).body;
    assert.equal(saved.self_care_summary.text, 'Kept 1 of 2 this week');
    await context.close();

    for (const [name, viewport, colorScheme] of [['phone-dark', PHONE, 'dark'], ['phone-light', PHONE, 'light']]) {
      const view = await browser.newContext({ viewport, colorScheme });
      const entryPage = await openPage(view, `${server.url}/journal/${entry.id}`);
      await screenshot(entryPage, `links-weekly-entry-${name}`);
      const board = await openPage(view, `${server.url}/goals/priorities`);
      await screenshot(board, `links-priorities-${name}`);
      await view.close();
    }
  });

  test('two alignment checks compared item by item on the alignment page', async () => {
    const core = (await call(server, 'GET', '/api/values/core')).body.items;
    const later = await call(server, 'POST', '/api/alignment/assessments', {
      ratings: core.map((v, i) => ({ category: 'values', id: v.id, rating: i === 0 ? 4 : i === 1 ? 2 : 4 })),
    });
    assert.equal(later.status, 201);
    for (const [name, viewport, colorScheme] of [['desktop-light', DESKTOP, 'light'], ['phone-dark', PHONE, 'dark']]) {
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await openPage(context, `${server.url}/values/alignment`);
      const card = page.locator('section.values-compare');
      await card.locator('.values-compare-group--up').waitFor();
      assert.match(await card.locator('.values-compare-group--up').textContent(), new RegExp(`Went up \\(1\\)${core[0].name} \\(core value\\) 2 → 4`));
      assert.match(await card.locator('.values-compare-group--down').textContent(), new RegExp(`Went down \\(1\\)${core[1].name} \\(core value\\) 4 → 2`));
      assert.match(await card.locator('.values-compare-scores').textContent(), /Core values6565±0/);
      await screenshot(page, `links-alignment-compare-${name}`);
      if (name === 'desktop-light') {
        // Then and Now the same: nothing to compare; swapped: the moves reverse.
        const [newest, previous] = await card.getByLabel('Now').locator('option').evaluateAll((options) => options.map((o) => o.value));
        await card.getByLabel('Then').selectOption(newest);
        await card.getByText('Choose two different checks to compare.').waitFor();
        await card.getByLabel('Now').selectOption(previous);
        await card.locator('.values-compare-group--down', { hasText: `${core[0].name} (core value) 4 → 2` }).waitFor();
      }
      await context.close();
    }
  });

  test('a year ago: the statement and the core values ranking beside today’s, or when they will show', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const early = await openPage(context, `${server.url}/vision`);
    assert.match(await early.locator('section', { has: early.getByRole('heading', { name: 'A year ago' }) }).textContent(),
      /Your first saved statement is from .*\. From a year after that/);
    await context.close();

    // A workbook with a year of history: saved times set back as a year of use leaves them.
    const year = await startServer();
    await call(year, 'PUT', '/api/vision', { statement: 'I build calm teams.', organisation: '', mission: '', current_position: '', future_position: '', horizon_years: 7, version: 0 });
    await call(year, 'PUT', '/api/vision', { statement: 'I lead an engineering group and I am home for dinner.', organisation: '', mission: '', current_position: '', future_position: '', horizon_years: 7, version: 1 });
    const then = await rankCoreValues(year, 5);
    const sort = (await call(year, 'POST', '/api/values/sorts')).body;
    let current = sort;
    for (const v of [...then].reverse()) current = (await call(year, 'PUT', `/api/values/sorts/${sort.id}/cards/${v.key}`, { pile: 'very_important' })).body;
    const top = [then[1], then[0], ...then.slice(2)].map((v) => ({ value: v.key, meaning: v.meaning }));
    assert.equal((await call(year, 'PUT', `/api/values/sorts/${sort.id}/top`, { top_values: top, finish: true, version: current.version })).status, 200);
    const { dbPath } = year;
    await year.stop({ keepFiles: true });
    execFileSync('sqlite3', [dbPath, `UPDATE vision_statement_history SET saved_at = CASE id WHEN 1 THEN '2025-01-10T09:00:00.000Z' ELSE '2026-02-20T09:00:00.000Z' END;
      UPDATE value_sorts SET finished_at = CASE id WHEN 1 THEN '2025-02-01T10:00:00.000Z' ELSE '2026-02-01T10:00:00.000Z' END;`]);
    const restarted = await startServer({ dbPath });
    try {
      for (const [name, viewport, colorScheme] of [['desktop-light', DESKTOP, 'light'], ['phone-dark', PHONE, 'dark']]) {
        const view = await browser.newContext({ viewport, colorScheme });
        const vision = await openPage(view, `${restarted.url}/vision`);
        const card = vision.locator('section', { has: vision.getByRole('heading', { name: 'A year ago' }) });
        assert.match(await card.textContent(), /A year ago \(as saved .*\)I build calm teams\.→TodayI lead an engineering group/);
        await screenshot(vision, `links-vision-year-ago-${name}`);
        const values = await openPage(view, `${restarted.url}/values`);
        const ranking = values.locator('.values-year-ago');
        assert.match(await ranking.textContent(), new RegExp(`Today${then[1].name} ▲ was 2${then[0].name} ▼ was 1${then[2].name} same place`));
        await screenshot(values, `links-values-year-ago-${name}`);
        await view.close();
      }
    } finally {
      await restarted.stop();
    }
  });
});
