// Reply: what a handler returns (JSON, a text download or a page), and the one Status-to-HTTP mapping.
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
    case Code::kConflict: return {409, "conflict"};
    case Code::kDiskFull: return {507, "disk_full"};
    case Code::kUnavailable: return {503, "storage_unavailable"};
    case Code::kInternal: break;
  }
  return {500, "internal"};
}

HttpCode http_code(HttpRefusal refusal) {
  switch (refusal) {
    case HttpRefusal::kBadRequest: return {400, "bad_request"};
    case HttpRefusal::kUnauthorized: return {401, "unauthorized"};
    case HttpRefusal::kForbidden: return {403, "forbidden"};
    case HttpRefusal::kMethodNotAllowed: return {405, "method_not_allowed"};
    case HttpRefusal::kLengthRequired: return {411, "length_required"};
    case HttpRefusal::kTooLarge: return {413, "too_large"};
    case HttpRefusal::kUriTooLong: return {414, "uri_too_long"};
    case HttpRefusal::kUnsupportedMediaType: return {415, "unsupported_media_type"};
    case HttpRefusal::kRangeNotSupported: return {416, "range_not_supported"};
    case HttpRefusal::kTooManyHeaders: break;
  }
  return {431, "too_many_headers"};
}

// {"error":{"code","message"}} with `code`'s status.
Reply code_reply(const HttpCode& code, const std::string& message) {
  Reply reply = ok_reply(json{{"error", {{"code", code.name}, {"message", message}}}});
  reply.status = code.status;
  return reply;
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

Reply stream_reply(BodyStream stream, std::string content_type, std::string filename) {
  Reply reply = download_reply("", std::move(content_type), std::move(filename));
  reply.stream = std::move(stream);
  return reply;
}

bool stream_failed(const Status& status) {
  std::cerr << "truenorth: a download stopped half-way: " << status.message() << std::endl;
  return false;
}

Reply page_reply(std::string page, json data) {
  Reply reply = ok_reply(std::move(data));
  reply.page = std::move(page);
  return reply;
}

Reply error_reply(const Status& status) {
  const HttpCode code = http_code(status.code());
  if (status.code() == Code::kInternal) {
    std::cerr << "truenorth: internal error: " << status.message() << std::endl;
    return code_reply(code, "Something went wrong inside True North. Your saved data is safe.");
  }
  Reply reply = code_reply(code, status.message());
  if (!status.field().empty()) reply.body["error"]["field"] = status.field();
  return reply;
}

Reply refusal_reply(HttpRefusal refusal, const std::string& message) { return code_reply(http_code(refusal), message); }

std::string dump_json(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace tn
