// Journal search: turns whatever the user typed into an SQLite FTS5 MATCH expression that cannot fail.
#include "domain/search_query.h"

#include <algorithm>
#include <iterator>
#include <vector>

#include "domain/text.h"

namespace tn {
namespace {

constexpr char32_t kReplacementCharacter = 0xFFFD;

struct CodePointRange {
  char32_t first;
  char32_t last;
};

// Non-ASCII code points that are not word characters, sorted. Letters, digits and combining marks of every
// script lie outside these ranges.
constexpr CodePointRange kNonWordRanges[] = {
    {0x0080, 0x00A9},   {0x00AB, 0x00B1},   {0x00B4, 0x00B4},   {0x00B6, 0x00B8},   {0x00BB, 0x00BB},
    {0x00BF, 0x00BF},   {0x00D7, 0x00D7},   {0x00F7, 0x00F7},   {0x037E, 0x037E},   {0x0387, 0x0387},
    {0x055A, 0x055F},   {0x0589, 0x058A},   {0x05BE, 0x05BE},   {0x05C0, 0x05C0},   {0x05C3, 0x05C3},
    {0x05F3, 0x05F4},   {0x060C, 0x060D},   {0x061B, 0x061B},   {0x061F, 0x061F},   {0x066A, 0x066D},
    {0x06D4, 0x06D4},   {0x0964, 0x0965},   {0x1680, 0x1680},   {0x2000, 0x206F},   {0x20A0, 0x20CF},
    {0x2190, 0x2BFF},   {0x2E00, 0x2E7F},   {0x3000, 0x3004},   {0x3008, 0x3020},   {0x3030, 0x3030},
    {0x3036, 0x303A},   {0x303D, 0x303F},   {0xD800, 0xF8FF},   {0xFE00, 0xFE0F},   {0xFE10, 0xFE1F},
    {0xFE30, 0xFE6F},   {0xFEFF, 0xFEFF},   {0xFF00, 0xFF0F},   {0xFF1A, 0xFF20},   {0xFF3B, 0xFF40},
    {0xFF5B, 0xFF65},   {0xFFF0, 0xFFFF},   {0x1F000, 0x1FBFF}, {0xE0000, 0xE0FFF}, {0xF0000, 0x10FFFF},
};

bool is_ascii_alnum(char32_t cp) {
  return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

// Separators of the query grammar: spaces, controls, and what invalid UTF-8 decodes to.
bool is_query_separator(char32_t cp) { return is_space_code_point(cp) || cp == kReplacementCharacter; }

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

char32_t next_code_point(std::string_view s, std::size_t& pos) {
  const auto lead = static_cast<unsigned char>(s[pos]);
  const std::size_t length = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3
                           : (lead & 0xF8) == 0xF0 ? 4 : 0;
  if (length == 0 || pos + length > s.size() || !is_valid_utf8(s.substr(pos, length))) {
    ++pos;
    return kReplacementCharacter;
  }
  static constexpr unsigned char kLeadBits[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
  char32_t cp = lead & kLeadBits[length];
  for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[pos + k]) & 0x3F);
  pos += length;
  return cp;
}

bool is_space_code_point(char32_t cp) {
  return cp <= 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0xA0) || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000;
}

std::string collapse_runs(std::string_view text, bool (*is_separator)(char32_t)) {
  std::string out;
  bool pending_space = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    if (is_separator(next_code_point(text, pos))) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(text.substr(start, pos - start));
  }
  return out;
}

bool is_word_code_point(char32_t cp) {
  if (cp < 0x80) return is_ascii_alnum(cp);
  const auto starts_after = [](char32_t value, const CodePointRange& r) { return value < r.first; };
  const auto after = std::upper_bound(std::begin(kNonWordRanges), std::end(kNonWordRanges), cp, starts_after);
  return after == std::begin(kNonWordRanges) || cp > std::prev(after)->last;
}

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

}  // namespace tn
