// What the printable pages show, gathered from the stores as the data of their Mustache templates.
#include "http/plan_view.h"

#include <cctype>
#include <cmath>
#include <map>
#include <numeric>

#include "domain/alignment.h"
#include "domain/decision.h"
#include "domain/goals.h"
#include "store/alignment_store.h"
#include "store/decisions_store.h"
#include "store/initiatives_store.h"
#include "store/lists_store.h"
#include "store/roads_store.h"
#include "store/stop_doing_store.h"
#include "store/values_store.h"
#include "store/vision_store.h"

namespace tn {
namespace {

// A list section of a template: null when empty (so {{^name}} shows the empty line), else {"items"}.
json section(json items) { return items.empty() ? json(nullptr) : json{{"items", std::move(items)}}; }

json text_section(const std::vector<std::string>& texts) { return section(json(texts)); }

std::string capitalised(std::string_view word) {
  std::string out(word);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

// "1 Jan 2026 – 30 Jun 2026", "From 1 Jan 2026", "By 30 Jun 2026" or "".
std::string date_range(const std::string& start, const std::string& finish) {
  if (!start.empty() && !finish.empty()) return readable_date(start) + " – " + readable_date(finish);
  if (!start.empty()) return "From " + readable_date(start);
  if (!finish.empty()) return "By " + readable_date(finish);
  return "";
}

std::string percent_text(double value) { return format_fixed(value, 1) + "%"; }

json vision_json(const VisionFields& v) {
  if (v.statement.empty() && v.organisation.empty() && v.mission.empty() && v.current_position.empty() &&
      v.future_position.empty()) {
    return nullptr;
  }
  return {{"statement", v.statement},
          {"organisation", v.organisation},
          {"mission", v.mission},
          {"current_position", v.current_position},
          {"future_position", v.future_position},
          {"horizon", std::to_string(v.horizon_years) + " years"}};
}

json values_json(const std::vector<CoreValue>& core) {
  json items = json::array();
  for (const CoreValue& v : core) {
    items.push_back({{"rank", std::to_string(v.rank)}, {"name", v.name}, {"meaning", v.meaning},
                     {"definition", v.definition}});
  }
  return section(std::move(items));
}

// The newest snapshot: scores, the person's own lists (or, while both are empty, the suggested ones) and
// the warnings of values that fit poorly.
json alignment_json(const std::vector<StoredAssessment>& snapshots) {
  if (snapshots.empty()) return nullptr;
  const StoredAssessment& a = snapshots.back();
  const AlignmentScores scores = score_alignment(a.ratings);
  json categories = json::array();
  for (const AlignmentCategory category : kAlignmentCategories) {
    if (const auto score = scores.of(category)) {
      categories.push_back({{"label", capitalised(alignment_category_id(category))}, {"score", std::to_string(*score)}});
    }
  }
  const bool own_lists = !a.lean_into.empty() || !a.hand_off.empty();
  const AlignmentSuggestions suggested = alignment_suggestions(a.ratings);
  std::vector<std::string> warnings;
  for (const AlignmentWarning& w : alignment_warnings(a.ratings)) warnings.push_back(w.message);
  return {{"assessed_on", readable_date(a.assessed_on)},
          {"organisation", a.organisation},
          {"overall", scores.overall ? std::to_string(*scores.overall) : ""},
          {"explanation", scores.explanation},
          {"categories", section(std::move(categories))},
          {"suggested", !own_lists},
          {"lean_into", text_section(own_lists ? a.lean_into : suggested.lean_into)},
          {"hand_off", text_section(own_lists ? a.hand_off : suggested.hand_off)},
          {"warnings", text_section(warnings)}};
}

json milestones_json(const std::vector<Milestone>& milestones, const std::vector<std::size_t>& shown) {
  json items = json::array();
  for (const std::size_t i : shown) {
    const Milestone& m = milestones[i];
    items.push_back({{"title", m.title}, {"due", readable_date(m.due_date)}, {"done", m.done}});
  }
  return section(std::move(items));
}

std::string health_label(std::string_view state) {
  if (state == kHealthOnTrack) return "On track";
  if (state == kHealthAtRisk) return "At risk";
  if (state == kHealthOverdue) return "Overdue";
  return "";
}

json initiatives_json(const std::vector<StoredInitiative>& all, const Date& today) {
  json items = json::array();
  for (const StoredInitiative& s : all) {
    const Initiative& f = s.fields;
    if (f.status != kStatusActive) continue;
    const Health health = initiative_health(f, today);
    std::vector<std::size_t> in_order(f.milestones.size());
    std::iota(in_order.begin(), in_order.end(), std::size_t{0});
    items.push_back({{"title", f.title},
                     {"why", f.why},
                     {"measure", f.measure_of_success},
                     {"horizon", capitalised(f.horizon) + " term"},
                     {"dates", date_range(f.start_date, f.finish_date)},
                     {"progress", std::to_string(f.progress) + "%"},
                     {"health", health_label(health.state)},
                     {"health_reason", health.reason},
                     {"milestones", milestones_json(f.milestones, in_order)}});
  }
  return section(std::move(items));
}

// The open items, each with what happens to it ("Delegate to Priya by 1 Mar 2026") and its initiative.
json stop_doing_json(const std::vector<StoredStopDoingItem>& all, const std::vector<StoredInitiative>& initiatives) {
  std::map<std::int64_t, std::string> titles;
  for (const StoredInitiative& i : initiatives) titles[i.id] = i.fields.title;
  json items = json::array();
  for (const StoredStopDoingItem& s : all) {
    const StopDoingItem& f = s.fields;
    if (f.done) continue;
    std::string action = capitalised(f.action);
    if (f.action == kActionDelegate) {
      action += " to " + f.delegate_to + (f.delegate_by.empty() ? "" : " by " + readable_date(f.delegate_by));
    }
    const auto title = f.initiative_id ? titles.find(*f.initiative_id) : titles.end();
    items.push_back({{"text", f.text}, {"action", action}, {"initiative", title == titles.end() ? "" : title->second}});
  }
  return section(std::move(items));
}

// The current road with its milestones still to come, and the names of the other roads ("A, B").
json roads_json(const std::vector<StoredRoad>& roads) {
  json road = nullptr;
  std::string others;
  for (const StoredRoad& r : roads) {
    if (!r.fields.current) {
      others += (others.empty() ? "" : ", ") + r.fields.name;
      continue;
    }
    road = {{"name", r.fields.name},
            {"notes", r.fields.notes},
            {"milestones", milestones_json(r.fields.milestones, upcoming_milestone_indices(r.fields.milestones))}};
  }
  return {{"current", road}, {"others", others}};
}

Result<json> kept_list_json(Database& db, std::string_view list) {
  const auto items = load_kept_list(db, list);
  if (!items.ok()) return items.status();
  json out = json::array();
  for (const StoredKeptItem& item : *items) out.push_back({{"name", item.name}, {"note", item.note}});
  return section(std::move(out));
}

// ---- The print view of a decision ----

const char* status_label(std::string_view status) {
  if (status == kDecisionDecided) return "Decided";
  if (status == kDecisionReviewed) return "Reviewed";
  return "Open";
}

const char* layout_for(std::size_t criteria) {
  if (criteria <= 5) return "roomy";
  return criteria <= 12 ? "wide" : "dense";
}

json criteria_json(const DecisionInput& m, const Analysis& analysis) {
  json items = json::array();
  for (std::size_t c = 0; c < m.criteria.size(); ++c) {
    items.push_back({{"name", analysis.criterion_names[c]},
                     {"description", m.criteria[c].description},
                     {"lower_is_better", m.criteria[c].lower_is_better},
                     {"weight", percent_text(analysis.weights[c] * 100)},
                     {"colour", criterion_colour(c)}});
  }
  return items;
}

// The cell of option `o` on criterion `c` (a gap when the row is short).
ScoreCell cell_at(const DecisionInput& m, std::size_t o, std::size_t c) {
  return o < m.scores.size() && c < m.scores[o].size() ? m.scores[o][c] : ScoreCell{};
}

// The option's total as a stacked bar: one segment per criterion, its contribution in points of 100.
json bar_json(const Analysis& analysis, std::size_t o) {
  json segments = json::array();
  double x = 0;
  for (std::size_t c = 0; c < analysis.contributions[o].size(); ++c) {
    const std::optional<double> points = analysis.contributions[o][c];
    if (!points || *points <= 0) continue;
    segments.push_back({{"x", format_fixed(x, 3)},
                        {"width", format_fixed(*points, 3)},
                        {"colour", criterion_colour(c)},
                        {"label", analysis.criterion_names[c] + ": " + format_fixed(*points, 1) + " points"}});
    x += *points;
  }
  return segments;
}

// One row per option: its scores (a note becomes footnote number n in `notes`), total, rank and bar.
json options_json(const DecisionInput& m, const Analysis& analysis, json& notes) {
  std::vector<int> rank(m.options.size(), 0);
  for (const RankedOption& r : analysis.ranking) rank[r.option] = r.rank;
  json rows = json::array();
  for (std::size_t o = 0; o < m.options.size(); ++o) {
    json cells = json::array();
    for (std::size_t c = 0; c < m.criteria.size(); ++c) {
      const ScoreCell cell = cell_at(m, o, c);
      std::string note_number;
      if (!cell.note.empty()) {
        note_number = std::to_string(notes.size() + 1);
        notes.push_back({{"number", note_number}, {"option", analysis.option_names[o]},
                         {"criterion", analysis.criterion_names[c]}, {"note", cell.note}});
      }
      cells.push_back({{"score", cell.score ? score_text(*cell.score) : ""}, {"note", note_number}});
    }
    const OptionTotal& total = analysis.totals[o];
    // Partial when the scored cells carry visibly less than all the weight (sums of weights are not exact).
    const bool partial = total.percent && std::lround(total.scored_weight_percent) < 100;
    rows.push_back({{"name", analysis.option_names[o]},
                    {"description", m.options[o].description},
                    {"cells", cells},
                    {"total", total.percent ? percent_text(*total.percent) : ""},
                    {"scored_weight", partial ? format_fixed(total.scored_weight_percent, 0) + "%" : ""},
                    {"rank", rank[o] ? std::to_string(rank[o]) : ""},
                    {"winner", analysis.winner == o},
                    {"bar", bar_json(analysis, o)}});
  }
  return rows;
}

json record_json(const Decision& d, const Analysis& analysis) {
  if (!d.record) return nullptr;
  const DecisionRecord& r = *d.record;
  const auto chosen = static_cast<std::size_t>(r.chosen_option);
  const bool known = r.chosen_option >= 0 && chosen < analysis.option_names.size();
  const bool differs = known && analysis.winner && *analysis.winner != chosen;
  return {{"chosen", known ? analysis.option_names[chosen] : ""},
          {"winner", differs ? analysis.option_names[*analysis.winner] : ""},
          {"gut_feeling", r.gut_feeling},
          {"rationale", r.rationale},
          {"expected_outcome", r.expected_outcome},
          {"review_date", readable_date(r.review_date)},
          {"decided_on", readable_date(r.decided_at)}};
}

json review_json(const Decision& d) {
  if (!d.review) return nullptr;
  return {{"what_happened", d.review->what_happened},
          {"lesson", d.review->lesson},
          {"reviewed_on", readable_date(d.review->reviewed_at)}};
}

}  // namespace

Result<json> plan_view(Database& db, const Date& today) {
  const auto vision = load_vision(db);
  if (!vision.ok()) return vision.status();
  const auto core = load_core_values(db);
  if (!core.ok()) return core.status();
  const auto snapshots = load_assessments(db);
  if (!snapshots.ok()) return snapshots.status();
  const auto initiatives = list_initiatives(db);
  if (!initiatives.ok()) return initiatives.status();
  const auto stop_doing = list_stop_doing(db);
  if (!stop_doing.ok()) return stop_doing.status();
  const auto roads = list_roads(db);
  if (!roads.ok()) return roads.status();
  const auto boundaries = kept_list_json(db, "boundaries");
  if (!boundaries.ok()) return boundaries.status();
  const auto self_care = kept_list_json(db, "self_care");
  if (!self_care.ok()) return self_care.status();
  return json{{"title", "My plan"},
              {"printable", true},
              {"back_href", "/"},
              {"back_label", "Back to True North"},
              {"printed_on", readable_date(today.str())},
              {"vision", vision_json(vision->fields)},
              {"values", values_json(*core)},
              {"alignment", alignment_json(*snapshots)},
              {"initiatives", initiatives_json(*initiatives, today)},
              {"stop_doing", stop_doing_json(*stop_doing, *initiatives)},
              {"roads", roads_json(*roads)},
              {"boundaries", *boundaries},
              {"self_care", *self_care}};
}

Result<json> decision_print_view(Database& db, std::int64_t id) {
  const auto decision = load_decision(db, id);
  if (!decision.ok()) return decision.status();
  const auto analysis = analyse(decision->draft.matrix);
  if (!analysis.ok()) return analysis.status();
  const DecisionInput& m = decision->draft.matrix;
  json notes = json::array();
  json options = options_json(m, *analysis, notes);
  const bool pairwise = m.weighting == kWeightingPairwise;
  return json{{"title", decision->draft.title},
              {"printable", true},
              {"back_href", "/decisions/" + std::to_string(id)},
              {"back_label", "Back to the decision"},
              {"status", status_label(decision->status)},
              {"deadline", readable_date(decision->draft.deadline)},
              {"context", decision->draft.context},
              {"layout", layout_for(m.criteria.size())},
              {"weighting", pairwise ? "pairwise comparisons of the criteria (AHP)" : "points per criterion"},
              {"criteria", criteria_json(m, *analysis)},
              {"options", std::move(options)},
              {"notes", section(std::move(notes))},
              {"findings", text_section(analysis->findings)},
              {"record", record_json(*decision, *analysis)},
              {"review", review_json(*decision)}};
}

std::string criterion_colour(std::size_t index) {
  const long hue = std::lround(std::fmod(static_cast<double>(index) * 137.508 + 160, 360));
  return "hsl(" + std::to_string(hue) + ", 55%, 52%)";
}

}  // namespace tn
