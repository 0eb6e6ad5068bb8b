-- Migration 12: links that save typing. A "lean into" or "avoid / hand off" item of an alignment snapshot
-- links the initiative or stop-doing item it became; a road milestone can be an initiative; a priority
-- gets a due date; a self-care routine gets a frequency and is ticked off in the weekly reflection.
-- Every column is added at the end of its table (ALTER TABLE ADD COLUMN), so no table is rebuilt.

-- What a snapshot's item became (at most one of the two). Deleting the initiative or stop-doing item
-- clears the link; ids are never reused, so a link can only miss, never point at another record.
ALTER TABLE alignment_actions ADD COLUMN initiative_id INTEGER REFERENCES initiatives (id) ON DELETE SET NULL;
ALTER TABLE alignment_actions ADD COLUMN stop_doing_id INTEGER REFERENCES stop_doing_items (id) ON DELETE SET NULL
  CHECK (stop_doing_id IS NULL OR initiative_id IS NULL);
CREATE INDEX alignment_actions_by_initiative ON alignment_actions (initiative_id) WHERE initiative_id IS NOT NULL;
CREATE INDEX alignment_actions_by_stop_doing ON alignment_actions (stop_doing_id) WHERE stop_doing_id IS NOT NULL;

-- A road milestone that is an initiative: its title, date (the finish date) and done state are the
-- initiative's, read from it; title, due_date and done keep the last copy, which is what stays when the
-- initiative is deleted (store/initiatives_store.cpp copies it then and clears the link).
ALTER TABLE road_milestones ADD COLUMN initiative_id INTEGER REFERENCES initiatives (id) ON DELETE SET NULL;
CREATE INDEX road_milestones_by_initiative ON road_milestones (initiative_id) WHERE initiative_id IS NOT NULL;

-- A task's due date, 'YYYY-MM-DD' or '' (the Schedule quadrant asks for one).
ALTER TABLE priority_tasks ADD COLUMN due_date TEXT NOT NULL DEFAULT '';

-- How often a self-care routine is meant to happen ('' for not said); times_per_week for 'per_week' only.
ALTER TABLE list_items ADD COLUMN frequency TEXT NOT NULL DEFAULT ''
  CHECK (frequency IN ('', 'daily', 'per_week', 'weekly', 'monthly'));
ALTER TABLE list_items ADD COLUMN times_per_week INTEGER
  CHECK ((frequency = 'per_week') = (times_per_week IS NOT NULL) AND (times_per_week IS NULL OR times_per_week BETWEEN 2 AND 6));

-- The self-care routines a weekly reflection ticked off: kept (1) or not (0) that week, one row per routine
-- shown. A routine deleted later leaves the reflections too.
CREATE TABLE journal_self_care_ticks (
  entry_id INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL REFERENCES list_items (id) ON DELETE CASCADE,
  kept INTEGER NOT NULL CHECK (kept IN (0, 1)),
  PRIMARY KEY (entry_id, item_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX journal_self_care_ticks_by_item ON journal_self_care_ticks (item_id);
