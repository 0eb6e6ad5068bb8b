-- Migration 7: one way to link a core value. Journal entries (a JSON array in journal_entries.value_ids)
-- and decision criteria (a column, decision_criteria.value_id) link core values through a join table
-- shaped like initiative_values, which already was one: <record>_values (record key, position, value_id),
-- the record's key a foreign key with ON DELETE CASCADE, position the order of the links, value_id a
-- plain personal_values id (no foreign key: a link to a value deleted later shows as no longer there).
-- Every existing link is carried over; the old columns go by SQLite's table rebuild (as in migration 6).
-- Run by store/database.cpp in one transaction with foreign keys off and a foreign_key_check before COMMIT.

-- The core values a journal entry is linked to, in the order the user gave them.
CREATE TABLE journal_entry_values (
  entry_id INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  value_id INTEGER NOT NULL CHECK (value_id > 0),
  PRIMARY KEY (entry_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX journal_entry_values_by_value ON journal_entry_values (value_id, entry_id);
INSERT INTO journal_entry_values (entry_id, position, value_id)
  SELECT e.id, v.key, v.value FROM journal_entries e, json_each(e.value_ids) v
  WHERE v.type = 'integer' AND v.value > 0;

-- journal_entries without value_ids. Its AUTOINCREMENT counter is carried over, so the id of an entry
-- deleted for good before this upgrade is still never handed out again.
CREATE TABLE new_journal_entries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
  entry_date TEXT NOT NULL CHECK (entry_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  excerpt TEXT NOT NULL DEFAULT '',
  mood INTEGER CHECK (mood BETWEEN 1 AND 5),
  energy INTEGER CHECK (energy BETWEEN 1 AND 5),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
INSERT INTO new_journal_entries (id, kind, entry_date, title, body, excerpt, mood, energy, version, created_at,
  updated_at, deleted_at)
  SELECT id, kind, entry_date, title, body, excerpt, mood, energy, version, created_at, updated_at, deleted_at
  FROM journal_entries;
DELETE FROM sqlite_sequence WHERE name = 'new_journal_entries';
INSERT INTO sqlite_sequence (name, seq) SELECT 'new_journal_entries', seq FROM sqlite_sequence WHERE name = 'journal_entries';
DROP TABLE journal_entries;
ALTER TABLE new_journal_entries RENAME TO journal_entries;
CREATE INDEX journal_entries_by_date ON journal_entries (entry_date, id) WHERE deleted_at IS NULL;
CREATE INDEX journal_entries_by_kind ON journal_entries (kind, entry_date, id) WHERE deleted_at IS NULL;
CREATE INDEX journal_entries_trash ON journal_entries (deleted_at) WHERE deleted_at IS NOT NULL;

-- decision_criteria without value_id, and the core value each criterion is linked to (at most one, so
-- the criterion's own key is the link's: position is the criterion's position).
CREATE TABLE new_decision_criteria (
  decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 19),
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  lower_is_better INTEGER NOT NULL DEFAULT 0 CHECK (lower_is_better IN (0, 1)),
  points REAL NOT NULL DEFAULT 0 CHECK (points BETWEEN 0 AND 100),
  PRIMARY KEY (decision_id, position)
) WITHOUT ROWID;
INSERT INTO new_decision_criteria (decision_id, position, name, description, lower_is_better, points)
  SELECT decision_id, position, name, description, lower_is_better, points FROM decision_criteria;
CREATE TABLE decision_criterion_values (
  decision_id INTEGER NOT NULL,
  position INTEGER NOT NULL,
  value_id INTEGER NOT NULL CHECK (value_id > 0),
  PRIMARY KEY (decision_id, position),
  FOREIGN KEY (decision_id, position) REFERENCES decision_criteria (decision_id, position) ON DELETE CASCADE
) WITHOUT ROWID;
INSERT INTO decision_criterion_values (decision_id, position, value_id)
  SELECT decision_id, position, value_id FROM decision_criteria WHERE value_id > 0;
DROP TABLE decision_criteria;
ALTER TABLE new_decision_criteria RENAME TO decision_criteria;
