// JSON for /api/initiatives: an initiative with what the server judges about it, and the fields of a body.
#include "http/initiatives_json.h"

#include <algorithm>

#include "http/alignment_json.h"
#include "http/milestones_json.h"
#include "http/reply.h"

namespace tn {

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
  json roads = json::array();
  for (const RoadRef& road : s.roads) roads.push_back({{"id", road.id}, {"name", road.name}, {"current", road.current}});
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
          {"origin", action_origin_json(s.origin)},
          {"roads", roads},
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

// Overlays the initiative fields present in `body` onto `into`. `title` is required when `require_title`.
Status read_initiative_fields(const json& body, Initiative& into, bool require_title) {
  JsonReader in(body);
  if (require_title || body.contains("title")) into.title = in.text("title");
  if (auto v = in.optional_text("why")) into.why = *v;
  if (body.contains("why") && body["why"].is_null()) into.why.clear();
  if (auto v = in.optional_boolean("supports_vision")) into.supports_vision = *v;
  if (auto v = in.optional_text("horizon")) into.horizon = *v;
  if (body.contains("start_date")) into.start_date = in.optional_text("start_date").value_or("");
  if (body.contains("finish_date")) into.finish_date = in.optional_text("finish_date").value_or("");
  if (auto v = in.optional_text("measure_of_success")) into.measure_of_success = *v;
  if (auto v = in.optional_text("status")) into.status = *v;
  if (auto v = in.optional_integer("progress")) {
    into.progress = static_cast<int>(std::clamp<std::int64_t>(*v, -1, 101));  // out of range stays out of range
  }
  std::vector<std::int64_t> value_ids = in.optional_integer_list("value_ids");
  const json& milestones = in.optional_array("milestones");
  if (!in.ok()) return in.status();
  if (body.contains("value_ids")) into.value_ids = std::move(value_ids);
  const bool milestones_given = body.contains("milestones");
  if (milestones_given) {
    auto ms = read_milestones(milestones);
    if (!ms.ok()) return ms.status();
    into.milestones = std::move(*ms);
  }
  return Status::Ok();
}

}  // namespace tn
