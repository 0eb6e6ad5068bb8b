-- Migration 3: Decision matrices. Run inside a transaction by store/database.cpp.

-- A decision weighed in a matrix. The record (choice actually made) and the review live in the same row;
-- status says which of them are set. One version covers the whole decision (matrix, record, review).
CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  context TEXT NOT NULL DEFAULT '',
  deadline TEXT NOT NULL DEFAULT '',        -- 'YYYY-MM-DD' or ''
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'decided', 'reviewed')),
  weighting TEXT NOT NULL DEFAULT 'direct' CHECK (weighting IN ('direct', 'pairwise')),
  chosen_option INTEGER,                    -- position in decision_options once decided
  gut_feeling TEXT NOT NULL DEFAULT '',
  rationale TEXT NOT NULL DEFAULT '',
  expected_outcome TEXT NOT NULL DEFAULT '',
  review_date TEXT NOT NULL DEFAULT '',     -- 'YYYY-MM-DD' or ''
  decided_at TEXT,
  what_happened TEXT NOT NULL DEFAULT '',
  lesson TEXT NOT NULL DEFAULT '',
  reviewed_at TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((status = 'open') = (decided_at IS NULL AND chosen_option IS NULL)),
  CHECK ((status = 'reviewed') = (reviewed_at IS NOT NULL))
);
CREATE INDEX decisions_by_status ON decisions (status, updated_at);

-- Options and criteria in the user's order (position 0, 1, ...), replaced as a whole on every save.
CREATE TABLE decision_options (
  decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 19),
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (decision_id, position)
) WITHOUT ROWID;

-- value_id links a core value of the values module (a plain integer, no foreign key).
CREATE TABLE decision_criteria (
  decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 19),
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  lower_is_better INTEGER NOT NULL DEFAULT 0 CHECK (lower_is_better IN (0, 1)),
  points REAL NOT NULL DEFAULT 0 CHECK (points BETWEEN 0 AND 100),
  value_id INTEGER,
  PRIMARY KEY (decision_id, position)
) WITHOUT ROWID;

-- Only cells with a score or a note have a row; a cell without a score is a gap, never a zero.
CREATE TABLE decision_scores (
  decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  option_position INTEGER NOT NULL,
  criterion_position INTEGER NOT NULL,
  score REAL CHECK (score BETWEEN 0 AND 10),
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (decision_id, option_position, criterion_position)
) WITHOUT ROWID;

-- AHP judgements, stored with first < second (see PairwiseComparison in domain/decision.h).
CREATE TABLE decision_comparisons (
  decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  first INTEGER NOT NULL,
  second INTEGER NOT NULL,
  judgement INTEGER NOT NULL CHECK (judgement BETWEEN -9 AND 9 AND judgement NOT IN (0, -1)),
  PRIMARY KEY (decision_id, first, second),
  CHECK (first < second)
) WITHOUT ROWID;
