// Handlers for the energetic centre's lists (/api/lists), alignment snapshots and the worksheet.
#include "http/alignment_handlers.h"

#include <map>

#include "domain/balance.h"
#include "domain/text.h"
#include "http/values_json.h"
#include "store/alignment_store.h"
#include "store/list_store.h"
#include "store/values_store.h"
#include "store/vision_store.h"

namespace tn {
namespace {

inline constexpr std::size_t kMaxAdjustmentsChars = 2000;

// The list named in the path, or 404 for an unknown list.
Result<std::string> list_param(const ApiRequest& req) {
  const std::string& list = req.params.at("list");
  if (!is_kept_list(list)) return Status::NotFound("no such list: " + list);
  return list;
}

// Boundaries and self-care routines are practices; the other lists hold the energetic centre.
KeptItemCheck check_for(const std::string& list) {
  return list == "boundaries" || list == "self_care" ? validate_practice_item : validate_profile_item;
}

json list_item_json(const KeptItem& item) {
  return {{"id", item.id},           {"name", item.name},         {"note", item.note},
          {"position", item.position}, {"version", item.version}, {"created_at", item.created_at},
          {"updated_at", item.updated_at}};
}

json list_json(const std::vector<KeptItem>& items) {
  json out = json::array();
  for (const KeptItem& item : items) out.push_back(list_item_json(item));
  return out;
}

Result<ProfileItem> read_item(const ApiRequest& req, std::int64_t* version) {
  const auto body = req.json_object();
  if (!body.ok()) return body.status();
  JsonReader in(*body);
  ProfileItem item{in.text("name"), in.optional_text("note").value_or("")};
  if (version) *version = in.integer("version");
  if (!in.ok()) return in.status();
  return item;
}

// ---- Alignment ----

json scores_json(const AlignmentScores& scores) {
  json out = json::object();
  for (const AlignmentCategory c : kAlignmentCategories) {
    const auto score = scores.of(c);
    out[std::string(alignment_category_id(c))] = score ? json(*score) : json(nullptr);
  }
  out["overall"] = scores.overall ? json(*scores.overall) : json(nullptr);
  out["explanation"] = scores.explanation;
  return out;
}

json warnings_json(const std::vector<AlignmentWarning>& warnings) {
  json out = json::array();
  for (const AlignmentWarning& w : warnings) {
    out.push_back({{"level", w.level == AlignmentWarning::Level::kValuesConflict ? "values_conflict" : "value_strain"},
                   {"item", w.item},
                   {"message", w.message}});
  }
  return out;
}

// What a set of ratings says: scores, warnings and suggestions.
json analysis_json(const std::vector<AlignmentRating>& ratings) {
  const AlignmentSuggestions suggestions = alignment_suggestions(ratings);
  return {{"scores", scores_json(score_alignment(ratings))},
          {"warnings", warnings_json(alignment_warnings(ratings))},
          {"suggestions", {{"lean_into", suggestions.lean_into}, {"hand_off", suggestions.hand_off}}}};
}

json assessment_summary_json(const AlignmentSnapshot& a) {
  return {{"id", a.id},
          {"assessed_on", a.assessed_on},
          {"created_at", a.created_at},
          {"scores", scores_json(score_alignment(a.ratings))},
          {"conflicts", std::count_if(a.ratings.begin(), a.ratings.end(), [](const AlignmentRating& r) {
             return r.category == AlignmentCategory::kValues && r.rating == kMinAlignmentRating;
           })}};
}

json assessment_json(const AlignmentSnapshot& a, const AlignmentSnapshot* previous) {
  json ratings = json::array();
  for (std::size_t i = 0; i < a.ratings.size(); ++i) {
    const AlignmentRating& r = a.ratings[i];
    ratings.push_back({{"category", alignment_category_id(r.category)},
                       {"id", a.item_ids[i]},
                       {"item", r.item},
                       {"rating", r.rating},
                       {"label", alignment_rating_label(r.rating)},
                       {"note", r.note}});
  }
  json out = analysis_json(a.ratings);
  out.update({{"id", a.id},
              {"assessed_on", a.assessed_on},
              {"created_at", a.created_at},
              {"organisation", a.organisation},
              {"mission", a.mission},
              {"ratings", ratings},
              {"lean_into", a.lean_into},
              {"hand_off", a.hand_off},
              {"version", a.version},
              {"previous", previous ? assessment_summary_json(*previous) : json(nullptr)}});
  return out;
}

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
    for (const KeptItem& item : *items) {
      out.names[{c, item.id}] = item.name;
      out.by_category[id].push_back({{"id", item.id}, {"name", item.name}, {"note", item.note}});
    }
  }
  return out;
}

