// Text rules shared by every module: UTF-8, character classes, lengths, trimming, names and quotes.
#include "domain/text.h"

#include <algorithm>
#include <iterator>

namespace tn {
namespace {

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

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t extra = 0;
    char32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      extra = 1;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      extra = 2;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      extra = 3;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + extra >= s.size()) return false;  // truncated sequence
    for (std::size_t k = 1; k <= extra; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    static constexpr char32_t kMinForLength[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMinForLength[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += extra + 1;
  }
  return true;
}

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (const char ch : s) {
    if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string utf8_shortened(std::string_view s, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && chars++ == max_chars) {
      return std::string(s.substr(0, i)) + "…";
    }
  }
  return std::string(s);
}

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && is_ascii_space(s[b])) ++b;
  while (e > b && is_ascii_space(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

Status check_max_length(const std::string& field, std::string_view value, std::size_t max_chars) {
  if (utf8_length(value) > max_chars) {
    return Status::Invalid(field, field + " must be at most " + std::to_string(max_chars) + " characters");
  }
  return Status::Ok();
}

Status check_required_text(const std::string& field, std::string_view value, std::size_t max_chars) {
  if (trim(value).empty()) return Status::Invalid(field, field + " is required");
  return check_max_length(field, value, max_chars);
}

Status check_range(const std::string& field, long long value, long long lo, long long hi) {
  if (value < lo || value > hi) {
    return Status::Invalid(field, field + " must be between " + std::to_string(lo) + " and " + std::to_string(hi));
  }
  return Status::Ok();
}

Status check_one_of(const std::string& field, std::string_view value, std::span<const std::string_view> allowed) {
  if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return Status::Ok();
  std::string list;
  for (const std::string_view word : allowed) list += (list.empty() ? "" : ", ") + std::string(word);
  return Status::Invalid(field, field + " must be one of " + list);
}

Status check_positive_id(const std::string& field, std::int64_t id) {
  if (id > 0) return Status::Ok();
  return Status::Invalid(field, field + " must be a positive id");
}

Status check_id_list(const std::string& field, const std::vector<std::int64_t>& ids, std::string_view repeat_message) {
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const std::string name = indexed(field, i);
    if (Status s = check_positive_id(name, ids[i]); !s.ok()) return s;
    const auto earlier_end = ids.begin() + static_cast<std::ptrdiff_t>(i);
    if (std::find(ids.begin(), earlier_end, ids[i]) != earlier_end) {
      return Status::Invalid(name, name + " " + std::string(repeat_message));
    }
  }
  return Status::Ok();
}

bool same_secret(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a.empty()) return false;
  unsigned char difference = 0;
  for (std::size_t i = 0; i < a.size(); ++i) difference |= static_cast<unsigned char>(a[i] ^ b[i]);
  return difference == 0;
}

Status first_error(std::initializer_list<Status> checks) {
  for (const Status& s : checks) {
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

char32_t next_code_point(std::string_view s, std::size_t& pos) {
  const auto lead = static_cast<unsigned char>(s[pos]);
  const std::size_t length = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3
                           : (lead & 0xF8) == 0xF0 ? 4 : 0;
  if (length == 0 || pos + length > s.size() || !is_valid_utf8(s.substr(pos, length))) {
    ++pos;
    return kReplacementCodePoint;
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

void append_utf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string name_key(std::string_view name) {
  std::string key;
  bool pending_space = false;
  for (const char ch : trim(name)) {
    if (is_ascii_space(ch)) {
      pending_space = true;
      continue;
    }
    if (pending_space) key += ' ';
    pending_space = false;
    key += ch;
  }
  return ascii_lower(key);
}

std::string indexed(std::string_view list, std::size_t i) { return std::string(list) + "[" + std::to_string(i) + "]"; }

std::string join_as_list(const std::vector<std::string>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " and " : ", ";
    out += parts[i];
  }
  return out;
}

std::string quoted(std::string_view text, QuoteMarks marks) {
  if (marks == QuoteMarks::kAscii) return "'" + std::string(text) + "'";
  return "\u201C" + std::string(text) + "\u201D";
}

}  // namespace tn
