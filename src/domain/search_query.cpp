// Full-text search: turns whatever the user typed into an SQLite FTS5 MATCH expression that cannot fail,
// and splits the highlighted text FTS5 returns into plain and matched parts.
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

}  // namespace

std::optional<std::string> build_fts_query(std::string_view user_text) {
  std::vector<std::string> terms;
  std::size_t pos = 0;
  while (pos < user_text.size()) {
    const std::size_t start = pos;
    const char32_t cp = next_code_point(user_text, pos);
    if (is_query_separator(cp)) continue;
    if (cp == '"') {
      const std::size_t close = user_text.find('"', pos);
      const std::size_t end = close == std::string_view::npos ? user_text.size() : close;
      const std::string phrase = collapse_separators(user_text.substr(pos, end - pos));
      if (has_word_code_point(phrase)) terms.push_back('"' + phrase + '"');
      pos = close == std::string_view::npos ? end : end + 1;
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
    if (!word.empty()) terms.push_back('"' + std::string(word) + (word.size() == 1 ? "\"" : "\"*"));
    pos = end;
  }
  if (terms.empty()) return std::nullopt;
  std::string query = terms.front();
  for (std::size_t i = 1; i < terms.size(); ++i) query += ' ' + terms[i];
  return query;
}

std::string fts_with_column_phrase(const std::string& fts_query, std::string_view column, std::string_view phrase) {
  std::string quoted = "\"";
  for (const char c : phrase) {
    quoted += c;
    if (c == '"') quoted += '"';
  }
  return "(" + fts_query + ") AND " + std::string(column) + " : " + quoted + "\"";
}

std::vector<TextSegment> marked_segments(const std::string& marked) {
  constexpr std::size_t kSegmentMaxChars = 120;
  constexpr std::size_t kSegmentsMaxChars = 480;
  std::vector<TextSegment> out;
  std::size_t total = 0;
  const auto add = [&](TextSegment segment) {
    if (segment.text.empty() || total >= kSegmentsMaxChars) return;
    segment.text = utf8_shortened(segment.text, std::min(kSegmentMaxChars, kSegmentsMaxChars - total));
    total += utf8_length(segment.text);
    out.push_back(std::move(segment));
  };
  TextSegment current;
  for (char c : marked) {
    if (c == kMatchOpen || c == kMatchClose) {
      add(std::move(current));
      current = TextSegment{"", c == kMatchOpen};
    } else {
      current.text += c;
    }
  }
  add(std::move(current));
  return out;
}

}  // namespace tn
