// Browser tests for the values card sort: quick key presses all honoured in order, undo of many moves
// across a reload, piles that open to show and move their cards with focus following the card, and the
// ranking by keyboard (key presses counted), Alt+Up/Down and drag and drop.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import path from 'node:path';
import { axeViolations, launchBrowser, openPage, screenshot, screenshotDir } from '../support/browser.mjs';
import { call, startServer } from '../support/server.mjs';

// The sort in progress as the server has it, once `ready(sort)` holds (the page saves its moves in turn).
async function savedSort(server, ready) {
  for (let i = 0; i < 200; i++) {
    const { sort } = (await call(server, 'GET', '/api/values/sorts/current')).body;
    if (sort && ready(sort)) return sort;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the server never held the sort the page shows');
}
const holding = (count) => (sort) => Object.keys(sort.cards).length === count;

// The data-focus id of the focused element (its tag name when it has none).
const focusedFocusId = (page) => page.evaluate(() => document.activeElement?.dataset.focus ?? document.activeElement?.tagName);

describe('the values card sort in the browser', () => {
  let server;
  let browser;
  let catalog;  // the keys of the deck, in order
  let names;  // their names
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const items = (await call(server, 'GET', '/api/values/catalog')).body.items;
    catalog = items.map((v) => v.key);
    names = items.map((v) => v.name);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('ten quick key presses place ten cards in order; undo of many moves survives a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/values/sort`);
    await page.getByRole('button', { name: 'Start the card sort' }).click();
    await page.waitForSelector('#sort-progress');
    const keys = ['1', '1', '2', '3', 'ArrowLeft', '2', 'ArrowRight', '1', '3', 'ArrowDown'];
    for (const key of keys) await page.keyboard.press(key);  // no waiting between presses
    assert.equal(await page.locator('#sort-progress').evaluate((el) => Number(el.value)), 10, 'the page shows all ten at once');
    const sort = await savedSort(server, holding(10));
    const wanted = { 1: 'very_important', 2: 'important', 3: 'not_important', ArrowLeft: 'very_important', ArrowDown: 'important', ArrowRight: 'not_important' };
    assert.deepEqual(sort.moves.map((m) => [m.value, m.to]), keys.map((key, i) => [catalog[i], wanted[key]]));
    assert.equal(await page.locator('#value-name').textContent(), names[10]);

    // Undo four moves at speed, reload, and undo two more: the history is the server's.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
    await savedSort(server, holding(6));
    await page.reload();
    await page.waitForSelector('main[aria-busy="false"] #sort-progress');
    assert.equal(await page.locator('#sort-progress').evaluate((el) => Number(el.value)), 6);
    const undo = page.getByRole('button', { name: /^Undo/ });
    assert.match(await undo.textContent(), new RegExp(names[5]));
    await undo.click();
    await page.keyboard.press('Backspace');
    const left = await savedSort(server, holding(4));
    assert.deepEqual(Object.keys(left.cards).sort(), catalog.slice(0, 4).sort());
    assert.equal(await page.locator('#value-name').textContent(), names[4]);
    await context.close();
  });

  test('a pile opens to show its cards; a card moves by button or key and focus follows it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/values/sort`);
    await page.waitForSelector('.values-piles-view');
    const very = page.locator('details[data-pile="very_important"]');
    await very.locator('summary').click();
    const shown = await very.locator('.values-pile-card__name').allTextContents();
    assert.deepEqual(shown, [names[0], names[1]]);
    await screenshot(page, 'values-sort-piles-desktop');

    await very.getByRole('button', { name: `Move ${names[0]} to Important` }).click();
    const important = page.locator('details[data-pile="important"]');
    await important.locator(`.values-pile-card__name`, { hasText: names[0] }).waitFor();
    assert.equal(await important.evaluate((el) => el.open), true, 'the pile the card went to opens');
    assert.match(await focusedFocusId(page), new RegExp(`^move:${catalog[0]}:`), 'focus stays on the moved card');
    // A focused card moves with the keys 1/2/3 too.
    await page.keyboard.press('3');
    await page.locator('details[data-pile="not_important"] .values-pile-card__name', { hasText: names[0] }).waitFor();
    assert.match(await focusedFocusId(page), new RegExp(`^move:${catalog[0]}:`));
    await page.keyboard.press('1');
    await very.locator('.values-pile-card__name', { hasText: names[0] }).waitFor();
    let sort = await savedSort(server, (s) => s.cards[catalog[0]] === 'very_important' && s.moves.length === 7);
    assert.deepEqual(sort.moves.slice(-3).map((m) => [m.value, m.from, m.to]), [
      [catalog[0], 'very_important', 'important'], [catalog[0], 'important', 'not_important'], [catalog[0], 'not_important', 'very_important']]);
    // Pile moves are undone like any other.
    await page.keyboard.press('Backspace');
    await page.locator('details[data-pile="not_important"] .values-pile-card__name', { hasText: names[0] }).waitFor();
    sort = await savedSort(server, (s) => s.moves.length === 6);
    assert.equal(sort.cards[catalog[0]], 'not_important');
    for (const scheme of ['light', 'dark']) {
      const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: scheme, bypassCSP: true });
      const small = await openPage(phone, `${server.url}/values/sort`);
      for (const summary of await small.locator('.values-pile summary').all()) await summary.click();
      assert.ok(await small.evaluate(() => document.documentElement.scrollWidth) <= 390);
      assert.deepEqual(await axeViolations(small), [], `the open piles pass axe (${scheme})`);
      await screenshot(small, `values-sort-piles-phone-${scheme}`);
      await phone.close();
    }
    await call(server, 'DELETE', `/api/values/sorts/${sort.id}`);
    await context.close();
  });

  test('ranking five values from the keyboard: few presses, Alt+Up/Down, focus kept at first place', async () => {
    // Every card but the last sorted already: seven in the first pile.
    const very = ['courage', 'curiosity', 'family', 'health', 'integrity', 'learning', 'wisdom'];
    const sort = (await call(server, 'POST', '/api/values/sorts')).body;
    assert.equal(catalog.at(-1), 'wisdom');
    for (const key of catalog.slice(0, -1)) {
      await call(server, 'PUT', `/api/values/sorts/${sort.id}/cards/${key}`, { pile: very.includes(key) ? 'very_important' : 'not_important' });
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await openPage(context, `${server.url}/values/sort`);
    await page.locator('#value-name', { hasText: 'Wisdom' }).waitFor();
    await page.keyboard.press('1');
    await page.getByRole('button', { name: 'Rank my top values' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Rank my top values', 'the last card leads to the ranking');

    let presses = 0;
    const press = async (key, times = 1) => {
      for (let i = 0; i < times; i++) { presses += 1; await page.keyboard.press(key); }
    };
    await press('Enter');
    assert.equal(await focusedFocusId(page), 'candidate:courage');
    // Choose courage, curiosity, family, integrity and learning (skipping health), in that order.
    await press('Space'); await press('Tab'); await press('Space'); await press('Tab'); await press('Space');
    await press('Tab', 2); await press('Space'); await press('Tab'); await press('Space');
    assert.deepEqual(await page.locator('.values-ranked .values-core-name').allTextContents(), ['Courage', 'Curiosity', 'Family', 'Integrity', 'Learning']);
    // To the fifth value's handle, then Alt+Up four times: it reaches first place and keeps focus.
    await press('Tab', 2 + 8);
    assert.equal(await focusedFocusId(page), 'handle:learning');
    await press('Alt+ArrowUp', 4);
    assert.equal(await page.locator('.values-ranked .values-core-name').first().textContent(), 'Learning');
    assert.equal(await focusedFocusId(page), 'handle:learning', 'focus stays on the value moved to first place');
    await press('Alt+ArrowDown');
    assert.equal(await page.locator('.values-ranked .values-core-name').nth(1).textContent(), 'Learning');
    await press('ArrowUp');  // on the handle the plain arrows move too
    assert.equal(await focusedFocusId(page), 'handle:learning');
    await screenshot(page, 'values-ranking-keyboard-desktop');
    assert.deepEqual(await axeViolations(page), [], 'the ranking passes axe');

    // Say what each means: the meaning follows its value's handle.
    const order = ['Learning', 'Courage', 'Curiosity', 'Family', 'Integrity'];
    for (let i = 0; i < 5; i++) {
      await press('Tab', i === 0 ? 1 : 2);
      await page.keyboard.type(`${order[i]} means this to me`);
    }
    await press('Alt+ArrowUp');  // in a meaning, Alt+Up moves too; typing is kept and focus stays
    assert.equal(await focusedFocusId(page), 'meaning:integrity');
    await press('Alt+ArrowDown');
    await press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Finish: these are my core values');
    await press('Enter');
    await page.waitForURL(/\/values$/);
    const core = (await call(server, 'GET', '/api/values/core')).body.items;
    assert.deepEqual(core.map((v) => v.name), order);
    assert.deepEqual(core.map((v) => v.meaning), order.map((name) => `${name} means this to me`));
    // The issue measured about 135 presses for this; typing the meanings is not counted.
    assert.ok(presses <= 45, `ranking five values took ${presses} key presses`);
    console.log(`# ranking five values by keyboard: ${presses} key presses (besides typing the meanings)`);
    await context.close();
  });

  test('drag and drop reorders the ranking with the pointer', async () => {
    const sort = (await call(server, 'POST', '/api/values/sorts')).body;
    const top = ['family', 'health', 'courage', 'integrity', 'learning'];
    for (const key of catalog) {
      await call(server, 'PUT', `/api/values/sorts/${sort.id}/cards/${key}`, { pile: top.includes(key) ? 'very_important' : 'important' });
    }
    const current = (await call(server, 'GET', '/api/values/sorts/current')).body.sort;
    await call(server, 'PUT', `/api/values/sorts/${sort.id}/top`, { top_values: top.map((value) => ({ value, meaning: '' })), version: current.version });
    for (const [scheme, width] of [['light', 1280], ['dark', 390]]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await openPage(context, `${server.url}/values/sort`);
      const ranked = () => page.locator('.values-ranked .values-core-name').allTextContents();
      const before = await ranked();
      await page.locator('.values-ranked').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const handle = page.locator('.values-drag-handle').nth(3);
      const target = await page.locator('.values-ranked__item').nth(0).boundingBox();
      const start = await handle.boundingBox();
      await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
      await page.mouse.down();
      await page.mouse.move(start.x + start.width / 2, target.y + 4, { steps: 12 });
      await page.screenshot({ path: path.join(screenshotDir, `values-ranking-drag-${width}-${scheme}.png`) });  // mid-drag, as seen
      await page.mouse.up();
      const after = await ranked();
      assert.deepEqual(after, [before[3], ...before.slice(0, 3), before[4]]);
      assert.equal(await focusedFocusId(page), `handle:${top.find((key) => key === before[3].toLowerCase())}`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= width);
      await page.waitForSelector('.save-state[data-state="saved"]');
      const saved = (await call(server, 'GET', '/api/values/sorts/current')).body.sort.top_values.map((t) => t.name);
      assert.deepEqual(saved, after);
      await context.close();
    }
  });
});
