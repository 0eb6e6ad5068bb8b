// JSON for /api/alignment: scores, warnings and suggestions, snapshots and the worksheet.
#include "http/alignment_json.h"

#include <algorithm>

#include "domain/text.h"
#include "http/reply.h"

namespace tn {
namespace {

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

// A list's items with what each became.
json action_items_json(const std::vector<std::string>& texts, const std::vector<ActionLink>& links) {
  json out = json::array();
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const ActionLink link = i < links.size() ? links[i] : ActionLink{};
    out.push_back({{"position", i},
                   {"text", texts[i]},
                   {"initiative", link.initiative_id ? json{{"id", *link.initiative_id},
                                                            {"title", link.initiative_title},
                                                            {"status", link.initiative_status}}
                                                     : json(nullptr)},
                   {"stop_doing", link.stop_doing_id ? json{{"id", *link.stop_doing_id},
                                                            {"text", link.stop_doing_text},
                                                            {"action", link.stop_doing_action},
                                                            {"done", link.stop_doing_done}}
                                                     : json(nullptr)}});
  }
  return out;
}

}  // namespace

// What a set of ratings says: scores, warnings and suggestions.
json analysis_json(const std::vector<AlignmentRating>& ratings) {
  const AlignmentSuggestions suggestions = alignment_suggestions(ratings);
  return {{"scores", scores_json(score_alignment(ratings))},
          {"warnings", warnings_json(alignment_warnings(ratings))},
          {"suggestions", {{"lean_into", suggestions.lean_into}, {"hand_off", suggestions.hand_off}}}};
}

json assessment_summary_json(const StoredAssessment& a) {
  return {{"id", a.id},
          {"assessed_on", a.assessed_on},
          {"created_at", a.created_at},
          {"scores", scores_json(score_alignment(a.ratings))},
          {"conflicts", std::count_if(a.ratings.begin(), a.ratings.end(), [](const AlignmentRating& r) {
             return r.category == AlignmentCategory::kValues && r.rating == kMinAlignmentRating;
           })}};
}

json assessment_json(const StoredAssessment& a, const StoredAssessment* previous) {
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
              {"actions", {{"lean_into", action_items_json(a.lean_into, a.lean_into_links)},
                           {"hand_off", action_items_json(a.hand_off, a.hand_off_links)}}},
              {"version", a.version},
              {"previous", previous ? assessment_summary_json(*previous) : json(nullptr)}});
  return out;
}

json comparison_json(const StoredAssessment& from, const StoredAssessment& to) {
  const AlignmentComparison c = compare_alignment_snapshots(from.ratings, from.item_ids, to.ratings, to.item_ids);
  const AlignmentScores before = score_alignment(from.ratings);
  const AlignmentScores after = score_alignment(to.ratings);
  const auto score = [](const std::optional<int>& a, const std::optional<int>& b, const std::optional<int>& change) {
    return json{{"from", optional_json(a)}, {"to", optional_json(b)}, {"change", optional_json(change)}};
  };
  json scores = json::object();
  for (const AlignmentCategory category : kAlignmentCategories) {
    const auto i = static_cast<std::size_t>(category);
    scores[std::string(alignment_category_id(category))] = score(before.of(category), after.of(category), c.scores.by_category[i]);
  }
  scores["overall"] = score(before.overall, after.overall, c.scores.overall);
  json items = json::array();
  for (const AlignmentItemChange& item : c.items) {
    items.push_back({{"category", alignment_category_id(item.category)},
                     {"item_id", item.item_id},
                     {"item", item.item},
                     {"from", optional_json(item.from)},
                     {"to", optional_json(item.to)},
                     {"change", rating_change_id(item.change)}});
  }
  json counts = json::object();
  for (std::size_t i = 0; i < c.counts.size(); ++i) counts[std::string(rating_change_id(static_cast<RatingChange>(i)))] = c.counts[i];
  return {{"from", assessment_summary_json(from)}, {"to", assessment_summary_json(to)}, {"scores", scores},
          {"items", items}, {"counts", counts}};
}

json action_origin_json(const std::optional<ActionOrigin>& origin) {
  if (!origin) return nullptr;
  return {{"assessment_id", origin->assessment_id},
          {"assessed_on", origin->assessed_on},
          {"kind", alignment_action_kind_id(origin->kind)},
          {"text", origin->text}};
}

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

Result<std::vector<WorksheetLink>> read_worksheet_links(const json& links) {
  // Indices far outside int range are as wrong as -1; the domain reports them by field.
  const auto clamp_index = [](std::int64_t v) { return v < 0 || v > 1000 ? -1 : static_cast<int>(v); };
  std::vector<WorksheetLink> out;
  for (std::size_t i = 0; i < links.size(); ++i) {
    const std::string prefix = indexed("links", i) + ".";
    JsonReader entry(links[i], prefix);
    const std::int64_t goal = entry.integer("goal_index");
    const std::int64_t aspiration = entry.integer("aspiration_index");
    const std::string kind_id = entry.text("kind");
    const std::string note = entry.optional_text("note").value_or("");
    if (!entry.ok()) return entry.status();
    const auto kind = parse_worksheet_link_kind_field(prefix + "kind", kind_id);
    if (!kind.ok()) return kind.status();
    out.push_back({clamp_index(goal), clamp_index(aspiration), *kind, note});
  }
  return out;
}

}  // namespace tn
