-- Migration 1: the first schema, the Vision module. Run inside a transaction by store/database.cpp.
CREATE TABLE vision (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  statement TEXT NOT NULL DEFAULT '',
  organisation TEXT NOT NULL DEFAULT '',
  mission TEXT NOT NULL DEFAULT '',
  current_position TEXT NOT NULL DEFAULT '',
  future_position TEXT NOT NULL DEFAULT '',
  horizon_years INTEGER NOT NULL DEFAULT 7 CHECK (horizon_years BETWEEN 5 AND 10),
  version INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL DEFAULT ''
);
INSERT INTO vision (id) VALUES (1);

CREATE TABLE vision_statement_history (
  id INTEGER PRIMARY KEY,
  statement TEXT NOT NULL,
  saved_at TEXT NOT NULL
);
