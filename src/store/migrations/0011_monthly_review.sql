-- Migration 11: the monthly review. What a monthly review entry (journal_entries of kind 'monthly') found in
-- its month, frozen when the review was saved, so an old review shows what was true then: the balance and
-- alignment snapshots it re-rated with last month's beside them (ids, and the scores as copies that outlive a
-- deleted snapshot), the counts of the month, each boundary and self-care routine kept or slipped with a
-- note, the initiatives as they stood, and the month's reflections, decisions due, check-ins, feedback and
-- finished learning by title.
CREATE TABLE monthly_reviews (
  entry_id INTEGER NOT NULL PRIMARY KEY REFERENCES journal_entries (id) ON DELETE CASCADE,
  month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  balance_snapshot_id INTEGER REFERENCES balance_snapshots (id) ON DELETE SET NULL,
  balance_average REAL CHECK (balance_average BETWEEN 0 AND 10),
  previous_balance_snapshot_id INTEGER REFERENCES balance_snapshots (id) ON DELETE SET NULL,
  previous_balance_average REAL CHECK (previous_balance_average BETWEEN 0 AND 10),
  alignment_assessment_id INTEGER REFERENCES alignment_assessments (id) ON DELETE SET NULL,
  alignment_overall INTEGER CHECK (alignment_overall BETWEEN 0 AND 100),
  previous_alignment_assessment_id INTEGER REFERENCES alignment_assessments (id) ON DELETE SET NULL,
  previous_alignment_overall INTEGER CHECK (previous_alignment_overall BETWEEN 0 AND 100),
  reflections INTEGER NOT NULL DEFAULT 0 CHECK (reflections >= 0),
  lessons INTEGER NOT NULL DEFAULT 0 CHECK (lessons >= 0),
  decisions_due INTEGER NOT NULL DEFAULT 0 CHECK (decisions_due >= 0),
  check_ins INTEGER NOT NULL DEFAULT 0 CHECK (check_ins >= 0),
  feedback INTEGER NOT NULL DEFAULT 0 CHECK (feedback >= 0),
  learning_finished INTEGER NOT NULL DEFAULT 0 CHECK (learning_finished >= 0),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX monthly_reviews_by_month ON monthly_reviews (month);

-- Each boundary and self-care routine the review marked, with its name as it read then.
CREATE TABLE monthly_review_practices (
  entry_id INTEGER NOT NULL REFERENCES monthly_reviews (entry_id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  list TEXT NOT NULL CHECK (list IN ('boundaries', 'self_care')),
  item_id INTEGER REFERENCES list_items (id) ON DELETE SET NULL,
  name TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('kept', 'slipped')),
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (entry_id, position)
) STRICT, WITHOUT ROWID;

-- The initiatives as they stood when the review was saved: the active ones and those done in the month.
CREATE TABLE monthly_review_initiatives (
  entry_id INTEGER NOT NULL REFERENCES monthly_reviews (entry_id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  initiative_id INTEGER REFERENCES initiatives (id) ON DELETE SET NULL,
  title TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('planned', 'active', 'done', 'dropped', 'postponed')),
  progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
  milestones_done INTEGER NOT NULL DEFAULT 0 CHECK (milestones_done >= 0),
  milestones_total INTEGER NOT NULL DEFAULT 0 CHECK (milestones_total >= milestones_done),
  PRIMARY KEY (entry_id, position)
) STRICT, WITHOUT ROWID;

-- The month's records the review listed, by title (record_id: the entry, decision, check-in, feedback or
-- learning item it was, a plain id that may be gone since), at most 50 of each kind.
CREATE TABLE monthly_review_facts (
  entry_id INTEGER NOT NULL REFERENCES monthly_reviews (entry_id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('reflection', 'decision', 'check_in', 'feedback', 'learning')),
  position INTEGER NOT NULL,
  record_id INTEGER NOT NULL CHECK (record_id > 0),
  on_date TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (entry_id, kind, position)
) STRICT, WITHOUT ROWID;
