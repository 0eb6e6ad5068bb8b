-- The full current schema of a True North database. A new database is created from this file alone;
-- an older one is upgraded by src/store/migrations/, and tests/store/test_migrations.cpp proves both
-- reach the same schema. Keep the two in step: change the schema by appending a migration AND editing here.
-- Every surrogate id is AUTOINCREMENT (migration 6): a deleted record's id is never given to a new one, so
-- a link or bookmark to it can only miss, never lead to an unrelated record.

-- Vision: exactly one row holding the current vision, organisation and positions.
CREATE TABLE vision (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  statement TEXT NOT NULL DEFAULT '',
  organisation TEXT NOT NULL DEFAULT '',
  mission TEXT NOT NULL DEFAULT '',
  current_position TEXT NOT NULL DEFAULT '',
  future_position TEXT NOT NULL DEFAULT '',
  horizon_years INTEGER NOT NULL DEFAULT 7 CHECK (horizon_years BETWEEN 5 AND 10),
  version INTEGER NOT NULL DEFAULT 0,       -- optimistic concurrency: bumped on every change
  updated_at TEXT NOT NULL DEFAULT ''       -- ISO 8601 UTC of the last change
);
INSERT INTO vision (id) VALUES (1);

-- Every distinct statement ever saved, the newest being the current one.
CREATE TABLE vision_statement_history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  statement TEXT NOT NULL,
  saved_at TEXT NOT NULL
);

