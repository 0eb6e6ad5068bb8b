-- Migration 13: Home and the calendar feed. The workbook's first day (so a new workbook owes no review for
-- the months before it) and whether the first-run path on Home was skipped; the calendar feed's settings.

-- The workbook itself: one row. created_on is the user's local date of the first start ('' until the
-- server has started on it once; an older workbook takes the day of its earliest record).
CREATE TABLE workbook (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  created_on TEXT NOT NULL DEFAULT '',
  first_run_skipped_at TEXT NOT NULL DEFAULT ''  -- when the first-run path was skipped; '' while it shows
);
INSERT INTO workbook (id, created_on) VALUES (1, COALESCE((SELECT substr(MIN(t), 1, 10) FROM (
  SELECT MIN(saved_at) AS t FROM vision_statement_history
  UNION ALL SELECT MIN(started_at) FROM value_sorts
  UNION ALL SELECT MIN(created_at) FROM personal_values
  UNION ALL SELECT MIN(created_at) FROM list_items
  UNION ALL SELECT MIN(created_at) FROM alignment_assessments
  UNION ALL SELECT MIN(created_at) FROM balance_snapshots
  UNION ALL SELECT MIN(created_at) FROM decisions
  UNION ALL SELECT MIN(created_at) FROM journal_entries
  UNION ALL SELECT MIN(created_at) FROM initiatives
  UNION ALL SELECT MIN(created_at) FROM stop_doing_items
  UNION ALL SELECT MIN(created_at) FROM career_roads
  UNION ALL SELECT MIN(created_at) FROM priority_tasks
  UNION ALL SELECT MIN(created_at) FROM partners
  UNION ALL SELECT MIN(created_at) FROM feedback
  UNION ALL SELECT MIN(created_at) FROM learning_items)), ''));

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
