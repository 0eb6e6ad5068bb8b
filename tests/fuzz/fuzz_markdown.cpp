// libFuzzer target for journal Markdown: rendered HTML holds only cmark's own safe tags, excerpts keep their limits.
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/markdown.h"
#include "domain/search_query.h"
#include "domain/text.h"
#include "check.h"

namespace {

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// An attribute value as a browser reads the URL: the entities cmark writes decoded, tabs and newlines gone,
// leading spaces and controls trimmed, lower case.
std::string url_as_browser_reads(std::string_view value) {
  std::string url;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const auto decoded = [&](std::string_view entity, char c) {
      if (value.substr(i, entity.size()) != entity) return false;
      url += c;
      i += entity.size() - 1;
      return true;
    };
    if (decoded("&amp;", '&') || decoded("&quot;", '"') || decoded("&#x27;", '\'') || decoded("&lt;", '<') ||
        decoded("&gt;", '>')) {
      continue;
    }
    if (value[i] != '\t' && value[i] != '\n' && value[i] != '\r') url += static_cast<char>(std::tolower(value[i]));
  }
  url.erase(0, url.find_first_not_of(std::string_view("\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f"
                                                      "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c"
                                                      "\x1d\x1e\x1f ", 29)));
  return url;
}

bool is_safe_url(std::string_view value) {
  const std::string url = url_as_browser_reads(value);
  const auto starts = [&](std::string_view prefix) { return url.compare(0, prefix.size(), prefix) == 0; };
  if (starts("data:image/png") || starts("data:image/gif") || starts("data:image/jpeg") ||
      starts("data:image/webp")) {
    return true;
  }
  return !starts("javascript:") && !starts("vbscript:") && !starts("file:") && !starts("data:");
}

// Checks the tag that starts at html[pos] (a '<') and returns the position after it. Allowed: the tags
// libcmark's renderer writes, with only its attributes, quoted, and safe URLs; and its raw HTML comment.
std::size_t check_tag(const std::string& html, std::size_t pos) {
  constexpr std::string_view kOmitted = "<!-- raw HTML omitted -->";
  if (html.compare(pos, kOmitted.size(), kOmitted) == 0) return pos + kOmitted.size();
  std::size_t i = pos + 1;
  if (i < html.size() && html[i] == '/') ++i;
  const std::size_t name_start = i;
  while (i < html.size() && std::isalnum(static_cast<unsigned char>(html[i]))) ++i;
  FUZZ_CHECK(is_one_of(std::string_view(html).substr(name_start, i - name_start),
                    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "code",
                     "hr", "br", "em", "strong", "a", "img"}));
  while (true) {
    FUZZ_CHECK(i < html.size());
    if (html.compare(i, 1, ">") == 0) return i + 1;
    if (html.compare(i, 3, " />") == 0) return i + 3;
    FUZZ_CHECK(html[i] == ' ');
    const std::size_t attribute_start = ++i;
    while (i < html.size() && std::islower(static_cast<unsigned char>(html[i]))) ++i;
    const std::string_view attribute = std::string_view(html).substr(attribute_start, i - attribute_start);
    FUZZ_CHECK(is_one_of(attribute, {"href", "src", "title", "alt", "start", "class"}));
    FUZZ_CHECK(html.compare(i, 2, "=\"") == 0);
    const std::size_t value_start = i + 2;
    const std::size_t value_end = html.find('"', value_start);
    FUZZ_CHECK(value_end != std::string::npos);
    const std::string_view value = std::string_view(html).substr(value_start, value_end - value_start);
    FUZZ_CHECK(value.find('<') == std::string_view::npos && value.find('>') == std::string_view::npos);
    if (attribute == "href" || attribute == "src") FUZZ_CHECK(is_safe_url(value));
    i = value_end + 1;
  }
}

void check_html(const std::string& html) {
  FUZZ_CHECK(tn::is_valid_utf8(html));
  for (std::size_t pos = html.find('<'); pos != std::string::npos; pos = html.find('<', pos)) {
    pos = check_tag(html, pos);
  }
}

// An excerpt is valid UTF-8 of at most max_chars characters, with single spaces between words only.
void check_excerpt(const std::string& excerpt, std::size_t max_chars) {
  FUZZ_CHECK(tn::is_valid_utf8(excerpt));
  FUZZ_CHECK(tn::utf8_length(excerpt) <= max_chars);
  FUZZ_CHECK(excerpt.empty() || (excerpt.front() != ' ' && excerpt.back() != ' '));
  FUZZ_CHECK(excerpt.find("  ") == std::string::npos);
  for (std::size_t pos = 0; pos < excerpt.size();) {
    const char32_t cp = tn::next_code_point(excerpt, pos);
    FUZZ_CHECK(cp == ' ' || !tn::is_space_code_point(cp));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::size_t max_chars = data[0] % 64;  // the first byte picks the excerpt length, the rest is Markdown
  const std::string_view md(reinterpret_cast<const char*>(data) + 1, size - 1);
  check_html(tn::render_markdown(md));
  check_excerpt(tn::plain_excerpt(md, max_chars), max_chars);
  return 0;
}
