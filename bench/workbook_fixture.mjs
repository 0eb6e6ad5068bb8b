// A filled workbook for benchmarks, built through the JSON API: a vision with history, core values, lists,
// alignment snapshots, a worksheet, balance snapshots, decisions (one 8x10 pairwise), about 150 journal
// entries over three years, initiatives, a stop-doing list, roads and priorities, and People & learning:
// partners with about 40 check-ins and their commitments, about 60 feedback items, a 360 round and a
// learning list with notes. Also the list of every page of the app, to visit on it (everyPage).
import { expectReply } from '../tests/support/server.mjs';

const must = expectReply;  // any 2xx, else it throws

const isoDay = (date) => date.toISOString().slice(0, 10);
const daysBefore = (today, n) => isoDay(new Date(Date.parse(`${today}T12:00:00Z`) - n * 86400000));

async function fillVision(server) {
  let version = 0;
  for (const statement of ['I build calm tools.', 'I lead a calm, capable team that builds tools people love.',
    'I lead a calm, capable platform team that builds tools people love, and I am home for dinner most nights.']) {
    version = (await must(server, 'PUT', '/api/vision', {
      statement, organisation: 'Acme Robotics', mission: 'Take the drudgery out of warehouse work.',
      current_position: 'Senior engineer on the billing team', future_position: 'Engineering manager of a platform group',
      horizon_years: 7, version,
    })).version;
  }
}

async function fillValues(server) {
  await must(server, 'POST', '/api/values/custom', { name: 'Craft', definition: 'Doing the work well for its own sake' });
  await must(server, 'POST', '/api/values/custom', { name: 'Calm', definition: 'Steadiness under pressure' });
  const catalog = (await must(server, 'GET', '/api/values/catalog')).items;
  let sort = await must(server, 'POST', '/api/values/sorts');
  const piles = ['very_important', 'important', 'not_important'];
  const placed = catalog.slice(0, 24);
  for (const [i, value] of placed.entries()) {
    sort = await must(server, 'PUT', `/api/values/sorts/${sort.id}/cards/${value.key}`, { pile: i < 9 ? piles[0] : piles[1 + (i % 2)] });
  }
  const top = placed.slice(0, 7).map((v) => ({ value: v.key, meaning: `What ${v.name.toLowerCase()} means in my working week` }));
  await must(server, 'PUT', `/api/values/sorts/${sort.id}/top`, { top_values: top, finish: true, version: sort.version });
  const lists = {
    skills: ['System design', 'Code review', 'Hiring', 'Budgeting', 'Writing', 'Incident response'],
    strengths: ['Calm under pressure', 'Explaining', 'Patience', 'Curiosity', 'Follow-through'],
    passions: ['Teaching', 'Tools', 'Cycling', 'Mentoring'],
    boundaries: ['No work email after 19:00', 'Fridays without meetings', 'One on-call week a month'],
    self_care: ['A walk at lunch', 'Eight hours of sleep', 'Piano on Sundays'],
  };
  for (const [list, names] of Object.entries(lists)) {
    for (const name of names) await must(server, 'POST', `/api/lists/${list}`, { name, note: `About ${name.toLowerCase()}` });
  }
  const form = await must(server, 'GET', '/api/alignment/form');
  for (let round = 0; round < 4; round += 1) {
    const ratings = ['values', 'skills', 'strengths', 'passions'].flatMap((category) => form.items[category].map((item, i) => ({
      category, id: item.id, rating: 1 + ((i + round * 2) % 5), note: i === 0 ? 'Every week' : '',
    })));
    await must(server, 'POST', '/api/alignment/assessments', { ratings, lean_into: ['Coaching', 'Design reviews'], hand_off: ['Budget reports'] });
  }
  const sheet = await must(server, 'GET', '/api/alignment/worksheet');
  await must(server, 'PUT', '/api/alignment/worksheet', {
    professional_goals: ['Lead the platform team', 'Speak at a conference', 'Ship the billing API v2'],
    personal_aspirations: ['Dinner with the kids every weekday', 'Cycle to work', 'Learn the piano'],
    links: [{ goal_index: 0, aspiration_index: 0, kind: 'conflict', note: 'Late meetings' },
      { goal_index: 2, aspiration_index: 1, kind: 'synergy', note: 'Remote days' }],
    adjustments: 'No meetings after 17:00.', version: sheet.version,
  });
  const areas = (await must(server, 'GET', '/api/balance/areas')).items;
  for (let round = 0; round < 5; round += 1) {
    await must(server, 'POST', '/api/balance/snapshots', { ratings: areas.map((a, i) => ({ area: a.name, rating: (i * 3 + round * 2) % 11 })) });
  }
}

