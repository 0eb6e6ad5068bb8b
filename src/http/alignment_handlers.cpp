// Handlers for /api/alignment: the rating form, previews, dated snapshots (compared item by item; their
// lean-into and hand-off items become initiatives or stop-doing items in one step) and the worksheet.
#include "http/alignment_handlers.h"

#include <functional>
#include <map>

#include "domain/text.h"
#include "http/alignment_json.h"
#include "http/initiatives_json.h"
#include "http/query_params.h"
#include "http/stop_doing_handlers.h"
#include "store/alignment_store.h"
#include "store/initiatives_store.h"
#include "store/lists_store.h"
#include "store/stop_doing_store.h"
#include "store/values_store.h"
#include "store/vision_store.h"

namespace tn {
namespace {

inline constexpr std::size_t kMaxAdjustmentsChars = 2000;

// The items that can be rated: the core values and the three lists, by category and id -> name.
struct RateableItems {
  std::map<std::pair<AlignmentCategory, std::int64_t>, std::string> names;
  json by_category = json::object();
};

Result<RateableItems> rateable_items(Database& db) {
  RateableItems out;
  const auto core = load_core_values(db);
  if (!core.ok()) return core.status();
  out.by_category["values"] = json::array();
  for (const CoreValue& v : *core) {
    out.names[{AlignmentCategory::kValues, v.id}] = v.name;
    out.by_category["values"].push_back({{"id", v.id}, {"name", v.name}, {"note", v.meaning}});
  }
  for (const AlignmentCategory c : {AlignmentCategory::kSkills, AlignmentCategory::kStrengths,
                                    AlignmentCategory::kPassions}) {
    const std::string id(alignment_category_id(c));
    const auto items = load_kept_list(db, id);
    if (!items.ok()) return items.status();
    out.by_category[id] = json::array();
    for (const StoredKeptItem& item : *items) {
      out.names[{c, item.id}] = item.name;
      out.by_category[id].push_back({{"id", item.id}, {"name", item.name}, {"note", item.note}});
    }
  }
  return out;
}

// Reads "ratings": [{category, id, rating, note?}] and resolves each id to the item's current name.
// 400 naming "ratings[i].<field>" for a wrong type, an unknown category or an id that is not one of the
// person's core values / items of that list; then the domain rules (validate_alignment_ratings).
Result<StoredAssessment> read_ratings(const json& body, Database& db) {
  JsonReader in(body);
  const json& list = in.array("ratings");
  if (!in.ok()) return in.status();
  const auto items = rateable_items(db);
  if (!items.ok()) return items.status();
  StoredAssessment a;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string prefix = indexed("ratings", i) + ".";
    JsonReader entry(list[i], prefix);
    const std::string category_id = entry.text("category");
    const std::int64_t id = entry.integer("id");
    const std::int64_t rating = entry.integer("rating");
    const std::string note = entry.optional_text("note").value_or("");
    if (!entry.ok()) return entry.status();
    const auto category = parse_alignment_category_field(prefix + "category", category_id);
    if (!category.ok()) return category.status();
    const auto name = items->names.find({*category, id});
    if (name == items->names.end()) {
      return Status::Invalid(prefix + "id", prefix + "id must be one of your " +
                                                (*category == AlignmentCategory::kValues ? std::string("core values")
                                                                                        : category_id));
    }
    if (const Status s = check_range(prefix + "rating", rating, kMinAlignmentRating, kMaxAlignmentRating); !s.ok()) {
      return s;
    }
    a.ratings.push_back({*category, name->second, static_cast<int>(rating), note});
    a.item_ids.push_back(id);
  }
  if (const Status s = validate_alignment_ratings(a.ratings); !s.ok()) return s;
  return a;
}

// The whole snapshot with the summary of the one before it.
Result<json> assessment_with_previous(Context& ctx, const StoredAssessment& a) {
  const auto all = load_assessments(ctx.db);
  if (!all.ok()) return all.status();
  const StoredAssessment* previous = nullptr;
  for (const StoredAssessment& other : *all) {
    if (other.id == a.id) break;
    previous = &other;
  }
  return assessment_json(a, previous);
}

Reply assessment_reply(Context& ctx, const StoredAssessment& a, int status) {
  const auto body = assessment_with_previous(ctx, a);
  if (!body.ok()) return error_reply(body.status());
  return status == 201 ? created_reply(*body) : ok_reply(*body);
}

// Reads the item a one-step action turns into a record: the snapshot in the path, {kind, position, version}.
Result<ActionRef> read_action_ref(const ApiRequest& req, const json& body) {
  const auto id = req.id("id");
  if (!id.ok()) return id.status();
  JsonReader in(body);
  const std::string kind = in.text("kind");
  const std::int64_t position = in.integer("position");
  const std::int64_t version = in.integer("version");
  if (!in.ok()) return in.status();
  const auto parsed = parse_alignment_action_kind_field("kind", kind);
  if (!parsed.ok()) return parsed.status();
  return ActionRef{*id, *parsed, position, version};
}

// 201 with the snapshot as it is now and the record its item became, under `name`; a refusal as it is, with
// the snapshot as it is now under "current" when the version was stale.
Reply turned_reply(Context& ctx, const ActionRef& ref, const Result<ActionTurned>& turned, const char* name,
                   const std::function<Result<json>(std::int64_t)>& record_json) {
  if (!turned.ok()) {
    if (turned.status().field() != "version") return error_reply(turned.status());
    const auto current = load_assessment(ctx.db, ref.assessment_id);
    return error_reply(turned.status()).with("current", current.ok() ? assessment_json(*current, nullptr) : json(nullptr));
  }
  const auto assessment = assessment_with_previous(ctx, turned->assessment);
  if (!assessment.ok()) return error_reply(assessment.status());
  const auto record = record_json(turned->record_id);
  if (!record.ok()) return error_reply(record.status());
  return created_reply({{"assessment", *assessment}, {name, *record}});
}

}  // namespace

