// Browser tests for the journal in headless Chromium against the real server (today pinned to Wed 2026-03-04).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openPage, saveFromTwoTabs, screenshot } from '../support/browser.mjs';
import { call, expectReply, startServer } from '../support/server.mjs';

describe('journal in the browser', () => {
  let server;
  let browser;
  before(async () => {
    process.env.TRUENORTH_TODAY = '2026-03-04';
    server = await startServer();
    delete process.env.TRUENORTH_TODAY;
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a new reflection opened by its address takes typing in its first question once drawn', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/journal/new/weekly`);
    const first = page.getByLabel('Challenges');
    await page.waitForFunction(() => document.activeElement?.matches('textarea, input'));
    assert.ok(await first.evaluate((el) => el === document.activeElement));
    await page.keyboard.type('Typed straight away');
    assert.equal(await first.inputValue(), 'Typed straight away');
    await context.close();
  });

  test('on a phone the question a new reflection focuses is in view, clear of the save bar', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 700 } });
    const page = await openPage(context, `${server.url}/journal/new/weekly`);
    await page.waitForFunction(() => document.activeElement?.matches('textarea, input'));
    await page.waitForTimeout(100);  // the focus's scroll
    const [field, bar] = await page.evaluate(() => [document.activeElement, document.querySelector('.save-bar')].map((el) => {
      const box = el.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom };
    }));
    assert.ok(field.top >= 0 && field.bottom <= bar.top, `the focused field (${field.top}-${field.bottom}) is above the save bar (${bar.top})`);
    await context.close();
  });

  test('write a weekly reflection from Home, see the streak change, find it by search', async () => {
    // Last week's reflection exists, so this week's makes a 2-week streak.
    await call(server, 'POST', '/api/journal/entries', { kind: 'weekly', date: '2026-02-25', answers: { learned: 'Sleep first' } });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/`);
    const home = page.locator('.journal-home');
    assert.match(await home.textContent(), /Week 10: no reflection yet/);
    assert.equal(await home.locator('.journal-home__streak').textContent(), '1-week streak');
    await screenshot(page, 'journal-home-before-desktop');

    await page.locator('.home-next').getByRole('link', { name: 'Start: Write this week’s reflection' }).click();
    await page.waitForURL(/\/journal\/new\/weekly$/);
    await page.waitForSelector('main[aria-busy="false"]');
    assert.equal(await page.getByLabel('Date').inputValue(), '2026-03-04');
    await page.getByLabel('Challenges').fill('A tense roadmap review with **two** teams');
    await page.getByLabel('How I handled it').fill('I asked what each team feared before arguing.');
    await page.getByLabel('What I learned').fill('Curiosity defuses <b>tension</b> faster than data.');
    await page.getByLabel('Next week', { exact: true }).fill('Open every review with a question.');
    await page.getByLabel('Tags').fill('work, Leadership');
    await page.getByRole('radio', { name: '4 · Good' }).check();
    assert.match(await page.locator('.save-state').textContent(), /Unsaved changes/);
    await screenshot(page, 'journal-editor-desktop');
    await page.getByRole('button', { name: 'Save entry' }).click();

    await page.waitForURL(/\/journal\/\d+$/);
    await page.waitForSelector('main[aria-busy="false"] .journal-entry-read');
    assert.equal(await page.locator('h1').textContent(), 'Week 10, 2026 reflection');
    assert.equal(await page.locator('.journal-entry-read strong').first().textContent(), 'two');
    assert.match(await page.locator('.journal-entry-read').textContent(), /Curiosity defuses tension faster/);
    assert.equal(await page.locator('.journal-entry-read b').count(), 0);
    await screenshot(page, 'journal-entry-desktop');

    await page.locator('nav').getByRole('link', { name: 'Home' }).click();
    await page.waitForSelector('main[aria-busy="false"] .journal-home');
    assert.match(await page.locator('.journal-home').textContent(), /This week’s reflection is done/);
    assert.equal(await page.locator('.journal-home__streak').textContent(), '2-week streak');

    await page.locator('nav').getByRole('link', { name: 'Journal' }).click();
    await page.waitForSelector('main[aria-busy="false"] .journal-entry-list');
    assert.equal(await page.getByTestId('streak').textContent(), '2 weeks');
    await page.getByLabel('Search my journal').fill('curios');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForSelector('.journal-entry-list mark');
    assert.equal(await page.locator('.journal-entry-item').count(), 1);
    assert.equal(await page.locator('.journal-entry-list mark').first().textContent(), 'Curiosity');
    assert.match(await page.locator('.journal-results-status').textContent(), /^1 entry matching “curios”$/);
    await screenshot(page, 'journal-search-desktop');

    await page.getByRole('button', { name: /Filter by tag leadership/ }).first().click();
    await page.waitForFunction(() => document.querySelector('#journal-tag').value === 'leadership');
    await context.close();
  });

  test('an unsaved entry survives a reload as a draft, and leaving asks first', async () => {
    const context = await browser.newContext();
    const page = await openPage(context, `${server.url}/journal/new/free`);
    await page.getByLabel('Entry', { exact: true }).fill('A thought I do not want to lose.');
    await page.reload();
    await page.waitForSelector('main[aria-busy="false"]');
    assert.equal(await page.getByLabel('Entry', { exact: true }).inputValue(), 'A thought I do not want to lose.');
    assert.match(await page.locator('.notice').textContent(), /Restored text you had not saved/);

    let asked = '';
    page.once('dialog', (dialog) => { asked = dialog.message(); dialog.dismiss(); });
    await page.locator('nav').getByRole('link', { name: 'Home' }).click();
    assert.match(asked, /unsaved changes/);
    assert.match(page.url(), /\/journal\/new\/free$/);

    await page.keyboard.press('Control+s');
    await page.waitForURL(/\/journal\/\d+$/);
    await page.goto(`${server.url}/journal/new/free`);
    await page.waitForSelector('main[aria-busy="false"]');
    assert.equal(await page.getByLabel('Entry', { exact: true }).inputValue(), '');
    await context.close();
  });

  test('a field error from the server is shown at the field', async () => {
    const context = await browser.newContext();
    const page = await openPage(context, `${server.url}/journal/new/free`);
    await page.getByLabel('Entry', { exact: true }).fill('Tags test');
    await page.getByLabel('Tags').fill('fine, not okay!');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.waitForSelector('#entry-tags[aria-invalid="true"]');
    assert.match(await page.locator('#entry-tags-error').textContent(), /tags\[1\] may contain only/);
    await context.close();
  });

  test('move to trash, undo, trash again and restore from the trash page', async () => {
    const { body: entry } = await call(server, 'POST', '/api/journal/entries', { kind: 'free', date: '2026-03-02', body: 'Quokka sightings and other joys' });
    const context = await browser.newContext();
    const page = await openPage(context, `${server.url}/journal/${entry.id}`);
    await page.getByRole('button', { name: 'Move to trash' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.waitForSelector('.journal-entry-actions:not([hidden])');
    assert.equal((await call(server, 'GET', `/api/journal/entries/${entry.id}`)).body.deleted_at, null);

    await page.getByRole('button', { name: 'Move to trash' }).click();
    await page.getByRole('link', { name: 'Back to the journal' }).click();
    await page.waitForSelector('main[aria-busy="false"] .journal-entry-list');
    await page.getByLabel('Search my journal').fill('quokka');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.journal-entry-list__empty');

    await page.getByRole('link', { name: 'Trash' }).click();
    await page.waitForSelector('main[aria-busy="false"] .journal-trash-list');
    await screenshot(page, 'journal-trash');
    await page.getByRole('button', { name: `Restore ${entry.title}` }).click();
    await page.waitForFunction(() => document.querySelector('main [role="status"]').textContent.includes('empty'));
    const found = (await call(server, 'GET', '/api/journal/search?q=quokka')).body.items;
    assert.equal(found.length, 1);
    await context.close();
  });

  test('screenshots at phone width and in dark mode', async () => {
    for (const [name, options] of [
      ['phone-light', { viewport: { width: 390, height: 844 } }],
      ['phone-dark', { viewport: { width: 390, height: 844 }, colorScheme: 'dark' }],
      ['desktop-dark', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }],
    ]) {
      const context = await browser.newContext(options);
      const page = await openPage(context, `${server.url}/journal`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name}: the journal page is ${overflow}px wider than the screen`);
      await screenshot(page, `journal-${name}`);
      const editor = await openPage(context, `${server.url}/journal/new/monthly`);
      await screenshot(editor, `journal-editor-${name}`);
      const home = await openPage(context, `${server.url}/`);
      await screenshot(home, `journal-home-${name}`);
      await context.close();
    }
  });

  test('the list filters by a core value once the values are sorted', async () => {
    const own = await startServer();  // its own database: the other tests expect no core values
    let sort = (await call(own, 'POST', '/api/values/sorts')).body;
    const top = ['integrity', 'curiosity', 'family', 'health', 'courage'];
    for (const key of top) sort = (await call(own, 'PUT', `/api/values/sorts/${sort.id}/cards/${key}`, { pile: 'very_important' })).body;
    await call(own, 'PUT', `/api/values/sorts/${sort.id}/top`, { top_values: top.map((value) => ({ value, meaning: `Why ${value}` })), finish: true, version: sort.version });
    const core = (await call(own, 'GET', '/api/values/core')).body.items;
    await call(own, 'POST', '/api/journal/entries', { kind: 'free', date: '2026-02-01', title: 'Told the truth', body: 'Hard talk.', value_ids: [core[0].id] });
    await call(own, 'POST', '/api/journal/entries', { kind: 'free', date: '2026-02-02', title: 'Read all evening', body: 'Books.', value_ids: [core[1].id] });

    const context = await browser.newContext();
    const page = await openPage(context, `${own.url}/journal`);
    await page.getByLabel('Core value').selectOption({ label: core[0].name });
    await page.locator('.journal-results-status', { hasText: `linked to ${core[0].name}` }).waitFor();
    assert.deepEqual(await page.locator('.journal-entry-list h3, .journal-entry-list .journal-entry-title').allTextContents(), ['Told the truth']);

    // Each core value on the Values page links to the reflections linked to it.
    await page.goto(`${own.url}/values`);
    await page.waitForSelector('main[aria-busy="false"]');
    await page.getByRole('link', { name: `Reflections linked to ${core[1].name}` }).click();
    await page.locator('.journal-results-status', { hasText: `linked to ${core[1].name}` }).waitFor();
    assert.equal(await page.getByLabel('Core value').inputValue(), String(core[1].id));
    assert.deepEqual(await page.locator('.journal-entry-list h3, .journal-entry-list .journal-entry-title').allTextContents(), ['Read all evening']);
    await context.close();
    await own.stop();
  });

  // Adds `count` entries to `target`'s journal, one a day back from 2026-03-01 (skipping the first `from`):
  // weekly reflections with a lesson and free entries by turns.
  async function addEntries(target, count, from = 0) {
    for (let i = from; i < from + count; i += 1) {
      const date = new Date(Date.UTC(2026, 2, 1 - i)).toISOString().slice(0, 10);
      await call(target, 'POST', '/api/journal/entries', {
        kind: i % 2 ? 'free' : 'weekly', date, title: `Day ${i + 1} notes`, body: `Ordinary day number ${i + 1}.`,
        ...(i % 2 ? {} : { answers: { learned: `Lesson ${i + 1}` } }), tags: i % 3 ? ['work'] : ['family'],
      });
    }
  }

  // Clicks the "more" button with `name` through script as well (a hidden button must not add anything).
  const clickHidden = (page, name) => page.evaluate((text) => [...document.querySelectorAll('button')].find((b) => b.textContent === text)?.click(), name);

  test('"Show older" appears only when something is older, and adds each older entry once', async () => {
    const own = await startServer();  // its own database: the counts below are exact
    await addEntries(own, 3);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${own.url}/journal`);
    assert.equal(await page.locator('.journal-entry-item').count(), 3);
    assert.equal(await page.getByRole('button', { name: 'Show older entries' }).isVisible(), false);
    await clickHidden(page, 'Show older entries');
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.journal-entry-item').count(), 3);
    const lessons = await openPage(context, `${own.url}/journal/lessons`);
    assert.equal(await lessons.locator('.journal-lesson').count(), 2);
    assert.equal(await lessons.getByRole('button', { name: 'Show older lessons' }).isVisible(), false);

    await addEntries(own, 42, 3);  // 45 entries, 23 lessons
    await page.reload();
    await page.waitForSelector('main[aria-busy="false"] .journal-entry-item');
    const more = page.getByRole('button', { name: 'Show older entries' });
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('.journal-entry-item').length === 40);
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('.journal-entry-item').length === 45);
    assert.equal(await more.isVisible(), false);
    await clickHidden(page, 'Show older entries');
    await page.waitForTimeout(300);
    const titles = await page.locator('.journal-entry-item h3').allTextContents();
    assert.equal(titles.length, 45);
    assert.equal(new Set(titles).size, 45);

    await lessons.reload();
    await lessons.waitForSelector('main[aria-busy="false"] .journal-lesson');
    await lessons.getByRole('button', { name: 'Show older lessons' }).click();
    await lessons.waitForFunction(() => document.querySelectorAll('.journal-lesson').length === 23);
    assert.equal(await lessons.getByRole('button', { name: 'Show older lessons' }).isVisible(), false);
    await clickHidden(lessons, 'Show older lessons');
    await lessons.waitForTimeout(300);
    const texts = await lessons.locator('.journal-lesson__text').allTextContents();
    assert.equal(new Set(texts).size, 23);
    assert.equal(texts.length, 23);
    await context.close();
    await own.stop();
  });

  test('the search lives in the address: Back from a result and a shared link show it again', async () => {
    await addEntries(server, 12);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/journal`);
    await page.getByLabel('Search my journal').fill('ordinary');
    await page.keyboard.press('Enter');
    await page.locator('.journal-results-status', { hasText: 'matching “ordinary”' }).waitFor();
    await page.getByLabel('Kind').selectOption('weekly');
    await page.locator('.journal-results-status', { hasText: 'Weekly reflection' }).waitFor();
    await page.getByLabel('Tag', { exact: true }).selectOption('family');
    await page.locator('.journal-results-status', { hasText: '#family' }).waitFor();
    const address = new URL(page.url());
    assert.equal(address.pathname, '/journal');
    assert.equal(address.searchParams.get('q'), 'ordinary');
    assert.equal(address.searchParams.get('kind'), 'weekly');
    assert.equal(address.searchParams.get('tag'), 'family');
    const results = await page.locator('.journal-entry-item h3').allTextContents();
    assert.ok(results.length > 1, 'the search finds several entries');

    await page.locator('.journal-entry-item h3 a').nth(1).click();
    await page.waitForSelector('main[aria-busy="false"] .journal-entry-read');
    await page.goBack();
    await page.waitForSelector('main[aria-busy="false"] .journal-entry-item');
    assert.equal(await page.getByLabel('Search my journal').inputValue(), 'ordinary');
    assert.equal(await page.getByLabel('Kind').inputValue(), 'weekly');
    assert.equal(await page.getByLabel('Tag', { exact: true }).inputValue(), 'family');
    assert.deepEqual(await page.locator('.journal-entry-item h3').allTextContents(), results);

    const shared = await openPage(context, address.href);
    await shared.waitForSelector('.journal-entry-item');
    assert.equal(await shared.getByLabel('Search my journal').inputValue(), 'ordinary');
    assert.deepEqual(await shared.locator('.journal-entry-item h3').allTextContents(), results);
    assert.match(await shared.locator('.journal-results-status').textContent(), /matching “ordinary” \(Weekly reflection, #family\)/);

    // Clearing the search clears the address; the Journal link then opens the plain list.
    await shared.getByRole('button', { name: 'Clear' }).click();
    await shared.waitForURL(`${server.url}/journal`);
    await context.close();
  });

  test('at phone width the filters fold behind a button that counts the active ones', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme });
      const page = await openPage(context, `${server.url}/journal?kind=free&tag=work`);
      await page.waitForSelector('.journal-entry-item');
      const toggle = page.getByRole('button', { name: /^Filters/ });
      assert.equal(await toggle.textContent(), 'Filters (2 active)');
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      assert.equal(await page.getByLabel('Kind').isVisible(), false);
      const searchCard = await page.locator('.journal-search-card').boundingBox();
      assert.ok(searchCard.height < 320, `the folded search card is ${searchCard.height}px tall`);
      await screenshot(page, `journal-filters-folded-phone-${colorScheme}`);
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      assert.equal(await page.getByLabel('Kind').inputValue(), 'free');
      await page.getByLabel('Kind').selectOption('');
      await page.locator('.journal-results-status', { hasText: '#work' }).waitFor();
      assert.equal(await toggle.textContent(), 'Filters (1 active)');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
      await screenshot(page, `journal-filters-open-phone-${colorScheme}`);
      await context.close();
    }
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(desktop, `${server.url}/journal`);
    assert.equal(await page.getByRole('button', { name: /^Filters/ }).isVisible(), false);
    assert.equal(await page.getByLabel('Kind').isVisible(), true);
    await desktop.close();
  });

  test('an edit is saved once the server has it, though the form reads the answers in another order than the server sends them', async () => {
    // The monthly prompts run milestones, enjoyed, …, adjustments; the server sends answers in sorted order.
    const entry = await expectReply(server, 'POST', '/api/journal/entries', {
      kind: 'monthly', date: '2026-02-27', answers: { milestones: 'The pilot shipped', enjoyed: 'The team offsite' },
    }, 201);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, `${server.url}/journal/${entry.id}/edit`);
    await page.getByLabel('Adjustments', { exact: true }).fill('Fewer meetings on Fridays');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForSelector('.save-state[data-state="saved"]');
    const saved = await expectReply(server, 'GET', `/api/journal/entries/${entry.id}`);
    assert.equal(saved.answers.adjustments, 'Fewer meetings on Fridays');
    assert.doesNotMatch(await page.locator('.save-state').textContent(), /Unsaved/);
    await context.close();
  });

  test('two tabs on one entry: separate changes merge, a shared one is chosen', async () => {
    const { body: entry } = await call(server, 'POST', '/api/journal/entries', {
      kind: 'weekly', date: '2026-03-03', answers: { challenges: 'A late release', learned: 'Ship smaller' }, body: 'First draft.',
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const first = await openPage(context, `${server.url}/journal/${entry.id}/edit`);
    const second = await openPage(context, `${server.url}/journal/${entry.id}/edit`);
    await saveFromTwoTabs(first, second, { Title: 'The late release week' }, { 'Anything else': 'Second thoughts, written in the other tab.' });
    await second.waitForSelector('.save-state[data-state="saved"]');
    let saved = (await call(server, 'GET', `/api/journal/entries/${entry.id}`)).body;
    assert.equal(saved.title, 'The late release week');
    assert.equal(saved.body, 'Second thoughts, written in the other tab.');
    assert.equal(await second.getByLabel('Title').inputValue(), 'The late release week');

    await saveFromTwoTabs(first, second, { 'What I learned': 'Ship smaller, and say so early', Tags: 'release' }, { 'What I learned': 'Ask for help on day one' });
    const notice = second.getByRole('alert');
    await notice.waitFor();
    assert.deepEqual(await notice.locator('legend').allTextContents(), ['What I learned']);
    assert.match(await notice.textContent(), /now in the form: Tags\./);
    await notice.getByRole('button', { name: 'Keep mine and save' }).click();
    await second.waitForSelector('.save-state[data-state="saved"]');
    saved = (await call(server, 'GET', `/api/journal/entries/${entry.id}`)).body;
    assert.equal(saved.answers.learned, 'Ask for help on day one');
    assert.deepEqual(saved.tags, ['release']);
    assert.equal(saved.answers.challenges, 'A late release');
    assert.equal(saved.title, 'The late release week');
    await context.close();
  });
});
