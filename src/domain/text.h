// Text rules shared by every module: UTF-8 checks, length limits counted in characters, trimming.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "domain/status.h"

namespace tn {

// True when `s` is well-formed UTF-8 (no overlongs, surrogates or code points above U+10FFFF).
bool is_valid_utf8(std::string_view s);

// Number of Unicode code points in `s`, which must be valid UTF-8.
std::size_t utf8_length(std::string_view s);

// The first `max_chars` code points of `s` (valid UTF-8), followed by "…" when anything was cut.
std::string utf8_shortened(std::string_view s, std::size_t max_chars);

// `s` without leading and trailing ASCII whitespace.
std::string trim(std::string_view s);

// OK when `value` has at most `max_chars` characters; otherwise an invalid-argument Status naming
// `field`, e.g. "statement must be at most 2000 characters".
Status check_max_length(const std::string& field, std::string_view value, std::size_t max_chars);

// Like check_max_length, and also refuses a value that is empty after trimming ("title is required").
Status check_required_text(const std::string& field, std::string_view value, std::size_t max_chars);

// OK when lo <= value <= hi; otherwise "<field> must be between lo and hi".
Status check_range(const std::string& field, long long value, long long lo, long long hi);

}  // namespace tn
