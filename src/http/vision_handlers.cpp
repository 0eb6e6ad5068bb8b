// Handlers for /api/vision: read and save the vision, list the statement's history, and the statement of a
// year ago beside today's.
#include "http/vision_handlers.h"

#include "domain/date.h"
#include "domain/vision.h"
#include "store/vision_store.h"

namespace tn {
namespace {

json vision_json(const Vision& v) {
  const VisionFields& f = v.fields;
  return {{"statement", f.statement},
          {"organisation", f.organisation},
          {"mission", f.mission},
          {"current_position", f.current_position},
          {"future_position", f.future_position},
          {"horizon_years", f.horizon_years},
          {"version", v.version},
          {"updated_at", text_or_null(v.updated_at)}};
}

}  // namespace

Reply get_vision(Context& ctx, const ApiRequest&) {
  const auto vision = load_vision(ctx.db);
  if (!vision.ok()) return error_reply(vision.status());
  return ok_reply(vision_json(*vision));
}

Reply put_vision(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  const VisionFields fields{in.text("statement"),        in.text("organisation"),
                            in.text("mission"),          in.text("current_position"),
                            in.text("future_position"),  in.integer("horizon_years")};
  const std::int64_t version = in.integer("version");
  if (!in.ok()) return error_reply(in.status());
  if (const Status s = validate_vision(fields); !s.ok()) return error_reply(s);

  return saved_reply(save_vision(ctx.db, fields, version), [&] { return load_vision(ctx.db); }, vision_json);
}

Reply get_vision_a_year_ago(Context& ctx, const ApiRequest&) {
  const auto vision = load_vision(ctx.db);
  if (!vision.ok()) return error_reply(vision.status());
  const auto history = load_statement_history(ctx.db);
  if (!history.ok()) return error_reply(history.status());
  const Date day = one_year_before(ctx.today());
  std::vector<std::string> saved;
  for (const StatementVersion& v : *history) saved.push_back(v.saved_at);
  const auto then = first_on_or_before(saved, day);
  return ok_reply({{"today", ctx.today().str()},
                   {"date", day.str()},
                   {"then", then ? json{{"statement", (*history)[*then].statement}, {"saved_at", (*history)[*then].saved_at}}
                                 : json(nullptr)},
                   {"now", vision->fields.statement},
                   {"first_saved_at", history->empty() ? json(nullptr) : json(history->back().saved_at)}});
}

Reply get_vision_history(Context& ctx, const ApiRequest&) {
  const auto history = load_statement_history(ctx.db);
  if (!history.ok()) return error_reply(history.status());
  json items = json::array();
  for (const StatementVersion& v : *history) {
    items.push_back({{"id", v.id}, {"statement", v.statement}, {"saved_at", v.saved_at}});
  }
  return ok_reply({{"items", items}});
}

}  // namespace tn
