// Journal Markdown: safe HTML rendering (CommonMark via libcmark) and plain-text excerpts for lists.
#include "domain/markdown.h"

#include <cmark.h>

#include <cstdlib>
#include <memory>

#include "domain/search_query.h"

namespace tn {
namespace {

// CMARK_OPT_UNSAFE is deliberately absent: without it libcmark omits raw HTML and blanks dangerous URLs.
constexpr int kCmarkOptions = CMARK_OPT_HARDBREAKS | CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8;

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IterDeleter {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

// The visible text of the document, one space between blocks and line breaks, raw HTML left out.
std::string visible_text(std::string_view md) {
  const std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parse_document(md.data(), md.size(),
                                                                                kCmarkOptions));
  const std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(document.get()));
  std::string text;
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    const cmark_node_type type = cmark_node_get_type(node);
    switch (type) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
      case CMARK_NODE_CODE_BLOCK:
        text += cmark_node_get_literal(node);
        if (type == CMARK_NODE_CODE_BLOCK) text += ' ';
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
      case CMARK_NODE_THEMATIC_BREAK:
        text += ' ';
        break;
      default:
        if (event == CMARK_EVENT_EXIT && type >= CMARK_NODE_FIRST_BLOCK && type <= CMARK_NODE_LAST_BLOCK) {
          text += ' ';
        }
        break;
    }
  }
  return text;
}

}  // namespace

std::string render_markdown(std::string_view md) {
  const std::unique_ptr<char, decltype(&std::free)> html(cmark_markdown_to_html(md.data(), md.size(),
                                                                                kCmarkOptions),
                                                         &std::free);
  return html ? std::string(html.get()) : std::string();
}

std::string plain_excerpt(std::string_view md, std::size_t max_chars) {
  const std::string text = collapse_runs(visible_text(md), is_space_code_point);
  std::size_t cut = 0;  // byte offset after the first max_chars - 1 characters
  std::size_t chars = 0;
  for (std::size_t pos = 0; pos < text.size(); ++chars) {
    if (chars + 1 == max_chars) cut = pos;
    next_code_point(text, pos);
  }
  if (chars <= max_chars) return text;
  if (max_chars == 0) return "";
  if (text[cut] != ' ') {
    const std::size_t space = text.rfind(' ', cut);
    if (space != std::string::npos) cut = space;
  }
  while (cut > 0 && (text[cut - 1] == ' ' || text[cut - 1] == ',' || text[cut - 1] == ';' ||
                     text[cut - 1] == ':')) {
    --cut;
  }
  return text.substr(0, cut) + std::string(kEllipsis);
}

}  // namespace tn