-- Values, the energetic centre and alignment (migration 2).
-- Every value the person has used: a built-in one (catalog_slug, name and definition come from the
-- catalogue in the binary) gets a row the first time it is sorted; a custom one has its own name.
-- The id is stable, so other modules can link to a core value across re-sorts.
CREATE TABLE personal_values (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
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
  id INTEGER PRIMARY KEY AUTOINCREMENT,
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

-- One move of a card in the sort in progress, in order (seq 1 is the first; migration 8). from_pile NULL:
-- the card was not sorted yet; to_pile NULL: it was taken back out. A move that took a value out of the
-- ranked list keeps its rank and meaning there (top_rank, meaning), so undoing the move puts them back.
-- Undo removes the last move; finishing the sort removes them all.
CREATE TABLE value_sort_moves (
  sort_id INTEGER NOT NULL REFERENCES value_sorts (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL CHECK (seq > 0),
  value_id INTEGER NOT NULL REFERENCES personal_values (id) ON DELETE CASCADE,
  from_pile TEXT CHECK (from_pile IN ('very_important', 'important', 'not_important')),
  to_pile TEXT CHECK (to_pile IN ('very_important', 'important', 'not_important')),
  top_rank INTEGER CHECK (top_rank BETWEEN 1 AND 10),
  meaning TEXT NOT NULL DEFAULT '',
  moved_at TEXT NOT NULL,
  PRIMARY KEY (sort_id, seq)
) STRICT, WITHOUT ROWID;

-- The ordered lists the person keeps: skills, strengths, passions, boundaries and self-care routines.
CREATE TABLE list_items (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  list TEXT NOT NULL CHECK (list IN ('skills', 'strengths', 'passions', 'boundaries', 'self_care')),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- How often a self-care routine is meant to happen ('' for not said; migration 12); times_per_week for
  -- 'per_week' only.
  frequency TEXT NOT NULL DEFAULT '' CHECK (frequency IN ('', 'daily', 'per_week', 'weekly', 'monthly')),
  times_per_week INTEGER
    CHECK ((frequency = 'per_week') = (times_per_week IS NOT NULL) AND (times_per_week IS NULL OR times_per_week BETWEEN 2 AND 6))
);
CREATE INDEX list_items_by_list ON list_items (list, position);

-- A dated alignment snapshot: every rated item against the mission as it read that day. Scores are
-- computed from the ratings when read, so the rule lives in one place (domain/alignment.cpp).
CREATE TABLE alignment_assessments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
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

-- The practical output of a snapshot: kinds of work to lean into, and to avoid or hand off. An item can
-- become an initiative or a stop-doing item (at most one of the two, migration 12); deleting that record
-- clears the link. Editing the lists keeps an item's link as long as its text stays the same.
CREATE TABLE alignment_actions (
  assessment_id INTEGER NOT NULL REFERENCES alignment_assessments (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('lean_into', 'hand_off')),
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  initiative_id INTEGER REFERENCES initiatives (id) ON DELETE SET NULL,
  stop_doing_id INTEGER REFERENCES stop_doing_items (id) ON DELETE SET NULL
  CHECK (stop_doing_id IS NULL OR initiative_id IS NULL),
  PRIMARY KEY (assessment_id, kind, position)
) WITHOUT ROWID;
CREATE INDEX alignment_actions_by_initiative ON alignment_actions (initiative_id) WHERE initiative_id IS NOT NULL;
CREATE INDEX alignment_actions_by_stop_doing ON alignment_actions (stop_doing_id) WHERE stop_doing_id IS NOT NULL;

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
  id INTEGER PRIMARY KEY AUTOINCREMENT,
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

-- Decision matrices (migration 3).
-- A decision weighed in a matrix. The record (choice actually made) and the review live in the same row;
-- status says which of them are set. One version covers the whole decision (matrix, record, review).
CREATE TABLE decisions (
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
CREATE INDEX decisions_by_status ON decisions (status, updated_at);

-- Options and criteria in the user's order (position 0, 1, ...), replaced as a whole on every save.
CREATE TABLE decision_options (
  decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 19),
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (decision_id, position)
) WITHOUT ROWID;

CREATE TABLE decision_criteria (
  decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 19),
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  lower_is_better INTEGER NOT NULL DEFAULT 0 CHECK (lower_is_better IN (0, 1)),
  points REAL NOT NULL DEFAULT 0 CHECK (points BETWEEN 0 AND 100),
  PRIMARY KEY (decision_id, position)
) WITHOUT ROWID;

-- The core value a criterion weighs (at most one, so the criterion's key is the link's; migration 7).
-- Like every core-value link (see initiative_values): value_id is a plain personal_values id, no foreign key.
CREATE TABLE decision_criterion_values (
  decision_id INTEGER NOT NULL,
  position INTEGER NOT NULL,
  value_id INTEGER NOT NULL CHECK (value_id > 0),
  PRIMARY KEY (decision_id, position),
  FOREIGN KEY (decision_id, position) REFERENCES decision_criteria (decision_id, position) ON DELETE CASCADE
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


-- The reflection journal (migration 4).
-- Journal entries. `kind` is an id from the domain's kind table (weekly, monthly, free, ...), so new kinds
-- need no schema change. Trashed entries keep their rows and have deleted_at set until restored or purged.
-- Linked core values are in journal_entry_values.
CREATE TABLE journal_entries (
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
CREATE INDEX journal_entries_by_date ON journal_entries (entry_date, id) WHERE deleted_at IS NULL;
CREATE INDEX journal_entries_by_kind ON journal_entries (kind, entry_date, id) WHERE deleted_at IS NULL;
CREATE INDEX journal_entries_trash ON journal_entries (deleted_at) WHERE deleted_at IS NOT NULL;

-- The core values an entry is linked to, in the user's order (migration 7; shaped like initiative_values).
CREATE TABLE journal_entry_values (
  entry_id INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  value_id INTEGER NOT NULL CHECK (value_id > 0),
  PRIMARY KEY (entry_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX journal_entry_values_by_value ON journal_entry_values (value_id, entry_id);

-- Answers to the kind's prompts, one row per prompt: text answers in text_value, ratings in rating.
CREATE TABLE journal_answers (
  entry_id INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
  prompt_key TEXT NOT NULL,
  text_value TEXT,
  rating INTEGER CHECK (rating BETWEEN 1 AND 5),
  PRIMARY KEY (entry_id, prompt_key),
  CHECK ((text_value IS NULL) <> (rating IS NULL))
) STRICT, WITHOUT ROWID;
CREATE INDEX journal_answers_by_prompt ON journal_answers (prompt_key, entry_id);

-- Tags of an entry, in the order the user gave them.
CREATE TABLE journal_entry_tags (
  entry_id INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
  tag TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (entry_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX journal_entry_tags_by_tag ON journal_entry_tags (tag, entry_id);

-- The self-care routines a weekly reflection ticked off (migration 12): kept (1) or not (0) that week, one
-- row per routine shown. A routine deleted later leaves the reflections too.
CREATE TABLE journal_self_care_ticks (
  entry_id INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL REFERENCES list_items (id) ON DELETE CASCADE,
  kept INTEGER NOT NULL CHECK (kept IN (0, 1)),
  PRIMARY KEY (entry_id, item_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX journal_self_care_ticks_by_item ON journal_self_care_ticks (item_id);

-- Full-text index over titles, bodies, text answers and tags. rowid = (days from 1900-01-01 to the entry's
-- date << 32) + entry id, so FTS5 returns matches newest first without sorting. Kept in step by
-- store/journal_store.cpp in the same transaction as every change (trashed entries stay indexed and are
-- filtered out by a join). The porter stemmer over unicode61 with diacritics removed (migration 9), so
-- "leading" finds "lead", "daughters" finds "daughter's" and "cafe" finds "café"; prefix indexes for the
-- "word"* terms the search builds.
CREATE VIRTUAL TABLE journal_fts USING fts5 (
  title, body, answers, tags,
  tokenize = 'porter unicode61 remove_diacritics 2',
  prefix = '2 3'
);

-- Goals, career roads and priorities (migration 5).
-- Performance goals. Dates are 'YYYY-MM-DD' or '' when not set; the rules live in domain/goals.h.
CREATE TABLE initiatives (
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
CREATE INDEX initiatives_by_status ON initiatives (status);

-- Core values an initiative serves, in the user's order: the shape of every core-value link (migration 7).
-- value_id is a plain integer (no foreign key): the values module owns those ids, and a link to a value
-- deleted later shows as no longer there.
CREATE TABLE initiative_values (
  initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  value_id INTEGER NOT NULL CHECK (value_id > 0),
  PRIMARY KEY (initiative_id, position)
) WITHOUT ROWID;

CREATE TABLE initiative_milestones (
  initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  due_date TEXT NOT NULL DEFAULT '',
  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  PRIMARY KEY (initiative_id, position)
) WITHOUT ROWID;

-- What is cancelled, postponed or delegated to make room; done items stay as a record.
CREATE TABLE stop_doing_items (
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
CREATE INDEX stop_doing_by_initiative ON stop_doing_items (initiative_id);

-- Career roads from where the user is to where they want to be; at most one is current.
-- decision_id links a decision of the decisions module (a plain integer, no foreign key): deleting the
-- decision clears it (store/decision_store.cpp).
CREATE TABLE career_roads (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
  decision_id INTEGER CHECK (decision_id > 0),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX career_roads_one_current ON career_roads (is_current) WHERE is_current = 1;

-- A milestone with initiative_id set is that initiative (migration 12): its title, date (the finish date)
-- and done state are the initiative's, read from it; title, due_date and done keep the last copy, which is
-- what stays when the initiative is deleted (store/initiatives_store.cpp copies it then and clears the link).
CREATE TABLE road_milestones (
  road_id INTEGER NOT NULL REFERENCES career_roads (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  due_date TEXT NOT NULL DEFAULT '',
  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  initiative_id INTEGER REFERENCES initiatives (id) ON DELETE SET NULL,
  PRIMARY KEY (road_id, position)
) WITHOUT ROWID;
CREATE INDEX road_milestones_by_initiative ON road_milestones (initiative_id) WHERE initiative_id IS NOT NULL;

-- Every change of the current road. Names are copied so the record outlives a deleted road.
CREATE TABLE road_switches (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  from_road_id INTEGER,
  from_name TEXT NOT NULL DEFAULT '',
  to_road_id INTEGER,
  to_name TEXT NOT NULL,
  switched_at TEXT NOT NULL
);

-- Tasks on the urgent/important matrix; done ones leave the board but are kept.
CREATE TABLE priority_tasks (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  title TEXT NOT NULL,
  quadrant TEXT NOT NULL CHECK (quadrant IN ('do', 'schedule', 'delegate', 'drop')),
  initiative_id INTEGER REFERENCES initiatives (id) ON DELETE SET NULL,
  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  done_at TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  due_date TEXT NOT NULL DEFAULT ''         -- 'YYYY-MM-DD' or '' (migration 12)
);
CREATE INDEX priority_tasks_open ON priority_tasks (done, quadrant);
CREATE INDEX priority_tasks_by_initiative ON priority_tasks (initiative_id);

-- People and learning (migration 10): accountability partners and their check-ins with commitments, the
-- feedback log with its themes, value stances and 360 rounds, the learning list with its reads,
-- takeaways and quotes, and one full-text index over check-ins, feedback and learning notes.

-- People the user meets for accountability. cadence_weeks NULL means monthly.
CREATE TABLE partners (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('mentor', 'accountability_partner', 'coach', 'manager', 'peer')),
  how_they_help TEXT NOT NULL DEFAULT '',
  cadence_weeks INTEGER CHECK (cadence_weeks BETWEEN 1 AND 26),
  last_met_on TEXT NOT NULL DEFAULT '',     -- 'YYYY-MM-DD' the user gave, or ''; logged check-ins count too
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- A check-in with a partner: the agenda prepared beforehand and the notes.
CREATE TABLE check_ins (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
  held_on TEXT NOT NULL,                    -- 'YYYY-MM-DD'
  agenda TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX check_ins_by_partner ON check_ins (partner_id, held_on, id);
CREATE INDEX check_ins_by_date ON check_ins (held_on, id);

-- What was committed to in a check-in. An open one is carried onto the partner's later check-ins until it
-- is closed (closed_on). Put on the priorities matrix or turned into a milestone, it links that record
-- (task_id, or initiative_id with the milestone titled like the commitment) instead of copying it.
CREATE TABLE commitments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  check_in_id INTEGER NOT NULL REFERENCES check_ins (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT 'me' CHECK (owner IN ('me', 'partner', 'both')),
  due_on TEXT NOT NULL DEFAULT '',          -- 'YYYY-MM-DD' or ''
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'dropped', 'priority', 'milestone')),
  drop_reason TEXT NOT NULL DEFAULT '',
  closed_on TEXT NOT NULL DEFAULT '',       -- the day it stopped being open, '' while open
  task_id INTEGER REFERENCES priority_tasks (id) ON DELETE SET NULL,
  initiative_id INTEGER REFERENCES initiatives (id) ON DELETE SET NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((state = 'open') = (closed_on = ''))
);
CREATE INDEX commitments_by_check_in ON commitments (check_in_id, position);
CREATE INDEX commitments_open ON commitments (state, due_on) WHERE state = 'open';
CREATE INDEX commitments_by_task ON commitments (task_id) WHERE task_id IS NOT NULL;
CREATE INDEX commitments_by_initiative ON commitments (initiative_id) WHERE initiative_id IS NOT NULL;

-- The themes feedback is tagged with (a new workbook starts with six; editable) and their version.
CREATE TABLE feedback_themes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  position INTEGER NOT NULL,
  name TEXT NOT NULL
);
INSERT INTO feedback_themes (position, name) VALUES
  (0, 'Communication'), (1, 'Delivery'), (2, 'Collaboration'), (3, 'Strategy'), (4, 'People leadership'),
  (5, 'Technical depth');

CREATE TABLE feedback_theme_set (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO feedback_theme_set (id) VALUES (1);

-- A 360 round and who was asked in it, across sources. No email is sent: it is the user's own record.
CREATE TABLE feedback_rounds (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  started_on TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE feedback_round_people (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  round_id INTEGER NOT NULL REFERENCES feedback_rounds (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('self', 'peer', 'direct_report', 'manager', 'other'))
);
CREATE INDEX feedback_round_people_by_round ON feedback_round_people (round_id, position);

-- Feedback received: who said it, the words as said, the user's reflection, and what it points to.
CREATE TABLE feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  received_on TEXT NOT NULL,                -- 'YYYY-MM-DD'
  source TEXT NOT NULL CHECK (source IN ('self', 'peer', 'direct_report', 'manager', 'other')),
  from_name TEXT NOT NULL DEFAULT '',
  context TEXT NOT NULL DEFAULT '',
  said TEXT NOT NULL,
  reflection TEXT NOT NULL DEFAULT '',
  points_to TEXT NOT NULL DEFAULT '' CHECK (points_to IN ('', 'strength', 'growth')),
  round_id INTEGER REFERENCES feedback_rounds (id) ON DELETE SET NULL,
  round_person_id INTEGER REFERENCES feedback_round_people (id) ON DELETE SET NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX feedback_by_date ON feedback (received_on, id);
CREATE INDEX feedback_by_source ON feedback (source, received_on, id);
CREATE INDEX feedback_by_round ON feedback (round_id) WHERE round_id IS NOT NULL;
CREATE INDEX feedback_by_round_person ON feedback (round_person_id) WHERE round_person_id IS NOT NULL;
-- What the summary views count, in id order: read whole without the texts (store/feedback_store.cpp).
CREATE INDEX feedback_facts ON feedback (id, received_on, source, points_to);

CREATE TABLE feedback_theme_links (
  feedback_id INTEGER NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  theme_id INTEGER NOT NULL REFERENCES feedback_themes (id) ON DELETE CASCADE,
  PRIMARY KEY (feedback_id, position)
) WITHOUT ROWID;
CREATE INDEX feedback_theme_links_by_theme ON feedback_theme_links (theme_id, feedback_id);

-- The core values a piece of feedback supports, and those it contradicts (value_id: a personal_values id).
CREATE TABLE feedback_supported_values (
  feedback_id INTEGER NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  value_id INTEGER NOT NULL CHECK (value_id > 0),
  PRIMARY KEY (feedback_id, position)
) WITHOUT ROWID;
CREATE INDEX feedback_supported_values_by_value ON feedback_supported_values (value_id, feedback_id);

CREATE TABLE feedback_contradicted_values (
  feedback_id INTEGER NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  value_id INTEGER NOT NULL CHECK (value_id > 0),
  PRIMARY KEY (feedback_id, position)
) WITHOUT ROWID;
CREATE INDEX feedback_contradicted_values_by_value ON feedback_contradicted_values (value_id, feedback_id);

-- The learning list: books, courses, talks and articles on shelves. starter_key is set for an item added
-- from the starting list the app offers, so it is offered only while missing.
CREATE TABLE learning_items (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('book', 'course', 'talk', 'article')),
  title TEXT NOT NULL,
  author TEXT NOT NULL DEFAULT '',
  shelf TEXT NOT NULL CHECK (shelf IN ('want', 'in_progress', 'done', 'stopped')),
  progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  rating INTEGER CHECK (rating BETWEEN 1 AND 5),
  starter_key TEXT UNIQUE,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX learning_items_by_shelf ON learning_items (shelf, id);

-- Each time through an item, oldest first: a re-read is a new row.
CREATE TABLE learning_reads (
  item_id INTEGER NOT NULL REFERENCES learning_items (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  started_on TEXT NOT NULL DEFAULT '',
  finished_on TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (item_id, position)
) WITHOUT ROWID;

-- Takeaways and quotes, kept apart by kind. A takeaway can become an initiative (initiative_id) or a
-- weekly experiment (experiment_week: the Monday of the week to try it).
CREATE TABLE learning_notes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  item_id INTEGER NOT NULL REFERENCES learning_items (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('takeaway', 'quote')),
  text TEXT NOT NULL,
  page INTEGER CHECK (page BETWEEN 1 AND 100000),
  initiative_id INTEGER REFERENCES initiatives (id) ON DELETE SET NULL,
  experiment_week TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX learning_notes_by_item ON learning_notes (item_id, id);
CREATE INDEX learning_notes_experiments ON learning_notes (experiment_week) WHERE experiment_week <> '';
CREATE INDEX learning_notes_by_initiative ON learning_notes (initiative_id) WHERE initiative_id IS NOT NULL;

CREATE TABLE learning_note_values (
  note_id INTEGER NOT NULL REFERENCES learning_notes (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  value_id INTEGER NOT NULL CHECK (value_id > 0),
  PRIMARY KEY (note_id, position)
) WITHOUT ROWID;

-- Full-text index over check-ins (agenda, notes, commitments), feedback (what was said, context,
-- reflection, who) and takeaways and quotes. rowid = record id * 4 + kind (1 check-in, 2 feedback,
-- 3 learning note); kept in step by store/people_index.cpp in the same transaction as every change.
CREATE VIRTUAL TABLE people_fts USING fts5 (
  text,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

-- The monthly review (migration 11). What a monthly review entry (journal_entries of kind 'monthly') found
-- in its month, frozen when the review was saved, so an old review shows what was true then: the balance
-- and alignment snapshots it re-rated with last month's beside them (ids, and the scores as copies that
-- outlive a deleted snapshot), the counts of the month, each boundary and self-care routine kept or slipped
-- with a note, the initiatives as they stood, and the month's reflections, decisions due, check-ins,
-- feedback and finished learning by title.
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

-- Home and the calendar feed (migration 13).
-- The workbook itself: one row. created_on is the user's local date of the first start ('' until the
-- server has started on it once; an older workbook takes the day of its earliest record).
CREATE TABLE workbook (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  created_on TEXT NOT NULL DEFAULT '',
  first_run_skipped_at TEXT NOT NULL DEFAULT ''  -- when the first-run path was skipped; '' while it shows
);
INSERT INTO workbook (id) VALUES (1);

-- The calendar feed: off until the user turns it on, which gives it its secret (the feed's address:
-- /calendar/<secret>.ics). A new secret makes the old address answer 404. The weekly reflection's slot is
-- an ISO weekday (1 = Monday) and minutes after midnight, local time.
CREATE TABLE calendar_feed (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
  secret TEXT NOT NULL DEFAULT '' CHECK (secret = '' OR length(secret) = 64),
  reflection_weekday INTEGER NOT NULL DEFAULT 5 CHECK (reflection_weekday BETWEEN 1 AND 7),
  reflection_minute INTEGER NOT NULL DEFAULT 960 CHECK (reflection_minute BETWEEN 0 AND 1439),
  reflection_from TEXT NOT NULL DEFAULT '',  -- the local day the slot was last set: it repeats from that week
  version INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL DEFAULT '',
  CHECK (enabled = 0 OR (secret <> '' AND updated_at <> ''))
);
INSERT INTO calendar_feed (id) VALUES (1);

PRAGMA user_version = 13;
