// Handlers for the Goals module: /api/initiatives, /api/stop-doing, /api/roads and /api/priorities.
#include "http/goals_handlers.h"

#include <algorithm>
#include <limits>

#include "domain/goals.h"
#include "domain/priorities.h"
#include "store/goals_store.h"
#include "store/priorities_store.h"
#include "store/roads_store.h"

namespace tn {
namespace {

// ---- JSON out ----

json milestones_json(const std::vector<Milestone>& milestones) {
  json out = json::array();
  for (const Milestone& m : milestones) {
    out.push_back({{"title", m.title}, {"due_date", text_or_null(m.due_date)}, {"done", m.done}});
  }
  return out;
}

// The initiative with what the server judges about it on `today`: SMART gaps, health, next milestone.
json initiative_json(const StoredInitiative& s, const Date& today) {
  const Initiative& f = s.fields;
  json gaps = json::array();
  for (const SmartGap& gap : smart_gaps(f)) {
    gaps.push_back({{"key", gap.key}, {"letter", std::string(1, gap.letter)}, {"quality", gap.quality},
                    {"hint", gap.hint}});
  }
  const Health health = initiative_health(f, today);
  const std::optional<std::size_t> next = next_milestone_index(f.milestones);
  return {{"id", s.id},
          {"title", f.title},
          {"why", f.why},
          {"value_ids", f.value_ids},
          {"supports_vision", f.supports_vision},
          {"horizon", f.horizon},
          {"start_date", text_or_null(f.start_date)},
          {"finish_date", text_or_null(f.finish_date)},
          {"measure_of_success", f.measure_of_success},
          {"status", f.status},
          {"progress", f.progress},
          {"milestones", milestones_json(f.milestones)},
          {"version", s.version},
          {"created_at", s.created_at},
          {"updated_at", s.updated_at},
          {"smart_gaps", gaps},
          {"health", {{"state", health.state}, {"reason", health.reason}}},
          {"next_milestone", next ? json{{"index", *next},
                                         {"title", f.milestones[*next].title},
                                         {"due_date", text_or_null(f.milestones[*next].due_date)}}
                                  : json(nullptr)}};
}

json stop_json(const StoredStopDoingItem& s) {
  const StopDoingItem& f = s.fields;
  return {{"id", s.id},
          {"text", f.text},
          {"action", f.action},
          {"delegate_to", f.delegate_to},
          {"delegate_by", text_or_null(f.delegate_by)},
          {"initiative_id", optional_json(f.initiative_id)},
          {"done", f.done},
          {"done_at", text_or_null(s.done_at)},
          {"version", s.version},
          {"created_at", s.created_at},
          {"updated_at", s.updated_at}};
}

json road_json(const StoredRoad& r) {
  return {{"id", r.id},
          {"name", r.fields.name},
          {"notes", r.fields.notes},
          {"current", r.fields.current},
          {"milestones", milestones_json(r.fields.milestones)},
          {"decision_id", optional_json(r.decision_id)},
          {"version", r.version},
          {"created_at", r.created_at},
          {"updated_at", r.updated_at}};
}

json task_json(const StoredTask& t) {
  return {{"id", t.id},
          {"title", t.fields.title},
          {"quadrant", t.fields.quadrant},
          {"initiative_id", optional_json(t.fields.initiative_id)},
          {"done", t.done},
          {"done_at", text_or_null(t.done_at)},
          {"version", t.version},
          {"created_at", t.created_at},
          {"updated_at", t.updated_at}};
}

// ---- JSON in ----

bool has(const json& body, const char* field) { return body.contains(field); }

// The list at `field`, or an empty list when it is absent or null; records an error when it is not a list.
const json& optional_list(JsonReader& in, const json& body, const char* field) {
  static const json kEmpty = json::array();
  if (!has(body, field) || body[field].is_null()) return kEmpty;
  return in.array(field);
}

// An optional id field: unset when absent or null; `field` must otherwise be a whole number.
std::optional<std::int64_t> read_optional_id(JsonReader& in, const char* field) { return in.optional_integer(field); }

Result<std::vector<Milestone>> read_milestones(const json& list) {
  std::vector<Milestone> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string name = "milestones[" + std::to_string(i) + "]";
    if (!list[i].is_object()) return Status::Invalid(name, name + " must be an object");
    JsonReader m(list[i], name + ".");
    Milestone milestone{m.text("title"), m.optional_text("due_date").value_or(""),
                        m.optional_boolean("done").value_or(false)};
    if (!m.ok()) return m.status();
    out.push_back(std::move(milestone));
  }
  return out;
}

Result<std::vector<std::int64_t>> read_value_ids(const json& list) {
  std::vector<std::int64_t> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string name = "value_ids[" + std::to_string(i) + "]";
    if (!list[i].is_number_integer() || (list[i].is_number_unsigned() && list[i].get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))) {
      return Status::Invalid(name, name + " must be a whole number");
    }
    out.push_back(list[i].get<std::int64_t>());
  }
  return out;
}

