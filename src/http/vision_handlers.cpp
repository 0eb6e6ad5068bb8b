// Handlers for /api/vision: read and save the vision, and list the statement's history.
#include "http/vision_handlers.h"

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