// Reads "ratings": [{category, id, rating, note?}] and resolves each id to the item's current name.
// 400 naming "ratings[i].<field>" for a wrong type, an unknown category or an id that is not one of the
// person's core values / items of that list; then the domain rules (validate_alignment_ratings).
Result<AlignmentSnapshot> read_ratings(const json& body, Database& db) {
  JsonReader in(body);
  const json& list = in.array("ratings");
  if (!in.ok()) return in.status();
  const auto items = rateable_items(db);
  if (!items.ok()) return items.status();
  AlignmentSnapshot a;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string prefix = "ratings[" + std::to_string(i) + "].";
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

Reply assessment_reply(Context& ctx, const AlignmentSnapshot& a, int status) {
  const auto all = load_assessments(ctx.db);
  if (!all.ok()) return error_reply(all.status());
  const AlignmentSnapshot* previous = nullptr;
  for (const AlignmentSnapshot& other : *all) {
    if (other.id == a.id) break;
    previous = &other;
  }
  json body = assessment_json(a, previous);
  return status == 201 ? created_reply(body) : ok_reply(body);
}

// ---- Worksheet ----

json worksheet_json(const StoredWorksheet& w) {
  json links = json::array();
  for (const WorksheetLink& link : w.sheet.links) {
    links.push_back({{"goal_index", link.goal_index},
                     {"aspiration_index", link.aspiration_index},
                     {"kind", worksheet_link_kind_id(link.kind)},
                     {"note", link.note}});
  }
  return {{"professional_goals", w.sheet.professional_goals},
          {"personal_aspirations", w.sheet.personal_aspirations},
          {"links", links},
          {"adjustments", w.adjustments},
          {"suggestions", suggest_worksheet_adjustments(w.sheet)},
          {"version", w.version},
          {"updated_at", w.updated_at.empty() ? json(nullptr) : json(w.updated_at)}};
}

}  // namespace

Reply get_kept_list(Context& ctx, const ApiRequest& req) {
  const auto list = list_param(req);
  if (!list.ok()) return error_reply(list.status());
  const auto items = load_kept_list(ctx.db, *list);
  if (!items.ok()) return error_reply(items.status());
  return ok_reply({{"items", list_json(*items)}});
}

Reply post_kept_item(Context& ctx, const ApiRequest& req) {
  const auto list = list_param(req);
  if (!list.ok()) return error_reply(list.status());
  const auto item = read_item(req, nullptr);
  if (!item.ok()) return error_reply(item.status());
  const auto created = add_kept_item(ctx.db, *list, *item, check_for(*list));
  if (!created.ok()) return error_reply(created.status());
  return created_reply(list_item_json(*created));
}

Reply put_kept_item(Context& ctx, const ApiRequest& req) {
  const auto list = list_param(req);
  if (!list.ok()) return error_reply(list.status());
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  std::int64_t version = 0;
  const auto item = read_item(req, &version);
  if (!item.ok()) return error_reply(item.status());
  const auto saved = update_kept_item(ctx.db, *list, *id, *item, version, check_for(*list));
  if (saved.status().code() == Code::kConflict && saved.status().field() == "version") {
    json current = nullptr;
    if (const auto items = load_kept_list(ctx.db, *list); items.ok()) {
      for (const KeptItem& i : *items) {
        if (i.id == *id) current = list_item_json(i);
      }
    }
    return error_reply(saved.status()).with("current", current);
  }
  if (!saved.ok()) return error_reply(saved.status());
  return ok_reply(list_item_json(*saved));
}

Reply delete_kept_item(Context& ctx, const ApiRequest& req) {
  const auto list = list_param(req);
  if (!list.ok()) return error_reply(list.status());
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  if (const Status s = delete_kept_item(ctx.db, *list, *id); !s.ok()) return error_reply(s);
  return deleted_reply();
}

Reply put_kept_list_order(Context& ctx, const ApiRequest& req) {
  const auto list = list_param(req);
  if (!list.ok()) return error_reply(list.status());
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  const json& ids_json = in.array("ids");
  if (!in.ok()) return error_reply(in.status());
  std::vector<std::int64_t> ids;
  for (std::size_t i = 0; i < ids_json.size(); ++i) {
    if (!ids_json[i].is_number_integer()) {
      const std::string field = "ids[" + std::to_string(i) + "]";
      return error_reply(Status::Invalid(field, field + " must be a whole number"));
    }
    ids.push_back(ids_json[i].get<std::int64_t>());
  }
  const auto items = reorder_kept_list(ctx.db, *list, ids);
  if (!items.ok()) return error_reply(items.status());
  return ok_reply({{"items", list_json(*items)}});
}

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

Reply get_assessments(Context& ctx, const ApiRequest&) {
  const auto all = load_assessments(ctx.db);
  if (!all.ok()) return error_reply(all.status());
  json items = json::array();
  for (auto it = all->rbegin(); it != all->rend(); ++it) items.push_back(assessment_summary_json(*it));
  return ok_reply({{"items", items}});
}