// Overlays the initiative fields present in `body` onto `into`. `title` is required when `require_title`.
Status read_initiative_fields(const json& body, Initiative& into, bool require_title) {
  JsonReader in(body);
  if (require_title || has(body, "title")) into.title = in.text("title");
  if (auto v = in.optional_text("why")) into.why = *v;
  if (has(body, "why") && body["why"].is_null()) into.why.clear();
  if (auto v = in.optional_boolean("supports_vision")) into.supports_vision = *v;
  if (auto v = in.optional_text("horizon")) into.horizon = *v;
  if (has(body, "start_date")) into.start_date = in.optional_text("start_date").value_or("");
  if (has(body, "finish_date")) into.finish_date = in.optional_text("finish_date").value_or("");
  if (auto v = in.optional_text("measure_of_success")) into.measure_of_success = *v;
  if (auto v = in.optional_text("status")) into.status = *v;
  if (auto v = in.optional_integer("progress")) {
    into.progress = static_cast<int>(std::clamp<std::int64_t>(*v, -1, 101));  // out of range stays out of range
  }
  const bool values_given = has(body, "value_ids");
  const json& values = optional_list(in, body, "value_ids");
  const bool milestones_given = has(body, "milestones");
  const json& milestones = optional_list(in, body, "milestones");
  if (!in.ok()) return in.status();
  if (values_given) {
    auto ids = read_value_ids(values);
    if (!ids.ok()) return ids.status();
    into.value_ids = std::move(*ids);
  }
  if (milestones_given) {
    auto ms = read_milestones(milestones);
    if (!ms.ok()) return ms.status();
    into.milestones = std::move(*ms);
  }
  return Status::Ok();
}

// The reply to a refused initiative save: the current record on a stale version, the active initiatives
// to choose from when the focus rule refused.
Reply initiative_refusal(Context& ctx, const Status& status, std::int64_t id) {
  Reply reply = error_reply(status);
  if (status.code() != Code::kConflict) return reply;
  if (status.field() == "version") {
    const auto current = load_initiative(ctx.db, id);
    return reply.with("current", current.ok() ? initiative_json(*current, ctx.today()) : json(nullptr));
  }
  json active = json::array();
  if (const auto all = list_initiatives(ctx.db); all.ok()) {
    for (const StoredInitiative& s : *all) {
      if (s.fields.status != kStatusActive) continue;
      active.push_back({{"id", s.id},
                        {"title", s.fields.title},
                        {"finish_date", text_or_null(s.fields.finish_date)},
                        {"progress", s.fields.progress},
                        {"version", s.version}});
    }
  }
  return reply.with("active", active).with("max_active", kMaxActiveInitiatives);
}

Reply save_initiative(Context& ctx, std::int64_t id, const Initiative& fields, std::int64_t version) {
  if (Status s = validate_initiative(fields); !s.ok()) return error_reply(s);
  const auto saved = update_initiative(ctx.db, id, fields, version);
  if (!saved.ok()) return initiative_refusal(ctx, saved.status(), id);
  return ok_reply(initiative_json(*saved, ctx.today()));
}

