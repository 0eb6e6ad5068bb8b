// Unit tests for journal Markdown: safe HTML rendering and plain-text excerpts.
#include <catch2/catch.hpp>

#include <string>

#include "domain/markdown.h"
#include "domain/text.h"

using namespace tn;

namespace {

bool contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("render_markdown renders CommonMark", "[markdown]") {
  CHECK(render_markdown("") == "");
  CHECK(render_markdown("# Week\n\n*calm* and **clear**") ==
        "<h1>Week</h1>\n<p><em>calm</em> and <strong>clear</strong></p>\n");
  CHECK(render_markdown("- one\n- two") == "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n");
  CHECK(render_markdown("line one\nline two") == "<p>line one<br />\nline two</p>\n");
  // Smart punctuation: “Yes” – it’s done…
  CHECK(render_markdown("\"Yes\" -- it's done...") ==
        "<p>\xE2\x80\x9CYes\xE2\x80\x9D \xE2\x80\x93 it\xE2\x80\x99s done\xE2\x80\xA6</p>\n");
  CHECK(render_markdown("[site](https://example.org/?a=1&b=2)") ==
        "<p><a href=\"https://example.org/?a=1&amp;b=2\">site</a></p>\n");
}

TEST_CASE("render_markdown never emits raw HTML", "[markdown]") {
  SECTION("script blocks") {
    const std::string html = render_markdown("<script>alert(1)</script>");
    CHECK_FALSE(contains(html, "<script"));
    CHECK(html == "<!-- raw HTML omitted -->\n");
  }
  SECTION("inline tags with event handlers") {
    const std::string html = render_markdown("hi <img src=x onerror=alert(1)> there");
    CHECK(html == "<p>hi <!-- raw HTML omitted --> there</p>\n");
  }
  SECTION("an HTML link with a javascript: href") {
    const std::string html = render_markdown("<a href=\"javascript:x\">t</a>");
    CHECK(html == "<p><!-- raw HTML omitted -->t<!-- raw HTML omitted --></p>\n");
  }
  SECTION("code shows HTML as text") {
    CHECK(render_markdown("`<b>x</b>`") == "<p><code>&lt;b&gt;x&lt;/b&gt;</code></p>\n");
  }
}

TEST_CASE("render_markdown blanks dangerous URLs", "[markdown]") {
  for (const char* md : {"[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))",
                         "[x](jav&#x61;script:alert(1))", "[x](<javascript:alert(1)>)", "[x](vbscript:msgbox)",
                         "[x](file:///etc/passwd)", "[x](data:text/html;base64,PHNjcmlwdD4=)"}) {
    INFO(md);
    CHECK(render_markdown(md) == "<p><a href=\"\">x</a></p>\n");
  }
  CHECK(render_markdown("<javascript:alert(1)>") == "<p><a href=\"\">javascript:alert(1)</a></p>\n");
  CHECK(render_markdown("![p](data:image/png;base64,AAA)") ==
        "<p><img src=\"data:image/png;base64,AAA\" alt=\"p\" /></p>\n");  // inline images stay allowed
}

TEST_CASE("render_markdown escapes titles, alt text and entities", "[markdown]") {
  CHECK(render_markdown("[x](https://a.example \"<b>t</b>\")") ==
        "<p><a href=\"https://a.example\" title=\"&lt;b&gt;t&lt;/b&gt;\">x</a></p>\n");
  CHECK(render_markdown("![<img src=x onerror=y>](a.png)") ==
        "<p><img src=\"a.png\" alt=\"&lt;img src=x onerror=y&gt;\" /></p>\n");
  // Escaped and numeric entities stay text; named entities decode to their character.
  CHECK(render_markdown("&lt;script&gt; &#x3C;b> &amp; &copy;") ==
        "<p>&lt;script&gt; &lt;b&gt; &amp; \xC2\xA9</p>\n");
  CHECK(render_markdown("bad \xFF byte") == "<p>bad \xEF\xBF\xBD byte</p>\n");  // U+FFFD
}

TEST_CASE("plain_excerpt strips Markdown and collapses whitespace", "[markdown]") {
  CHECK(plain_excerpt("", 10) == "");
  CHECK(plain_excerpt("# Title\n\nSome *emph* and [link](http://x) `code`\n\n- a\n- b", 200) ==
        "Title Some emph and link code a b");
  CHECK(plain_excerpt("a <b>bold</b> c\n\n<script>alert(1)</script>\n\nafter", 200) == "a bold c after");
  CHECK(plain_excerpt("Fish &amp; chips", 200) == "Fish & chips");
  CHECK(plain_excerpt("  many \t\t spaces\n\n\n here ", 200) == "many spaces here");
  CHECK(plain_excerpt("![a cat](cat.png)", 200) == "a cat");
}

TEST_CASE("plain_excerpt cuts at a word boundary", "[markdown]") {
  // "Hello brave new world" has 21 characters.
  CHECK(plain_excerpt("Hello brave new world", 21) == "Hello brave new world");
  // 12: room for 11 characters + "…"; character 12 is a space, so "Hello brave" fits exactly.
  CHECK(plain_excerpt("Hello brave new world", 12) == "Hello brave\xE2\x80\xA6");
  // 14: the first 13 characters end inside "new", so we back up to the space after "brave".
  CHECK(plain_excerpt("Hello brave new world", 14) == "Hello brave\xE2\x80\xA6");
  // 6: the first 5 characters are "One, " -> back up to the space and drop the comma.
  CHECK(plain_excerpt("One, two, three", 6) == "One\xE2\x80\xA6");
  CHECK(plain_excerpt("Hello brave new world", 1) == "\xE2\x80\xA6");
  CHECK(plain_excerpt("Hello brave new world", 0) == "");
}

TEST_CASE("plain_excerpt never splits a UTF-8 sequence", "[markdown]") {
  // 11 characters; 8 leaves room for 7: "ééééé é" ends inside the second word -> back to the space.
  CHECK(plain_excerpt("ééééé ééééé", 8) == "ééééé\xE2\x80\xA6");
  // No spaces at all (Japanese): cut after 4 characters.
  CHECK(plain_excerpt("東京都の天気は晴れです", 5) == "東京都の\xE2\x80\xA6");

  const std::string mixed = "Größe 東京 🙂 naïve café Привет мир";
  for (std::size_t max = 0; max < 40; ++max) {
    const std::string excerpt = plain_excerpt(mixed, max);
    INFO("max " << max << ": " << excerpt);
    CHECK(is_valid_utf8(excerpt));
    CHECK(utf8_length(excerpt) <= max);
  }
}
