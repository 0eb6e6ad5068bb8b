// The security rules every request passes before any handler runs (Host, Origin, access token, headers,
// body limits).
#include "http/guard.h"

#include <algorithm>
#include <charconv>

#include "domain/text.h"
#include "http/connection.h"

namespace tn {
namespace {

constexpr const char* kCalendarPrefix = "/calendar/";

// cpp-httplib adds these four to every request itself; they do not count against the header limit.
constexpr std::size_t kServerAddedHeaders = 4;

bool is_one_of(const std::string& value, const std::vector<std::string>& allowed) {
  return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

// Whether `content_type` (parameters aside) is `media_type`, any case.
bool is_media_type(const std::string& content_type, std::string_view media_type) {
  const std::string type = ascii_lower(content_type.substr(0, content_type.find(';')));
  const auto last = type.find_last_not_of(" \t");
  return type.substr(0, last == std::string::npos ? 0 : last + 1) == media_type;
}

bool is_json_media_type(const std::string& content_type) { return is_media_type(content_type, "application/json"); }

// Every value of header `name` as it arrived on the wire when the connection recorded it (cpp-httplib
// hands handlers percent-decoded values), else as cpp-httplib parsed it.
std::vector<std::string> header_values(const httplib::Request& req, const std::string& name) {
  if (auto raw = raw_header_values(name)) return std::move(*raw);
  std::vector<std::string> values;
  for (std::size_t i = 0; i < req.get_header_value_count(name.c_str()); ++i) {
    values.push_back(req.get_header_value(name.c_str(), i));
  }
  return values;
}

std::string trimmed(const std::string& s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

// The value of cookie `name` in any Cookie header, or "".
std::string cookie_value(const httplib::Request& req, const std::string& name) {
  const std::size_t headers = req.get_header_value_count("Cookie");
  for (std::size_t i = 0; i < headers; ++i) {
    const std::string header = req.get_header_value("Cookie", i);
    std::size_t start = 0;
    while (start <= header.size()) {
      const std::size_t end = std::min(header.find(';', start), header.size());
      const std::string pair = trimmed(header.substr(start, end - start));
      if (pair.size() > name.size() && pair.compare(0, name.size(), name) == 0 && pair[name.size()] == '=') {
        return pair.substr(name.size() + 1);
      }
      start = end + 1;
    }
  }
  return "";
}

bool has_access(const httplib::Request& req, const GuardRules& rules) {
  const std::string authorization = req.get_header_value("Authorization");
  if (authorization.starts_with("Bearer ") && same_secret(trimmed(authorization.substr(7)), rules.access_token)) {
    return true;
  }
  return same_secret(cookie_value(req, rules.cookie_name), rules.access_token);
}

// Whether `req` is a page request (not /api) whose query has token=<the access token>.
bool brings_token(const httplib::Request& req, const GuardRules& rules) {
  return req.method == "GET" && !is_api_path(req.path) && req.has_param("token") &&
         same_secret(req.get_param_value("token"), rules.access_token);
}

// The request target without its token=… query parameter.
std::string target_without_token(const std::string& target) {
  const auto question = target.find('?');
  std::string kept;
  std::size_t start = question + 1;
  while (start <= target.size()) {
    const std::size_t end = std::min(target.find('&', start), target.size());
    const std::string part = target.substr(start, end - start);
    if (!part.empty() && !part.starts_with("token=")) kept += (kept.empty() ? "" : "&") + part;
    start = end + 1;
  }
  return target.substr(0, question) + (kept.empty() ? "" : "?" + kept);
}

}  // namespace

bool is_api_path(const std::string& path) { return path == "/api" || path.starts_with("/api/"); }

std::size_t body_limit(const httplib::Request& req, const GuardRules& rules) {
  return req.method == "POST" && req.path == rules.upload_path ? rules.max_upload_bytes : rules.max_body_bytes;
}

bool is_plan_path(const std::string& path) { return path == "/plan" || path.starts_with("/plan/"); }

bool is_calendar_path(const std::string& path) { return path.starts_with(kCalendarPrefix); }

bool is_calendar_feed_request(const httplib::Request& req) {
  constexpr std::size_t kSecretChars = 64;
  const std::string& path = req.path;
  const std::size_t prefix = std::string_view(kCalendarPrefix).size();
  return (req.method == "GET" || req.method == "HEAD") && path.size() == prefix + kSecretChars + 4 &&
         is_calendar_path(path) && path.ends_with(".ics") &&
         path.find_first_not_of("0123456789abcdef", prefix) == prefix + kSecretChars;
}

std::string loggable_path(const std::string& path) {
  return is_calendar_path(path) ? std::string(kCalendarPrefix) + "…" : path;
}

GuardRules guard_rules_for(const std::string& bind_host, int port, std::string access_token) {
  const std::string p = ":" + std::to_string(port);
  GuardRules rules;
  rules.access_token = std::move(access_token);
  rules.cookie_name = "truenorth-" + std::to_string(port);
  rules.allowed_hosts = {"127.0.0.1" + p, "localhost" + p, "[::1]" + p};
  const std::string own = (bind_host.find(':') != std::string::npos ? "[" + bind_host + "]" : bind_host) + p;
  if (!is_one_of(own, rules.allowed_hosts)) rules.allowed_hosts.push_back(own);
  for (const std::string& host : rules.allowed_hosts) rules.allowed_origins.push_back("http://" + host);
  return rules;
}

std::optional<Reply> check_request(const httplib::Request& req, const GuardRules& rules) {
  static const std::vector<std::string> kMethods = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"};
  if (!is_one_of(req.method, kMethods)) {
    return refusal_reply(HttpRefusal::kMethodNotAllowed, req.method + " requests are not accepted");
  }
  if (req.headers.size() > rules.max_headers + kServerAddedHeaders) {
    return refusal_reply(HttpRefusal::kTooManyHeaders,
                         "too many request headers (at most " + std::to_string(rules.max_headers) + ")");
  }
  const auto hosts = header_values(req, "Host");
  if (hosts.size() != 1 || !is_one_of(hosts.front(), rules.allowed_hosts)) {
    return refusal_reply(HttpRefusal::kForbidden,
                         "the Host header must name this local server (e.g. " + rules.allowed_hosts.front() + ")");
  }
  const auto origins = header_values(req, "Origin");
  if (!origins.empty() && (origins.size() != 1 || !is_one_of(origins.front(), rules.allowed_origins))) {
    return refusal_reply(HttpRefusal::kForbidden, "requests from other websites are refused");
  }
  if (req.has_header("Transfer-Encoding")) {
    return refusal_reply(HttpRefusal::kLengthRequired, "send the body with a Content-Length, not Transfer-Encoding");
  }
  if (req.has_header("Content-Encoding")) {
    return refusal_reply(HttpRefusal::kUnsupportedMediaType, "compressed request bodies are not accepted");
  }
  if (req.has_header("Range")) {
    return refusal_reply(HttpRefusal::kRangeNotSupported, "Range requests are not supported");
  }

  std::uint64_t length = 0;
  if (req.has_header("Content-Length")) {
    const std::string value = req.get_header_value("Content-Length");
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), length);
    if (req.get_header_value_count("Content-Length") != 1 || value.empty() || ec != std::errc() ||
        end != value.data() + value.size()) {
      return error_reply(Status::Invalid("", "the Content-Length header is malformed"));
    }
    if (const std::size_t limit = body_limit(req, rules); length > limit) {
      return refusal_reply(HttpRefusal::kTooLarge, "the request body is too large (at most " +
                                                       std::to_string(limit >> 20) + " MiB)");
    }
  }