Result<StopDoingItem> read_stop_doing(const json& body) {
  JsonReader in(body);
  StopDoingItem item;
  item.text = in.text("text");
  item.action = in.optional_text("action").value_or("postpone");
  item.delegate_to = in.optional_text("delegate_to").value_or("");
  item.delegate_by = in.optional_text("delegate_by").value_or("");
  item.initiative_id = read_optional_id(in, "initiative_id");
  item.done = in.optional_boolean("done").value_or(false);
  if (!in.ok()) return in.status();
  if (Status s = validate_stop_doing_item(item); !s.ok()) return s;
  return item;
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
  r.decision_id = read_optional_id(in, "decision_id");
  const json& milestones = optional_list(in, body, "milestones");
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
  for (const RoadSwitch& s : *switches) {
    history.push_back({{"id", s.id},
                       {"from_road_id", optional_json(s.from_road_id)},
                       {"from_name", text_or_null(s.from_name)},
                       {"to_road_id", optional_json(s.to_road_id)},
                       {"to_name", s.to_name},
                       {"switched_at", s.switched_at}});
  }
  return ok_reply({{"items", items}, {"switches", history}, {"max_roads", kMaxRoads}});
}

json quadrants_json() {
  json out = json::array();
  for (const QuadrantInfo& q : quadrants()) {
    out.push_back({{"key", q.key},
                   {"label", q.label},
                   {"description", q.description},
                   {"urgent", q.urgent},
                   {"important", q.important}});
  }
  return out;
}

}  // namespace

// ---- Initiatives ----

Reply list_initiatives_handler(Context& ctx, const ApiRequest&) {
  const auto all = list_initiatives(ctx.db);
  if (!all.ok()) return error_reply(all.status());
  const Date today = ctx.today();
  json items = json::array();
  std::size_t active = 0;
  for (const StoredInitiative& s : *all) {
    items.push_back(initiative_json(s, today));
    if (s.fields.status == kStatusActive) ++active;
  }
  return ok_reply({{"items", items}, {"active_count", active}, {"max_active", kMaxActiveInitiatives},
                   {"today", today.str()}});
}

Reply create_initiative_handler(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  Initiative fields;
  if (Status s = read_initiative_fields(*body, fields, true); !s.ok()) return error_reply(s);
  if (Status s = validate_initiative(fields); !s.ok()) return error_reply(s);
  const auto created = create_initiative(ctx.db, fields);
  if (!created.ok()) return initiative_refusal(ctx, created.status(), 0);
  return created_reply(initiative_json(*created, ctx.today()));
}

Reply get_initiative_handler(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto found = load_initiative(ctx.db, *id);
  if (!found.ok()) return error_reply(found.status());
  return ok_reply(initiative_json(*found, ctx.today()));
}

Reply put_initiative_handler(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  Initiative fields;
  if (Status s = read_initiative_fields(*body, fields, true); !s.ok()) return error_reply(s);
  JsonReader in(*body);
  const std::int64_t version = in.integer("version");
  if (!in.ok()) return error_reply(in.status());
  return save_initiative(ctx, *id, fields, version);
}

Reply patch_initiative_handler(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  const std::int64_t version = in.integer("version");
  if (!in.ok()) return error_reply(in.status());
  const auto current = load_initiative(ctx.db, *id);
  if (!current.ok()) return error_reply(current.status());
  Initiative fields = current->fields;
  if (Status s = read_initiative_fields(*body, fields, false); !s.ok()) return error_reply(s);
  return save_initiative(ctx, *id, fields, version);
}

Reply delete_initiative_handler(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  if (Status s = delete_initiative(ctx.db, *id); !s.ok()) return error_reply(s);
  return deleted_reply();
}

Reply check_initiative_handler(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  Initiative fields;
  if (Status s = read_initiative_fields(*body, fields, false); !s.ok()) return error_reply(s);
  json out = initiative_json(StoredInitiative{0, fields, 0, "", ""}, ctx.today());
  return ok_reply({{"smart_gaps", out["smart_gaps"]}, {"health", out["health"]}});
}

// ---- Stop-doing list ----

Reply list_stop_doing_handler(Context& ctx, const ApiRequest&) {
  const auto all = list_stop_doing(ctx.db);
  if (!all.ok()) return error_reply(all.status());
  json items = json::array();
  for (const StoredStopDoingItem& s : *all) items.push_back(stop_json(s));
  return ok_reply({{"items", items}});
}

Reply create_stop_doing_handler(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto item = read_stop_doing(*body);
  if (!item.ok()) return error_reply(item.status());
  const auto created = create_stop_doing(ctx.db, *item);
  if (!created.ok()) return error_reply(created.status());
  return created_reply(stop_json(*created));
}

