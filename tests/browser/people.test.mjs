// Browser tests for People & learning: a partner and check-ins whose open commitment is carried onto the
// next agenda with its count; feedback tagged with a value seen in the value view; a takeaway turned into
// an initiative. Screenshots at desktop and phone width, light and dark.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openPage, screenshot } from '../support/browser.mjs';
import { rankCoreValues } from '../support/core_values.mjs';
import { call, startServer } from '../support/server.mjs';

process.env.TRUENORTH_TODAY = '2026-03-02';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

describe('people and learning in the browser', () => {
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

  // Screenshots of `path` at desktop and phone width, light and dark, named people-<name>-<width>-<scheme>.
  async function screenshots(path, name) {
    for (const [label, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
      for (const colorScheme of ['light', 'dark']) {
        const context = await browser.newContext({ viewport, colorScheme });
        const page = await openPage(context, server.url + path);
        await screenshot(page, `people-${name}-${label}-${colorScheme}`);
        await context.close();
      }
    }
  }

  test('add a partner, log a check-in with a commitment, and see it carried onto the next agenda', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await openPage(context, `${server.url}/people`);
    // No partner yet: the form is open at once.
    await page.getByLabel('Name').fill('Ana Ruiz');
    await page.getByLabel('Role').selectOption('mentor');
    await page.getByLabel('How they help').fill('Knows the promotion process inside out.');
    await page.getByRole('button', { name: 'Save partner' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ana Ruiz' }).waitFor();

    await page.getByRole('link', { name: 'Log a check-in' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'New check-in' }).waitFor();
    await page.getByLabel('Date').fill('2026-02-02');
    await page.getByLabel('Agenda').fill('- The staff engineer role');
    await page.getByLabel('Notes').fill('Ana suggested writing the promotion case down before talking to my manager.');
    await page.getByRole('button', { name: 'Add a commitment' }).click();
    await page.getByLabel('Commitment 1', { exact: true }).fill('Draft the promotion case');
    await page.getByLabel('Commitment 1: by when').fill('2026-02-20');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check-in with Ana Ruiz' }).waitFor();
    const made = page.locator('.people-commitments[aria-label="Commitments made here"] .people-commitment');
    assert.equal(await made.count(), 1);

    // The next check-in: the open commitment is on its agenda by itself, with how often it was carried.
    await page.getByRole('link', { name: 'Ana Ruiz' }).first().click();
    // On the way, the partner's cadence changes to every two weeks through the versioned editor.
    await page.getByText('Edit details').click();
    await page.getByLabel('Meet').selectOption('2');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('.save-state[data-state="saved"]').waitFor();
    assert.match(await page.locator('.people-partner__lead').textContent(), /Every 2 weeks/);
    await page.getByRole('link', { name: 'Log a check-in' }).first().click();
    const carried = page.locator('.people-carried-area .people-commitment', { hasText: 'Draft the promotion case' });
    await carried.waitFor();
    assert.equal(await carried.locator('.people-carried').textContent(), 'Carried once');
    assert.match(await carried.locator('.people-due').textContent(), /overdue/);
    // The facts panel offers what happened since; adding a line puts it on the agenda.
    await page.getByRole('heading', { name: 'Prepare from facts' }).waitFor();
    await screenshot(page, 'people-check-in-new-desktop');
    await page.getByLabel('Notes').fill('Case half written; Ana will read it.');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check-in with Ana Ruiz' }).waitFor();
    const onAgenda = page.locator('.people-carried-area .people-commitment', { hasText: 'Draft the promotion case' });
    await onAgenda.waitFor();
    assert.equal(await onAgenda.locator('.people-carried').textContent(), 'Carried once');

    // A commitment added to a saved check-in, ticked, then the check-in saved again: it stays done.
    await page.getByRole('button', { name: 'Add a commitment' }).click();
    await page.getByLabel('Commitment 1', { exact: true }).fill('Send Ana the draft');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const added = page.locator('.people-commitments[aria-label="Commitments made here"] .people-commitment', { hasText: 'Send Ana the draft' });
    await added.getByRole('checkbox', { name: 'Send Ana the draft' }).check();
    await page.waitForFunction(() => document.querySelector('.people-commitments[aria-label="Commitments made here"] .people-commitment--done'));
    await page.getByLabel('Notes').fill('Case half written; Ana will read it. Draft sent.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('.save-state[data-state="saved"]').waitFor();
    const second = (await call(server, 'GET', '/api/people/check-ins?limit=1')).body.items[0];
    const stored = (await call(server, 'GET', `/api/people/check-ins/${second.id}`)).body;
    assert.deepEqual(stored.commitments.map((m) => [m.text, m.state]), [['Send Ana the draft', 'done']]);
    assert.match(stored.notes, /Draft sent/);

    // Ticking it done here closes it: it leaves the open list.
    await onAgenda.getByRole('checkbox', { name: 'Draft the promotion case' }).check();
    await page.waitForFunction(() => document.querySelector('.people-carried-area .people-commitment--done'));
    const open = (await call(server, 'GET', '/api/people/commitments')).body.items;
    assert.equal(open.length, 0);
    await context.close();
    await screenshots('/people', 'overview');
    const checkIns = (await call(server, 'GET', '/api/people/check-ins')).body.items;
    await screenshots(`/people/check-ins/${checkIns[0].id}`, 'check-in');
  });

  test('log feedback tagged with a value and see it in the value view', async () => {
    const core = await rankCoreValues(server);
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await openPage(context, `${server.url}/people/feedback`);
    // Nothing logged yet: the form is open at once.
    await page.getByLabel('Received').fill('2026-02-24');
    await page.getByLabel('From a').selectOption('manager');
    await page.getByLabel('Context').fill('Quarterly review');
    await page.getByLabel('What was said').fill('You told the client the truth about the delay before anyone asked.');
    await page.getByLabel('Your reflection').fill('Saying it early cost less than I feared.');
    await page.getByRole('radio', { name: 'A strength' }).check();
    await page.getByRole('checkbox', { name: 'Communication' }).check();
    await page.getByRole('radiogroup', { name: core[0].name }).getByRole('radio', { name: 'Supports' }).check();
    await page.getByRole('button', { name: 'Save feedback' }).click();
    const item = page.locator('.people-feedback', { hasText: 'the truth about the delay' });
    await item.waitFor();
    assert.match(await item.textContent(), new RegExp(`Supports ${core[0].name}`));

    await page.getByRole('link', { name: 'By value' }).click();
    const card = page.locator(`.people-value[data-value="${core[0].id}"]`);
    await card.waitFor();
    assert.match(await card.locator('.people-value__finding').textContent(), new RegExp(`1 feedback item supports ${core[0].name}`));
    assert.match(await card.textContent(), /the truth about the delay/);
    const silent = page.locator(`.people-value[data-value="${core[1].id}"] .people-value__finding`);
    assert.equal(await silent.textContent(), `You rank ${core[1].name} 2nd, yet your one feedback item does not mention it.`);
    assert.match(await page.locator('.notice.warning').textContent(), new RegExp(`Never mentioned: .*${core[1].name}`));
    await context.close();
    await screenshots('/people/feedback', 'feedback');
    await screenshots('/people/feedback/values', 'feedback-values');
    await screenshots('/people/feedback/summary', 'feedback-summary');

    // A 360 round: an answer recorded for one of those asked shows in the summary per source.
    const round = (await call(server, 'POST', '/api/feedback/rounds', { name: 'Spring 360', started_on: '2026-02-15',
      asked: [{ name: 'Ben', source: 'peer' }, { name: 'Cy', source: 'peer' }, { name: 'Dee', source: 'direct_report' }] })).body;
    const roundContext = await browser.newContext({ viewport: DESKTOP });
    const roundPage = await openPage(roundContext, `${server.url}/people/feedback/rounds/${round.id}`);
    await roundPage.getByRole('button', { name: 'Record an answer from Ben' }).click();
    await roundPage.getByLabel('What was said').fill('Your design reviews are the most useful hour of my week.');
    await roundPage.getByRole('button', { name: 'Save the answer' }).click();
    await roundPage.locator('.people-feedback', { hasText: 'most useful hour' }).waitFor();
    const peers = roundPage.locator('.people-table tbody tr', { hasText: 'Peer' });
    assert.deepEqual(await peers.locator('td').allTextContents(), ['2', '1', '1', '0', '0']);
    await roundContext.close();
    await screenshots(`/people/feedback/rounds/${round.id}`, 'feedback-round');
  });

  test('take a book from the starting list, keep a takeaway and turn it into an initiative', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await openPage(context, `${server.url}/people/learning`);
    await page.getByRole('heading', { name: 'A starting list' }).waitFor();
    await page.getByRole('button', { name: 'Add Atomic Habits' }).click();
    await page.getByRole('link', { name: 'Atomic Habits' }).click();
    await page.getByRole('heading', { level: 1, name: 'Atomic Habits' }).waitFor();

    await page.getByRole('textbox', { name: 'Takeaway' }).fill('Plan a weekly review every Friday at four');
    await page.getByRole('button', { name: 'Add the takeaway' }).click();
    const takeaway = page.locator('.people-note', { hasText: 'Plan a weekly review every Friday at four' });
    await takeaway.waitFor();
    await takeaway.getByRole('button', { name: /^Turn into an initiative/ }).click();
    await takeaway.getByRole('link', { name: 'Plan a weekly review every Friday at four' }).waitFor();
    const initiatives = (await call(server, 'GET', '/api/initiatives')).body.items;
    const made = initiatives.find((i) => i.title === 'Plan a weekly review every Friday at four');
    assert.equal(made.status, 'planned');
    assert.match(made.why, /^From “Atomic Habits”/);

    // And next week's experiment, shown as planned.
    await takeaway.getByRole('button', { name: /^Try it next week/ }).click();
    await page.locator('.people-note__experiment').waitFor();
    assert.match(await page.locator('.people-note__experiment').textContent(), /Mar 9, 2026|9 Mar 2026/);
    await screenshot(page, 'people-learning-item-desktop');
    // Editing the takeaway keeps its initiative (the select shows it though the page loaded before it existed).
    await takeaway.getByRole('button', { name: /^Edit/ }).click();
    assert.equal(await page.getByLabel('Initiative this takeaway links to').inputValue(), String(made.id));
    await page.getByRole('textbox', { name: 'Takeaway' }).first().fill('Plan a weekly review every Friday at four, with a walk');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.people-note', { hasText: 'with a walk' }).waitFor();
    const [book] = (await call(server, 'GET', '/api/learning/items')).body.items;
    assert.equal((await call(server, 'GET', `/api/learning/items/${book.id}`)).body.takeaways[0].initiative_id, made.id);

    await page.getByRole('link', { name: 'Goals', exact: true }).first().click();
    await page.locator('article.goals-initiative', { hasText: 'Plan a weekly review every Friday at four' }).waitFor();
    await context.close();
    const item = (await call(server, 'GET', '/api/learning/items')).body.items.find((i) => i.title === 'Atomic Habits');
    await screenshots('/people/learning', 'learning');
    await screenshots(`/people/learning/${item.id}`, 'learning-item');
    await screenshots('/', 'home');

    // A takeaway planned for this week shows in this week's reflection; search finds it too.
    await call(server, 'POST', `/api/learning/items/${item.id}/notes`, { kind: 'takeaway', text: 'Put the running shoes by the door', experiment_week: '2026-03-02' });
    const journal = await browser.newContext({ viewport: DESKTOP });
    const weekly = await openPage(journal, `${server.url}/journal/new/weekly`);
    const note = weekly.getByRole('complementary', { name: 'This week’s experiments' });
    assert.match(await note.textContent(), /Put the running shoes by the door \(from Atomic Habits\)/);
    const search = await openPage(journal, `${server.url}/people/search?q=running%20shoes`);
    await search.getByRole('link', { name: 'Takeaway from Atomic Habits' }).waitFor();
    assert.equal(await search.locator('.people-search-results mark').first().textContent(), 'running');
    await journal.close();
    await screenshots('/people/search?q=review', 'search');
  });

  test('with every core value mentioned, the value view shows no warning and nothing in its place', async () => {
    const own = await startServer();
    try {
      const core = await rankCoreValues(own);
      const item = { received_on: '2026-02-24', source: 'peer', said: 'You live all of them.', points_to: 'strength', supports_value_ids: core.map((v) => v.id) };
      assert.equal((await call(own, 'POST', '/api/feedback', item)).status, 201);
      const context = await browser.newContext({ viewport: DESKTOP });
      const page = await openPage(context, `${own.url}/people/feedback/values`);
      assert.equal(await page.locator('.people-value').count(), core.length);
      assert.equal(await page.locator('.notice.warning').count(), 0);
      const looseText = await page.evaluate(() => [...document.querySelector('main').childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()).map((n) => n.textContent));
      assert.deepEqual(looseText, []);
      await context.close();
    } finally {
      await own.stop();
    }
  });
});