Reply get_alignment_form(Context& ctx, const ApiRequest&) {
  const auto vision = load_vision(ctx.db);
  if (!vision.ok()) return error_reply(vision.status());
  const auto items = rateable_items(ctx.db);
  if (!items.ok()) return error_reply(items.status());
  json scale = json::array();
  for (int r = kMinAlignmentRating; r <= kMaxAlignmentRating; ++r) {
    scale.push_back({{"rating", r}, {"label", alignment_rating_label(r)}});
  }
  json categories = json::array();
  for (const AlignmentCategory c : kAlignmentCategories) {
    categories.push_back({{"id", alignment_category_id(c)},
                          {"weight", alignment_category_weight(c)},
                          {"rule", alignment_category_rule(c)}});
  }
  return ok_reply({{"organisation", vision->fields.organisation},
                   {"mission", vision->fields.mission},
                   {"items", items->by_category},
                   {"scale", scale},
                   {"categories", categories}});
}

Reply post_alignment_preview(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto a = read_ratings(*body, ctx.db);
  if (!a.ok()) return error_reply(a.status());
  return ok_reply(analysis_json(a->ratings));
}

Reply get_alignment_assessments(Context& ctx, const ApiRequest&) {
  const auto all = load_assessments(ctx.db);
  if (!all.ok()) return error_reply(all.status());
  json items = json::array();
  for (auto it = all->rbegin(); it != all->rend(); ++it) items.push_back(assessment_summary_json(*it));
  // The newest whole, as GET /api/alignment/assessments/:id gives it: a page showing it needs no second request.
  const std::size_t n = all->size();
  const json latest = n ? assessment_json(all->back(), n > 1 ? &(*all)[n - 2] : nullptr) : json(nullptr);
  return ok_reply({{"items", items}, {"latest", latest}});
}

Reply post_alignment_assessment(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  auto a = read_ratings(*body, ctx.db);
  if (!a.ok()) return error_reply(a.status());
  JsonReader in(*body);
  a->lean_into = in.optional_text_list("lean_into");
  a->hand_off = in.optional_text_list("hand_off");
  if (!in.ok()) return error_reply(in.status());
  if (const Status s = validate_alignment_actions(a->lean_into, a->hand_off); !s.ok()) return error_reply(s);
  const auto vision = load_vision(ctx.db);
  if (!vision.ok()) return error_reply(vision.status());
  if (trim(vision->fields.mission).empty()) {
    return error_reply(Status::Conflict(
        "Write your organisation's mission on the Vision page first: alignment is rated against it.", "mission"));
  }
  a->assessed_on = ctx.today().str();
  a->organisation = vision->fields.organisation;
  a->mission = vision->fields.mission;
  const auto created = create_assessment(ctx.db, *a);
  if (!created.ok()) return error_reply(created.status());
  return assessment_reply(ctx, *created, 201);
}

