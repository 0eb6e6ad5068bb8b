// Reads and writes journal entries: answers, tags, the trash, lists, full-text search, tags and lessons.
#include "store/journal_store.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "domain/markdown.h"
#include "domain/search_highlight.h"
#include "domain/search_query.h"
#include "domain/text.h"
#include "store/fts_tokenizer.h"
#include "store/self_care_ticks.h"
#include "store/value_links.h"

namespace tn {
namespace {

Status not_found(std::int64_t id) { return Status::NotFound("there is no journal entry " + std::to_string(id)); }

// Full-text rows are keyed by date, then id: rowid = (days since 1900-01-01 << 32) + entry id. FTS5 walks
// rowids in order without sorting, so "newest first" and date ranges cost the page, not the match count.
// bench/journal_gen.sql computes the same key.
std::string fts_key(const std::string& date_sql, const std::string& id_sql) {
  return "((CAST(julianday(" + date_sql + ") - 2415020.5 AS INTEGER) << 32) + " + id_sql + ")";
}
constexpr const char* kIdOfKey = "(journal_fts.rowid & 4294967295)";

// Relevance ranks the newest matches up to this many, so a very common word costs a bounded amount.
constexpr int kRankedCandidates = 500;

// The tokenize option of journal_fts in schema.sql: the marks fall where FTS5 matched only when they agree.
constexpr std::string_view kJournalTokenizer = "porter unicode61 remove_diacritics 2";
// A snippet is about this many tokens long; results stay small whatever the text (one 100,000-letter word
// would otherwise come back whole in every hit): each segment is cut to 120 characters, 480 in all.
constexpr std::size_t kSnippetTokens = 24;
constexpr std::size_t kSegmentMaxChars = 120;
constexpr std::size_t kSegmentsMaxChars = 480;

constexpr const char* kSummaryColumns =
    "e.id, e.kind, e.entry_date, e.title, e.excerpt, e.mood, e.energy, e.updated_at, e.deleted_at, "
    "(SELECT json_group_array(tag) FROM (SELECT tag FROM journal_entry_tags WHERE entry_id = e.id "
    "ORDER BY position))";
constexpr int kSummaryColumnCount = 10;

std::vector<std::string> string_list(const std::string& json_text) {
  std::vector<std::string> out;
  const auto parsed = nlohmann::json::parse(json_text, nullptr, false);
  if (!parsed.is_array()) return out;
  for (const auto& item : parsed) {
    if (item.is_string()) out.push_back(item.get<std::string>());
  }
  return out;
}

EntrySummary read_summary(const Statement& st) {
  EntrySummary s;
  s.id = st.int64(0);
  s.kind = st.text(1);
  s.date = st.text(2);
  s.title = st.text(3);
  s.excerpt = st.text(4);
  s.mood = st.optional_int(5);
  s.energy = st.optional_int(6);
  s.updated_at = st.text(7);
  s.deleted_at = st.optional_text(8);
  s.tags = string_list(st.text(9));
  return s;
}

// Text answers in the kind's prompt order, for the excerpt and the full-text index.
std::string answers_text(const NormalisedEntry& entry, const char* separator) {
  std::string out;
  for (const PromptSpec& prompt : entry.kind->prompts) {
    const auto it = entry.answers.find(std::string(prompt.key));
    if (it == entry.answers.end()) continue;
    if (const auto* text = std::get_if<std::string>(&it->second)) {
      if (!out.empty()) out += separator;
      out += *text;
    }
  }
  return out;
}

std::string excerpt_of(const NormalisedEntry& entry) {
  return plain_excerpt(entry.body.empty() ? answers_text(entry, "\n\n") : entry.body, kExcerptChars);
}

std::string tags_text(const std::vector<std::string>& tags) {
  std::string out;
  for (const std::string& tag : tags) out += (out.empty() ? "" : " ") + tag;
  return out;
}

std::optional<StoredJournalEntry> read_entry(Connection& conn, std::int64_t id) {
  Statement st = conn.prepare(
      "SELECT id, kind, entry_date, title, body, mood, energy, version, created_at, updated_at, deleted_at "
      "FROM journal_entries WHERE id = ?1");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  StoredJournalEntry e;
  e.id = st.int64(0);
  e.kind = st.text(1);
  e.date = st.text(2);
  e.title = st.text(3);
  e.body = st.text(4);
  e.mood = st.optional_int(5);
  e.energy = st.optional_int(6);
  e.version = st.int64(7);
  e.created_at = st.text(8);
  e.updated_at = st.text(9);
  e.deleted_at = st.optional_text(10);
  const std::vector<std::int64_t> value_ids = read_value_links(conn, kJournalEntryValueLinks, id);
  e.value_ids.assign(value_ids.begin(), value_ids.end());

  Statement answers = conn.prepare(
      "SELECT prompt_key, text_value, rating FROM journal_answers WHERE entry_id = ?1 ORDER BY prompt_key");
  answers.bind(1, id);
  while (answers.step()) {
    if (answers.is_null(2)) {
      e.answers.emplace(answers.text(0), answers.text(1));
    } else {
      e.answers.emplace(answers.text(0), static_cast<long long>(answers.int64(2)));
    }
  }
  Statement tags = conn.prepare("SELECT tag FROM journal_entry_tags WHERE entry_id = ?1 ORDER BY position");
  tags.bind(1, id);
  while (tags.step()) e.tags.push_back(tags.text(0));
  e.self_care = read_self_care_ticks(conn, id);
  return e;
}

// Removes the full-text row of entry `id` dated `date`.
void delete_fts_row(Connection& conn, std::int64_t id, const std::string& date) {
  conn.prepare("DELETE FROM journal_fts WHERE rowid = " + fts_key("?2", "?1")).bind(1, id).bind(2, date).run();
}

// Writes the full-text row of entry `id` from `entry`: its title, plain-text body, text answers and tags.
void insert_fts_row(Connection& conn, std::int64_t id, const NormalisedEntry& entry) {
  conn.prepare("INSERT INTO journal_fts (rowid, title, body, answers, tags) VALUES (" + fts_key("?6", "?1") +
               ", ?2, ?3, ?4, ?5)")
      .bind(1, id)
      .bind(6, entry.date.str())
      .bind(2, entry.title)
      .bind(3, plain_excerpt(entry.body, entry.body.size()))  // indexed as plain text: clean snippets
      .bind(4, answers_text(entry, "\n\n"))
      .bind(5, tags_text(entry.tags))
      .run();
}

// Removes the answers, tags and full-text row of entry `id` dated `date`, before write_children rewrites them.
void clear_children(Connection& conn, std::int64_t id, const std::string& date) {
  delete_fts_row(conn, id, date);
  conn.prepare("DELETE FROM journal_answers WHERE entry_id = ?1").bind(1, id).run();
  conn.prepare("DELETE FROM journal_entry_tags WHERE entry_id = ?1").bind(1, id).run();
}

// Writes answers, tags, value links and the full-text row of entry `id` from `entry` (a new entry, or one
// whose children clear_children removed).
void write_children(Connection& conn, std::int64_t id, const NormalisedEntry& entry) {
  for (const auto& [key, value] : entry.answers) {
    Statement st =
        conn.prepare("INSERT INTO journal_answers (entry_id, prompt_key, text_value, rating) VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, id).bind(2, key);
    if (const auto* text = std::get_if<std::string>(&value)) {
      st.bind(3, *text).bind_null(4);
    } else {
      st.bind_null(3).bind(4, static_cast<std::int64_t>(std::get<long long>(value)));
    }
    st.run();
  }
  for (std::size_t i = 0; i < entry.tags.size(); ++i) {
    conn.prepare("INSERT INTO journal_entry_tags (entry_id, tag, position) VALUES (?1, ?2, ?3)")
        .bind(1, id)
        .bind(2, entry.tags[i])
        .bind(3, static_cast<std::int64_t>(i))
        .run();
  }
  write_value_links(conn, kJournalEntryValueLinks, id, entry.value_ids);
  insert_fts_row(conn, id, entry);
}

// Whether the stored entry already equals `entry` in every user field.
bool same_fields(const StoredJournalEntry& stored, const NormalisedEntry& entry) {
  return stored.kind == entry.kind->id && stored.date == entry.date.str() && stored.title == entry.title &&
         stored.body == entry.body && stored.answers == entry.answers && stored.tags == entry.tags &&
         stored.mood == entry.mood && stored.energy == entry.energy && stored.value_ids == entry.value_ids &&
         same_self_care_ticks(stored.self_care, entry.self_care);
}

// The search's terms as the index's tokenizer reads them.
std::vector<TermTokens> term_tokens(const FtsTokenizer& tokenizer, const std::vector<SearchTerm>& terms) {
  std::vector<TermTokens> out;
  for (const SearchTerm& term : terms) out.push_back({tokenizer.query(term.text, term.prefix), term.prefix});
  return out;
}

// The title of a hit with its matches marked, and a snippet from its body or answers (the title is shown
// whole and the tags beside it; an entry matched there only shows the start of its body).
void mark_hit(SearchHit& hit, const FtsTokenizer& tokenizer, const std::vector<TermTokens>& terms,
              const std::string& body, const std::string& answers) {
  const TokenizedText title{hit.entry.title, tokenizer.document(hit.entry.title)};
  hit.title = limit_segments(highlight_matches(title, terms), kSegmentMaxChars, kSegmentsMaxChars);
  std::vector<TokenizedText> columns;
  columns.push_back({body, tokenizer.document(body)});
  columns.push_back({answers, tokenizer.document(answers)});
  hit.snippet =
      limit_segments(snippet_of_matches(columns, terms, kSnippetTokens, 0), kSegmentMaxChars, kSegmentsMaxChars);
}

// WHERE clauses for an EntryFilter, with their parameters (numbered from `first`). The entry's id is
// `id_sql`; kind, mood and, when `with_dates`, the dates are tested on journal_entries e (the search
// tests dates on its rowids instead, and joins e only for kind and mood).
struct Clauses {
  std::string sql;
  std::vector<std::string> texts;  // bound in order as ?first, ?first+1, ...
};

Clauses filter_clauses(const EntryFilter& filter, int first, const std::string& id_sql, bool with_dates) {
  Clauses c;
  auto add = [&](const std::string& condition, const std::string& value) {
    const std::string p = "?" + std::to_string(first + static_cast<int>(c.texts.size()));
    std::string cond = condition;
    for (std::size_t pos; (pos = cond.find('$')) != std::string::npos;) cond.replace(pos, 1, p);
    c.sql += " AND " + cond;
    c.texts.push_back(value);
  };
  if (filter.kind) add("e.kind = $", *filter.kind);
  if (filter.mood) add("e.mood = CAST($ AS INTEGER)", std::to_string(*filter.mood));
  if (filter.from && with_dates) add("e.entry_date >= $", *filter.from);
  if (filter.to && with_dates) add("e.entry_date <= $", *filter.to);
  if (filter.tag) {
    add("EXISTS (SELECT 1 FROM journal_entry_tags t WHERE t.entry_id = " + id_sql + " AND t.tag = $)", *filter.tag);
  }
  if (filter.value_id) {
    add("EXISTS (SELECT 1 FROM journal_entry_values v WHERE v.entry_id = " + id_sql +
            " AND v.value_id = CAST($ AS INTEGER))",
        std::to_string(*filter.value_id));
  }
  return c;
}

}  // namespace

Result<StoredJournalEntry> insert_entry(Connection& conn, const NormalisedEntry& entry) {
  Statement insert = conn.prepare(
      std::string("INSERT INTO journal_entries (kind, entry_date, title, body, excerpt, mood, energy, "
                  "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ") +
      kSqlNow + ", " + kSqlNow + ") RETURNING id, version, created_at, updated_at");
  insert.bind(1, entry.kind->id)
      .bind(2, entry.date.str())
      .bind(3, entry.title)
      .bind(4, entry.body)
      .bind(5, excerpt_of(entry))
      .bind(6, entry.mood)
      .bind(7, entry.energy);
  insert.step();
  // What was saved is `entry` as given, with the row's id, version and timestamps: no need to read it back.
  StoredJournalEntry stored{.id = insert.int64(0), .kind = std::string(entry.kind->id), .date = entry.date.str(),
                            .title = entry.title, .body = entry.body, .answers = entry.answers,
                            .tags = entry.tags, .mood = entry.mood, .energy = entry.energy,
                            .value_ids = entry.value_ids, .self_care = {}, .version = insert.int64(1),
                            .created_at = insert.text(2), .updated_at = insert.text(3), .deleted_at = std::nullopt};
  insert.step();  // finishes the statement, so the row is written before its children
  write_children(conn, stored.id, entry);
  if (!entry.self_care.empty()) {
    if (Status s = write_self_care_ticks(conn, stored.id, entry.self_care); !s.ok()) return s;
    stored.self_care = read_self_care_ticks(conn, stored.id);
  }
  return stored;
}

Result<StoredJournalEntry> create_entry(Database& db, const NormalisedEntry& entry) {
  return db.write([&](Connection& conn) -> Result<StoredJournalEntry> { return insert_entry(conn, entry); });
}

Result<StoredJournalEntry> load_entry(Database& db, std::int64_t id) {
  return db.read([&](Connection& conn) -> Result<StoredJournalEntry> {
    return found_or(read_entry(conn, id), not_found(id));
  });
}

Result<StoredJournalEntry> update_entry(Database& db, std::int64_t id, const NormalisedEntry& entry,
                                  std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredJournalEntry> {
    const auto current = read_entry(conn, id);
    if (!current) return not_found(id);
    if (current->deleted_at) return Status::Conflict("this entry is in the trash: restore it before editing", "id");
    if (Status s = check_version(current->version, expected_version, "this entry"); !s.ok()) return s;
    if (same_fields(*current, entry)) return *current;
    clear_children(conn, id, current->date);
    conn.prepare(std::string("UPDATE journal_entries SET kind = ?2, entry_date = ?3, title = ?4, body = ?5, "
                             "excerpt = ?6, mood = ?7, energy = ?8, version = version + 1, updated_at = ") +
                 kSqlNow + " WHERE id = ?1")
        .bind(1, id)
        .bind(2, entry.kind->id)
        .bind(3, entry.date.str())
        .bind(4, entry.title)
        .bind(5, entry.body)
        .bind(6, excerpt_of(entry))
        .bind(7, entry.mood)
        .bind(8, entry.energy)
        .run();
    write_children(conn, id, entry);
    if (Status s = write_self_care_ticks(conn, id, entry.self_care); !s.ok()) return s;
    return *read_entry(conn, id);
  });
}

Result<StoredJournalEntry> trash_entry(Database& db, std::int64_t id) {
  return db.write([&](Connection& conn) -> Result<StoredJournalEntry> {
    if (!read_entry(conn, id)) return not_found(id);
    conn.prepare(std::string("UPDATE journal_entries SET deleted_at = ") + kSqlNow +
                 " WHERE id = ?1 AND deleted_at IS NULL")
        .bind(1, id)
        .run();
    return *read_entry(conn, id);
  });
}

Result<StoredJournalEntry> restore_entry(Database& db, std::int64_t id) {
  return db.write([&](Connection& conn) -> Result<StoredJournalEntry> {
    if (!read_entry(conn, id)) return not_found(id);
    conn.prepare("UPDATE journal_entries SET deleted_at = NULL WHERE id = ?1").bind(1, id).run();
    return *read_entry(conn, id);
  });
}

Status purge_entry(Database& db, std::int64_t id) {
  return db.write([&](Connection& conn) -> Status {
    const auto current = read_entry(conn, id);
    if (!current) return not_found(id);
    if (!current->deleted_at) return Status::Conflict("only entries in the trash can be deleted for good", "id");
    delete_fts_row(conn, id, current->date);
    conn.prepare("DELETE FROM journal_entries WHERE id = ?1").bind(1, id).run();
    return Status::Ok();
  });
}

Result<Page<EntrySummary>> list_entries(Database& db, const EntryFilter& filter,
                                        const std::optional<DateCursor>& after, int limit) {
  return db.read([&](Connection& conn) -> Result<Page<EntrySummary>> {
    // ?1 limit, ?2/?3 cursor, ?4... filters. One statement per filter combination (cached by the connection).
    const Clauses c = filter_clauses(filter, 4, "e.id", true);
    std::string sql = std::string("SELECT ") + kSummaryColumns +
                      " FROM journal_entries e WHERE e.deleted_at IS NULL" + c.sql;
    if (after) sql += " AND e.entry_date <= ?2 AND (e.entry_date < ?2 OR e.id < ?3)";
    sql += " ORDER BY e.entry_date DESC, e.id DESC LIMIT ?1";
    Statement st = conn.prepare(sql);
    st.bind(1, limit + 1);
    if (after) st.bind(2, after->date).bind(3, after->id);
    for (std::size_t i = 0; i < c.texts.size(); ++i) st.bind(4 + static_cast<int>(i), c.texts[i]);
    Page<EntrySummary> page;
    while (st.step()) page.items.push_back(read_summary(st));
    if (static_cast<int>(page.items.size()) > limit) {
      page.items.pop_back();
      page.more = true;
    }
    return page;
  });
}

Result<std::vector<EntrySummary>> list_trash(Database& db, int limit) {
  return db.read([&](Connection& conn) -> Result<std::vector<EntrySummary>> {
    Statement st = conn.prepare(std::string("SELECT ") + kSummaryColumns +
                                " FROM journal_entries e WHERE e.deleted_at IS NOT NULL "
                                "ORDER BY e.deleted_at DESC, e.id DESC LIMIT ?1");
    st.bind(1, limit);
    std::vector<EntrySummary> out;
    while (st.step()) out.push_back(read_summary(st));
    return out;
  });
}

Result<Page<SearchHit>> search_entries(Database& db, const std::vector<SearchTerm>& terms, const EntryFilter& filter,
                                       SearchOrder order, const std::optional<DateCursor>& after_date,
                                       const std::optional<ScoreCursor>& after_score, int limit) {
  return db.read([&](Connection& conn) -> Result<Page<SearchHit>> {
    // One statement per page. The full-text query picks the page's keys (k): ?1 query, ?2 limit, ?3/?4
    // cursor, ?5/?6 dates, ?7... filters; matches are walked newest first by the date-ordered rowid, and
    // date ranges become rowid ranges. Then each key's summary and indexed text are read by rowid: no second
    // MATCH, which would rebuild a common prefix's whole list of matches; the tokenizer marks the matches.
    const Clauses c = filter_clauses(filter, 7, kIdOfKey, false);
    const std::string fts_query = fts_expression(terms);
    // Tags are indexed too: letting FTS5 intersect them first spares a row-by-row check of a common word's
    // matches (the exact tag test in `c` stays, as the index splits "work-life" into two words).
    const std::string query = filter.tag ? fts_with_column_phrase(fts_query, "tags", *filter.tag) : fts_query;
    // The (small) trash is left out by its keys, so only a kind or mood filter needs each match's entry row.
    std::string where = "journal_fts MATCH ?1 AND journal_fts.rowid NOT IN (SELECT " + fts_key("entry_date", "id") +
                        " FROM journal_entries WHERE deleted_at IS NOT NULL)" + c.sql;
    if (filter.from) where += " AND journal_fts.rowid >= " + fts_key("?5", "0");
    if (filter.to) where += " AND journal_fts.rowid <= " + fts_key("?6", "4294967295");
    std::string from = " FROM journal_fts";
    if (filter.kind || filter.mood) from += std::string(" JOIN journal_entries e ON e.id = ") + kIdOfKey;
    const std::string key_columns = std::string("SELECT journal_fts.rowid AS key, ") + kIdOfKey + " AS id, ";
    std::string keys;
    if (order == SearchOrder::kNewest) {
      if (after_date) where += " AND journal_fts.rowid < " + fts_key("?3", "?4");
      keys = key_columns + "0.0 AS score" + from + " WHERE " + where + " ORDER BY journal_fts.rowid DESC LIMIT ?2";
    } else {
      keys = "SELECT key, id, score FROM (" + key_columns + "bm25(journal_fts, 8.0, 1.0, 1.0, 2.0) AS score" + from +
             " WHERE " + where + " ORDER BY journal_fts.rowid DESC LIMIT " + std::to_string(kRankedCandidates) + ")";
      if (after_score) keys += " WHERE score > ?3 OR (score = ?3 AND id > ?4)";
      keys += " ORDER BY score, id LIMIT ?2";
    }
    // CROSS JOIN keeps the page's keys the outer loop: each entry and indexed text is one lookup.
    Statement st = conn.prepare(std::string("SELECT ") + kSummaryColumns + ", page_text.body, page_text.answers, " +
                                "k.score FROM (" + keys + ") k CROSS JOIN journal_entries e ON e.id = k.id "
                                "CROSS JOIN journal_fts page_text ON page_text.rowid = k.key ORDER BY " +
                                (order == SearchOrder::kNewest ? "k.key DESC" : "k.score, k.id"));
    st.bind(1, query).bind(2, limit + 1);
    if (order == SearchOrder::kRelevance && after_score) st.bind(3, after_score->score).bind(4, after_score->id);
    if (order == SearchOrder::kNewest && after_date) st.bind(3, after_date->date).bind(4, after_date->id);
    if (filter.from) st.bind(5, *filter.from);
    if (filter.to) st.bind(6, *filter.to);
    for (std::size_t i = 0; i < c.texts.size(); ++i) st.bind(7 + static_cast<int>(i), c.texts[i]);

    const FtsTokenizer tokenizer(conn, kJournalTokenizer);
    const std::vector<TermTokens> marks = term_tokens(tokenizer, terms);
    Page<SearchHit> page;
    while (st.step()) {
      if (static_cast<int>(page.items.size()) == limit) {  // the row after the page: another page follows
        page.more = true;
        break;
      }
      SearchHit hit;
      hit.entry = read_summary(st);
      hit.score = st.real(kSummaryColumnCount + 2);
      mark_hit(hit, tokenizer, marks, st.text(kSummaryColumnCount), st.text(kSummaryColumnCount + 1));
      page.items.push_back(std::move(hit));
    }
    return page;
  });
}

Result<std::vector<TagCount>> tag_counts(Database& db) {
  return db.read([](Connection& conn) -> Result<std::vector<TagCount>> {
    // All uses (a covering index scan), minus the uses by entries in the (small) trash.
    std::map<std::string, std::int64_t> counts;
    Statement all = conn.prepare("SELECT tag, count(*) FROM journal_entry_tags GROUP BY tag");
    while (all.step()) counts[all.text(0)] = all.int64(1);
    Statement trashed = conn.prepare(
        "SELECT t.tag, count(*) FROM journal_entries e INDEXED BY journal_entries_trash "
        "CROSS JOIN journal_entry_tags t ON t.entry_id = e.id WHERE e.deleted_at IS NOT NULL GROUP BY t.tag");
    while (trashed.step()) counts[trashed.text(0)] -= trashed.int64(1);
    std::vector<TagCount> out;
    for (const auto& [tag, n] : counts) {
      if (n > 0) out.push_back({tag, n});
    }
    std::stable_sort(out.begin(), out.end(), [](const TagCount& a, const TagCount& b) { return a.count > b.count; });
    return out;
  });
}

Result<Page<Lesson>> list_lessons(Database& db, const std::optional<DateCursor>& after, int limit) {
  return db.read([&](Connection& conn) -> Result<Page<Lesson>> {
    std::string sql =
        "SELECT e.id, e.entry_date, e.title, a.text_value FROM journal_entries e INDEXED BY journal_entries_by_date "
        "CROSS JOIN journal_answers a ON a.entry_id = e.id AND a.prompt_key = ?1 "
        "WHERE e.deleted_at IS NULL AND a.text_value IS NOT NULL";
    if (after) sql += " AND e.entry_date <= ?3 AND (e.entry_date < ?3 OR e.id < ?4)";
    sql += " ORDER BY e.entry_date DESC, e.id DESC LIMIT ?2";
    Statement st = conn.prepare(sql);
    st.bind(1, kLearnedPromptKey).bind(2, limit + 1);
    if (after) st.bind(3, after->date).bind(4, after->id);
    Page<Lesson> page;
    while (st.step()) page.items.push_back({st.int64(0), st.text(1), st.text(2), st.text(3)});
    if (static_cast<int>(page.items.size()) > limit) {
      page.items.pop_back();
      page.more = true;
    }
    return page;
  });
}

Result<std::vector<Date>> entry_dates(Database& db, const std::string& kind) {
  return db.read([&](Connection& conn) -> Result<std::vector<Date>> {
    Statement st = conn.prepare(
        "SELECT DISTINCT entry_date FROM journal_entries WHERE kind = ?1 AND deleted_at IS NULL");
    st.bind(1, kind);
    std::vector<Date> out;
    while (st.step()) {
      if (auto date = parse_date(st.text(0))) out.push_back(*date);
    }
    return out;
  });
}

Result<std::optional<std::int64_t>> find_entry_between(Database& db, const std::string& kind, const Date& from,
                                                       const Date& to) {
  return db.read([&](Connection& conn) -> Result<std::optional<std::int64_t>> {
    Statement st = conn.prepare(
        "SELECT id FROM journal_entries WHERE kind = ?1 AND deleted_at IS NULL AND entry_date BETWEEN ?2 AND ?3 "
        "ORDER BY entry_date DESC, id DESC LIMIT 1");
    st.bind(1, kind).bind(2, from.str()).bind(3, to.str());
    if (!st.step()) return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(st.int64(0));
  });
}

Result<std::optional<int>> earliest_entry_year(Database& db) {
  return db.read([](Connection& conn) -> Result<std::optional<int>> {
    Statement st = conn.prepare("SELECT min(entry_date) FROM journal_entries WHERE deleted_at IS NULL");
    if (!st.step() || st.is_null(0)) return std::optional<int>();
    const auto date = parse_date(st.text(0));
    return date ? std::optional<int>(date->year) : std::optional<int>();
  });
}

Status rebuild_journal_index(Connection& conn) {
  conn.exec("DELETE FROM journal_fts");
  // In the order of the index's keys: FTS5 writes its pending terms to disk whenever a key is lower than
  // the one before, so in any other order it writes and merges many small segments (a third slower).
  Statement ids = conn.prepare("SELECT id FROM journal_entries ORDER BY entry_date, id");
  while (ids.step()) {
    const std::int64_t id = ids.int64(0);
    StoredJournalEntry stored = *read_entry(conn, id);
    NormalisedEntry entry;
    entry.kind = find_entry_kind(stored.kind);
    if (entry.kind == nullptr) {
      return Status::Invalid("kind",
                             "journal entry " + std::to_string(id) + " has the unknown kind \"" + stored.kind + "\"");
    }
    const auto date = parse_date(stored.date);
    if (!date) {
      return Status::Invalid("entry_date", "journal entry " + std::to_string(id) + " is dated \"" + stored.date +
                                               "\", which is not a date");
    }
    entry.date = *date;
    entry.title = std::move(stored.title);
    entry.body = std::move(stored.body);
    entry.answers = std::move(stored.answers);
    entry.tags = std::move(stored.tags);
    insert_fts_row(conn, id, entry);
  }
  return Status::Ok();
}

}  // namespace tn
