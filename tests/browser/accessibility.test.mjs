// Accessibility check of every page with axe-core (labels, names, contrast, ARIA), in light and dark.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, launchBrowser } from '../support/browser.mjs';
import { rankCoreValues } from '../support/core_values.mjs';
import { call, expectReply, startServer } from '../support/server.mjs';

const PAGES = ['/', '/vision', '/values', '/values/sort', '/values/alignment', '/values/worksheet', '/values/builder',
  '/values/balance', '/decisions', '/decisions/1', '/journal', '/journal/new/weekly', '/journal/1', '/journal/lessons',
  '/journal/trash', '/journal/new/monthly', '/journal/2', '/journal/2/edit', '/journal/year/2026', '/goals', '/goals/roads', '/goals/priorities', '/people', '/people/partners/1', '/people/check-ins/new?partner=1',
  '/people/check-ins/1', '/people/feedback', '/people/feedback/1', '/people/feedback/values', '/people/feedback/summary',
  '/people/feedback/rounds', '/people/feedback/rounds/1', '/people/learning', '/people/learning/1', '/people/search?q=plan', '/data', '/calendar'];

describe('accessibility', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // Some data on every page, so lists, charts and forms are checked filled as well as empty.
    await call(server, 'PUT', '/api/vision', { statement: 'I lead calmly.', organisation: 'Acme', mission: 'Make work lighter.',
      current_position: 'Engineer', future_position: 'Director', horizon_years: 7, version: 0 });
    await call(server, 'POST', '/api/journal/entries', { kind: 'weekly', date: '2026-11-23', answers: { learned: 'Ask first.' }, tags: ['work'] });
    // A monthly review (entry 2) with a balance snapshot and a boundary marked, for its editor, record and year.
    await call(server, 'POST', '/api/lists/boundaries', { name: 'No work email after 19:00' });
    await call(server, 'POST', '/api/lists/self_care', { name: 'A walk at lunch' });
    const snapshot = (await call(server, 'POST', '/api/balance/snapshots', { ratings: [{ area: 'Career', rating: 7 }, { area: 'Health', rating: 4 }] })).body;
    await call(server, 'POST', '/api/journal/entries', { kind: 'monthly', date: '2026-11-28', answers: { milestones: 'Shipped the pilot.' } });
    await call(server, 'PUT', '/api/reviews/2', { balance_snapshot_id: snapshot.id, version: 0,
      practices: [{ list: 'boundaries', item_id: 1, state: 'slipped', note: 'Late launches' }, { list: 'self_care', item_id: 2, state: 'kept' }] });
    await call(server, 'POST', '/api/initiatives', { title: 'Ship the billing API to three teams', horizon: 'short', status: 'planned', progress: 0, milestones: [] });
    await call(server, 'POST', '/api/decisions', { title: 'The Northwind offer', template: 'job_offer' });
    await call(server, 'POST', '/api/priorities', { title: 'Prepare the quarterly review', quadrant: 'do' });
    await call(server, 'POST', '/api/people/partners', { name: 'Ana Ruiz', role: 'mentor', how_they_help: 'Knows the promotion process' });
    await call(server, 'POST', '/api/people/check-ins', { partner_id: 1, held_on: '2026-11-02', notes: 'Plan the case.',
      commitments: [{ text: 'Draft the promotion case', due_on: '2026-11-20' }, { text: 'Book the course' }] });
    await call(server, 'POST', '/api/feedback/rounds', { name: 'Spring 360', started_on: '2026-11-01', asked: [{ name: 'Ben', source: 'peer' }] });
    await call(server, 'POST', '/api/feedback', { received_on: '2026-11-10', source: 'peer', said: 'Your plan was clear.', points_to: 'strength',
      theme_ids: [1], round_id: 1, round_person_id: 1 });
    await call(server, 'POST', '/api/learning/items', { kind: 'book', title: 'Atomic Habits', author: 'James Clear', shelf: 'in_progress', progress: 30 });
    await call(server, 'POST', '/api/learning/items/1/notes', { kind: 'takeaway', text: 'Plan a weekly review' });
    await call(server, 'POST', '/api/learning/items/1/notes', { kind: 'quote', text: 'Habits are the compound interest of self-improvement.', page: 16 });
    await call(server, 'POST', '/api/backups', {});
    await call(server, 'PUT', '/api/calendar', { enabled: true, weekly_reflection: { day: 'friday', time: '16:00' }, version: 1 });
    // The links between modules: alignment items made into records, two checks to compare, a road milestone
    // that is an initiative, a dated Schedule task, self-care routines ticked off in a weekly reflection.
    const core = await rankCoreValues(server);
    const ratings = (first) => core.map((v, i) => ({ category: 'values', id: v.id, rating: i === 0 ? first : 4 }));
    const snap = await expectReply(server, 'POST', '/api/alignment/assessments', { ratings: ratings(2), lean_into: ['Coaching'], hand_off: ['Budget reports', 'The rota'] });
    await expectReply(server, 'POST', `/api/alignment/assessments/${snap.id}/initiative`, { kind: 'lean_into', position: 0, version: 1 });
    await expectReply(server, 'POST', `/api/alignment/assessments/${snap.id}/stop-doing`, { kind: 'hand_off', position: 0, action: 'cancel', version: 2 });
    await expectReply(server, 'POST', '/api/alignment/assessments', { ratings: ratings(5), lean_into: ['Mentoring'], hand_off: ['Late calls'] });
    await expectReply(server, 'POST', '/api/roads', { name: 'Engineering manager', milestones: [{ title: 'Run a hiring loop' }, { initiative_id: 1 }] });
    await expectReply(server, 'POST', '/api/priorities', { title: 'Write the promotion case', quadrant: 'schedule', due_date: '2026-11-20' });
    await expectReply(server, 'POST', '/api/priorities', { title: 'Plan the offsite', quadrant: 'schedule' });
    const walk = await expectReply(server, 'POST', '/api/lists/self_care', { name: 'Stretch at my desk', frequency: 'per_week', times_per_week: 3 });
    await expectReply(server, 'POST', '/api/lists/self_care', { name: 'A massage', frequency: 'monthly' });
    await expectReply(server, 'PUT', '/api/journal/entries/1', { kind: 'weekly', date: '2026-11-23', answers: { learned: 'Ask first.' }, tags: ['work'],
      self_care: [{ item_id: walk.id, kept: true }], version: 1 });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const scheme of ['light', 'dark']) {
    test(`every page has no axe violations in ${scheme} mode`, async () => {
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });  // see axeViolations
      const page = await context.newPage();
      const found = [];
      for (const path of PAGES) {
        await page.goto(server.url + path);
        await page.waitForSelector('main[aria-busy="false"]');
        assert.equal(await page.locator('main h1').count() > 0, true, `${path} has a heading`);
        found.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
      }
      assert.deepEqual(found, []);
      await context.close();
    });
  }
});
