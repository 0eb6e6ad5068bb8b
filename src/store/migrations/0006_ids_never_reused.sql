-- Migration 6: ids are never reused. Every table keyed by a surrogate id is rebuilt with AUTOINCREMENT
-- (SQLite's table rebuild: create new_X, copy, drop X, rename new_X to X, recreate its indexes), keeping
-- every row and id; sqlite_sequence then starts above the largest id. Run by store/database.cpp in one
-- transaction with foreign keys off (dropping a parent must not cascade to its children) and a
-- foreign_key_check before COMMIT. Child tables keep their REFERENCES X, which name the rebuilt X again.
-- journal_fts needs nothing: its rowids are computed from entry ids, which do not change.

CREATE TABLE new_vision_statement_history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  statement TEXT NOT NULL,
  saved_at TEXT NOT NULL
);
INSERT INTO new_vision_statement_history (id, statement, saved_at)
  SELECT id, statement, saved_at FROM vision_statement_history;
DROP TABLE vision_statement_history;
ALTER TABLE new_vision_statement_history RENAME TO vision_statement_history;

-- Core values are linked by plain ids (journal entries, initiatives, decision criteria): a value deleted
-- before this upgrade must not hand its id to a new one, so its counter starts above every linked id too.
CREATE TABLE new_personal_values (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  catalog_slug TEXT UNIQUE,                 -- NULL for a custom value
  name TEXT NOT NULL DEFAULT '',            -- custom values only
  definition TEXT NOT NULL DEFAULT '',      -- custom values only
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  CHECK ((catalog_slug IS NULL) = (name <> ''))
);
INSERT INTO new_personal_values (id, catalog_slug, name, definition, version, created_at)
  SELECT id, catalog_slug, name, definition, version, created_at FROM personal_values;
DROP TABLE personal_values;
ALTER TABLE new_personal_values RENAME TO personal_values;
DELETE FROM sqlite_sequence WHERE name = 'personal_values';
INSERT INTO sqlite_sequence (name, seq)
  SELECT 'personal_values', seq FROM (SELECT max(id) AS seq FROM (
    SELECT id FROM personal_values
    UNION ALL SELECT value_id FROM initiative_values
    UNION ALL SELECT value_id FROM decision_criteria
    UNION ALL SELECT v.value FROM journal_entries e, json_each(e.value_ids) v WHERE v.type = 'integer'))
  WHERE seq IS NOT NULL;

CREATE TABLE new_value_sorts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  version INTEGER NOT NULL DEFAULT 1        -- bumped by every placement and every save of the ranking
);
INSERT INTO new_value_sorts (id, started_at, finished_at, version)
  SELECT id, started_at, finished_at, version FROM value_sorts;
DROP TABLE value_sorts;
ALTER TABLE new_value_sorts RENAME TO value_sorts;
CREATE UNIQUE INDEX value_sorts_one_in_progress ON value_sorts ((finished_at IS NULL)) WHERE finished_at IS NULL;

CREATE TABLE new_list_items (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  list TEXT NOT NULL CHECK (list IN ('skills', 'strengths', 'passions', 'boundaries', 'self_care')),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
INSERT INTO new_list_items (id, list, position, name, note, version, created_at, updated_at)
  SELECT id, list, position, name, note, version, created_at, updated_at FROM list_items;
DROP TABLE list_items;
ALTER TABLE new_list_items RENAME TO list_items;
CREATE INDEX list_items_by_list ON list_items (list, position);

CREATE TABLE new_alignment_assessments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  assessed_on TEXT NOT NULL,                -- the user's local date, YYYY-MM-DD
  organisation TEXT NOT NULL DEFAULT '',
  mission TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,       -- bumped when the lean-into / hand-off lists are edited
  created_at TEXT NOT NULL
);
INSERT INTO new_alignment_assessments (id, assessed_on, organisation, mission, version, created_at)
  SELECT id, assessed_on, organisation, mission, version, created_at FROM alignment_assessments;
DROP TABLE alignment_assessments;
ALTER TABLE new_alignment_assessments RENAME TO alignment_assessments;
CREATE INDEX alignment_assessments_by_date ON alignment_assessments (assessed_on, id);

CREATE TABLE new_balance_snapshots (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  rated_on TEXT NOT NULL,                   -- the user's local date, YYYY-MM-DD
  created_at TEXT NOT NULL
);
INSERT INTO new_balance_snapshots (id, rated_on, created_at)
  SELECT id, rated_on, created_at FROM balance_snapshots;
DROP TABLE balance_snapshots;
ALTER TABLE new_balance_snapshots RENAME TO balance_snapshots;
CREATE INDEX balance_snapshots_by_date ON balance_snapshots (rated_on, id);

CREATE TABLE new_decisions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
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
INSERT INTO new_decisions (id, title, context, deadline, status, weighting, chosen_option, gut_feeling,
  rationale, expected_outcome, review_date, decided_at, what_happened, lesson, reviewed_at, version,
  created_at, updated_at)
  SELECT id, title, context, deadline, status, weighting, chosen_option, gut_feeling, rationale,
    expected_outcome, review_date, decided_at, what_happened, lesson, reviewed_at, version, created_at,
    updated_at FROM decisions;
