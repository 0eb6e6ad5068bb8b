// API tests for /api/journal over real HTTP against the real server (today pinned to Wed 2026-03-04, ISO week 10).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, startServer } from '../support/server.mjs';

const weekly = (overrides = {}) => ({
  kind: 'weekly',
  date: '2026-03-04',
  answers: {
    challenges: 'A tense planning meeting about the roadmap',
    response: 'I asked questions before defending my plan',
    learned: 'Curiosity lowers the temperature of a conversation',
    next_week: 'Prepare one open question for each meeting',
  },
  tags: ['Work', 'meetings'],
  mood: 4,
  energy: 3,
  ...overrides,
});

describe('journal API', () => {
  let server;
  before(async () => {
    process.env.TRUENORTH_TODAY = '2026-03-04';
    server = await startServer();
  });
  after(async () => {
    delete process.env.TRUENORTH_TODAY;
    await server.stop();
  });

  const count = async () => (await call(server, 'GET', '/api/journal/entries?limit=100')).body.items.length;

  test('kinds list the prompts; free-entry suggestions rotate with the week', async () => {
    const { status, body } = await call(server, 'GET', '/api/journal/kinds');
    assert.equal(status, 200);
    assert.deepEqual(body.items.map((k) => k.id), ['weekly', 'monthly', 'free']);
    assert.deepEqual(body.items[0].prompts.map((p) => p.key), ['challenges', 'response', 'learned', 'next_week']);
    assert.equal(body.items[1].prompts.find((p) => p.key === 'values_fit').type, 'rating');
    assert.equal(body.suggestions.length, 3);
    assert.equal(body.today, '2026-03-04');
    assert.equal(body.limits.body, 100000);
  });

  test('an empty journal: empty lists, no streak, no monthly review owed for the months before the workbook', async () => {
    assert.deepEqual((await call(server, 'GET', '/api/journal/entries')).body, { items: [], next_cursor: null });
    const cadence = (await call(server, 'GET', '/api/journal/cadence')).body;
    assert.equal(cadence.week.week, 10);
    assert.equal(cadence.weekly.done_this_week, false);
    assert.equal(cadence.weekly.current_streak, 0);
    assert.equal(cadence.weekly.recent.length, 12);
    assert.equal(cadence.monthly.due, false);  // a new workbook: due from the 25th, not from the 1st
    assert.equal(cadence.monthly.due_from, '2026-03-25');
    assert.deepEqual((await call(server, 'GET', '/api/journal/tags')).body, { items: [] });
    assert.deepEqual((await call(server, 'GET', '/api/journal/earlier')).body.items, []);
  });

  test('create, read, update with versions, conflict and the streak', async () => {
    const created = await call(server, 'POST', '/api/journal/entries', weekly());
    assert.equal(created.status, 201);
    const e = created.body;
    assert.equal(e.kind, 'weekly');
    assert.equal(e.title, 'Week 10, 2026 reflection');
    assert.deepEqual(e.week, { year: 2026, week: 10 });
    assert.deepEqual(e.tags, ['work', 'meetings']);
    assert.equal(e.version, 1);
    assert.equal(e.answers.learned, 'Curiosity lowers the temperature of a conversation');
    assert.match(e.html.answers.learned, /^<p>Curiosity/);
    assert.equal(e.deleted_at, null);

    const read = await call(server, 'GET', `/api/journal/entries/${e.id}`);
    assert.equal(read.status, 200);
    assert.equal(read.body.answers.next_week, weekly().answers.next_week);

    const updated = await call(server, 'PUT', `/api/journal/entries/${e.id}`, weekly({ title: 'A calmer week', version: 1 }));
    assert.equal(updated.status, 200);
    assert.equal(updated.body.version, 2);
    assert.equal(updated.body.title, 'A calmer week');

    const stale = await call(server, 'PUT', `/api/journal/entries/${e.id}`, weekly({ title: 'From another tab', version: 1 }));
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.field, 'version');
    assert.equal(stale.body.current.title, 'A calmer week');
    assert.equal((await call(server, 'GET', `/api/journal/entries/${e.id}`)).body.title, 'A calmer week');

    const cadence = (await call(server, 'GET', '/api/journal/cadence')).body;
    assert.equal(cadence.weekly.done_this_week, true);
    assert.equal(cadence.weekly.entry_id, e.id);
    assert.equal(cadence.weekly.current_streak, 1);
    assert.equal(cadence.weekly.recent.at(-1).done, true);

    // Last week and the week before (across nothing special) extend the streak to 3.
    await call(server, 'POST', '/api/journal/entries', weekly({ date: '2026-02-26', tags: [] }));
    await call(server, 'POST', '/api/journal/entries', weekly({ date: '2026-02-16', tags: [] }));
    const after = (await call(server, 'GET', '/api/journal/cadence')).body.weekly;
    assert.equal(after.current_streak, 3);
    assert.equal(after.weeks_in_last_12, 3);
  });

  test('Markdown is rendered safely: raw HTML and javascript: links never come back as HTML', async () => {
    const { body } = await call(server, 'POST', '/api/journal/entries', {
      kind: 'free', date: '2026-03-03',
      body: '**Bold** <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))',
    });
    assert.match(body.html.body, /<strong>Bold<\/strong>/);
    assert.doesNotMatch(body.html.body, /<script|<img|onerror|javascript:/i);
    assert.equal(body.body.includes('<script>'), true);  // the text itself is kept as typed
    await call(server, 'DELETE', `/api/journal/trash/${body.id}`);  // not in the trash: refused
    await call(server, 'DELETE', `/api/journal/entries/${body.id}`);
    assert.equal((await call(server, 'DELETE', `/api/journal/trash/${body.id}`)).status, 200);
  });

  test('invalid input is a 400 naming the field, and nothing is saved', async () => {
    const before = await count();
    const cases = [
      [{ kind: 'daily' }, 'kind'],
      [{ kind: undefined }, 'kind'],
      [{ date: '2026-02-30' }, 'date'],
      [{ date: '04/03/2026' }, 'date'],
      [{ title: 't'.repeat(201) }, 'title'],
      [{ body: 'é'.repeat(100001) }, 'body'],
      [{ answers: { learned: 'x'.repeat(10001) } }, 'answers.learned'],
      [{ answers: { milestones: 'not a weekly question' } }, 'answers.milestones'],
      [{ answers: { learned: 3.5 } }, 'answers.learned'],
      [{ answers: [] }, 'answers'],
      [{ answers: {}, body: '   ' }, 'body'],
      [{ mood: 6 }, 'mood'],
      [{ energy: 0 }, 'energy'],
      [{ mood: '3' }, 'mood'],
      [{ tags: ['ok', 'no spaces allowed?'] }, 'tags[1]'],
      [{ tags: ['x'.repeat(41)] }, 'tags[0]'],
      [{ tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'tags'],
      [{ tags: [7] }, 'tags[0]'],
      [{ value_ids: [0] }, 'value_ids[0]'],
      [{ value_ids: 'x' }, 'value_ids'],
    ];
    for (const [override, field] of cases) {
      const res = await call(server, 'POST', '/api/journal/entries', weekly(override));
      assert.equal(res.status, 400, `${JSON.stringify(override).slice(0, 60)} -> ${res.status}`);
      assert.equal(res.body.error.code, 'invalid_argument');
      assert.equal(res.body.error.field, field, JSON.stringify(override).slice(0, 60));
    }
    const monthly = await call(server, 'POST', '/api/journal/entries', { kind: 'monthly', date: '2026-03-01', answers: { values_fit: 6 } });
    assert.equal(monthly.status, 400);
    assert.equal(monthly.body.error.field, 'answers.values_fit');
    assert.equal((await call(server, 'POST', '/api/journal/entries', '{"kind":')).status, 400);
    assert.equal(await count(), before);
  });

  test('unknown ids are 404; stale or missing versions refused', async () => {
    assert.equal((await call(server, 'GET', '/api/journal/entries/99999')).status, 404);
    assert.equal((await call(server, 'GET', '/api/journal/entries/abc')).status, 404);
    assert.equal((await call(server, 'PUT', '/api/journal/entries/99999', weekly({ version: 1 }))).status, 404);
    assert.equal((await call(server, 'DELETE', '/api/journal/entries/99999')).status, 404);
    assert.equal((await call(server, 'POST', '/api/journal/entries/99999/restore')).status, 404);
    const { body } = await call(server, 'GET', '/api/journal/entries?limit=1');
    const res = await call(server, 'PUT', `/api/journal/entries/${body.items[0].id}`, weekly());
    assert.equal(res.status, 400);
    assert.equal(res.body.error.field, 'version');
  });

  test('trash hides entries everywhere until restored', async () => {
    const { body: e } = await call(server, 'POST', '/api/journal/entries', {
      kind: 'free', date: '2026-03-02', body: 'Zanzibar offsite planning', tags: ['travel'],
    });
    const search = async () => (await call(server, 'GET', '/api/journal/search?q=zanzibar')).body.items.length;
    assert.equal(await search(), 1);
    const trashed = await call(server, 'DELETE', `/api/journal/entries/${e.id}`);
    assert.equal(trashed.status, 200);
    assert.equal(trashed.body.deleted, true);
    assert.equal(await search(), 0);
    assert.ok(!(await call(server, 'GET', '/api/journal/tags')).body.items.some((t) => t.tag === 'travel'));
    const trash = (await call(server, 'GET', '/api/journal/trash')).body.items;
    assert.deepEqual(trash.map((t) => t.id), [e.id]);
    const edit = await call(server, 'PUT', `/api/journal/entries/${e.id}`, { kind: 'free', date: '2026-03-02', body: 'x', version: 1 });
    assert.equal(edit.status, 409);
    const restored = await call(server, 'POST', `/api/journal/entries/${e.id}/restore`);
    assert.equal(restored.status, 200);
    assert.equal(restored.body.deleted_at, null);
    assert.equal(await search(), 1);
    assert.deepEqual((await call(server, 'GET', '/api/journal/trash')).body.items, []);
  });

  test('the trash is most recently trashed first, also within the same second', async () => {
    const made = [];
    for (const date of ['2026-02-10', '2026-02-11', '2026-02-12']) {
      made.push((await call(server, 'POST', '/api/journal/entries', { kind: 'free', date, body: 'Trash order' })).body.id);
    }
    try {
      for (const id of [made[2], made[0], made[1]]) assert.equal((await call(server, 'DELETE', `/api/journal/entries/${id}`)).status, 200);
      const trash = (await call(server, 'GET', '/api/journal/trash')).body.items;
      assert.deepEqual(trash.map((t) => t.id), [made[1], made[0], made[2]]);
      assert.ok(trash[0].deleted_at > trash[1].deleted_at && trash[1].deleted_at > trash[2].deleted_at, JSON.stringify(trash));
    } finally {
      for (const id of made) {
        await call(server, 'DELETE', `/api/journal/entries/${id}`);
        assert.equal((await call(server, 'DELETE', `/api/journal/trash/${id}`)).status, 200);
      }
    }
  });

  test('search matches English word forms, ignores accents and a stray quote, and matches prefixes', async () => {
    const made = [];
    for (const [date, body] of [
      ['2025-09-01', "My daughter's first zephyr quokka drawing."],
      ['2025-09-02', 'I lead the team through the Zürich move; leadership is learned.'],
      ['2025-09-03', 'A quokka, not a zephyr: "zephyr" alone.'],
    ]) made.push((await call(server, 'POST', '/api/journal/entries', { kind: 'free', date, body })).body.id);
    const dates = async (q) => (await call(server, 'GET', `/api/journal/search?q=${encodeURIComponent(q)}&sort=newest`)).body.items.map((i) => i.date);
    try {
      await searchForms(dates);
    } finally {
      for (const id of made) {
        await call(server, 'DELETE', `/api/journal/entries/${id}`);
        assert.equal((await call(server, 'DELETE', `/api/journal/trash/${id}`)).status, 200);
      }
    }
  });

  // The searches of the test above, over its three entries.
  async function searchForms(dates) {
    assert.deepEqual(await dates('daughters'), ['2025-09-01']);
    assert.deepEqual(await dates('leading'), ['2025-09-02']);
    assert.deepEqual(await dates('leaders'), ['2025-09-02']);
    assert.deepEqual(await dates('learning'), ['2025-09-02']);
    assert.deepEqual(await dates('ZURICH'), ['2025-09-02']);
    assert.deepEqual(await dates('quok zeph'), ['2025-09-03', '2025-09-01']);
    // A quote without a partner is plain punctuation, not the start of a phrase.
    assert.deepEqual(await dates('"zephyr quokka'), ['2025-09-03', '2025-09-01']);
    assert.deepEqual(await dates('zephyr quokka"'), ['2025-09-03', '2025-09-01']);
    assert.deepEqual(await dates('"zephyr quokka"'), ['2025-09-01']);
    const hit = (await call(server, 'GET', `/api/journal/search?q=${encodeURIComponent('leading')}`)).body.items[0];
    assert.deepEqual(hit.snippet.filter((s) => s.match).map((s) => s.text), ['lead', 'leadership']);
  }

  test('search: prefixes, phrases, accents, odd input, filters, highlights and paging', async () => {
    for (const [date, text, tags] of [
      ['2025-11-03', 'Talked with Zoë at the café about delegation.', ['people']],
      ['2025-11-10', 'Delegating the release notes freed my Friday.', ['work']],
      ['2025-11-17', 'Über-busy week; no time to delegate anything.', ['work']],
      ['2025-11-24', 'Nothing about that topic here.', []],
    ]) {
      assert.equal((await call(server, 'POST', '/api/journal/entries', { kind: 'free', date, body: text, tags, mood: 2 })).status, 201);
    }
    const search = async (qs) => (await call(server, 'GET', `/api/journal/search?${qs}`));
    const ids = async (qs) => (await search(qs)).body.items.map((i) => i.date);

    assert.deepEqual(await ids('q=deleg&sort=newest'), ['2025-11-17', '2025-11-10', '2025-11-03']);
    assert.deepEqual(await ids(`q=${encodeURIComponent('"release notes"')}`), ['2025-11-10']);
    assert.deepEqual(await ids(`q=${encodeURIComponent('"notes release"')}`), []);
    assert.deepEqual(await ids('q=cafe'), ['2025-11-03']);
    assert.deepEqual(await ids(`q=${encodeURIComponent('über')}`), ['2025-11-17']);
    assert.deepEqual(await ids('q=deleg&tag=work&sort=newest'), ['2025-11-17', '2025-11-10']);
    // The tag filter is exact, though the index splits "work-life" into words.
    const extra = [];
    for (const [date, tags] of [['2025-10-01', ['work-life']], ['2025-10-02', ['work', 'life']], ['2025-10-03', ['life-work']]]) {
      extra.push((await call(server, 'POST', '/api/journal/entries', { kind: 'free', date, body: 'Quillon practice.', tags })).body.id);
    }
    assert.deepEqual(await ids('q=quillon&tag=work-life'), ['2025-10-01']);
    assert.deepEqual(await ids('q=quillon&tag=work&sort=newest'), ['2025-10-02']);
    for (const id of extra) {
      await call(server, 'DELETE', `/api/journal/entries/${id}`);
      assert.equal((await call(server, 'DELETE', `/api/journal/trash/${id}`)).status, 200);
    }
    assert.deepEqual(await ids('q=deleg&from=2025-11-05&to=2025-11-12'), ['2025-11-10']);
    assert.deepEqual(await ids('q=deleg&kind=weekly'), []);
    assert.deepEqual(await ids('q=deleg&kind=free&sort=newest'), ['2025-11-17', '2025-11-10', '2025-11-03']);
    // The kind is indexed for filtering only: "free" finds the word (freed), not every free entry.
    assert.deepEqual(await ids('q=free'), ['2025-11-10']);
    assert.deepEqual(await ids('q=deleg&mood=2&sort=newest'), ['2025-11-17', '2025-11-10', '2025-11-03']);

    for (const odd of ['"unclosed', 'AND OR NOT', 'NEAR(x y)', 'e-mail', '***', '"', '-', 'a:b', "don't", '(((', '^start']) {
      const res = await search(`q=${encodeURIComponent(odd)}`);
      assert.equal(res.status, 200, odd);
      assert.ok(Array.isArray(res.body.items), odd);
    }
    assert.deepEqual((await search('q=')).body, { items: [], next_cursor: null, query: null });
    assert.deepEqual((await search(`q=${encodeURIComponent('  !!  ')}`)).body.items, []);

    const hit = (await search('q=cafe')).body.items[0];
    const marked = hit.snippet.filter((s) => s.match).map((s) => s.text);
    assert.deepEqual(marked, ['café']);
    assert.equal(hit.snippet.map((s) => s.text).join('').includes('\u0001'), false);

    // Paging: three results, one per page, each exactly once, for both orders.
    for (const sort of ['newest', 'relevance']) {
      const seen = [];
      let cursor = '';
      for (let i = 0; i < 5; i += 1) {
        const page = (await search(`q=deleg&sort=${sort}&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body;
        seen.push(...page.items.map((x) => x.id));
        if (!page.next_cursor) break;
        cursor = page.next_cursor;
      }
      assert.equal(seen.length, 3, sort);
      assert.equal(new Set(seen).size, 3, sort);
    }

    for (const [qs, field] of [['q=x&kind=daily', 'kind'], ['q=x&mood=9', 'mood'], ['q=x&from=2025-13-01', 'from'],
      ['q=x&from=2025-02-01&to=2025-01-01', 'to'], ['q=x&limit=0', 'limit'], ['q=x&limit=101', 'limit'],
      ['q=x&cursor=garbage', 'cursor'], ['q=x&sort=newest&cursor=r1~2', 'cursor'], ['q=x&sort=best', 'sort'],
      [`q=${'a'.repeat(501)}`, 'q']]) {
      const res = await search(qs);
      assert.equal(res.status, 400, qs);
      assert.equal(res.body.error.field, field, qs);
    }
  });

  test('search results stay small whatever the text: one huge word is cut in snippets', async () => {
    const huge = 'w'.repeat(49000);
    for (let i = 0; i < 3; i++) {
      const made = await call(server, 'POST', '/api/journal/entries', { kind: 'free', date: '2026-02-0' + (i + 1), body: `${huge} zebrafinch ${huge}` });
      assert.equal(made.status, 201);
    }
    const found = await call(server, 'GET', '/api/journal/search?q=zebrafinch');
    assert.equal(found.body.items.length, 3);
    assert.ok(JSON.stringify(found.body).length < 10000, `reply of ${JSON.stringify(found.body).length} characters`);
    for (const item of found.body.items) {
      assert.ok(item.snippet.some((segment) => segment.match && segment.text === 'zebrafinch'));
      assert.ok(item.snippet.every((segment) => segment.text.length <= 121));
    }
    for (const item of found.body.items) assert.equal((await call(server, 'DELETE', `/api/journal/entries/${item.id}`)).status, 200);
  });

  test('the list pages newest first with a stable cursor and filters by tag, kind and dates', async () => {
    const all = [];
    let cursor = '';
    for (let i = 0; i < 50; i += 1) {
      const page = (await call(server, 'GET', `/api/journal/entries?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body;
      all.push(...page.items);
      if (!page.next_cursor) break;
      cursor = page.next_cursor;
    }
    assert.equal(all.length, await count());
    const keys = all.map((e) => `${e.date}#${String(e.id).padStart(6, '0')}`);
    assert.deepEqual(keys, [...keys].sort().reverse());
    const work = (await call(server, 'GET', '/api/journal/entries?tag=WORK')).body.items;
    assert.ok(work.length >= 2 && work.every((e) => e.tags.includes('work')));
    const monthly = (await call(server, 'GET', '/api/journal/entries?kind=monthly')).body.items;
    assert.deepEqual(monthly, []);
    const nov = (await call(server, 'GET', '/api/journal/entries?from=2025-11-01&to=2025-11-30')).body.items;
    assert.equal(nov.length, 4);
    assert.equal((await call(server, 'GET', '/api/journal/entries?cursor=2025-01-01~x')).status, 400);
  });

  test('entries linked to a core value can be listed and searched by that value', async () => {
    const made = [];
    for (const [date, valueIds] of [['2024-05-01', [3]], ['2024-05-02', [3, 4]], ['2024-05-03', [4]]]) {
      made.push((await call(server, 'POST', '/api/journal/entries', { kind: 'free', date, body: 'Ostrava thoughts.', value_ids: valueIds })).body.id);
    }
    const dates = async (path) => (await call(server, 'GET', path)).body.items.map((i) => i.date);
    assert.deepEqual(await dates('/api/journal/entries?value=3&from=2024-05-01&to=2024-05-03'), ['2024-05-02', '2024-05-01']);
    assert.deepEqual(await dates('/api/journal/search?q=ostrava&value=4&sort=newest'), ['2024-05-03', '2024-05-02']);
    assert.deepEqual(await dates('/api/journal/entries?value=99'), []);
    for (const bad of ['abc', '0', '-2', '3x']) {
      const res = await call(server, 'GET', `/api/journal/entries?value=${bad}`);
      assert.equal(res.status, 400, bad);
      assert.equal(res.body.error.field, 'value');
    }
    for (const id of made) {
      await call(server, 'DELETE', `/api/journal/entries/${id}`);
      await call(server, 'DELETE', `/api/journal/trash/${id}`);
    }
  });

  test('tags with counts, lessons newest first, and this week in earlier years', async () => {
    const tags = (await call(server, 'GET', '/api/journal/tags')).body.items;
    assert.deepEqual(tags.find((t) => t.tag === 'work'), { tag: 'work', count: 3 });

    await call(server, 'POST', '/api/journal/entries', weekly({ date: '2025-03-05', answers: { learned: 'Last year: say no sooner' }, tags: [] }));
    await call(server, 'POST', '/api/journal/entries', weekly({ date: '2024-03-08', answers: { learned: 'Two years ago' }, tags: [] }));
    const lessons = (await call(server, 'GET', '/api/journal/lessons')).body.items;
    assert.equal(lessons[0].text, 'Curiosity lowers the temperature of a conversation');
    assert.deepEqual(lessons.slice(-2).map((l) => l.text), ['Last year: say no sooner', 'Two years ago']);

    const earlier = (await call(server, 'GET', '/api/journal/earlier')).body;
    assert.deepEqual(earlier.week, { year: 2026, week: 10 });
    assert.deepEqual(earlier.items.map((y) => [y.year, y.week, y.monday, y.entries.length]), [[2025, 10, '2025-03-03', 1], [2024, 10, '2024-03-04', 1]]);
  });

  test('a monthly review with its values-fit rating marks the month done', async () => {
    const res = await call(server, 'POST', '/api/journal/entries', {
      kind: 'monthly', date: '2026-03-01', answers: { milestones: 'Shipped the beta', values_fit: 4 }, value_ids: [3, 1, 3],
    });
    assert.equal(res.status, 201);
    assert.equal(res.body.answers.values_fit, 4);
    assert.deepEqual(res.body.value_ids, [3, 1]);
    assert.equal(res.body.title, 'March 2026 review');
    const monthly = (await call(server, 'GET', '/api/journal/cadence')).body.monthly;
    assert.equal(monthly.done_this_month, true);
    assert.equal(monthly.due, false);
    assert.equal(monthly.entry_id, res.body.id);
  });
});
