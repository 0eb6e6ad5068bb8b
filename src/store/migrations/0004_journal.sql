-- Migration 4: The reflection journal. Run inside a transaction by store/database.cpp.
-- Journal entries. `kind` is an id from the domain's kind table (weekly, monthly, free, ...), so new kinds
-- need no schema change. Trashed entries keep their rows and have deleted_at set until restored or purged.
-- value_ids holds the linked core values as a JSON array of integers (no foreign key: values are optional).
CREATE TABLE journal_entries (
  id INTEGER PRIMARY KEY,
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
CREATE INDEX journal_entries_by_date ON journal_entries (entry_date, id) WHERE deleted_at IS NULL;
CREATE INDEX journal_entries_by_kind ON journal_entries (kind, entry_date, id) WHERE deleted_at IS NULL;
CREATE INDEX journal_entries_trash ON journal_entries (deleted_at) WHERE deleted_at IS NOT NULL;

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

-- Full-text index over titles, bodies, text answers and tags. rowid = (days from 1900-01-01 to the entry's
-- date << 32) + entry id, so FTS5 returns matches newest first without sorting. Kept in step by
-- store/journal_store.cpp in the same transaction as every change (trashed entries stay indexed and are
-- filtered out by a join). unicode61 with diacritics removed, so "cafe" finds "café"; prefix indexes for
-- the "word"* terms the search builds.
CREATE VIRTUAL TABLE journal_fts USING fts5 (
  title, body, answers, tags,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
