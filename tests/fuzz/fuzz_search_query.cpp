// libFuzzer target for journal search: build_fts_query's output always has its documented shape and FTS5 runs it.
#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/journal.h"
#include "domain/search_query.h"
#include "domain/text.h"
#include "check.h"

namespace {

// True when `query` is terms `"..."` or `"..."*` (no quote inside, not empty) separated by single spaces.
bool is_well_formed(const std::string& query) {
  if (!tn::is_valid_utf8(query)) return false;
  for (std::size_t i = 0;; ++i) {
    if (i >= query.size() || query[i] != '"') return false;
    const std::size_t close = query.find('"', i + 1);
    if (close == std::string::npos || close == i + 1) return false;
    i = close + 1;
    if (i < query.size() && query[i] == '*') ++i;
    if (i == query.size()) return true;
    if (query[i] != ' ') return false;
  }
}

bool has_word_code_point(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    if (tn::is_word_code_point(tn::next_code_point(text, pos))) return true;
  }
  return false;
}

// An in-memory journal_fts table declared as in schema.sql, with one row; runs MATCH queries against it.
class Fts {
 public:
  Fts() {
    FUZZ_CHECK(sqlite3_open(":memory:", &db_) == SQLITE_OK);
    FUZZ_CHECK(sqlite3_exec(db_,
                         "CREATE VIRTUAL TABLE journal_fts USING fts5 (title, body, answers, tags,"
                         " tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3');"
                         "INSERT INTO journal_fts VALUES ('Growth week', 'Caf\xC3\xA9 and e-mail', '', 'work-life');",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    FUZZ_CHECK(sqlite3_prepare_v2(db_, "SELECT rowid FROM journal_fts WHERE journal_fts MATCH ?1", -1, &match_,
                               nullptr) == SQLITE_OK);
  }

  // True when FTS5 accepts `query` and runs it to the end.
  bool runs(const std::string& query) {
    sqlite3_bind_text(match_, 1, query.data(), static_cast<int>(query.size()), SQLITE_TRANSIENT);
    int rc;
    while ((rc = sqlite3_step(match_)) == SQLITE_ROW) {}
    sqlite3_reset(match_);
    return rc == SQLITE_DONE;
  }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* match_ = nullptr;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Fts fts;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::optional<std::string> query = tn::build_fts_query(text);
  FUZZ_CHECK(query.has_value() == has_word_code_point(text));
  if (!query) return 0;
  FUZZ_CHECK(is_well_formed(*query));
  FUZZ_CHECK(fts.runs(*query));
  // The same text as a tag filter (valid UTF-8, normalised, as the journal handler passes it) stays one string.
  if (tn::is_valid_utf8(text)) {
    FUZZ_CHECK(fts.runs(tn::fts_with_column_phrase(*query, "tags", tn::normalise_tag(text))));
  }
  return 0;
}