  if (req.method != "GET" && req.method != "HEAD") {
    if (req.get_header_value("X-Requested-With") != "truenorth") {
      return refusal_reply(HttpRefusal::kForbidden, "changes need the header X-Requested-With: truenorth");
    }
    const std::string type = req.get_header_value("Content-Type");
    const bool is_upload = req.method == "POST" && req.path == rules.upload_path;
    if (length > 0 && !is_json_media_type(type) && !(is_upload && is_media_type(type, "application/octet-stream"))) {
      return refusal_reply(HttpRefusal::kUnsupportedMediaType,
                           is_upload ? "the body must be a file (Content-Type: application/json or application/octet-stream)"
                                     : "the body must be JSON (Content-Type: application/json)");
    }
  }
  const bool is_private = (is_api_path(req.path) || is_plan_path(req.path) || is_calendar_path(req.path)) &&
                          !is_calendar_feed_request(req);
  if (is_private && !has_access(req, rules) && !brings_token(req, rules)) {
    return refusal_reply(HttpRefusal::kUnauthorized,
                         "this browser or program has not been let in: open the address True North printed when "
                            "it started (it ends with ?token=…), or send the header Authorization: Bearer <token> "
                            "with the token from the file beside the database");
  }
  return std::nullopt;
}

std::optional<Reply> token_exchange(const httplib::Request& req, const GuardRules& rules) {
  if (!brings_token(req, rules)) return std::nullopt;
  Reply reply = ok_reply(json::object());
  reply.status = 303;
  reply.headers.emplace_back("Location", target_without_token(req.target));
  reply.headers.emplace_back("Set-Cookie", rules.cookie_name + "=" + rules.access_token +
                                               "; Path=/; Max-Age=34560000; HttpOnly; SameSite=Strict");
  return reply;
}

}  // namespace tn
