-- The full current schema of a True North database. A new database is created from this file alone;
-- an older one is upgraded by src/store/migrations/, and tests/store/test_migrations.cpp proves both
-- reach the same schema. Keep the two in step: change the schema by appending a migration AND editing here.

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
  id INTEGER PRIMARY KEY,
  statement TEXT NOT NULL,
  saved_at TEXT NOT NULL
);

-- Values, the energetic centre and alignment (migration 2).

-- Decision matrices (migration 3).

-- The reflection journal (migration 4).

-- Goals, career roads and priorities (migration 5).

PRAGMA user_version = 5;
