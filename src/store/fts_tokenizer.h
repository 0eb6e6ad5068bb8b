// The tokenizer of an FTS5 index used outside FTS5 queries: the tokens FTS5 indexes and searches, so a
// search's matches can be marked in the text of its results (domain/search_highlight.h).
#pragma once

#include <sqlite3.h>

#include <string>
#include <string_view>
#include <vector>

#include "domain/search_highlight.h"
#include "store/database.h"

namespace tn {

class FtsTokenizer {
 public:
  // The tokenizer FTS5 makes from `spec`, the value of a table's tokenize option (e.g. "porter unicode61
  // remove_diacritics 2"), on `conn`. Throws SqlError when FTS5 or the tokenizer is not there.
  FtsTokenizer(Connection& conn, std::string_view spec);
  ~FtsTokenizer();
  FtsTokenizer(const FtsTokenizer&) = delete;
  FtsTokenizer& operator=(const FtsTokenizer&) = delete;

  // The tokens of `text` as FTS5 indexes it, with their places in `text`.
  std::vector<TextToken> document(std::string_view text) const;
  // The forms of `text` as FTS5 reads a quoted string in a query (a prefix string when `prefix`).
  std::vector<std::string> query(std::string_view text, bool prefix) const;

 private:
  std::vector<TextToken> tokens(std::string_view text, int flags) const;

  fts5_tokenizer module_{};
  Fts5Tokenizer* tokenizer_ = nullptr;
};

}  // namespace tn
