// The tokenizer of an FTS5 index used outside FTS5 queries: the tokens FTS5 indexes and searches, so a
// search's matches can be marked in the text of its results (domain/search_highlight.h).
#include "store/fts_tokenizer.h"

#include <sstream>

namespace tn {
namespace {

// FTS5's API of `conn` (see "Extending FTS5" in the SQLite documentation).
fts5_api* fts5_of(Connection& conn) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(conn.handle(), "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) {
    throw SqlError(SQLITE_ERROR, std::string("FTS5 is not available: ") + sqlite3_errmsg(conn.handle()));
  }
  sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  if (!api) throw SqlError(SQLITE_ERROR, "FTS5 is not available");
  return api;
}

int add_token(void* context, int, const char* token, int size, int begin, int end) {
  static_cast<std::vector<TextToken>*>(context)->push_back(
      {std::string(token, static_cast<std::size_t>(size)), static_cast<std::size_t>(begin),
       static_cast<std::size_t>(end)});
  return SQLITE_OK;
}

}  // namespace

FtsTokenizer::FtsTokenizer(Connection& conn, std::string_view spec) {
  std::vector<std::string> words;
  std::istringstream in{std::string(spec)};
  for (std::string word; in >> word;) words.push_back(word);
  if (words.empty()) throw SqlError(SQLITE_ERROR, "no tokenizer named");
  fts5_api* api = fts5_of(conn);
  void* context = nullptr;
  if (api->xFindTokenizer(api, words[0].c_str(), &context, &module_) != SQLITE_OK) {
    throw SqlError(SQLITE_ERROR, "FTS5 has no tokenizer " + words[0]);
  }
  std::vector<const char*> args;
  for (std::size_t i = 1; i < words.size(); ++i) args.push_back(words[i].c_str());
  if (module_.xCreate(context, args.data(), static_cast<int>(args.size()), &tokenizer_) != SQLITE_OK) {
    throw SqlError(SQLITE_ERROR, "FTS5 refused the tokenizer " + std::string(spec));
  }
}

FtsTokenizer::~FtsTokenizer() {
  if (tokenizer_) module_.xDelete(tokenizer_);
}

std::vector<TextToken> FtsTokenizer::tokens(std::string_view text, int flags) const {
  std::vector<TextToken> out;
  out.reserve(text.size() / 6 + 1);  // about one token per six bytes of prose
  module_.xTokenize(tokenizer_, &out, flags, text.data(), static_cast<int>(text.size()), add_token);
  return out;
}

std::vector<TextToken> FtsTokenizer::document(std::string_view text) const {
  return tokens(text, FTS5_TOKENIZE_DOCUMENT);
}

std::vector<std::string> FtsTokenizer::query(std::string_view text, bool prefix) const {
  std::vector<std::string> forms;
  for (TextToken& t : tokens(text, FTS5_TOKENIZE_QUERY | (prefix ? FTS5_TOKENIZE_PREFIX : 0))) {
    forms.push_back(std::move(t.form));
  }
  return forms;
}

}  // namespace tn
