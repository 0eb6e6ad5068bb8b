-- Fills a fresh True North database (created from schema.sql) with 100,000 journal entries of realistic
-- length: free entries of 3-12 sentences, weekly reflections with 4 answers, monthly reviews with 4 answers
-- and a rating, 0-3 tags each, dates from 2000 to 2026. Words follow a skewed (Zipf-like) distribution over
-- a vocabulary of common English words plus ~3,000 rarer invented words. Run by bench/journal_bench.sh.
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA temp_store = MEMORY;

CREATE TEMP TABLE base_words (w TEXT);
INSERT INTO base_words VALUES ('i'),('the'),('and'),('to'),('a'),('of'),('my'),('was'),('it'),('in'),('that'),
('with'),('for'),('this'),('week'),('team'),('on'),('me'),('about'),('but'),('we'),('time'),('work'),('more'),
('felt'),('not'),('next'),('what'),('when'),('so'),('had'),('be'),('meeting'),('they'),('how'),('learned'),
('project'),('feedback'),('manager'),('again'),('better'),('need'),('want'),('could'),('should'),('would'),
('energy'),('focus'),('family'),('home'),('plan'),('decision'),('values'),('growth'),('challenge'),('conversation'),
('difficult'),('calm'),('tired'),('proud'),('anxious'),('curious'),('grateful'),('deadline'),('release'),
('customer'),('roadmap'),('strategy'),('hiring'),('interview'),('promotion'),('delegate'),('delegation'),
('boundary'),('boundaries'),('evening'),('morning'),('weekend'),('travel'),('health'),('sleep'),('exercise'),
('running'),('reading'),('book'),('mentor'),('coach'),('peer'),('report'),('colleague'),('director'),('budget'),
('priority'),('priorities'),('urgent'),('important'),('balance'),('purpose'),('mission'),('alignment'),
('listen'),('listened'),('asked'),('question'),('answer'),('mistake'),('failure'),('success'),('win'),('small'),
('big'),('long'),('short'),('day'),('days'),('month'),('year'),('kids'),('partner'),('friends'),('dinner'),
('walk'),('nature'),('music'),('learning'),('course'),('skill'),('strength'),('passion'),('email'),('slack'),
('calendar'),('overtime'),('stress'),('rest'),('pause'),('reflect'),('honest'),('trust'),('respect'),('help'),
('helped'),('support'),('review'),('retro'),('incident'),('outage'),('launch'),('demo'),('presentation'),
('speaking'),('writing'),('design'),('architecture'),('code'),('testing'),('quality'),('speed'),('patience'),
('kindness'),('courage'),('fear'),('doubt'),('confidence'),('clarity'),('direction'),('north'),('compass'),
('habit'),('routine'),('journal'),('gratitude'),('lesson'),('differently'),('try'),('tried'),('change'),
('changed'),('improve'),('improved'),('because'),('still'),('finally'),('almost'),('really'),('quite'),
('café'),('naïve'),('résumé'),('Zürich'),('Müller'),('São'),('Paulo'),('straße'),('façade'),('coöperate');

CREATE TEMP TABLE syll (s TEXT);
INSERT INTO syll VALUES ('ka'),('lo'),('mi'),('ren'),('tor'),('sa'),('vel'),('din'),('pa'),('gu'),('ber'),
('nis'),('ol'),('ex'),('ur'),('zan');

CREATE TEMP TABLE vocab (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO vocab (w) SELECT w FROM base_words;
INSERT INTO vocab (w) SELECT a.s || b.s || c.s FROM syll a, syll b, syll c ORDER BY random() LIMIT 3000;

CREATE TEMP TABLE pos (j INTEGER PRIMARY KEY);
WITH RECURSIVE n(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM n WHERE j < 20) INSERT INTO pos SELECT j FROM n;

-- 5,000 sentences of 6-19 words.
CREATE TEMP TABLE sentences (i INTEGER PRIMARY KEY, s TEXT);
CREATE TEMP TABLE sentence_words AS
  WITH RECURSIVE sid(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM sid WHERE k < 5000)
  SELECT k, j, 1 + CAST((SELECT count(*) FROM vocab) * pow((abs(random()) % 1000000) / 1000000.0, 4.0) AS INTEGER) AS wi
  FROM sid JOIN pos ON pos.j <= 6 + (k * 7919) % 14;
INSERT INTO sentences (i, s)
  SELECT k, upper(substr(t, 1, 1)) || substr(t, 2) || '.'
  FROM (SELECT k, group_concat(w, ' ') AS t
        FROM (SELECT sw.k, sw.j, v.w FROM sentence_words sw JOIN vocab v ON v.i = sw.wi ORDER BY sw.k, sw.j)
        GROUP BY k);

-- The entries, roughly chronological with some jitter (people write about earlier days too).
WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 100000)
INSERT INTO journal_entries (id, kind, entry_date, title, body, excerpt, mood, energy, version, created_at, updated_at)
SELECT k,
       CASE WHEN k % 10 = 0 THEN 'weekly' WHEN k % 30 = 1 THEN 'monthly' ELSE 'free' END,
       date('2000-01-03', '+' || (k * 9540 / 100000 + abs(random()) % 4) || ' days'),
       '', '', '',
       CASE WHEN k % 4 = 0 THEN NULL ELSE 1 + abs(random()) % 5 END,
       CASE WHEN k % 5 = 0 THEN NULL ELSE 1 + abs(random()) % 5 END,
       1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM n;
