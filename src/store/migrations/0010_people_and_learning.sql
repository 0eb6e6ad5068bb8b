-- Migration 10: People and learning. Accountability partners and their check-ins with commitments, the
-- feedback log with its themes, value stances and 360 rounds, the learning list with its reads,
-- takeaways and quotes, and one full-text index over check-ins, feedback and learning notes.
-- Core-value links are join tables shaped like initiative_values (record key, position, value_id).

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
