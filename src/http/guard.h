// The security rules every request passes before any handler runs (Host, Origin, access token, headers,
// body limits).
#pragma once

#include <httplib.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "http/reply.h"

namespace tn {

struct GuardRules {
  std::vector<std::string> allowed_hosts;    // exact Host values, e.g. "127.0.0.1:8740"
  std::vector<std::string> allowed_origins;  // "http://" + each allowed host
  std::size_t max_body_bytes = 1 << 20;      // 1 MiB
  // The one route that takes large uploads (POST, e.g. an archive to import) and its limit.
  std::string upload_path = "/api/import";
  std::size_t max_upload_bytes = std::size_t{512} << 20;  // 512 MiB
  std::size_t max_headers = 64;
  std::string access_token;  // the secret every /api and /plan request must carry (cookie or Bearer)
  std::string cookie_name;   // the cookie that carries it in the browser: "truenorth-PORT"
};

// Whether `path` is part of the JSON API ("/api" or below).
bool is_api_path(const std::string& path);

// The largest body `request` may carry: max_upload_bytes for a POST to upload_path, else max_body_bytes.
std::size_t body_limit(const httplib::Request& request, const GuardRules& rules);

// Whether `path` is one of the printable pages the server renders itself ("/plan" or below). They hold
// private data, so they need the access token like the API.
bool is_plan_path(const std::string& path);

// Whether `path` is under "/calendar/", where the calendar feed lives. Private like the API, except the
// one request a calendar app makes (see is_calendar_feed_request).
bool is_calendar_path(const std::string& path);

// Whether `request` is a GET or HEAD of a calendar feed's address, "/calendar/<64 hex digits>.ics": the
// only request let in without the access token (a calendar app cannot send it). The secret in the address
// is checked by the feed's handler.
bool is_calendar_feed_request(const httplib::Request& request);

// `path` as it may be written to a log: a calendar path's secret is left out ("/calendar/…").
std::string loggable_path(const std::string& path);

// The rules for a server bound to `bind_host`:`port` with `access_token`: it accepts the Hosts
// 127.0.0.1, localhost and [::1] with the port, plus the bind address itself, and the matching http://
// Origins. The cookie is named after the port, so servers on other ports keep their own.
GuardRules guard_rules_for(const std::string& bind_host, int port, std::string access_token);

// The refusal for a request that breaks a rule, or nullopt when it may proceed. Checks, in order:
// method (405), header count (431), Host exactly one allowed value (403), Origin when present (403),
// Transfer-Encoding (411), Content-Encoding (415), Range (416), Content-Length well-formed (400) and
// within body_limit() (413), and for POST/PUT/PATCH/DELETE the X-Requested-With: truenorth header (403)
// and a JSON Content-Type when there is a body (415; the upload route also takes application/octet-stream),
// and last, for /api and /plan paths, the access token (401); a GET of a /plan page may also bring it as
// ?token= (see token_exchange). Under /calendar/ the token is needed too, but for is_calendar_feed_request.
// Only looks at the request line and headers.
std::optional<Reply> check_request(const httplib::Request& request, const GuardRules& rules);

// For a page request whose query has token=<the access token>: a 303 redirect to the same address
// without it that sets the access cookie (HttpOnly, SameSite=Strict), so the token leaves the address
// bar and history. nullopt for any other request, including a wrong token (the page then explains).
std::optional<Reply> token_exchange(const httplib::Request& request, const GuardRules& rules);

}  // namespace tn
