// Handlers for /api/values (catalogue, custom values, card sorts, core values) and the vision builder.
#include "http/values_handlers.h"

#include "domain/text.h"
#include "domain/values_catalog.h"
#include "domain/vision_builder.h"
#include "http/values_json.h"
#include "store/values_store.h"

namespace tn {
namespace {

json custom_value_json(const ValueRecord& v) {
  return {{"id", v.id}, {"key", v.key}, {"name", v.name}, {"definition", v.definition}, {"version", v.version}};
}

json sort_json(const ValueSort& s) {
  json cards = json::object();
  json counts = {{"very_important", 0}, {"important", 0}, {"not_important", 0}};
  for (const auto& [key, pile] : s.cards) {
    const std::string pile_id(sort_pile_id(pile));
    cards[key] = pile_id;
    counts[pile_id] = counts[pile_id].get<int>() + 1;
  }
  json top = json::array();
  for (std::size_t i = 0; i < s.top.size(); ++i) {
    top.push_back({{"value", s.top[i].value_key}, {"name", s.top_names[i]}, {"meaning", s.top[i].meaning}});
  }
  return {{"id", s.id},
          {"started_at", s.started_at},
          {"finished_at", text_or_null(s.finished_at)},
          {"version", s.version},
          {"cards", cards},
          {"counts", counts},
          {"top_values", top}};
}

// Replies with `status`; a version conflict also carries the sort as stored now.
Reply sort_error(Context& ctx, const Status& status, std::int64_t sort_id) {
  if (status.code() == Code::kConflict && status.field() == "version") {
    const auto current = load_sort(ctx.db, sort_id);
    return error_reply(status).with("current", current.ok() ? sort_json(*current) : json(nullptr));
  }
  return error_reply(status);
}

}  // namespace

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
  for (const ValueRecord& v : *values) items.push_back(custom_value_json(v));
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
  const auto saved = update_custom_value(ctx.db, *id, name, definition, version);
  if (saved.status().code() == Code::kConflict) {
    json current = nullptr;
    if (const auto all = load_custom_values(ctx.db); all.ok()) {
      for (const ValueRecord& v : *all) {
        if (v.id == *id) current = custom_value_json(v);
      }
    }
    return error_reply(saved.status()).with("current", current);
  }
  if (!saved.ok()) return error_reply(saved.status());
  return ok_reply(custom_value_json(*saved));
}

Reply delete_custom_value(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  if (const Status s = delete_custom_value(ctx.db, *id); !s.ok()) return error_reply(s);
  return deleted_reply();
}

Reply get_current_sort(Context& ctx, const ApiRequest&) {
  const auto sort = load_sort_in_progress(ctx.db);
  if (!sort.ok()) return error_reply(sort.status());
  return ok_reply({{"sort", *sort ? sort_json(**sort) : json(nullptr)}});
}

Reply get_value_sorts(Context& ctx, const ApiRequest&) {
  const auto sorts = load_finished_sorts(ctx.db);
  if (!sorts.ok()) return error_reply(sorts.status());
  json items = json::array();
  for (const ValueSort& s : *sorts) items.push_back(sort_json(s));
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

Reply delete_value_sort(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  if (const Status s = delete_sort(ctx.db, *id); !s.ok()) return error_reply(s);
  return deleted_reply();
}

Reply put_sort_card(Context& ctx, const ApiRequest& req) {
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

Reply delete_sort_card(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto sort = place_card(ctx.db, *id, req.params.at("key"), std::nullopt);
  if (!sort.ok()) return error_reply(sort.status());
  return ok_reply(sort_json(*sort));
}

Reply put_sort_top(Context& ctx, const ApiRequest& req) {
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
    JsonReader entry(list[i], "top_values[" + std::to_string(i) + "].");
    top.push_back({entry.text("value"), entry.optional_text("meaning").value_or("")});
    if (!entry.ok()) return error_reply(entry.status());
  }
  if (!in.ok()) return error_reply(in.status());
  const auto saved = save_top_values(ctx.db, *id, top, finish, version);
  if (!saved.ok()) return sort_error(ctx, saved.status(), *id);
  return ok_reply(sort_json(*saved));
}

Reply get_core_values(Context& ctx, const ApiRequest&) {
  const auto core = load_core_values(ctx.db);
  if (!core.ok()) return error_reply(core.status());
  json items = json::array();
  for (const CoreValue& v : *core) {
    items.push_back({{"id", v.id},
                     {"key", v.key},
                     {"name", v.name},
                     {"definition", v.definition},
                     {"meaning", v.meaning},
                     {"rank", v.rank}});
  }
  return ok_reply({{"items", items}});
}

Reply post_vision_draft(Context&, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto values = read_text_list(*body, "top_values", /*required=*/false);
  if (!values.ok()) return error_reply(values.status());
  JsonReader in(*body);
  VisionBuilderInput input;
  input.top_values = *values;
  input.leader = in.optional_text("leader").value_or("");
  input.impact = in.optional_text("impact").value_or("");
  input.professional_future = in.optional_text("professional_future").value_or("");
  input.personal_future = in.optional_text("personal_future").value_or("");
  const auto horizon = in.optional_integer("horizon_years");
  if (!in.ok()) return error_reply(in.status());
  if (horizon) {
    if (const Status s = check_range("horizon_years", *horizon, kHorizonMinYears, kHorizonMaxYears); !s.ok()) {
      return error_reply(s);
    }
    input.horizon_years = static_cast<int>(*horizon);
  }
  if (const Status s = validate_vision_builder_input(input); !s.ok()) return error_reply(s);
  return ok_reply({{"statement", draft_vision_statement(input)}});
}

}  // namespace tn
