// The editable part of a decision as the page keeps it, the request body it becomes, the changes to its
// shape (adding and removing options and criteria keeps the scores and comparisons lined up), and how an
// edit conflict with another tab is merged.
import { formatDate } from '../shared/dom.js';

export const MAX_OPTIONS = 20;
export const MAX_CRITERIA = 20;

export const pairKey = (i, j) => `${i}-${j}`;
export const blankCell = () => ({ score: null, note: '' });

// The page's state from a decision as the API sends it (comparisons keyed "i-j" with i < j).
export function toState(d) {
  const comparisons = {};
  for (const c of d.comparisons) comparisons[pairKey(c.first, c.second)] = c.judgement;
  return {
    title: d.title,
    context: d.context,
    deadline: d.deadline ?? '',
    options: d.options.map((o) => ({ name: o.name, description: o.description })),
    criteria: d.criteria.map((c) => ({ name: c.name, description: c.description, lower_is_better: c.lower_is_better, points: c.points, value_id: c.value_id })),
    scores: d.scores.map((row) => row.map((cell) => ({ score: cell.score, note: cell.note }))),
    weighting: d.weighting,
    comparisons,
  };
}

// The request body for PUT /api/decisions/:id and POST /api/decisions/analyse.
export function toBody(s) {
  const comparisons = Object.entries(s.comparisons)
    .map(([key, judgement]) => { const [first, second] = key.split('-').map(Number); return { first, second, judgement }; })
    .sort((a, b) => a.first - b.first || a.second - b.second);
  return {
    title: s.title.trim(),
    context: s.context,
    deadline: s.deadline || null,
    options: s.options.map((o) => ({ name: o.name.trim(), description: o.description })),
    criteria: s.criteria.map((c) => ({ name: c.name.trim(), description: c.description, lower_is_better: c.lower_is_better, points: c.points, value_id: c.value_id ?? null })),
    scores: s.options.map((_, o) => s.criteria.map((__, c) => {
      const cell = s.scores[o]?.[c] ?? blankCell();
      return { score: cell.score ?? null, note: cell.note ?? '' };
    })),
    weighting: s.weighting,
    comparisons,
  };
}

export const same = (a, b) => JSON.stringify(toBody(a)) === JSON.stringify(toBody(b));

export const optionName = (s, o) => s.options[o].name || `Option ${o + 1}`;
export const criterionName = (s, c) => s.criteria[c].name || `Criterion ${c + 1}`;

export function addOption(s) {
  s.options.push({ name: '', description: '' });
  s.scores.push(s.criteria.map(blankCell));
}

export function removeOption(s, o) {
  s.options.splice(o, 1);
  s.scores.splice(o, 1);
}

export const optionHasData = (s, o) => s.scores[o]?.some((cell) => cell.score !== null || cell.note);
export const criterionHasData = (s, c) => s.scores.some((row) => row[c] && (row[c].score !== null || row[c].note));

export function addCriterion(s, criterion = { name: '', description: '', lower_is_better: false, points: 10, value_id: null }) {
  s.criteria.push(criterion);
  for (const row of s.scores) row.push(blankCell());
}

// Removes criterion k with its scores; comparisons with it go, the later criteria's move down one.
export function removeCriterion(s, k) {
  s.criteria.splice(k, 1);
  for (const row of s.scores) row.splice(k, 1);
  const next = {};
  for (const [key, judgement] of Object.entries(s.comparisons)) {
    let [i, j] = key.split('-').map(Number);
    if (i === k || j === k) continue;
    if (i > k) i -= 1;
    if (j > k) j -= 1;
    next[pairKey(i, j)] = judgement;
  }
  s.comparisons = next;
}

const names = (list) => list.map((x) => x.name || '(unnamed)').join(', ');
const shape = (s) => `${s.options.length}x${s.criteria.length}`;
const ABOUT_PARTS = [
  { key: 'title', label: 'Title' }, { key: 'context', label: 'Context' }, { key: 'deadline', label: 'Decide by', show: (d) => formatDate(d) || '(none)' },
];
const MATRIX_KEYS = ['options', 'criteria', 'scores', 'weighting', 'comparisons'];

// The parts an edit conflict is merged by (shared/merge.js): title, context and deadline each; the
// options, criteria, scores and weighting each while all three sides have the same options and criteria
// (the scores line up), else the whole matrix as one part.
export function conflictParts({ base, mine, theirs }) {
  if (!base || shape(base) !== shape(mine) || shape(mine) !== shape(theirs)) {
    return [...ABOUT_PARTS, {
      keys: MATRIX_KEYS, label: 'The matrix (options, criteria, weights and scores)',
      show: ([options, criteria]) => `${options.length} options: ${names(options)}. ${criteria.length} criteria: ${names(criteria)}.`,
    }];
  }
  return [...ABOUT_PARTS,
    { key: 'options', label: 'Options', show: names },
    { key: 'criteria', label: 'Criteria', show: (list) => list.map((c) => `${c.name || '(unnamed)'} (${c.points} points${c.lower_is_better ? ', lower is better' : ''})`).join(', ') },
    { key: 'scores', label: 'Scores', show: (rows) => rows.map((row, o) => `Option ${o + 1}: ${row.map((cell) => cell.score ?? '–').join(', ')}`).join('\n') },
    { keys: ['weighting', 'comparisons'], label: 'Weighting', show: ([weighting, comparisons]) => (weighting === 'pairwise'
      ? `Pairwise comparisons (${Object.keys(comparisons ?? {}).length} answered)` : 'Points per criterion') },
  ];
}
