// The API route table (method + path pattern -> handler, 404, 405) and what every handler is given.
#pragma once

#include <httplib.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/date.h"
#include "http/json_body.h"
#include "http/path_pattern.h"
#include "http/reply.h"
#include "store/database.h"

namespace tn {

// Which workbook the server holds, for the app's tabs to notice when it was replaced under them: an
// instance id new each time the server starts, and a generation counting the times the whole workbook
// was replaced while it runs (a restore, or an import), with what did it last. Safe across threads.
class WorkbookStamp {
 public:
  WorkbookStamp();  // a random instance id, generation 0, change "none"
  WorkbookStamp(const WorkbookStamp&) = delete;
  WorkbookStamp& operator=(const WorkbookStamp&) = delete;

  // Counts one replacement of the whole workbook by `change`: "restore" or "import".
  void replaced(std::string_view change);
  // "<instance>/<generation>/<change>", e.g. "3f9a1c0e5d2b4a68/2/restore": the X-Truenorth-Workbook header.
  std::string value() const;

 private:
  mutable std::mutex mutex_;
  const std::string instance_;
  std::int64_t generation_ = 0;
  std::string change_ = "none";
};

// What handlers share: the database, the clock and the workbook's stamp.
struct Context {
  Database& db;
  std::function<Date()> today;  // the user's local calendar date (this computer's local time zone)
  std::shared_ptr<WorkbookStamp> workbook = std::make_shared<WorkbookStamp>();
};

// One API request as a handler sees it.
// What every edit of a versioned record starts from: the record's id (the path's ":id"), the body as a JSON
// object, and the body's "version" (see read_version).
struct VersionedEdit {
  std::int64_t id = 0;
  json body;
  std::int64_t version = 0;
};

struct ApiRequest {
  const httplib::Request& http;
  PathParams params;  // ":name" segments of the matched pattern
  std::string body_file;  // the upload route's body, received into this temporary file; "" elsewhere

  // The body as a JSON object, or a 400 status (see parse_json_object).
  Result<json> json_object() const { return parse_json_object(http.body); }
  // The path parameter `name` as a positive id; a NotFound status when it is not one.
  Result<std::int64_t> id(const std::string& name) const;
  // The ":id", the body and its version, or the first of their errors (404, then 400s).
  Result<VersionedEdit> versioned_edit() const;
  // A query-string parameter, or "" when absent.
  std::string query(const std::string& name) const { return http.get_param_value(name.c_str()); }
};

using Handler = Reply (*)(Context&, const ApiRequest&);

// The handler of a DELETE of the record named by the path's ":id": 404 for an id that is not one, else
// remove(db, id)'s error or deleted_reply().
Reply delete_by_id(Context& ctx, const ApiRequest& req, Status (*remove)(Database&, std::int64_t));

struct Route {
  const char* method;   // "GET", "POST", "PUT", "PATCH" or "DELETE"
  const char* pattern;  // "/api/vision/history"; ":name" matches one segment
  Handler handler;
};

// Finds the route for a request: the reply of its handler, 405 (with Allow) when only the method is
// wrong, 404 when no pattern matches. Every reply carries the header X-Truenorth-Workbook (WorkbookStamp).
class Router {
 public:
  explicit Router(std::vector<Route> routes) : routes_(std::move(routes)) {}
  // `body_file` is the temporary file holding the body of an upload (see ApiRequest).
  Reply dispatch(Context& ctx, const httplib::Request& request, const std::string& body_file = "") const;

 private:
  std::vector<Route> routes_;
};

}  // namespace tn