// An 8-option, 10-criterion decision with pairwise weights and every cell scored; returns its id.
async function bigDecision(server, core) {
  const options = 8;
  const criteria = 10;
  const body = {
    title: 'Which offer to take this spring', context: 'Three offers, two internal moves, and staying put.', deadline: null,
    options: Array.from({ length: options }, (_, i) => ({ name: i === options - 1 ? 'Stay as I am' : `Offer ${i + 1}`, description: `Option ${i + 1} in a few words` })),
    criteria: Array.from({ length: criteria }, (_, i) => ({
      name: core[i]?.name ?? `Criterion ${i + 1}`, description: '', lower_is_better: i % 4 === 3, points: 10, value_id: core[i]?.id ?? null,
    })),
    scores: Array.from({ length: options }, (_, o) => Array.from({ length: criteria }, (_, c) => ({ score: ((o * 7 + c * 3) % 21) / 2, note: c === o ? 'A note' : '' }))),
    weighting: 'pairwise',
    comparisons: [],
  };
  const scale = [-5, -3, -2, 1, 2, 3, 5];
  for (let i = 0; i < criteria; i += 1) {
    for (let j = i + 1; j < criteria; j += 1) body.comparisons.push({ first: i, second: j, judgement: scale[(i * 5 + j * 3) % scale.length] });
  }
  return (await must(server, 'POST', '/api/decisions', body)).id;
}

async function fillDecisions(server) {
  const core = (await must(server, 'GET', '/api/values/core')).items;
  const id = await bigDecision(server, core);
  for (const [i, template] of ['job_offer', 'promotion', 'relocation', 'job_offer', 'promotion', 'relocation', ''].entries()) {
    const created = await must(server, 'POST', '/api/decisions', { title: `Decision number ${i + 1}`, ...(template ? { template } : {}) });
    if (i < 4) {
      const scores = created.options.map((_, o) => created.criteria.map((__, c) => ({ score: (o + c * 2) % 11, note: '' })));
      const saved = await must(server, 'PUT', `/api/decisions/${created.id}`, { ...created, scores, version: created.version });
      const recorded = await must(server, 'PUT', `/api/decisions/${created.id}/record`, {
        chosen_option: 0, gut_feeling: 'Go', rationale: 'It fits', expected_outcome: 'Happier in six months',
        review_date: i === 0 ? '2001-01-01' : '', version: saved.version,
      });
      if (i === 1) await must(server, 'PUT', `/api/decisions/${created.id}/review`, { what_happened: 'It worked out', lesson: 'Trust the matrix', version: recorded.version });
    }
  }
  return id;
}

// About 150 entries: a weekly reflection most weeks of three years, a monthly review most months, some free ones.
async function fillJournal(server, today) {
  const core = (await must(server, 'GET', '/api/values/core')).items;
  const tags = ['work', 'family', 'health', 'team', 'feedback', 'learning'];
  let entryId = null;
  for (let week = 0; week < 156; week += 1) {
    if (week % 3 === 2) continue;
    const entry = await must(server, 'POST', '/api/journal/entries', {
      kind: 'weekly', date: daysBefore(today, week * 7 + 1),
      answers: { challenges: `A hard week number ${week} with **two** deadlines`, learned: `Lesson ${week}: ask before assuming.` },
      body: 'Some notes.\n\n- one\n- two', tags: [tags[week % 6], tags[(week + 2) % 6]], mood: 1 + (week % 5), energy: 1 + ((week + 1) % 5),
      value_ids: core.slice(0, 2).map((v) => v.id),
    });
    entryId ??= entry.id;
  }
  for (let month = 0; month < 36; month += 3) {
    await must(server, 'POST', '/api/journal/entries', { kind: 'monthly', date: daysBefore(today, month * 30 + 3), body: `Month ${month} in review.`, tags: ['review'] });
  }
  for (let i = 0; i < 12; i += 1) {
    const free = await must(server, 'POST', '/api/journal/entries', { kind: 'free', date: daysBefore(today, i * 40 + 5), title: `A free thought ${i}`, body: `Free entry ${i} about the team.` });
    if (i < 3) await must(server, 'DELETE', `/api/journal/entries/${free.id}`);
  }
  return entryId;
}

