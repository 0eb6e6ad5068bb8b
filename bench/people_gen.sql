-- Fills a True North database (schema 10 or later, with a finished card sort of five core values) with a
-- heavy People & learning workload: 8 partners, 2,000 check-ins over eight years with two commitments each
-- (the latest five check-ins of each partner leave theirs open), 10,000 feedback items with themes, value
-- stances and five 360 rounds, and 1,000 learning items with reads, two takeaways and a quote each, plus the
-- full-text rows the stores keep, dated up to today. The fifth core value is never mentioned. Run by bench/people_bench.mjs.
PRAGMA synchronous = OFF;
BEGIN;

CREATE TEMP TABLE words (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO words (w) VALUES ('team'),('plan'),('review'),('delegation'),('feedback'),('clear'),('direct'),('calm'),
('meeting'),('roadmap'),('customer'),('release'),('design'),('hiring'),('coaching'),('listened'),('asked'),('trust'),
('deadline'),('priority'),('strategy'),('writing'),('presentation'),('incident'),('support'),('growth'),('promotion'),
('mentor'),('habit'),('focus'),('energy'),('boundaries'),('weekend'),('family'),('courage'),('honest'),('decision'),
('values'),('mission'),('alignment'),('the'),('and'),('a'),('of'),('to'),('you'),('your'),('was'),('is'),('it'),
('in'),('with'),('for'),('on'),('that'),('this'),('when'),('more'),('next'),('week'),('month'),('quarter'),('café'),
('résumé'),('architecture'),('quality'),('patience'),('kindness'),('curious'),('budget'),('stakeholders'),('demo');

CREATE TEMP TABLE pos (j INTEGER PRIMARY KEY);
WITH RECURSIVE c(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM c WHERE j < 40) INSERT INTO pos SELECT j FROM c;

CREATE TEMP TABLE n (i INTEGER PRIMARY KEY);
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 10000) INSERT INTO n SELECT i FROM c;

-- Text of `len` words for row `i` and a `salt` (words picked by a fixed mix of the three).
CREATE TEMP TABLE texts (i INTEGER, salt INTEGER, len INTEGER, body TEXT, PRIMARY KEY (i, salt));
INSERT INTO texts
  SELECT n.i, s.salt, s.len, (SELECT group_concat(w, ' ') FROM (SELECT words.w FROM pos JOIN words
    ON words.i = 1 + ((n.i * 37 + pos.j * (s.salt + 11) + pos.j * pos.j * 7 + s.salt * 5) % 72)
    WHERE pos.j <= s.len ORDER BY pos.j))
  FROM n, (SELECT 1 AS salt, 40 AS len UNION ALL SELECT 2, 20 UNION ALL SELECT 3, 10 UNION ALL SELECT 4, 8) s;

CREATE TEMP TABLE core (rank INTEGER PRIMARY KEY, value_id INTEGER);
INSERT INTO core SELECT t.rank, t.value_id FROM value_sort_top t JOIN value_sorts s ON s.id = t.sort_id
  WHERE s.finished_at IS NOT NULL AND s.id = (SELECT max(id) FROM value_sorts WHERE finished_at IS NOT NULL);

INSERT INTO partners (id, name, role, how_they_help, cadence_weeks, created_at, updated_at)
  SELECT i, 'Partner ' || i, CASE i % 5 WHEN 0 THEN 'mentor' WHEN 1 THEN 'accountability_partner' WHEN 2 THEN 'coach'
    WHEN 3 THEN 'manager' ELSE 'peer' END, 'Helps with ' || (SELECT body FROM texts WHERE texts.i = n.i AND salt = 4),
    CASE WHEN i % 3 = 0 THEN 2 END, '2018-01-01T09:00:00Z', '2018-01-01T09:00:00Z'
  FROM n WHERE i <= 8;

INSERT INTO check_ins (id, partner_id, held_on, agenda, notes, created_at, updated_at)
  SELECT i, 1 + i % 8, date('now', '-2800 days', '+' || (i * 14 / 10) || ' days'),
    (SELECT body FROM texts WHERE texts.i = n.i AND salt = 3), (SELECT body FROM texts WHERE texts.i = n.i AND salt = 1),
    '2018-01-05T09:00:00Z', '2018-01-05T09:00:00Z'
  FROM n WHERE i <= 2000;

INSERT INTO commitments (check_in_id, position, text, owner, due_on, state, closed_on, created_at, updated_at)
  SELECT c.id, p.j - 1, (SELECT body FROM texts WHERE texts.i = c.id AND salt = 4) || ' ' || p.j,
    CASE p.j WHEN 1 THEN 'me' ELSE 'partner' END, date(c.held_on, '+21 days'),
    CASE WHEN c.id > 1960 THEN 'open' ELSE 'done' END, CASE WHEN c.id > 1960 THEN '' ELSE date(c.held_on, '+12 days') END,
    '2018-01-05T09:00:00Z', '2018-01-05T09:00:00Z'
  FROM check_ins c, pos p WHERE p.j <= 2;

INSERT INTO feedback_rounds (id, name, started_on, created_at, updated_at)
  SELECT i, 'Round ' || i, date('now', '-1900 days', '+' || (i * 365) || ' days'), '2019-03-01T09:00:00Z', '2019-03-01T09:00:00Z'
  FROM n WHERE i <= 5;
