// Browser test of every page, on an empty workbook and on the filled bench fixture: none shows a word left
// by a missing value ("null", "undefined", "NaN", "[object Object]"), as a page appending an absent part
// straight into main would.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { everyPage, fillWorkbook } from '../../bench/workbook_fixture.mjs';
import { launchBrowser } from '../support/browser.mjs';
import { startServer } from '../support/server.mjs';

// Every page of the fixture's list, plus a new free entry, two searches and an address of no page.
const pagesOf = (ids) => [...everyPage(ids).map(([, path]) => path), '/journal/new/free', '/journal?q=deadlines',
  '/people/search?q=delegation', '/no-such-page'];

// The text nodes of main that hold a word a missing value leaves, with the path they were found on.
async function strayWords(browser, server, paths) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => { throw error; });
  const found = [];
  for (const path of paths) {
    await page.goto(server.url + path);
    await page.waitForSelector('main[aria-busy="false"]');
    const words = await page.evaluate(() => {
      const texts = [];
      const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (/\b(null|undefined|NaN)\b|\[object /.test(node.textContent)) texts.push(node.textContent.slice(0, 80));
      }
      return texts;
    });
    found.push(...words.map((text) => `${path}: ${text}`));
  }
  await context.close();
  return found;
}

describe('every page', () => {
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

  test('shows no stray "null" or "undefined", empty and then filled', async () => {
    const none = { decisionId: 1, entryId: 1, people: { partnerId: 1, checkInId: 1, feedbackId: 1, roundId: 1, learningId: 1 } };
    assert.deepEqual(await strayWords(browser, server, pagesOf(none)), []);
    const filled = await fillWorkbook(server);
    assert.deepEqual(await strayWords(browser, server, pagesOf(filled)), []);
  });
});
