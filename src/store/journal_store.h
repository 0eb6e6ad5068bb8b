// Reads and writes journal entries: answers, tags, the trash, lists, full-text search, tags and lessons.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/journal.h"
#include "domain/search_highlight.h"
#include "domain/search_query.h"
#include "store/database.h"

namespace tn {

// An entry as stored.
struct StoredJournalEntry {
  std::int64_t id = 0;
  std::string kind;
  std::string date;  // YYYY-MM-DD
  std::string title;
  std::string body;
  std::map<std::string, AnswerValue> answers;
  std::vector<std::string> tags;
  std::optional<int> mood;
  std::optional<int> energy;
  std::vector<long long> value_ids;
  std::vector<TickedRoutine> self_care;  // the routines a weekly reflection ticked off, in the list's order
  std::int64_t version = 0;
  std::string created_at;
  std::string updated_at;
  std::optional<std::string> deleted_at;  // set while the entry is in the trash
};

// An entry as shown in lists: no body, a plain-text excerpt instead.
struct EntrySummary {
  std::int64_t id = 0;
  std::string kind;
  std::string date;
  std::string title;
  std::string excerpt;  // plain text, at most kExcerptChars characters
  std::vector<std::string> tags;
  std::optional<int> mood;
  std::optional<int> energy;
  std::string updated_at;
  std::optional<std::string> deleted_at;
};

inline constexpr std::size_t kExcerptChars = 240;

// Filters shared by the list and search. Empty optionals do not filter. Dates are inclusive.
struct EntryFilter {
  std::optional<std::string> kind;
  std::optional<std::string> tag;  // normalised
  std::optional<int> mood;
  std::optional<std::string> from;  // YYYY-MM-DD
  std::optional<std::string> to;
  std::optional<std::int64_t> value_id;  // entries linked to this core value
};

// Keyset position for search results ordered by relevance: the last (score, id) of the previous page.
struct ScoreCursor {
  double score = 0;
  std::int64_t id = 0;
};

enum class SearchOrder { kRelevance, kNewest };

struct SearchHit {
  EntrySummary entry;
  double score = 0;                     // bm25 (lower is better); the relevance cursor uses it
  std::vector<TextSegment> title;       // the whole title, matches marked
  std::vector<TextSegment> snippet;     // a short passage from the best column, matches marked
};

template <typename T>
struct Page {
  std::vector<T> items;
  bool more = false;  // another page follows the last item
};

struct TagCount {
  std::string tag;
  std::int64_t count = 0;
};

struct Lesson {
  std::int64_t entry_id = 0;
  std::string date;
  std::string title;
  std::string text;
};

// Stores a new entry (valid, as from normalise_entry) with version 1; returns it as stored. Invalid
// "self_care[i].item_id" when a tick names no self-care routine.
Result<StoredJournalEntry> create_entry(Database& db, const NormalisedEntry& entry);

// create_entry() inside the caller's write (e.g. an import adding many entries in one transaction): invalid
// "self_care[i].item_id" when a tick names no self-care routine. Throws SqlError.
Result<StoredJournalEntry> insert_entry(Connection& conn, const NormalisedEntry& entry);

// The entry with `id`, also when it is in the trash; NotFound when there is none.
Result<StoredJournalEntry> load_entry(Database& db, std::int64_t id);

// Replaces every field of entry `id` if its stored version equals `expected_version`, bumping the version
// (an update that changes nothing keeps it). NotFound for an unknown id; Conflict (field "version") for a
// stale version; Conflict (field "id") for an entry in the trash; invalid "self_care[i].item_id" as for
// create_entry. Nothing changes on failure.
Result<StoredJournalEntry> update_entry(Database& db, std::int64_t id, const NormalisedEntry& entry,
                                  std::int64_t expected_version);

// Moves entry `id` to the trash (no-op when it is already there). NotFound for an unknown id.
Result<StoredJournalEntry> trash_entry(Database& db, std::int64_t id);

// Takes entry `id` out of the trash (no-op when it is not there). NotFound for an unknown id.
Result<StoredJournalEntry> restore_entry(Database& db, std::int64_t id);

// Deletes entry `id` for good; only entries in the trash (Conflict, field "id", otherwise). NotFound when
// unknown.
Status purge_entry(Database& db, std::int64_t id);

// Entries not in the trash that pass `filter`, newest first (date, then id), after `after` when given.
Result<Page<EntrySummary>> list_entries(Database& db, const EntryFilter& filter,
                                        const std::optional<DateCursor>& after, int limit);

// Entries in the trash, most recently trashed first.
Result<std::vector<EntrySummary>> list_trash(Database& db, int limit);

// Full-text search for `terms` (from parse_search_terms, not empty; all must match) over entries outside the
// trash that pass `filter`. kNewest: newest first, paged with `after_date`. kRelevance: best bm25 score
// first (title weighs most), ranking the newest 500 matching entries so a very common word stays fast;
// paged with `after_score`. Each hit carries its title and a snippet (from the body or the answers) with
// the matches marked. One full-text query per page: the marks come from the tokenizer, not a second query.
Result<Page<SearchHit>> search_entries(Database& db, const std::vector<SearchTerm>& terms, const EntryFilter& filter,
                                       SearchOrder order, const std::optional<DateCursor>& after_date,
                                       const std::optional<ScoreCursor>& after_score, int limit);

// Every tag in use on entries outside the trash, with its number of entries, most used first.
Result<std::vector<TagCount>> tag_counts(Database& db);

// Every "what I learned" answer of entries outside the trash, newest first.
Result<Page<Lesson>> list_lessons(Database& db, const std::optional<DateCursor>& after, int limit);

// Dates of the entries of `kind` outside the trash (for streaks and the monthly review), any order.
Result<std::vector<Date>> entry_dates(Database& db, const std::string& kind);

// The newest entry of `kind` dated from `from` to `to` (inclusive) outside the trash, if any.
Result<std::optional<std::int64_t>> find_entry_between(Database& db, const std::string& kind, const Date& from,
                                                       const Date& to);

// The calendar year of the oldest entry outside the trash, or nullopt for an empty journal.
Result<std::optional<int>> earliest_entry_year(Database& db);

// Empties the full-text index and fills it again from every entry, inside the caller's transaction (an
// import brings entries without their index). Invalid (field "kind" or "entry_date") for an entry whose
// kind is unknown or whose date is not a real date: it could not be indexed.
Status rebuild_journal_index(Connection& conn);

}  // namespace tn
