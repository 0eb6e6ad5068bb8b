// Each UI page's stylesheets and first API requests, matched to a page's address (see page_data.h).
#include "http/page_data.h"

#include <httplib.h>

#include <cctype>

namespace tn {
namespace {

// The strings of JSON array `list` (other items are left out).
std::vector<std::string> strings_of(const nlohmann::json& list) {
  std::vector<std::string> out;
  for (const auto& item : list) {
    if (item.is_string()) out.push_back(item.get<std::string>());
  }
  return out;
}

// `request` with each ":name" replaced by params' value for name (a name it has no value for stays).
std::string filled(const std::string& request, const PathParams& params) {
  std::string out;
  for (std::size_t at = 0; at < request.size();) {
    if (request[at] != ':') {
      out += request[at++];
      continue;
    }
    std::size_t end = at + 1;
    while (end < request.size() && (std::isalnum(static_cast<unsigned char>(request[end])) || request[end] == '_')) ++end;
    const auto given = params.find(request.substr(at + 1, end - at - 1));
    out += given == params.end() ? request.substr(at, end - at) : given->second;
    at = end;
  }
  return out;
}

}  // namespace

PageTable::PageTable(std::string_view json_text) {
  const nlohmann::json table = nlohmann::json::parse(json_text, nullptr, false);
  if (!table.is_array()) return;
  for (const auto& entry : table) {
    if (!entry.is_object() || !entry.contains("page") || !entry["page"].is_string() || !entry.contains("requests") ||
        !entry["requests"].is_array()) {
      continue;
    }
    const auto styles = entry.find("styles");
    pages_.push_back({entry["page"].get<std::string>(),
                      styles != entry.end() && styles->is_array() ? strings_of(*styles) : std::vector<std::string>{},
                      strings_of(entry["requests"])});
  }
}

const PageTable::Page* PageTable::find(std::string_view address, PathParams& params) const {
  for (const Page& page : pages_) {
    if (match_path(page.pattern, address, params)) return &page;
  }
  return nullptr;
}

std::vector<std::string> PageTable::first_requests(std::string_view address) const {
  PathParams params;
  const Page* page = find(address, params);
  if (!page) return {};
  for (auto& param : params) param.second = encode_uri_component(httplib::detail::decode_url(param.second, false));
  std::vector<std::string> requests;
  for (const std::string& request : page->requests) requests.push_back(filled(request, params));
  return requests;
}

std::vector<std::string> PageTable::styles(std::string_view address) const {
  PathParams params;
  const Page* page = find(address, params);
  return page ? page->styles : std::vector<std::string>{};
}

std::string encode_uri_component(std::string_view text) {
  static constexpr std::string_view kKept = "-_.!~*'()";
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || kKept.find(c) != std::string_view::npos) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    }
  }
  return out;
}

std::string json_for_script(const nlohmann::json& value) {
  const std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '<') out += "\\u003c";
    else out += c;
  }
  return out;
}

}  // namespace tn
