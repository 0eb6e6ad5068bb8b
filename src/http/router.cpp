// The API route table (method + path pattern -> handler, 404, 405) and what every handler is given.
#include "http/router.h"

#include <charconv>
#include <optional>
#include <random>
#include <string_view>

namespace tn {
namespace {

std::string random_instance() {
  std::random_device random;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id;
  for (int i = 0; i < 16; ++i) id += kHex[random() & 0xf];
  return id;
}

Reply stamped(Reply reply, const Context& ctx) {
  reply.headers.emplace_back("X-Truenorth-Workbook", ctx.workbook->value());
  return reply;
}

}  // namespace

WorkbookStamp::WorkbookStamp() : instance_(random_instance()) {}

void WorkbookStamp::replaced(std::string_view change) {
  std::lock_guard lock(mutex_);
  ++generation_;
  change_ = std::string(change);
}

std::string WorkbookStamp::value() const {
  std::lock_guard lock(mutex_);
  return instance_ + "/" + std::to_string(generation_) + "/" + change_;
}

Result<std::int64_t> ApiRequest::id(const std::string& name) const {
  const auto it = params.find(name);
  std::int64_t value = 0;
  if (it != params.end()) {
    const std::string& s = it->second;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec == std::errc() && end == s.data() + s.size() && value > 0) return value;
  }
  return Status::NotFound("no such " + name + ": " + (it == params.end() ? "" : it->second));
}

Result<VersionedEdit> ApiRequest::versioned_edit() const {
  const auto record = id("id");
  if (!record.ok()) return record.status();
  auto body = json_object();
  if (!body.ok()) return body.status();
  const auto version = read_version(*body);
  if (!version.ok()) return version.status();
  return VersionedEdit{*record, std::move(*body), *version};
}

Reply delete_by_id(Context& ctx, const ApiRequest& req, Status (*remove)(Database&, std::int64_t)) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  if (const Status s = remove(ctx.db, *id); !s.ok()) return error_reply(s);
  return deleted_reply();
}

Reply Router::dispatch(Context& ctx, const httplib::Request& request, const std::string& body_file) const {
  const std::string method = request.method == "HEAD" ? "GET" : request.method;
  ApiRequest api{request, {}, body_file};
  std::string allowed;
  for (const Route& route : routes_) {
    if (!match_path(route.pattern, request.path, api.params)) continue;
    if (method == route.method) return stamped(route.handler(ctx, api), ctx);
    allowed += allowed.empty() ? route.method : std::string(", ") + route.method;
  }
  if (!allowed.empty()) {
    Reply reply =
        refusal_reply(HttpRefusal::kMethodNotAllowed, request.method + " is not allowed here; use " + allowed);
    reply.headers.emplace_back("Allow", allowed);
    return stamped(std::move(reply), ctx);
  }
  return stamped(error_reply(Status::NotFound("no API endpoint at " + request.path)), ctx);
}

}  // namespace tn
