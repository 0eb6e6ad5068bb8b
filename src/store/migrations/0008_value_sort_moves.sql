-- Migration 8: the card sort keeps every move of the sort in progress, so any number of moves can be
-- undone, also after a reload. Run inside a transaction by store/database.cpp. A sort in progress before
-- this upgrade starts with an empty history.

-- One move of a card in the sort in progress, in order (seq 1 is the first). from_pile NULL: the card was
-- not sorted yet; to_pile NULL: it was taken back out. A move that took a value out of the ranked list
-- keeps its rank and meaning there (top_rank, meaning), so undoing the move puts them back. Undo removes
-- the last move; finishing the sort removes them all.
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