Reply put_stop_doing_handler(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto item = read_stop_doing(*body);
  if (!item.ok()) return error_reply(item.status());
  JsonReader in(*body);
  const std::int64_t version = in.integer("version");
  if (!in.ok()) return error_reply(in.status());
  return saved_reply(update_stop_doing(ctx.db, *id, *item, version), [&] { return load_stop_doing(ctx.db, *id); },
                     stop_json);
}

Reply delete_stop_doing_handler(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  if (Status s = delete_stop_doing(ctx.db, *id); !s.ok()) return error_reply(s);
  return deleted_reply();
}

// ---- Career roads ----

Reply list_roads_handler(Context& ctx, const ApiRequest&) {
  auto roads = list_roads(ctx.db);
  if (!roads.ok()) return error_reply(roads.status());
  return roads_reply(ctx, std::move(*roads));
}

Reply create_road_handler(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto input = read_road(*body);
  if (!input.ok()) return error_reply(input.status());
  const auto created = create_road(ctx.db, input->road, input->decision_id);
  if (!created.ok()) return error_reply(created.status());
  return created_reply(road_json(*created));
}

Reply put_road_handler(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto input = read_road(*body);
  if (!input.ok()) return error_reply(input.status());
  JsonReader in(*body);
  const std::int64_t version = in.integer("version");
  if (!in.ok()) return error_reply(in.status());
  return saved_reply(update_road(ctx.db, *id, input->road, input->decision_id, version),
                     [&] { return load_road(ctx.db, *id); }, road_json);
}

Reply choose_road_handler(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  auto roads = choose_road(ctx.db, *id);
  if (!roads.ok()) return error_reply(roads.status());
  return roads_reply(ctx, std::move(*roads));
}

Reply delete_road_handler(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  if (Status s = delete_road(ctx.db, *id); !s.ok()) return error_reply(s);
  return deleted_reply();
}

// ---- Priorities matrix ----

Reply list_priorities_handler(Context& ctx, const ApiRequest&) {
  const auto tasks = list_open_tasks(ctx.db);
  if (!tasks.ok()) return error_reply(tasks.status());
  json items = json::array();
  for (const StoredTask& t : *tasks) items.push_back(task_json(t));
  return ok_reply({{"quadrants", quadrants_json()}, {"items", items}});
}

Reply create_priority_handler(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  PriorityTask task;
  task.title = in.text("title");
  task.quadrant = in.optional_text("quadrant").value_or("schedule");
  task.initiative_id = read_optional_id(in, "initiative_id");
  if (!in.ok()) return error_reply(in.status());
  if (Status s = validate_priority_task(task); !s.ok()) return error_reply(s);
  const auto created = create_task(ctx.db, task);
  if (!created.ok()) return error_reply(created.status());
  return created_reply(task_json(*created));
}

Reply patch_priority_handler(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  const std::int64_t version = in.integer("version");
  const auto title = in.optional_text("title");
  const auto quadrant = in.optional_text("quadrant");
  const auto direction_name = in.optional_text("direction");
  const auto initiative_id = read_optional_id(in, "initiative_id");
  const auto done = in.optional_boolean("done");
  if (!in.ok()) return error_reply(in.status());
  std::optional<Direction> direction;
  if (direction_name) {
    direction = parse_direction(*direction_name);
    if (!direction) return error_reply(Status::Invalid("direction", "direction must be one of left, right, up, down"));
  }
  const auto current = load_task(ctx.db, *id);
  if (!current.ok()) return error_reply(current.status());
  PriorityTask task = current->fields;
  if (title) task.title = *title;
  if (quadrant) task.quadrant = *quadrant;
  if (has(*body, "initiative_id")) task.initiative_id = initiative_id;
  if (Status s = validate_priority_task(task); !s.ok()) return error_reply(s);
  if (direction) task.quadrant = std::string(quadrant_info(move_quadrant(*parse_quadrant(task.quadrant), *direction)).key);
  return saved_reply(update_task(ctx.db, *id, task, done.value_or(current->done), version),
                     [&] { return load_task(ctx.db, *id); }, task_json);
}

Reply delete_priority_handler(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  if (Status s = delete_task(ctx.db, *id); !s.ok()) return error_reply(s);
  return deleted_reply();
}

}  // namespace tn
