// The API requests each UI page makes first, matched to a page's address (see page_data.h).
#include "http/page_data.h"

#include <httplib.h>

#include <cctype>

#include "http/path_pattern.h"

namespace tn {
namespace {

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

PageRequests::PageRequests(std::string_view json_text) {
  const nlohmann::json table = nlohmann::json::parse(json_text, nullptr, false);
  if (!table.is_array()) return;
  for (const auto& entry : table) {
    if (!entry.is_object() || !entry.contains("page") || !entry["page"].is_string() || !entry.contains("requests") ||
        !entry["requests"].is_array()) {
      continue;
    }
    Page page{entry["page"].get<std::string>(), {}};
    for (const auto& request : entry["requests"]) {
      if (request.is_string()) page.requests.push_back(request.get<std::string>());
    }
    pages_.push_back(std::move(page));
  }
}

std::vector<std::string> PageRequests::first_requests(std::string_view address) const {
  PathParams params;
  for (const Page& page : pages_) {
    if (!match_path(page.pattern, address, params)) continue;
    for (auto& param : params) param.second = encode_uri_component(httplib::detail::decode_url(param.second, false));
    std::vector<std::string> requests;
    for (const std::string& request : page.requests) requests.push_back(filled(request, params));
    return requests;
  }
  return {};
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
