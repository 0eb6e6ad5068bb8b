// Reply: what a handler returns (status and JSON, or a text download), and the one Status-to-HTTP mapping.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/status.h"

namespace tn {

using json = nlohmann::json;

struct Reply {
  int status = 200;
  json body;                 // sent as application/json unless content_type is set
  std::string content_type;  // for text replies (CSV, Markdown): the media type of `text`
  std::string text;
  std::string filename;      // when set, the reply is offered as a download with this name
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
// The error reply for a non-OK status: {"error":{"code","message","field"?}} with the matching HTTP code.
// Internal errors are logged to stderr and answered with a generic message that leaks nothing.
Reply error_reply(const Status& status);
// An error reply for the HTTP-level refusals that have no domain Code (411, 416, 431...).
Reply http_error_reply(int http_status, const std::string& code, const std::string& message);

// The reply to saving a versioned record: 200 with to_json(saved). A stale version (a Conflict on the
// field "version") is a 409 that also carries the record as it is now, to_json(*load_current()), under
// "current", so the page can show both; any other error is replied as it is.
template <typename T, typename Load, typename ToJson>
Reply saved_reply(const Result<T>& saved, Load&& load_current, ToJson&& to_json) {
  if (saved.status().code() == Code::kConflict && saved.status().field() == "version") {
    const auto current = load_current();
    return error_reply(saved.status()).with("current", current.ok() ? json(to_json(*current)) : json(nullptr));
  }
  if (!saved.ok()) return error_reply(saved.status());
  return ok_reply(to_json(*saved));
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