async function fillGoals(server, today) {
  const core = (await must(server, 'GET', '/api/values/core')).items;
  const initiatives = [];
  for (let i = 0; i < 10; i += 1) {
    const status = i < 5 ? 'active' : i < 8 ? 'planned' : 'done';
    initiatives.push(await must(server, 'POST', '/api/initiatives', {
      title: `Initiative number ${i + 1} with a measurable result`, why: 'It moves the vision forward.', value_ids: core.slice(0, 2).map((v) => v.id),
      supports_vision: true, horizon: ['short', 'mid', 'long'][i % 3], start_date: daysBefore(today, 60), finish_date: daysBefore(today, -120 + i * 20),
      measure_of_success: 'Three teams use it', status, progress: i * 10,
      milestones: [{ title: 'First step', due_date: daysBefore(today, -10), done: false }, { title: 'Second step', due_date: daysBefore(today, -40), done: false }],
    }));
  }
  for (let i = 0; i < 5; i += 1) {
    await must(server, 'POST', '/api/stop-doing', { text: `Stop doing thing ${i + 1}`, action: ['cancel', 'postpone', 'delegate'][i % 3], delegate_to: i % 3 === 2 ? 'Priya' : '', initiative_id: initiatives[i].id, done: i === 4 });
  }
  for (const name of ['Engineering manager', 'Staff engineer', 'Start my own studio']) {
    await must(server, 'POST', '/api/roads', { name, notes: `What ${name.toLowerCase()} would ask of me.`, milestones: [{ title: 'Talk to someone on this road', due_date: daysBefore(today, -30) }] });
  }
  const roads = (await must(server, 'GET', '/api/roads')).items;
  await must(server, 'POST', `/api/roads/${roads[0].id}/choose`, {});
  for (let i = 0; i < 12; i += 1) {
    await must(server, 'POST', '/api/priorities', { title: `Task number ${i + 1}`, quadrant: ['do', 'schedule', 'delegate', 'drop'][i % 4], initiative_id: i % 2 ? initiatives[0].id : null });
  }
}

// Partners and check-ins, feedback with themes, value stances and a 360 round, and a learning list; resolves
// to the ids of one of each kind of record, for the pages of one record.
async function fillPeople(server, today) {
  const core = (await must(server, 'GET', '/api/values/core')).items;
  const themes = (await must(server, 'GET', '/api/feedback/themes')).items;
  const partners = [];
  for (const [i, name] of ['Ana Ruiz', 'Sam Okafor', 'Lee Chen', 'Jo Berg'].entries()) {
    partners.push(await must(server, 'POST', '/api/people/partners', {
      name, role: ['mentor', 'peer', 'coach', 'accountability_partner'][i], how_they_help: `${name} knows the promotion process`, cadence_weeks: i === 1 ? 2 : null,
    }));
  }
  let checkInId = null;
  for (let i = 39; i >= 0; i -= 1) {
    const checkIn = await must(server, 'POST', '/api/people/check-ins', {
      partner_id: partners[i % 4].id, held_on: daysBefore(today, i * 9 + 2), agenda: `Agenda ${i}: the staff role`,
      notes: `We talked about delegation and the platform roadmap, week ${i}.`,
      commitments: [{ text: `Draft the promotion case, part ${i}`, due_on: daysBefore(today, i * 9 - 12) }, { text: `Send the design doc ${i}`, owner: 'me' }],
    });
    checkInId ??= checkIn.id;
  }
  const round = await must(server, 'POST', '/api/feedback/rounds', {
    name: 'Spring 360', started_on: daysBefore(today, 90), asked: [{ name: 'Ana', source: 'peer' }, { name: 'Ben', source: 'peer' }, { name: 'Dee', source: 'manager' }],
  });
  let feedbackId = null;
  for (let i = 0; i < 60; i += 1) {
    const inRound = i < round.asked.length;
    const created = await must(server, 'POST', '/api/feedback', {
      received_on: daysBefore(today, i * 11 + 1), source: inRound ? round.asked[i].source : ['peer', 'direct_report', 'manager', 'other'][i % 4],
      from_name: inRound ? round.asked[i].name : `Colleague ${i % 7}`, context: `Review number ${i}`,
      said: `You explained plan ${i} so the whole team could follow it.`, reflection: 'Writing it down first helped.',
      points_to: i % 3 ? 'strength' : 'growth', theme_ids: [themes[i % themes.length].id],
      supports_value_ids: i % 2 ? [core[i % core.length].id] : [], contradicts_value_ids: i % 5 === 0 ? [core[(i + 1) % core.length].id] : [],
      ...(inRound ? { round_id: round.id, round_person_id: round.asked[i].id } : {}),
    });
    feedbackId ??= created.id;
  }
  let learningId = null;
  for (let i = 0; i < 25; i += 1) {
    const item = await must(server, 'POST', '/api/learning/items', {
      kind: ['book', 'course', 'talk', 'article'][i % 4], title: `Learning item ${i + 1}`, author: `Author ${i % 6}`,
      shelf: ['want', 'in_progress', 'done', 'stopped'][i % 4], progress: (i * 13) % 100,
    });
    for (let n = 0; n < 3; n += 1) {
      await must(server, 'POST', `/api/learning/items/${item.id}/notes`, n === 2
        ? { kind: 'quote', text: `A line worth keeping from item ${i + 1}.`, page: 10 + n }
        : { kind: 'takeaway', text: `Takeaway ${n + 1}: delegation means giving control, not tasks.` });
    }
    learningId ??= item.id;
  }
  return { partnerId: partners[0].id, checkInId, feedbackId, roundId: round.id, learningId };
}