Reply get_alignment_assessment(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto a = load_assessment(ctx.db, *id);
  if (!a.ok()) return error_reply(a.status());
  return assessment_reply(ctx, *a, 200);
}

Reply put_alignment_assessment(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  const std::vector<std::string> lean_into = in.text_list("lean_into");
  const std::vector<std::string> hand_off = in.text_list("hand_off");
  const std::int64_t version = in.integer("version");
  if (!in.ok()) return error_reply(in.status());
  if (const Status s = validate_alignment_actions(lean_into, hand_off); !s.ok()) return error_reply(s);
  const auto saved = save_assessment_actions(ctx.db, *id, lean_into, hand_off, version);
  if (saved.status().code() == Code::kConflict) {
    const auto current = load_assessment(ctx.db, *id);
    return error_reply(saved.status()).with("current", current.ok() ? assessment_json(*current, nullptr) : json(nullptr));
  }
  if (!saved.ok()) return error_reply(saved.status());
  return assessment_reply(ctx, *saved, 200);
}

Reply get_alignment_compare(Context& ctx, const ApiRequest& req) {
  const auto from = query_id(req, "from", "an alignment snapshot id");
  if (!from.ok()) return error_reply(from.status());
  const auto to = query_id(req, "to", "an alignment snapshot id");
  if (!to.ok()) return error_reply(to.status());
  if (*from && *from == *to) return error_reply(Status::Invalid("to", "to must be another snapshot than from"));
  const auto compared = load_compared_assessments(ctx.db, *from, *to);
  if (!compared.ok()) return error_reply(compared.status());
  return ok_reply(comparison_json(compared->from, compared->to));
}

Reply post_alignment_action_initiative(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto ref = read_action_ref(req, *body);
  if (!ref.ok()) return error_reply(ref.status());
  return turned_reply(ctx, *ref, turn_action_into_initiative(ctx.db, *ref), "initiative",
                      [&](std::int64_t id) -> Result<json> {
                        const auto initiative = load_initiative(ctx.db, id);
                        if (!initiative.ok()) return initiative.status();
                        return initiative_json(*initiative, ctx.today());
                      });
}

Reply post_alignment_action_stop_doing(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto ref = read_action_ref(req, *body);
  if (!ref.ok()) return error_reply(ref.status());
  JsonReader in(*body);
  StopDoingItem fields;
  fields.action = in.optional_text("action").value_or("postpone");
  fields.delegate_to = in.optional_text("delegate_to").value_or("");
  fields.delegate_by = in.optional_text("delegate_by").value_or("");
  if (!in.ok()) return error_reply(in.status());
  return turned_reply(ctx, *ref, turn_action_into_stop_doing(ctx.db, *ref, fields), "stop_doing",
                      [&](std::int64_t id) -> Result<json> {
                        const auto item = load_stop_doing(ctx.db, id);
                        if (!item.ok()) return item.status();
                        return stop_doing_json(*item);
                      });
}

Reply delete_alignment_assessment(Context& ctx, const ApiRequest& req) {
  return delete_by_id(ctx, req, delete_assessment);
}

Reply get_alignment_worksheet(Context& ctx, const ApiRequest&) {
  const auto w = load_worksheet(ctx.db);
  if (!w.ok()) return error_reply(w.status());
  return ok_reply(worksheet_json(*w));
}

Reply put_alignment_worksheet(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  AlignmentWorksheet sheet;
  sheet.professional_goals = in.text_list("professional_goals");
  sheet.personal_aspirations = in.text_list("personal_aspirations");
  const json& links = in.array("links");
  const std::string adjustments = in.optional_text("adjustments").value_or("");
  const std::int64_t version = in.integer("version");
  if (!in.ok()) return error_reply(in.status());
  auto read_links = read_worksheet_links(links);
  if (!read_links.ok()) return error_reply(read_links.status());
  sheet.links = std::move(*read_links);
  if (const Status s = validate_alignment_worksheet(sheet); !s.ok()) return error_reply(s);
  if (const Status s = check_max_length("adjustments", adjustments, kMaxAdjustmentsChars); !s.ok()) {
    return error_reply(s);
  }
  return saved_reply(save_worksheet(ctx.db, sheet, adjustments, version), [&] { return load_worksheet(ctx.db); },
                     worksheet_json);
}

}  // namespace tn
