// Text rules shared by every module: UTF-8, character classes, lengths, trimming, names and quotes; and the
// field checks every module's validation uses.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/status.h"

namespace tn {

// --- UTF-8 and character classes (a small approximation of Unicode categories) ---

// True when `s` is well-formed UTF-8 (no overlongs, surrogates or code points above U+10FFFF).
bool is_valid_utf8(std::string_view s);

// What next_code_point() returns for a byte that does not start a well-formed UTF-8 sequence.
inline constexpr char32_t kReplacementCodePoint = 0xFFFD;

// Decodes the code point that starts at byte `pos` of `s` and moves `pos` past it. A byte that does not
// start a well-formed sequence decodes to U+FFFD and advances `pos` by one byte. Requires pos < s.size().
char32_t next_code_point(std::string_view s, std::size_t& pos);

// True for whitespace: ASCII spaces and controls, NO-BREAK SPACE, the Unicode space characters
// U+1680, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F and IDEOGRAPHIC SPACE U+3000.
bool is_space_code_point(char32_t cp);

// `text` with every run of code points for which is_separator() holds turned into one ASCII space, and
// none at either end.
std::string collapse_runs(std::string_view text, bool (*is_separator)(char32_t));

// True for characters that form words in any language: ASCII letters and digits, and every non-ASCII code
// point outside the punctuation, symbol, space, emoji, private-use and special ranges listed in the .cpp
// (so é, ü, ß, Cyrillic, Greek, Arabic, Devanagari with its marks, CJK and kana are word characters).
bool is_word_code_point(char32_t cp);

// Appends the UTF-8 encoding of code point `cp` (at most U+10FFFF) to `out`.
void append_utf8(char32_t cp, std::string& out);

// Number of Unicode code points in `s`, which must be valid UTF-8.
std::size_t utf8_length(std::string_view s);

// The first `max_chars` code points of `s` (valid UTF-8), followed by "…" when anything was cut.
std::string utf8_shortened(std::string_view s, std::size_t max_chars);

// `s` without leading and trailing ASCII whitespace.
std::string trim(std::string_view s);

// `s` with the ASCII letters A-Z lower-cased; every other byte unchanged.
std::string ascii_lower(std::string_view s);

// The key two names are compared by when they must be unique: trimmed, inner runs of ASCII whitespace
// collapsed to one space, ASCII letters lower-cased ("  Work  Life" -> "work life"). Other characters are
// kept as typed.
std::string name_key(std::string_view name);

// The name of element `i` of the list field `list` in error messages: indexed("options", 2) -> "options[2]".
std::string indexed(std::string_view list, std::size_t i);

// The parts as an English list: "a", "a and b", "a, b and c" ("" for none).
std::string join_as_list(const std::vector<std::string>& parts);

// Whether two secrets (tokens, feed addresses) are equal, compared in time that depends on their lengths
// only, so the time taken tells nothing about how much of a guess was right. False when either is empty.
bool same_secret(std::string_view a, std::string_view b);

// The quotation marks quoted() puts around a text: typographic ones (“text”) or ASCII apostrophes ('text').
enum class QuoteMarks { kTypographic, kAscii };

// `text` between the opening and closing marks of `marks`, as it is (not trimmed).
std::string quoted(std::string_view text, QuoteMarks marks);

// OK when `value` has at most `max_chars` characters; otherwise an invalid-argument Status naming
// `field`, e.g. "statement must be at most 2000 characters".
Status check_max_length(const std::string& field, std::string_view value, std::size_t max_chars);

// Like check_max_length, and also refuses a value that is empty after trimming ("title is required").
Status check_required_text(const std::string& field, std::string_view value, std::size_t max_chars);

// OK when lo <= value <= hi; otherwise "<field> must be between lo and hi".
Status check_range(const std::string& field, long long value, long long lo, long long hi);

// OK when `value` is one of `allowed`; otherwise "<field> must be one of a, b, c".
Status check_one_of(const std::string& field, std::string_view value, std::span<const std::string_view> allowed);

// OK when `id` is positive; otherwise "<field> must be a positive id".
Status check_positive_id(const std::string& field, std::int64_t id);

// OK when every id of `ids` is positive and none repeats an earlier one; otherwise an invalid-argument
// Status on "<field>[i]": "... must be a positive id" or "<field>[i] <repeat_message>".
Status check_id_list(const std::string& field, const std::vector<std::int64_t>& ids, std::string_view repeat_message);

// The first non-OK status of `checks` (evaluated in order by the caller), or OK.
Status first_error(std::initializer_list<Status> checks);

}  // namespace tn