INSERT INTO feedback_round_people (id, round_id, position, name, source)
  SELECT i, 1 + (i - 1) / 6, (i - 1) % 6, 'Colleague ' || i, CASE (i - 1) % 6 WHEN 0 THEN 'manager' WHEN 1 THEN 'direct_report' ELSE 'peer' END
  FROM n WHERE i <= 30;

INSERT INTO feedback (id, received_on, source, from_name, context, said, reflection, points_to, round_id, round_person_id,
                      created_at, updated_at)
  SELECT i, date('now', '-2900 days', '+' || (i * 29 / 100) || ' days'),
    CASE i % 5 WHEN 0 THEN 'self' WHEN 1 THEN 'peer' WHEN 2 THEN 'direct_report' WHEN 3 THEN 'manager' ELSE 'other' END,
    CASE WHEN i % 3 = 0 THEN 'Colleague ' || (i % 40) ELSE '' END, (SELECT body FROM texts WHERE texts.i = n.i AND salt = 4),
    (SELECT body FROM texts WHERE texts.i = n.i AND salt = 2), (SELECT body FROM texts WHERE texts.i = n.i AND salt = 3),
    CASE i % 3 WHEN 0 THEN 'strength' WHEN 1 THEN 'growth' ELSE '' END,
    CASE WHEN i % 50 = 0 THEN 1 + (i / 50) % 5 END, CASE WHEN i % 50 = 0 THEN (i / 50) % 5 * 6 + 1 + i % 6 END,
    '2018-01-01T09:00:00Z', '2018-01-01T09:00:00Z'
  FROM n;
INSERT INTO feedback_theme_links (feedback_id, position, theme_id) SELECT i, 0, 1 + i % 6 FROM n;
INSERT INTO feedback_theme_links (feedback_id, position, theme_id) SELECT i, 1, 1 + (i + 3) % 6 FROM n WHERE i % 4 = 0;
INSERT INTO feedback_supported_values (feedback_id, position, value_id)
  SELECT i, 0, (SELECT value_id FROM core WHERE rank = 1 + i % 4) FROM n WHERE i % 3 = 0;
INSERT INTO feedback_contradicted_values (feedback_id, position, value_id)
  SELECT i, 0, (SELECT value_id FROM core WHERE rank = 1 + (i + 1) % 4) FROM n WHERE i % 10 = 0;

INSERT INTO learning_items (id, kind, title, author, shelf, progress, rating, created_at, updated_at)
  SELECT i, CASE WHEN i % 10 < 7 THEN 'book' WHEN i % 10 < 8 THEN 'course' WHEN i % 10 < 9 THEN 'talk' ELSE 'article' END,
    'Title ' || i || ' ' || (SELECT body FROM texts WHERE texts.i = n.i AND salt = 4), 'Author ' || (i % 97),
    CASE WHEN i <= 30 THEN 'in_progress' WHEN i <= 80 THEN 'want' WHEN i <= 100 THEN 'stopped' ELSE 'done' END,
    CASE WHEN i <= 30 THEN i * 3 WHEN i > 100 THEN 100 ELSE 0 END, CASE WHEN i > 100 THEN 1 + i % 5 END,
    '2018-01-01T09:00:00Z', '2018-01-01T09:00:00Z'
  FROM n WHERE i <= 1000;
INSERT INTO learning_reads (item_id, position, started_on, finished_on)
  SELECT id, 0, date('2018-01-01', '+' || (id * 3) || ' days'), CASE WHEN shelf = 'done' THEN date('2018-01-01', '+' || (id * 3 + 20) || ' days') ELSE '' END
  FROM learning_items WHERE shelf <> 'want';
INSERT INTO learning_reads (item_id, position, started_on, finished_on)
  SELECT id, 1, date('2025-01-01', '+' || (id % 300) || ' days'), date('2025-01-01', '+' || (id % 300 + 15) || ' days')
  FROM learning_items WHERE shelf = 'done' AND id % 10 = 0;
INSERT INTO learning_notes (id, item_id, kind, text, page, experiment_week, created_at, updated_at)
  SELECT (item.id - 1) * 3 + p.j, item.id, CASE p.j WHEN 3 THEN 'quote' ELSE 'takeaway' END,
    (SELECT body FROM texts WHERE texts.i = item.id * 3 + p.j AND salt = 2), CASE p.j WHEN 3 THEN 10 + item.id % 300 END, '',
    '2018-01-01T09:00:00Z', '2018-01-01T09:00:00Z'
  FROM learning_items item, pos p WHERE p.j <= 3;
INSERT INTO learning_note_values (note_id, position, value_id)
  SELECT id, 0, (SELECT value_id FROM core WHERE rank = 1 + id % 4) FROM learning_notes WHERE id % 3 = 0;

INSERT INTO people_fts (rowid, text)
  SELECT c.id * 4 + 1, c.agenda || char(10) || char(10) || c.notes || char(10) ||
    (SELECT group_concat(text, char(10)) FROM commitments m WHERE m.check_in_id = c.id) FROM check_ins c;
INSERT INTO people_fts (rowid, text)
  SELECT id * 4 + 2, said || char(10) || context || char(10) || reflection || char(10) || from_name FROM feedback;
INSERT INTO people_fts (rowid, text) SELECT id * 4 + 3, text FROM learning_notes;

COMMIT;
