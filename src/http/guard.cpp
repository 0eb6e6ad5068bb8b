// The security rules every request passes before any handler runs (Host, Origin, headers, body limits).
#include "http/guard.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace tn {
namespace {

// cpp-httplib adds these four to every request itself; they do not count against the header limit.
constexpr std::size_t kServerAddedHeaders = 4;

bool is_one_of(const std::string& value, const std::vector<std::string>& allowed) {
  return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

bool is_json_media_type(const std::string& content_type) {
  const std::string type = lower(content_type.substr(0, content_type.find(';')));
  const auto last = type.find_last_not_of(" \t");
  return type.substr(0, last == std::string::npos ? 0 : last + 1) == "application/json";
}

Reply forbidden(const std::string& message) { return error_reply(Status::Error(Code::kForbidden, message)); }

}  // namespace

GuardRules guard_rules_for(const std::string& bind_host, int port) {
  const std::string p = ":" + std::to_string(port);
  GuardRules rules;
  rules.allowed_hosts = {"127.0.0.1" + p, "localhost" + p, "[::1]" + p};
  const std::string own = (bind_host.find(':') != std::string::npos ? "[" + bind_host + "]" : bind_host) + p;
  if (!is_one_of(own, rules.allowed_hosts)) rules.allowed_hosts.push_back(own);
  for (const std::string& host : rules.allowed_hosts) rules.allowed_origins.push_back("http://" + host);
  return rules;
}

std::optional<Reply> check_request(const httplib::Request& req, const GuardRules& rules) {
  static const std::vector<std::string> kMethods = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"};
  if (!is_one_of(req.method, kMethods)) {
    return error_reply(Status::Error(Code::kMethodNotAllowed, req.method + " requests are not accepted"));
  }
  if (req.headers.size() > rules.max_headers + kServerAddedHeaders) {
    return http_error_reply(431, "too_many_headers",
                            "too many request headers (at most " + std::to_string(rules.max_headers) + ")");
  }
  if (req.get_header_value_count("Host") != 1 || !is_one_of(req.get_header_value("Host"), rules.allowed_hosts)) {
    return forbidden("the Host header must name this local server (e.g. " + rules.allowed_hosts.front() + ")");
  }
  if (req.has_header("Origin") && (req.get_header_value_count("Origin") != 1 ||
                                   !is_one_of(req.get_header_value("Origin"), rules.allowed_origins))) {
    return forbidden("requests from other websites are refused");
  }
  if (req.has_header("Transfer-Encoding")) {
    return http_error_reply(411, "length_required", "send the body with a Content-Length, not Transfer-Encoding");
  }
  if (req.has_header("Content-Encoding")) {
    return error_reply(Status::Error(Code::kUnsupportedMediaType, "compressed request bodies are not accepted"));
  }
  if (req.has_header("Range")) {
    return http_error_reply(416, "range_not_supported", "Range requests are not supported");
  }

  std::uint64_t length = 0;
  if (req.has_header("Content-Length")) {
    const std::string value = req.get_header_value("Content-Length");
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), length);
    if (req.get_header_value_count("Content-Length") != 1 || value.empty() || ec != std::errc() ||
        end != value.data() + value.size()) {
      return http_error_reply(400, "invalid_argument", "the Content-Length header is malformed");
    }
    if (length > rules.max_body_bytes) {
      return error_reply(Status::Error(Code::kTooLarge, "the request body is too large (at most " +
                                                            std::to_string(rules.max_body_bytes / 1024) + " KiB)"));
    }
  }

  if (req.method == "GET" || req.method == "HEAD") return std::nullopt;
  if (req.get_header_value("X-Requested-With") != "truenorth") {
    return forbidden("changes need the header X-Requested-With: truenorth");
  }
  if (length > 0 && !is_json_media_type(req.get_header_value("Content-Type"))) {
    return error_reply(Status::Error(Code::kUnsupportedMediaType, "the body must be JSON (Content-Type: application/json)"));
  }
  return std::nullopt;
}

}  // namespace tn
