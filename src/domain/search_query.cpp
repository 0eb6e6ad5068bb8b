// Journal search: turns whatever the user typed into an SQLite FTS5 MATCH expression that cannot fail.
#include "domain/search_query.h"

#include <algorithm>
#include <vector>

namespace tn {
namespace {

// Separators of the query grammar: spaces, controls, and what invalid UTF-8 decodes to.
bool is_query_separator(char32_t cp) { return is_space_code_point(cp) || cp == kReplacementCodePoint; }

// `text` with runs of separators collapsed to one ASCII space and none at either end; invalid UTF-8 bytes
// count as separators, so the result is valid UTF-8.
std::string collapse_separators(std::string_view text) { return collapse_runs(text, is_query_separator); }

// `word` without the non-word code points at its start and end; empty when it has no word character.
std::string_view strip_non_word_edges(std::string_view word) {
  std::size_t first_word_start = word.size();
  std::size_t last_word_end = 0;
  for (std::size_t pos = 0; pos < word.size();) {
    const std::size_t start = pos;
    if (is_word_code_point(next_code_point(word, pos))) {
      first_word_start = std::min(first_word_start, start);
      last_word_end = pos;
    }
  }
  if (first_word_start >= last_word_end) return {};
  return word.substr(first_word_start, last_word_end - first_word_start);
}

bool has_word_code_point(std::string_view text) { return !strip_non_word_edges(text).empty(); }

// Where the quote without a partner is: the last one when their number is odd (quotes pair left to right),
// npos when every quote has a partner. A '"' byte is never part of a longer UTF-8 sequence.
std::size_t stray_quote(std::string_view text) {
  if (std::count(text.begin(), text.end(), '"') % 2 == 0) return std::string_view::npos;
  return text.rfind('"');
}

}  // namespace

std::vector<SearchTerm> parse_search_terms(std::string_view user_text) {
  std::vector<SearchTerm> terms;
  const std::size_t stray = stray_quote(user_text);
  std::size_t pos = 0;
  while (pos < user_text.size()) {
    const std::size_t start = pos;
    const char32_t cp = next_code_point(user_text, pos);
    if (is_query_separator(cp) || start == stray) continue;  // a stray quote is plain punctuation
    if (cp == '"') {
      const std::size_t close = user_text.find('"', pos);  // found: only a stray quote has no partner
      std::string phrase = collapse_separators(user_text.substr(pos, close - pos));
      if (has_word_code_point(phrase)) terms.push_back({std::move(phrase), false});
      pos = close + 1;
      continue;
    }
    std::size_t end = pos;
    while (end < user_text.size()) {
      std::size_t next = end;
      const char32_t c = next_code_point(user_text, next);
      if (c == '"' || is_query_separator(c)) break;
      end = next;
    }
    const std::string_view word = strip_non_word_edges(user_text.substr(start, end - start));
    // A one-letter (ASCII) word is matched whole: as a prefix it would match a large part of the journal.
    if (!word.empty()) terms.push_back({std::string(word), word.size() != 1});
    pos = end;
  }
  return terms;
}

std::string fts_expression(const std::vector<SearchTerm>& terms) {
  std::string query;
  for (const SearchTerm& term : terms) {
    query += (query.empty() ? "\"" : " \"") + term.text + (term.prefix ? "\"*" : "\"");
  }
  return query;
}

std::optional<std::string> build_fts_query(std::string_view user_text) {
  const std::vector<SearchTerm> terms = parse_search_terms(user_text);
  if (terms.empty()) return std::nullopt;
  return fts_expression(terms);
}

std::string fts_with_column_phrase(const std::string& fts_query, std::string_view column, std::string_view phrase) {
  std::string quoted = "\"";
  for (const char c : phrase) {
    quoted += c;
    if (c == '"') quoted += '"';
  }
  return "(" + fts_query + ") AND " + std::string(column) + " : " + quoted + "\"";
}

}  // namespace tn
