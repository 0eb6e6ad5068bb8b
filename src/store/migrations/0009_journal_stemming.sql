-- Migration 9: journal search matches English word forms ("daughters" finds "daughter's", "leading" finds
-- "lead"): the full-text index is rebuilt with FTS5's porter stemmer over unicode61, diacritics still
-- removed ("cafe" finds "café") and the same prefix indexes. A tokenizer cannot be changed in place, so the
-- indexed text of every entry (title, plain-text body, answers, tags, under the same date-ordered rowid) is
-- set aside, the table is created anew as in schema.sql and every row is indexed again.
-- Run by store/database.cpp in one transaction.
CREATE TEMP TABLE journal_fts_texts AS SELECT rowid AS key, title, body, answers, tags FROM journal_fts;
DROP TABLE journal_fts;
CREATE VIRTUAL TABLE journal_fts USING fts5 (
  title, body, answers, tags,
  tokenize = 'porter unicode61 remove_diacritics 2',
  prefix = '2 3'
);
INSERT INTO journal_fts (rowid, title, body, answers, tags)
  SELECT key, title, body, answers, tags FROM temp.journal_fts_texts ORDER BY key;
DROP TABLE temp.journal_fts_texts;
