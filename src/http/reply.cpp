// Reply: what a handler returns (status and JSON, or a text download), and the one Status-to-HTTP mapping.
#include "http/reply.h"

#include <iostream>

namespace tn {
namespace {

struct HttpCode {
  int status;
  const char* name;
};

HttpCode http_code(Code code) {
  switch (code) {
    case Code::kOk: return {200, "ok"};
    case Code::kInvalidArgument: return {400, "invalid_argument"};
    case Code::kNotFound: return {404, "not_found"};
    case Code::kMethodNotAllowed: return {405, "method_not_allowed"};
    case Code::kConflict: return {409, "conflict"};
    case Code::kTooLarge: return {413, "too_large"};
    case Code::kUnsupportedMediaType: return {415, "unsupported_media_type"};
    case Code::kForbidden: return {403, "forbidden"};
    case Code::kDiskFull: return {507, "disk_full"};
    case Code::kUnavailable: return {503, "storage_unavailable"};
    case Code::kInternal: break;
  }
  return {500, "internal"};
}

}  // namespace

Reply& Reply::with(const std::string& key, json value) {
  body[key] = std::move(value);
  return *this;
}

Reply ok_reply(json body) {
  Reply reply;
  reply.body = std::move(body);
  return reply;
}

Reply created_reply(json body) {
  Reply reply = ok_reply(std::move(body));
  reply.status = 201;
  return reply;
}

Reply deleted_reply() { return ok_reply({{"deleted", true}}); }

Reply download_reply(std::string text, std::string content_type, std::string filename) {
  Reply reply;
  reply.content_type = std::move(content_type);
  reply.text = std::move(text);
  reply.filename = std::move(filename);
  return reply;
}

Reply error_reply(const Status& status) {
  const HttpCode code = http_code(status.code());
  if (status.code() == Code::kInternal) {
    std::cerr << "truenorth: internal error: " << status.message() << std::endl;
    return http_error_reply(500, code.name, "Something went wrong inside True North. Your saved data is safe.");
  }
  Reply reply = http_error_reply(code.status, code.name, status.message());
  if (!status.field().empty()) reply.body["error"]["field"] = status.field();
  return reply;
}

Reply http_error_reply(int http_status, const std::string& code, const std::string& message) {
  Reply reply = ok_reply(json{{"error", {{"code", code}, {"message", message}}}});
  reply.status = http_status;
  return reply;
}

std::string dump_json(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace tn
