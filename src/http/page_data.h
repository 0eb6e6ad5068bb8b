// Each UI page's stylesheets and the API requests it makes first (web/page-data.json, made from
// web/js/router.js by scripts/page_data.mjs), so a full load of a page can carry both in its HTML.
#pragma once

#include <nlohmann/json.hpp>

#include "http/path_pattern.h"

#include <string>
#include <string_view>
#include <vector>

namespace tn {

class PageTable {
 public:
  // The table in `json_text`: [{"page": "/decisions/:id", "styles": ["decisions"], "requests":
  // ["/api/decisions/:id", ...]}, ...], in the route table's order. Text that is not such a table gives an
  // empty one; an entry without a "requests" array is left out, and one without "styles" has none.
  explicit PageTable(std::string_view json_text);

  // The API paths (with their query, if any) that the page at `address` asks for first: those of the
  // first page in the table that matches it (match_path), each ":name" filled in with that segment of
  // `address` decoded and percent-encoded again, as the UI does (encodeURIComponent). `address` is the
  // path of a request target as sent (percent-encoded, no query). Empty when no page lives there.
  std::vector<std::string> first_requests(std::string_view address) const;

  // The module stylesheets (names under css/, e.g. "journal") of the first page in the table that matches
  // `address` (a request target's path as sent, no query). Empty when no page lives there.
  std::vector<std::string> styles(std::string_view address) const;

 private:
  struct Page {
    std::string pattern;  // the page's path; ":name" stands for any one segment (see path_pattern.h)
    std::vector<std::string> styles;
    std::vector<std::string> requests;
  };
  // The first page whose pattern matches `address`, with the segments it matched in `params`; or null.
  const Page* find(std::string_view address, PathParams& params) const;
  std::vector<Page> pages_;
};

// `text` percent-encoded as JavaScript's encodeURIComponent does: every byte but A-Z a-z 0-9 - _ . ! ~ * ' ( ).
std::string encode_uri_component(std::string_view text);

// `value` as JSON text that can stand inside an HTML <script> element: every "<" written as \u003c, so
// no text in it can end the element.
std::string json_for_script(const nlohmann::json& value);

}  // namespace tn