-- Every third entry is linked to one of seven core values.
INSERT INTO journal_entry_values (entry_id, position, value_id)
  SELECT id, 0, 1 + id % 7 FROM journal_entries WHERE id % 3 = 0;

CREATE TEMP TABLE slots (kind TEXT, slot TEXT, min_s INTEGER, spread INTEGER);
INSERT INTO slots VALUES ('free', 'body', 3, 10),
  ('weekly', 'challenges', 1, 3), ('weekly', 'response', 1, 3), ('weekly', 'learned', 1, 2), ('weekly', 'next_week', 1, 2),
  ('monthly', 'milestones', 1, 3), ('monthly', 'enjoyed', 1, 3), ('monthly', 'out_of_balance', 1, 2), ('monthly', 'adjustments', 1, 2);

CREATE TEMP TABLE picks AS
  SELECT e.id AS entry_id, s.slot, p.j, 1 + abs(random()) % 5000 AS sid
  FROM journal_entries e JOIN slots s ON s.kind = e.kind
  JOIN pos p ON p.j <= s.min_s + (e.id * 7 + length(s.slot)) % s.spread;
CREATE TEMP TABLE parts AS
  SELECT entry_id, slot, group_concat(s, ' ') AS t
  FROM (SELECT p.entry_id, p.slot, p.j, x.s FROM picks p JOIN sentences x ON x.i = p.sid ORDER BY p.entry_id, p.slot, p.j)
  GROUP BY entry_id, slot;
CREATE INDEX temp.parts_entry ON parts (entry_id, slot);

UPDATE journal_entries SET body = parts.t FROM parts WHERE parts.entry_id = journal_entries.id AND parts.slot = 'body';
INSERT INTO journal_answers (entry_id, prompt_key, text_value, rating)
  SELECT entry_id, slot, t, NULL FROM parts WHERE slot <> 'body';
INSERT INTO journal_answers (entry_id, prompt_key, text_value, rating)
  SELECT id, 'values_fit', NULL, 1 + abs(random()) % 5 FROM journal_entries WHERE kind = 'monthly';

UPDATE journal_entries SET
  title = CASE kind
    WHEN 'weekly' THEN 'Week ' || CAST(strftime('%W', entry_date) AS INTEGER) || ', ' || substr(entry_date, 1, 4) || ' reflection'
    WHEN 'monthly' THEN 'Review of ' || substr(entry_date, 1, 7)
    ELSE rtrim(substr(body, 1, 20 + id % 30), ' .') END,
  excerpt = substr(CASE WHEN body <> '' THEN body
                        ELSE (SELECT group_concat(text_value, ' ') FROM journal_answers a WHERE a.entry_id = journal_entries.id) END, 1, 239) || '…';

CREATE TEMP TABLE tag_names (i INTEGER PRIMARY KEY, name TEXT);
INSERT INTO tag_names (name) VALUES ('work'),('family'),('health'),('team'),('feedback'),('career'),('learning'),
('boundaries'),('leadership'),('energy'),('money'),('travel'),('friends'),('reading'),('sleep'),('hiring'),
('conflict'),('wins'),('decisions'),('mentoring'),('writing'),('focus'),('burnout'),('gratitude'),('planning'),
('values'),('promotion'),('side-project'),('kids'),('running');
INSERT INTO journal_entry_tags (entry_id, tag, position)
  SELECT e.id, t.name, t.i FROM journal_entries e JOIN tag_names t ON (e.id * 13 + t.i * 7) % 23 = 0;

INSERT INTO journal_fts (rowid, title, body, answers, tags)
  SELECT ((CAST(julianday(e.entry_date) - 2415020.5 AS INTEGER) << 32) + e.id), e.title, e.body,
         coalesce((SELECT group_concat(text_value, char(10) || char(10)) FROM journal_answers
                   WHERE entry_id = e.id AND text_value IS NOT NULL), ''),
         coalesce((SELECT group_concat(tag, ' ') FROM journal_entry_tags WHERE entry_id = e.id), '')
  FROM journal_entries e;
INSERT INTO journal_fts (journal_fts) VALUES ('optimize');
ANALYZE;