Reply post_assessment(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  auto a = read_ratings(*body, ctx.db);
  if (!a.ok()) return error_reply(a.status());
  const auto lean_into = read_text_list(*body, "lean_into", /*required=*/false);
  if (!lean_into.ok()) return error_reply(lean_into.status());
  const auto hand_off = read_text_list(*body, "hand_off", /*required=*/false);
  if (!hand_off.ok()) return error_reply(hand_off.status());
  if (const Status s = validate_alignment_actions(*lean_into, *hand_off); !s.ok()) return error_reply(s);
  const auto vision = load_vision(ctx.db);
  if (!vision.ok()) return error_reply(vision.status());
  if (trim(vision->fields.mission).empty()) {
    return error_reply(Status::Conflict(
        "Write your organisation's mission on the Vision page first: alignment is rated against it.", "mission"));
  }
  a->assessed_on = ctx.today().str();
  a->organisation = vision->fields.organisation;
  a->mission = vision->fields.mission;
  a->lean_into = *lean_into;
  a->hand_off = *hand_off;
  const auto created = create_assessment(ctx.db, *a);
  if (!created.ok()) return error_reply(created.status());
  return assessment_reply(ctx, *created, 201);
}

Reply get_assessment(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto a = load_assessment(ctx.db, *id);
  if (!a.ok()) return error_reply(a.status());
  return assessment_reply(ctx, *a, 200);
}

Reply put_assessment(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto lean_into = read_text_list(*body, "lean_into");
  if (!lean_into.ok()) return error_reply(lean_into.status());
  const auto hand_off = read_text_list(*body, "hand_off");
  if (!hand_off.ok()) return error_reply(hand_off.status());
  JsonReader in(*body);
  const std::int64_t version = in.integer("version");
  if (!in.ok()) return error_reply(in.status());
  if (const Status s = validate_alignment_actions(*lean_into, *hand_off); !s.ok()) return error_reply(s);
  const auto saved = save_assessment_actions(ctx.db, *id, *lean_into, *hand_off, version);
  if (saved.status().code() == Code::kConflict) {
    const auto current = load_assessment(ctx.db, *id);
    return error_reply(saved.status()).with("current", current.ok() ? assessment_json(*current, nullptr) : json(nullptr));
  }
  if (!saved.ok()) return error_reply(saved.status());
  return assessment_reply(ctx, *saved, 200);
}

Reply delete_assessment(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  if (const Status s = delete_assessment(ctx.db, *id); !s.ok()) return error_reply(s);
  return deleted_reply();
}

Reply get_worksheet(Context& ctx, const ApiRequest&) {
  const auto w = load_worksheet(ctx.db);
  if (!w.ok()) return error_reply(w.status());
  return ok_reply(worksheet_json(*w));
}

Reply put_worksheet(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  AlignmentWorksheet sheet;
  const auto goals = read_text_list(*body, "professional_goals");
  if (!goals.ok()) return error_reply(goals.status());
  const auto aspirations = read_text_list(*body, "personal_aspirations");
  if (!aspirations.ok()) return error_reply(aspirations.status());
  sheet.professional_goals = *goals;
  sheet.personal_aspirations = *aspirations;
  JsonReader in(*body);
  const json& links = in.array("links");
  const std::string adjustments = in.optional_text("adjustments").value_or("");
  const std::int64_t version = in.integer("version");
  if (!in.ok()) return error_reply(in.status());
  for (std::size_t i = 0; i < links.size(); ++i) {
    const std::string prefix = "links[" + std::to_string(i) + "].";
    JsonReader entry(links[i], prefix);
    const std::int64_t goal = entry.integer("goal_index");
    const std::int64_t aspiration = entry.integer("aspiration_index");
    const std::string kind_id = entry.text("kind");
    const std::string note = entry.optional_text("note").value_or("");
    if (!entry.ok()) return error_reply(entry.status());
    const auto kind = parse_worksheet_link_kind_field(prefix + "kind", kind_id);
    if (!kind.ok()) return error_reply(kind.status());
    // Indices far outside int range are as wrong as -1; the domain reports them by field.
    const auto clamp_index = [](std::int64_t v) { return v < 0 || v > 1000 ? -1 : static_cast<int>(v); };
    sheet.links.push_back({clamp_index(goal), clamp_index(aspiration), *kind, note});
  }
  if (const Status s = validate_alignment_worksheet(sheet); !s.ok()) return error_reply(s);
  if (const Status s = check_max_length("adjustments", adjustments, kMaxAdjustmentsChars); !s.ok()) {
    return error_reply(s);
  }
  return saved_reply(save_worksheet(ctx.db, sheet, adjustments, version), [&] { return load_worksheet(ctx.db); },
                     worksheet_json);
}

}  // namespace tn
