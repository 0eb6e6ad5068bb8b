// Reply: what a handler returns (JSON, a text download or a page), and the one Status-to-HTTP mapping.
#pragma once

#include <nlohmann/json.hpp>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/status.h"

namespace tn {

using json = nlohmann::json;

// Hands one piece of a streamed body to the client; false when the client is gone.
using BodyWriter = std::function<bool(std::string_view)>;
// Produces a streamed body through the writer it is given, after the headers went out; false stops the
// reply half-way (the connection is then closed, so the client sees a download cut short).
using BodyStream = std::function<bool(const BodyWriter&)>;

struct Reply {
  int status = 200;
  json body;                 // sent as application/json unless content_type is set
  std::string content_type;  // for text replies (CSV, Markdown): the media type of `text`
  std::string text;
  std::string filename;      // when set, the reply is offered as a download with this name
  BodyStream stream;         // when set, the body of content_type, sent in pieces as stream produces them
  std::string page;          // when set, an HTML page: web/templates/<page>.mustache filled from `body`
  std::vector<std::pair<std::string, std::string>> headers;  // extra response headers (e.g. Allow)

  // Adds `key: value` to the body of an error reply (e.g. "current" for a 409 conflict).
  Reply& with(const std::string& key, json value);
};

// 200 with `body`.
Reply ok_reply(json body);
// 201 with `body`.
Reply created_reply(json body);
// 200 with {"deleted":true}: the reply to a DELETE that removed the record.
Reply deleted_reply();
// A text download (e.g. CSV) with its media type and suggested file name.
Reply download_reply(std::string text, std::string content_type, std::string filename);
// A download too large to hold in memory: `stream` writes it piece by piece (chunked transfer encoding).
Reply stream_reply(BodyStream stream, std::string content_type, std::string filename);
// Logs why a streamed reply stopped half-way, where no error reply can follow its headers; returns false,
// for `stream` to return.
bool stream_failed(const Status& status);
// 200 with the HTML page web/templates/<page>.mustache, filled in from `data` (see http/pages.h).
Reply page_reply(std::string page, json data);
// The error reply for a non-OK status: {"error":{"code","message","field"?}} with the matching HTTP code.
// Internal errors are logged to stderr and answered with a generic message that leaks nothing.
Reply error_reply(const Status& status);

// Refusals made by the HTTP layer itself (the security rules, the router, the library), which no domain
// or store code produces.
enum class HttpRefusal {
  kBadRequest,            // 400 bad_request: the request could not be parsed
  kUnauthorized,          // 401 unauthorized: no access token
  kForbidden,             // 403 forbidden: refused by the security rules
  kMethodNotAllowed,      // 405 method_not_allowed
  kLengthRequired,        // 411 length_required: a chunked body
  kTooLarge,              // 413 too_large: the body is over the limit
  kUriTooLong,            // 414 uri_too_long
  kUnsupportedMediaType,  // 415 unsupported_media_type: not JSON, or compressed
  kRangeNotSupported,     // 416 range_not_supported
  kTooManyHeaders,        // 431 too_many_headers
};
// The error reply {"error":{"code","message"}} for `refusal`, with its HTTP status.
Reply refusal_reply(HttpRefusal refusal, const std::string& message);

// Which refused saves carry the record as it is now under "current": only a stale version (the default),
// or any Conflict (a decision refused for its status also shows how it stands now).
enum class CurrentOn { kStaleVersion, kAnyConflict };

// What saved_reply uses to take to_json's body as a Result<json>, whether to_json returns json or Result<json>.
namespace reply_detail {
inline Result<json> as_result(json body) { return body; }
inline Result<json> as_result(Result<json> body) { return body; }
}  // namespace reply_detail

// The reply to saving a versioned record: 200 with to_json(saved). A refusal that `current_on` names is a
// 409 that also carries the record as it is now, to_json(*load_current()), under "current" (null when it
// cannot be loaded), so the page can show both; any other error is replied as it is. to_json returns json,
// or Result<json> when making it can fail (that error is then the reply).
template <typename T, typename Load, typename ToJson>
Reply saved_reply(const Result<T>& saved, Load&& load_current, ToJson&& to_json,
                  CurrentOn current_on = CurrentOn::kStaleVersion) {
  const Status& refusal = saved.status();
  if (refusal.code() == Code::kConflict && (current_on == CurrentOn::kAnyConflict || refusal.field() == "version")) {
    const auto current = load_current();
    const Result<json> body =
        current.ok() ? reply_detail::as_result(to_json(*current)) : Result<json>(current.status());
    return error_reply(refusal).with("current", body.ok() ? *body : json(nullptr));
  }
  if (!saved.ok()) return error_reply(refusal);
  const Result<json> body = reply_detail::as_result(to_json(*saved));
  if (!body.ok()) return error_reply(body.status());
  return ok_reply(*body);
}

// JSON null for an empty text (an unset date, say), the text otherwise.
inline json text_or_null(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

// JSON null for an empty optional, its value otherwise.
template <typename T>
json optional_json(const std::optional<T>& value) {
  return value ? json(*value) : json(nullptr);
}

// Serialises JSON for the wire; invalid UTF-8 (which never comes from parsed input) is replaced.
std::string dump_json(const json& value);

}  // namespace tn
