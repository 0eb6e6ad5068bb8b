// Full-text search: turns whatever the user typed into an SQLite FTS5 MATCH expression that cannot fail,
// and splits the highlighted text FTS5 returns into plain and matched parts.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/text.h"

namespace tn {

// Builds an FTS5 MATCH expression from free text typed by the user. No input, however odd (unbalanced
// quotes, FTS5 operators, control bytes, invalid UTF-8), yields an expression FTS5 rejects, because every
// piece of user text ends up inside an FTS5 string literal and the only operator we emit is the prefix "*".
//
// Grammar, read left to right over code points:
//   input   := ( space | phrase | word )*
//   space   := whitespace (ASCII or Unicode spaces), control characters and invalid UTF-8 bytes
//   phrase  := '"' any-but-quote* ( '"' | end of input )      -- an unbalanced quote runs to the end
//   word    := a run of characters that are neither space nor '"'
// Output, terms separated by one space, which FTS5 reads as AND (every term must match):
//   phrase -> "its text"   (inner spaces collapsed to one, trimmed; matched as an exact phrase)
//   word   -> "word"*      (leading/trailing non-word characters removed; prefix match, except that a
//                           one-letter ASCII word is matched whole: "a" -> "a")
// Everything inside a term is plain text: hyphens, apostrophes, colons, * ^ ( ) + - and the words AND, OR,
// NOT, NEAR have no special meaning; the FTS5 tokenizer splits "e-mail" into the phrase "e mail".
// A term without any word character (see is_word_code_point in text.h) is dropped. Returns nullopt when no term
// remains (empty, blank or punctuation-only input): the caller should return no results without querying.
// Examples: `Growth mind` -> `"Growth"* "mind"*`;  `"next week" plan` -> `"next week" "plan"*`;
//           `don't NEAR(x)` -> `"don't"* "NEAR(x"*`;  `"unclosed talk` -> `"unclosed talk"`.
std::optional<std::string> build_fts_query(std::string_view user_text);

// `fts_query` (from build_fts_query) narrowed to rows whose `column` holds `phrase`: "(q) AND column : "p"",
// with quotes in `phrase` doubled so it stays one FTS5 string. Lets FTS5 intersect a structured filter
// that is also indexed (such as a tag) instead of testing every match row by row.
std::string fts_with_column_phrase(const std::string& fts_query, std::string_view column, std::string_view phrase);

// The marks to put around matches in FTS5 snippet() and highlight() (char(1) and char(2) in SQL), which
// marked_segments() splits on.
inline constexpr char kMatchOpen = '\x01';
inline constexpr char kMatchClose = '\x02';

// A piece of highlighted text: `match` is true for the parts that matched the query.
struct TextSegment {
  std::string text;
  bool match = false;
};

// Splits text with kMatchOpen/kMatchClose marks into plain and matched segments. A result stays small
// whatever the text: each segment is cut to 120 characters and segments stop after 480 in all (one
// 100,000-letter word would otherwise come back whole in every hit). `marked` must be valid UTF-8.
std::vector<TextSegment> marked_segments(const std::string& marked);

}  // namespace tn