// Fills the workbook of `server` (a tests/support/server.mjs server); resolves to {decisionId, entryId,
// people: {partnerId, checkInId, feedbackId, roundId, learningId}}.
export async function fillWorkbook(server) {
  const { today } = await must(server, 'GET', '/api/journal/kinds');
  await fillVision(server);
  await fillValues(server);
  const decisionId = await fillDecisions(server);
  const entryId = await fillJournal(server, today);
  await fillGoals(server, today);
  const people = await fillPeople(server, today);
  return { decisionId, entryId, people };
}

// Every page of the app, one per route of web/js/router.js, as [name, address]; the pages of one record at
// the ids fillWorkbook resolved to.
export function everyPage({ decisionId, entryId, people }) {
  return [
    ['Home', '/'], ['Vision', '/vision'],
    ['Values', '/values'], ['Values card sort', '/values/sort'], ['Alignment', '/values/alignment'],
    ['Worksheet', '/values/worksheet'], ['Vision builder', '/values/vision-builder'], ['Balance', '/values/balance'],
    ['Decisions', '/decisions'], ['Decision (8x10 pairwise)', `/decisions/${decisionId}`],
    ['Journal', '/journal'], ['Journal entry', `/journal/${entryId}`], ['Journal entry, editing', `/journal/${entryId}/edit`],
    ['New weekly reflection', '/journal/new/weekly'], ['New monthly review', '/journal/new/monthly'],
    ['The year in monthly reviews', `/journal/year/${new Date().getFullYear()}`], ['Lessons', '/journal/lessons'], ['Trash', '/journal/trash'],
    ['Goals: initiatives', '/goals'], ['Goals: roads', '/goals/roads'], ['Goals: priorities', '/goals/priorities'],
    ['People: check-ins', '/people'], ['People: partner', `/people/partners/${people.partnerId}`],
    ['People: check-in', `/people/check-ins/${people.checkInId}`], ['People: new check-in', '/people/check-ins/new'],
    ['Feedback', '/people/feedback'], ['Feedback item', `/people/feedback/${people.feedbackId}`],
    ['Feedback by value', '/people/feedback/values'], ['Feedback themes and sources', '/people/feedback/summary'],
    ['360 rounds', '/people/feedback/rounds'], ['360 round', `/people/feedback/rounds/${people.roundId}`],
    ['Learning', '/people/learning'], ['Learning item', `/people/learning/${people.learningId}`], ['People search', '/people/search'],
    ['Your data', '/data'], ['Calendar feed', '/calendar'],
  ];
}
