// Journal search: turns whatever the user typed into an SQLite FTS5 MATCH expression that cannot fail.
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
//   space   := whitespace (ASCII or Unicode spaces), control characters, invalid UTF-8 bytes, and a stray
//              quote: quotes pair up left to right, so with an odd number of them the last one has no
//              partner and is plain punctuation (`"zephyr quokka` is the two words zephyr and quokka)
//   phrase  := '"' any-but-quote* '"'
//   word    := a run of characters that are neither space nor '"'
// Output, terms separated by one space, which FTS5 reads as AND (every term must match):
//   phrase -> "its text"   (inner spaces collapsed to one, trimmed; matched as an exact phrase)
//   word   -> "word"*      (leading/trailing non-word characters removed; a prefix match, except that a
//                           word of one ASCII letter or digit is matched whole: "a" -> "a", as a prefix it
//                           would match most of the journal)
// Everything inside a term is plain text: hyphens, apostrophes, colons, * ^ ( ) + - and the words AND, OR,
// NOT, NEAR have no special meaning; the FTS5 tokenizer splits "e-mail" into the phrase "e mail" (and, with
// the porter stemmer of schema.sql, matches English word forms: "leading"* finds lead, leader, leadership).
// A term without any word character (see is_word_code_point in text.h) is dropped. Returns nullopt when no term
// remains (empty, blank or punctuation-only input): the caller should return no results without querying.
// Examples: `Growth mind` -> `"Growth"* "mind"*`;  `"next week" plan` -> `"next week" "plan"*`;
//           `don't NEAR(x)` -> `"don't"* "NEAR(x"*`;  `"unclosed talk` -> `"unclosed"* "talk"*`.
std::optional<std::string> build_fts_query(std::string_view user_text);

// One term of a search, as the grammar above reads it: a word or a phrase's text (no quote inside, at least
// one word character), and whether it matches as a prefix.
struct SearchTerm {
  std::string text;
  bool prefix = false;
  bool operator==(const SearchTerm&) const = default;
};

// The terms of `user_text` in order, by the grammar above; empty when none remain. build_fts_query(text)
// is fts_expression(parse_search_terms(text)) when there are terms.
std::vector<SearchTerm> parse_search_terms(std::string_view user_text);

// The FTS5 MATCH expression for `terms` (not empty): `"text"` or `"text"*` each, separated by one space.
std::string fts_expression(const std::vector<SearchTerm>& terms);

// `fts_query` (from build_fts_query) narrowed to rows whose `column` holds `phrase`: "(q) AND column : "p"",
// with quotes in `phrase` doubled so it stays one FTS5 string. Lets FTS5 intersect a structured filter
// that is also indexed (such as a tag) instead of testing every match row by row.
std::string fts_with_column_phrase(const std::string& fts_query, std::string_view column, std::string_view phrase);

}  // namespace tn
