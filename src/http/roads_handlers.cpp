// Handlers for /api/roads: career roads (whose milestones may be initiatives), the current road and the
// history of switching.
#include "http/roads_handlers.h"

#include "domain/goals.h"
#include "http/milestones_json.h"
#include "store/roads_store.h"

namespace tn {
namespace {

// The road's milestones; one that is an initiative with its id and how it stands.
json road_milestones_json(const StoredRoad& r) {
  json out = milestones_json(r.fields.milestones);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto& linked = i < r.milestone_initiatives.size() ? r.milestone_initiatives[i] : std::nullopt;
    out[i]["initiative_id"] = optional_json(r.fields.milestones[i].initiative_id);
    out[i]["initiative"] = linked ? json{{"id", *r.fields.milestones[i].initiative_id},
                                         {"status", linked->status},
                                         {"progress", linked->progress}}
                                  : json(nullptr);
  }
  return out;
}

json road_json(const StoredRoad& r) {
  return {{"id", r.id},
          {"name", r.fields.name},
          {"notes", r.fields.notes},
          {"current", r.fields.current},
          {"milestones", road_milestones_json(r)},
          {"decision_id", optional_json(r.decision_id)},
          {"version", r.version},
          {"created_at", r.created_at},
          {"updated_at", r.updated_at}};
}

struct RoadInput {
  CareerRoad road;
  std::optional<std::int64_t> decision_id;
};

Result<RoadInput> read_road(const json& body) {
  JsonReader in(body);
  RoadInput r;
  r.road.name = in.text("name");
  r.road.notes = in.optional_text("notes").value_or("");
  r.decision_id = in.optional_integer("decision_id");
  const json& milestones = in.optional_array("milestones");
  if (!in.ok()) return in.status();
  auto ms = read_milestones(milestones);
  if (!ms.ok()) return ms.status();
  r.road.milestones = std::move(*ms);
  if (Status s = validate_career_road(r.road); !s.ok()) return s;
  if (Status s = check_decision_id(r.decision_id); !s.ok()) return s;
  return r;
}

Reply roads_reply(Context& ctx, std::vector<StoredRoad> roads) {
  const auto switches = list_road_switches(ctx.db);
  if (!switches.ok()) return error_reply(switches.status());
  json items = json::array();
  for (const StoredRoad& r : roads) items.push_back(road_json(r));
  json history = json::array();
  for (const StoredRoadSwitch& s : *switches) {
    history.push_back({{"id", s.id},
                       {"from_road_id", optional_json(s.from_road_id)},
                       {"from_name", text_or_null(s.from_name)},
                       {"to_road_id", optional_json(s.to_road_id)},
                       {"to_name", s.to_name},
                       {"switched_at", s.switched_at}});
  }
  return ok_reply({{"items", items}, {"switches", history}, {"max_roads", kMaxRoads}});
}

}  // namespace

Reply get_roads(Context& ctx, const ApiRequest&) {
  auto roads = list_roads(ctx.db);
  if (!roads.ok()) return error_reply(roads.status());
  return roads_reply(ctx, std::move(*roads));
}

Reply post_road(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto input = read_road(*body);
  if (!input.ok()) return error_reply(input.status());
  const auto created = create_road(ctx.db, input->road, input->decision_id);
  if (!created.ok()) return error_reply(created.status());
  return created_reply(road_json(*created));
}

Reply put_road(Context& ctx, const ApiRequest& req) {
  const auto edit = req.versioned_edit();
  if (!edit.ok()) return error_reply(edit.status());
  const auto input = read_road(edit->body);
  if (!input.ok()) return error_reply(input.status());
  return saved_reply(update_road(ctx.db, edit->id, input->road, input->decision_id, edit->version),
                     [&] { return load_road(ctx.db, edit->id); }, road_json);
}

Reply post_road_choice(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  auto roads = choose_road(ctx.db, *id);
  if (!roads.ok()) return error_reply(roads.status());
  return roads_reply(ctx, std::move(*roads));
}

Reply delete_road(Context& ctx, const ApiRequest& req) { return delete_by_id(ctx, req, delete_road); }

}  // namespace tn
