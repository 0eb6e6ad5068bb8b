// Handlers for /api/values: the catalogue, custom values, card sorts, the core values and their ranking of a
// year ago beside today's.
#include "http/values_handlers.h"

#include "domain/date.h"
#include "domain/text.h"
#include "domain/values_catalog.h"
#include "http/values_json.h"
#include "store/values_store.h"

namespace tn {

Reply get_values_catalog(Context&, const ApiRequest&) {
  json items = json::array();
  for (const CatalogValue& v : values_catalog()) {
    items.push_back({{"key", v.slug}, {"name", v.name}, {"definition", v.definition}});
  }
  return ok_reply({{"items", items}});
}

Reply get_custom_values(Context& ctx, const ApiRequest&) {
  const auto values = load_custom_values(ctx.db);
  if (!values.ok()) return error_reply(values.status());
  json items = json::array();
  for (const StoredCustomValue& v : *values) items.push_back(custom_value_json(v));
  return ok_reply({{"items", items}});
}

Reply post_custom_value(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  const std::string name = in.text("name");
  const std::string definition = in.optional_text("definition").value_or("");
  if (!in.ok()) return error_reply(in.status());
  const auto created = create_custom_value(ctx.db, name, definition);
  if (!created.ok()) return error_reply(created.status());
  return created_reply(custom_value_json(*created));
}

Reply put_custom_value(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  const std::string name = in.text("name");
  const std::string definition = in.optional_text("definition").value_or("");
  const std::int64_t version = in.integer("version");
  if (!in.ok()) return error_reply(in.status());
  return saved_reply(update_custom_value(ctx.db, *id, name, definition, version),
                     [&] { return load_custom_value(ctx.db, *id); }, custom_value_json);
}

Reply delete_custom_value(Context& ctx, const ApiRequest& req) { return delete_by_id(ctx, req, delete_custom_value); }

Reply get_current_value_sort(Context& ctx, const ApiRequest&) {
  const auto sort = load_sort_in_progress(ctx.db);
  if (!sort.ok()) return error_reply(sort.status());
  return ok_reply({{"sort", *sort ? sort_json(**sort) : json(nullptr)}});
}

Reply get_value_sorts(Context& ctx, const ApiRequest&) {
  const auto sorts = load_finished_sorts(ctx.db);
  if (!sorts.ok()) return error_reply(sorts.status());
  json items = json::array();
  for (const StoredValueSort& s : *sorts) items.push_back(sort_json(s));
  return ok_reply({{"items", items}});
}

Reply post_value_sort(Context& ctx, const ApiRequest&) {
  const auto started = start_sort(ctx.db);
  if (started.status().code() == Code::kConflict) {
    const auto current = load_sort_in_progress(ctx.db);
    return error_reply(started.status())
        .with("current", current.ok() && *current ? sort_json(**current) : json(nullptr));
  }
  if (!started.ok()) return error_reply(started.status());
  return created_reply(sort_json(*started));
}

Reply get_value_sort(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto sort = load_sort(ctx.db, *id);
  if (!sort.ok()) return error_reply(sort.status());
  return ok_reply(sort_json(*sort));
}

Reply delete_value_sort(Context& ctx, const ApiRequest& req) { return delete_by_id(ctx, req, delete_sort); }

Reply put_value_sort_card(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  const std::string pile_id = in.text("pile");
  if (!in.ok()) return error_reply(in.status());
  const auto pile = parse_sort_pile_field("pile", pile_id);
  if (!pile.ok()) return error_reply(pile.status());
  const auto sort = place_card(ctx.db, *id, req.params.at("key"), *pile);
  if (!sort.ok()) return error_reply(sort.status());
  return ok_reply(sort_json(*sort));
}

Reply delete_value_sort_card(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto sort = place_card(ctx.db, *id, req.params.at("key"), std::nullopt);
  if (!sort.ok()) return error_reply(sort.status());
  return ok_reply(sort_json(*sort));
}

Reply post_value_sort_undo(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto sort = undo_last_move(ctx.db, *id);
  if (!sort.ok()) return error_reply(sort.status());
  return ok_reply(sort_json(*sort));
}

Reply put_value_sort_top(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  const json& list = in.array("top_values");
  const bool finish = in.optional_boolean("finish").value_or(false);
  const std::int64_t version = in.integer("version");
  std::vector<RankedValue> top;
  for (std::size_t i = 0; in.ok() && i < list.size(); ++i) {
    JsonReader entry(list[i], indexed("top_values", i) + ".");
    top.push_back({entry.text("value"), entry.optional_text("meaning").value_or("")});
    if (!entry.ok()) return error_reply(entry.status());
  }
  if (!in.ok()) return error_reply(in.status());
  return saved_reply(save_top_values(ctx.db, *id, top, finish, version), [&] { return load_sort(ctx.db, *id); },
                     sort_json);
}

Reply get_values_a_year_ago(Context& ctx, const ApiRequest&) {
  const auto sorts = load_finished_sorts(ctx.db);
  if (!sorts.ok()) return error_reply(sorts.status());
  const Date day = one_year_before(ctx.today());
  std::vector<std::string> finished;
  for (const StoredValueSort& s : *sorts) finished.push_back(s.finished_at);
  return ok_reply(ranking_a_year_ago_json(*sorts, first_on_or_before(finished, day), ctx.today(), day));
}

Reply get_core_values(Context& ctx, const ApiRequest&) {
  const auto core = load_core_values(ctx.db);
  if (!core.ok()) return error_reply(core.status());
  json items = json::array();
  for (const CoreValue& v : *core) items.push_back(core_value_json(v));
  return ok_reply({{"items", items}});
}


}  // namespace tn
