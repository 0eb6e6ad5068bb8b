-- Migration 2: Values, the energetic centre and alignment. Run inside a transaction by store/database.cpp.

-- Every value the person has used: a built-in one (catalog_slug, name and definition come from the
-- catalogue in the binary) gets a row the first time it is sorted; a custom one has its own name.
-- The id is stable, so other modules can link to a core value across re-sorts.
CREATE TABLE personal_values (
  id INTEGER PRIMARY KEY,
  catalog_slug TEXT UNIQUE,                 -- NULL for a custom value
  name TEXT NOT NULL DEFAULT '',            -- custom values only
  definition TEXT NOT NULL DEFAULT '',      -- custom values only
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  CHECK ((catalog_slug IS NULL) = (name <> ''))
);

-- One run of the values card sort. At most one is in progress (finished_at NULL); the newest finished
-- one holds the current core values, the older ones are history.
CREATE TABLE value_sorts (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  version INTEGER NOT NULL DEFAULT 1        -- bumped by every placement and every save of the ranking
);
CREATE UNIQUE INDEX value_sorts_one_in_progress ON value_sorts ((finished_at IS NULL)) WHERE finished_at IS NULL;

-- The pile each value was placed in during a sort.
CREATE TABLE value_sort_cards (
  sort_id INTEGER NOT NULL REFERENCES value_sorts (id) ON DELETE CASCADE,
  value_id INTEGER NOT NULL REFERENCES personal_values (id) ON DELETE CASCADE,
  pile TEXT NOT NULL CHECK (pile IN ('very_important', 'important', 'not_important')),
  placed_at TEXT NOT NULL,
  PRIMARY KEY (sort_id, value_id)
) WITHOUT ROWID;

-- The ranked top values of a sort (rank 1 = most important) and what each means to the person.
CREATE TABLE value_sort_top (
  sort_id INTEGER NOT NULL REFERENCES value_sorts (id) ON DELETE CASCADE,
  rank INTEGER NOT NULL CHECK (rank BETWEEN 1 AND 10),
  value_id INTEGER NOT NULL REFERENCES personal_values (id) ON DELETE CASCADE,
  meaning TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (sort_id, rank),
  UNIQUE (sort_id, value_id)
) WITHOUT ROWID;

-- The ordered lists the person keeps: skills, strengths, passions, boundaries and self-care routines.
CREATE TABLE list_items (
  id INTEGER PRIMARY KEY,
  list TEXT NOT NULL CHECK (list IN ('skills', 'strengths', 'passions', 'boundaries', 'self_care')),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX list_items_by_list ON list_items (list, position);

-- A dated alignment snapshot: every rated item against the mission as it read that day. Scores are
-- computed from the ratings when read, so the rule lives in one place (domain/alignment.cpp).
CREATE TABLE alignment_assessments (
  id INTEGER PRIMARY KEY,
  assessed_on TEXT NOT NULL,                -- the user's local date, YYYY-MM-DD
  organisation TEXT NOT NULL DEFAULT '',
  mission TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,       -- bumped when the lean-into / hand-off lists are edited
  created_at TEXT NOT NULL
);
CREATE INDEX alignment_assessments_by_date ON alignment_assessments (assessed_on, id);

CREATE TABLE alignment_ratings (
  assessment_id INTEGER NOT NULL REFERENCES alignment_assessments (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('values', 'skills', 'strengths', 'passions')),
  item_id INTEGER NOT NULL,                 -- personal_values.id or list_items.id at the time (not enforced)
  item TEXT NOT NULL,                       -- the name as rated, kept even if the item changes later
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (assessment_id, position)
) WITHOUT ROWID;

-- The practical output of a snapshot: kinds of work to lean into, and to avoid or hand off.
CREATE TABLE alignment_actions (
  assessment_id INTEGER NOT NULL REFERENCES alignment_assessments (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('lean_into', 'hand_off')),
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (assessment_id, kind, position)
) WITHOUT ROWID;

-- The alignment worksheet: one row, its entries and the links between goals and aspirations.
CREATE TABLE alignment_worksheet (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  adjustments TEXT NOT NULL DEFAULT '',     -- what the person decided to adjust, in their words
  version INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL DEFAULT ''
);
INSERT INTO alignment_worksheet (id) VALUES (1);

CREATE TABLE worksheet_entries (
  list TEXT NOT NULL CHECK (list IN ('goal', 'aspiration')),
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (list, position)
) WITHOUT ROWID;

CREATE TABLE worksheet_links (
  goal_position INTEGER NOT NULL,
  aspiration_position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('conflict', 'synergy')),
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (goal_position, aspiration_position)
) WITHOUT ROWID;

-- The life areas of the balance wheel (editable; a new workbook starts with eight) and their version.
CREATE TABLE life_areas (
  position INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT ''
);
INSERT INTO life_areas (position, name, description) VALUES
  (0, 'Career', 'The work you do and where it is taking you.'),
  (1, 'Finances', 'Earning, saving and feeling at ease about money.'),
  (2, 'Health', 'Sleep, movement, food and a rested mind.'),
  (3, 'Relationships', 'A partner, friends and the people you are close to.'),
  (4, 'Family', 'Time and care for the family you belong to.'),
  (5, 'Personal growth', 'Learning, reflecting and becoming who you want to be.'),
  (6, 'Fun & recreation', 'Play, hobbies, rest and the things that recharge you.'),
  (7, 'Home & environment', 'The places where you live and work, and how they feel.');

CREATE TABLE life_area_set (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO life_area_set (id) VALUES (1);

-- A dated balance snapshot: each area rated 0-10 (areas by name, so old snapshots survive renames).
CREATE TABLE balance_snapshots (
  id INTEGER PRIMARY KEY,
  rated_on TEXT NOT NULL,                   -- the user's local date, YYYY-MM-DD
  created_at TEXT NOT NULL
);
CREATE INDEX balance_snapshots_by_date ON balance_snapshots (rated_on, id);

CREATE TABLE balance_ratings (
  snapshot_id INTEGER NOT NULL REFERENCES balance_snapshots (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  area TEXT NOT NULL,
  rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 10),
  PRIMARY KEY (snapshot_id, position)
) WITHOUT ROWID;