DROP TABLE decisions;
ALTER TABLE new_decisions RENAME TO decisions;
CREATE INDEX decisions_by_status ON decisions (status, updated_at);

CREATE TABLE new_journal_entries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
  entry_date TEXT NOT NULL CHECK (entry_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  excerpt TEXT NOT NULL DEFAULT '',
  mood INTEGER CHECK (mood BETWEEN 1 AND 5),
  energy INTEGER CHECK (energy BETWEEN 1 AND 5),
  value_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(value_ids)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
INSERT INTO new_journal_entries (id, kind, entry_date, title, body, excerpt, mood, energy, value_ids, version,
  created_at, updated_at, deleted_at)
  SELECT id, kind, entry_date, title, body, excerpt, mood, energy, value_ids, version, created_at, updated_at,
    deleted_at FROM journal_entries;
DROP TABLE journal_entries;
ALTER TABLE new_journal_entries RENAME TO journal_entries;
CREATE INDEX journal_entries_by_date ON journal_entries (entry_date, id) WHERE deleted_at IS NULL;
CREATE INDEX journal_entries_by_kind ON journal_entries (kind, entry_date, id) WHERE deleted_at IS NULL;
CREATE INDEX journal_entries_trash ON journal_entries (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE new_initiatives (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  title TEXT NOT NULL,
  why TEXT NOT NULL DEFAULT '',
  supports_vision INTEGER NOT NULL DEFAULT 0 CHECK (supports_vision IN (0, 1)),
  horizon TEXT NOT NULL DEFAULT 'short' CHECK (horizon IN ('short', 'mid', 'long')),
  start_date TEXT NOT NULL DEFAULT '',
  finish_date TEXT NOT NULL DEFAULT '',
  measure_of_success TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'planned'
    CHECK (status IN ('planned', 'active', 'done', 'dropped', 'postponed')),
  progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
INSERT INTO new_initiatives (id, title, why, supports_vision, horizon, start_date, finish_date,
  measure_of_success, status, progress, version, created_at, updated_at)
  SELECT id, title, why, supports_vision, horizon, start_date, finish_date, measure_of_success, status,
    progress, version, created_at, updated_at FROM initiatives;
DROP TABLE initiatives;
ALTER TABLE new_initiatives RENAME TO initiatives;
CREATE INDEX initiatives_by_status ON initiatives (status);

CREATE TABLE new_stop_doing_items (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  text TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('cancel', 'postpone', 'delegate')),
  delegate_to TEXT NOT NULL DEFAULT '',
  delegate_by TEXT NOT NULL DEFAULT '',
  initiative_id INTEGER REFERENCES initiatives (id) ON DELETE SET NULL,
  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  done_at TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
INSERT INTO new_stop_doing_items (id, text, action, delegate_to, delegate_by, initiative_id, done, done_at,
  version, created_at, updated_at)
  SELECT id, text, action, delegate_to, delegate_by, initiative_id, done, done_at, version, created_at,
    updated_at FROM stop_doing_items;
DROP TABLE stop_doing_items;
ALTER TABLE new_stop_doing_items RENAME TO stop_doing_items;
CREATE INDEX stop_doing_by_initiative ON stop_doing_items (initiative_id);

-- A road linked to a decision deleted before this upgrade loses the link, as one deleted from now on does.
CREATE TABLE new_career_roads (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
  decision_id INTEGER CHECK (decision_id > 0),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
INSERT INTO new_career_roads (id, name, notes, is_current, decision_id, version, created_at, updated_at)
  SELECT id, name, notes, is_current,
    CASE WHEN decision_id IN (SELECT id FROM decisions) THEN decision_id END, version, created_at, updated_at
  FROM career_roads;
DROP TABLE career_roads;
ALTER TABLE new_career_roads RENAME TO career_roads;
CREATE UNIQUE INDEX career_roads_one_current ON career_roads (is_current) WHERE is_current = 1;

CREATE TABLE new_road_switches (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  from_road_id INTEGER,
  from_name TEXT NOT NULL DEFAULT '',
  to_road_id INTEGER,
  to_name TEXT NOT NULL,
  switched_at TEXT NOT NULL
);
INSERT INTO new_road_switches (id, from_road_id, from_name, to_road_id, to_name, switched_at)
  SELECT id, from_road_id, from_name, to_road_id, to_name, switched_at FROM road_switches;
DROP TABLE road_switches;
ALTER TABLE new_road_switches RENAME TO road_switches;

CREATE TABLE new_priority_tasks (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  title TEXT NOT NULL,
  quadrant TEXT NOT NULL CHECK (quadrant IN ('do', 'schedule', 'delegate', 'drop')),
  initiative_id INTEGER REFERENCES initiatives (id) ON DELETE SET NULL,
  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  done_at TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
INSERT INTO new_priority_tasks (id, title, quadrant, initiative_id, done, done_at, version, created_at,
  updated_at)
  SELECT id, title, quadrant, initiative_id, done, done_at, version, created_at, updated_at FROM
    priority_tasks;
DROP TABLE priority_tasks;
ALTER TABLE new_priority_tasks RENAME TO priority_tasks;
CREATE INDEX priority_tasks_open ON priority_tasks (done, quadrant);
CREATE INDEX priority_tasks_by_initiative ON priority_tasks (initiative_id);
