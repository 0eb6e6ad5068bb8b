// Journal Markdown: safe HTML rendering (CommonMark via libcmark) and plain-text excerpts for lists.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tn {

// Renders CommonMark `md` to an HTML fragment that is safe to insert into our pages:
//   - raw HTML (blocks and inline tags such as <script> or <img onerror=...>) is never passed through;
//     libcmark replaces it with the comment "<!-- raw HTML omitted -->";
//   - link and image URLs starting with javascript:, vbscript:, file: or data: (except data:image/png,
//     gif, jpeg and webp) are emptied, also when hidden behind entities or upper case;
//   - text and attributes (link titles, image alt text) are HTML-escaped;
//   - invalid UTF-8 is replaced by U+FFFD.
// Typography: a line break typed in the text is a line break in the output (<br />), as people expect
// in a journal, and straight quotes/dashes/ellipses become typographic ones ("smart punctuation").
// Never fails; empty input gives "".
std::string render_markdown(std::string_view md);

// A plain-text preview of `md` of at most `max_chars` characters (code points), for entry lists:
// Markdown syntax is dropped (emphasis, headings, list markers, link targets, code fences; link text,
// image alt text and code are kept), raw HTML blocks and tags are dropped (text between inline tags is
// kept), entities are decoded, and all whitespace runs become one space. When the text is longer it is
// cut at the last word boundary that leaves room for a trailing "…" (mid-word only when the first word
// alone is too long; trailing spaces, commas, colons and semicolons before the "…" are dropped), never
// inside a UTF-8 sequence. The result is plain text, not HTML: escape it where it is placed into HTML.
// max_chars 0 gives "".
std::string plain_excerpt(std::string_view md, std::size_t max_chars);

}  // namespace tn
