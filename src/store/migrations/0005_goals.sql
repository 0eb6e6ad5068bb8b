-- Migration 5: Goals, career roads and priorities. Run inside a transaction by store/database.cpp.
-- Performance goals. Dates are 'YYYY-MM-DD' or '' when not set; the rules live in domain/goals.h.
CREATE TABLE initiatives (
  id INTEGER PRIMARY KEY,
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

-- Core values an initiative serves, in the user's order. value_id is a plain integer (no foreign key):
-- the values module owns those ids.
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
  id INTEGER PRIMARY KEY,
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
-- decision_id links a decision of the decisions module (a plain integer, no foreign key).
CREATE TABLE career_roads (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
  decision_id INTEGER CHECK (decision_id > 0),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX career_roads_one_current ON career_roads (is_current) WHERE is_current = 1;

CREATE TABLE road_milestones (
  road_id INTEGER NOT NULL REFERENCES career_roads (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  due_date TEXT NOT NULL DEFAULT '',
  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  PRIMARY KEY (road_id, position)
) WITHOUT ROWID;

-- Every change of the current road. Names are copied so the record outlives a deleted road.
CREATE TABLE road_switches (
  id INTEGER PRIMARY KEY,
  from_road_id INTEGER,
  from_name TEXT NOT NULL DEFAULT '',
  to_road_id INTEGER,
  to_name TEXT NOT NULL,
  switched_at TEXT NOT NULL
);

-- Tasks on the urgent/important matrix; done ones leave the board but are kept.
CREATE TABLE priority_tasks (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  quadrant TEXT NOT NULL CHECK (quadrant IN ('do', 'schedule', 'delegate', 'drop')),
  initiative_id INTEGER REFERENCES initiatives (id) ON DELETE SET NULL,
  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  done_at TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX priority_tasks_open ON priority_tasks (done, quadrant);
CREATE INDEX priority_tasks_by_initiative ON priority_tasks (initiative_id);
