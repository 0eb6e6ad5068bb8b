// JSON for decisions: reading a draft or a record from a request body, writing decisions and analyses.
#include "http/decisions_json.h"

#include <algorithm>
#include <string>

#include "domain/text.h"
#include "http/reply.h"

namespace tn {
namespace {

// An index or judgement as int; values far outside any valid range become one that is still invalid.
int small_int(std::int64_t v) { return static_cast<int>(std::clamp<std::int64_t>(v, -1000, 1000)); }

Status not_an_object(const std::string& field) { return Status::Invalid(field, field + " must be an object"); }

Result<std::vector<DecisionOption>> read_options(const json& list) {
  std::vector<DecisionOption> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string field = indexed("options", i);
    if (!list[i].is_object()) return not_an_object(field);
    JsonReader in(list[i], field + ".");
    DecisionOption o{trim(in.text("name")), in.optional_text("description").value_or("")};
    if (!in.ok()) return in.status();
    out.push_back(std::move(o));
  }
  return out;
}

Status read_criteria(const json& list, DecisionDraft& draft) {
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string field = indexed("criteria", i);
    if (!list[i].is_object()) return not_an_object(field);
    JsonReader in(list[i], field + ".");
    DecisionCriterion c{trim(in.text("name")), in.optional_text("description").value_or(""),
                        in.optional_boolean("lower_is_better").value_or(false),
                        in.optional_number("points").value_or(0)};
    const std::optional<std::int64_t> value_id = in.optional_integer("value_id");
    if (!in.ok()) return in.status();
    draft.matrix.criteria.push_back(std::move(c));
    draft.value_ids.push_back(value_id);
  }
  return Status::Ok();
}

Result<std::vector<std::vector<ScoreCell>>> read_scores(const json& rows) {
  std::vector<std::vector<ScoreCell>> out;
  for (std::size_t o = 0; o < rows.size(); ++o) {
    const std::string row_field = indexed("scores", o);
    if (!rows[o].is_array()) return Status::Invalid(row_field, row_field + " must be a list");
    out.emplace_back();
    for (std::size_t c = 0; c < rows[o].size(); ++c) {
      const json& cell = rows[o][c];
      const std::string field = indexed(row_field, c);
      if (cell.is_null()) {
        out.back().emplace_back();
        continue;
      }
      if (!cell.is_object()) return not_an_object(field);
      JsonReader in(cell, field + ".");
      ScoreCell s{in.optional_number("score"), in.optional_text("note").value_or("")};
      if (!in.ok()) return in.status();
      out.back().push_back(std::move(s));
    }
  }
  return out;
}

Result<std::vector<PairwiseComparison>> read_comparisons(const json& list) {
  std::vector<PairwiseComparison> out;
  for (std::size_t k = 0; k < list.size(); ++k) {
    const std::string field = indexed("comparisons", k);
    if (!list[k].is_object()) return not_an_object(field);
    JsonReader in(list[k], field + ".");
    PairwiseComparison c{small_int(in.integer("first")), small_int(in.integer("second")),
                         small_int(in.integer("judgement"))};
    if (!in.ok()) return in.status();
    out.push_back(c);
  }
  return out;
}

json consistency_json(const PairwiseConsistency& c) {
  json unanswered = json::array();
  for (const auto& [i, j] : c.unanswered) unanswered.push_back({i, j});
  json worst = nullptr;
  if (c.most_inconsistent) {
    const InconsistentComparison& w = *c.most_inconsistent;
    worst = {{"first", w.first},
             {"second", w.second},
             {"judged_ratio", w.judged_ratio},
             {"implied_ratio", w.implied_ratio},
             {"answered", w.answered}};
  }
  return {{"lambda_max", c.lambda_max},
          {"consistency_index", c.consistency_index},
          {"random_index", c.random_index ? json(*c.random_index) : json(nullptr)},
          {"consistency_ratio", c.consistency_ratio ? json(*c.consistency_ratio) : json(nullptr)},
          {"max_consistency_ratio", kMaxConsistencyRatio},
          {"acceptable", !c.most_inconsistent},
          {"most_inconsistent", worst},
          {"unanswered", unanswered}};
}

json leaders_json(const std::vector<std::size_t>& leaders) { return json(leaders); }

}  // namespace

Result<DecisionDraft> read_decision_draft(const json& body, bool matrix_required, const DecisionInput& fallback) {
  JsonReader in(body);
  DecisionDraft draft;
  draft.title = trim(in.text("title"));
  draft.context = in.optional_text("context").value_or("");
  draft.deadline = in.optional_text("deadline").value_or("");
  if (!in.ok()) return in.status();
  if (!matrix_required && !body.contains("options")) {
    draft.matrix = fallback;
    draft.value_ids.assign(fallback.criteria.size(), std::nullopt);
    return draft;
  }
  const json& options = in.array("options");
  const json& criteria = in.array("criteria");
  draft.matrix.weighting = in.optional_text("weighting").value_or(std::string(kWeightingDirect));
  if (!in.ok()) return in.status();

  auto read = read_options(options);
  if (!read.ok()) return read.status();
  draft.matrix.options = std::move(*read);
  if (Status s = read_criteria(criteria, draft); !s.ok()) return s;
  if (body.contains("scores") && !body["scores"].is_null()) {
    const json& rows = in.array("scores");
    if (!in.ok()) return in.status();
    auto scores = read_scores(rows);
    if (!scores.ok()) return scores.status();
    draft.matrix.scores = std::move(*scores);
  }
  if (body.contains("comparisons") && !body["comparisons"].is_null()) {
    const json& list = in.array("comparisons");
    if (!in.ok()) return in.status();
    auto comparisons = read_comparisons(list);
    if (!comparisons.ok()) return comparisons.status();
    draft.matrix.comparisons = std::move(*comparisons);
  }
  return draft;
}

Result<DecisionRecord> read_decision_record(const json& body) {
  JsonReader in(body);
  DecisionRecord r;
  r.chosen_option = in.integer("chosen_option");
  r.gut_feeling = in.optional_text("gut_feeling").value_or("");
  r.rationale = in.optional_text("rationale").value_or("");
  r.expected_outcome = in.optional_text("expected_outcome").value_or("");
  r.review_date = in.optional_text("review_date").value_or("");
  if (!in.ok()) return in.status();
  return r;
}

Result<DecisionReview> read_decision_review(const json& body) {
  JsonReader in(body);
  DecisionReview r;
  r.what_happened = in.text("what_happened");
  r.lesson = in.optional_text("lesson").value_or("");
  if (!in.ok()) return in.status();
  return r;
}

json analysis_json(const Analysis& a) {
  json totals = json::array();
  for (const OptionTotal& t : a.totals) {
    totals.push_back({{"percent", t.percent ? json(*t.percent) : json(nullptr)},
                      {"scored_weight_percent", t.scored_weight_percent}});
  }
  json contributions = json::array();
  for (const auto& row : a.contributions) {
    json cells = json::array();
    for (const auto& cell : row) cells.push_back(cell ? json(*cell) : json(nullptr));
    contributions.push_back(cells);
  }
  json missing = json::array();
  for (const CellRef& m : a.missing) missing.push_back({{"option", m.option}, {"criterion", m.criterion}});
  json ranking = json::array();
  for (const RankedOption& r : a.ranking) {
    ranking.push_back({{"option", r.option}, {"percent", r.percent}, {"rank", r.rank}});
  }
  json sensitivity = json::array();
  for (const WeightSensitivity& s : a.sensitivity) {
    sensitivity.push_back(
        {{"criterion", s.criterion},
         {"weight", s.weight},
         {"flip", s.flip ? json{{"weight", s.flip->weight}, {"leaders", leaders_json(s.flip->leaders)}}
                         : json(nullptr)}});
  }
  json flips = json::array();
  for (const ScoreFlip& f : a.score_flips) {
    flips.push_back({{"option", f.option},
                     {"criterion", f.criterion},
                     {"from_score", f.from_score},
                     {"to_score", f.to_score},
                     {"leaders", leaders_json(f.leaders)}});
  }
  return {{"weighting", a.weighting},
          {"weights", a.weights},
          {"consistency", a.consistency ? consistency_json(*a.consistency) : json(nullptr)},
          {"complete", a.complete},
          {"missing", missing},
          {"totals", totals},
          {"contributions", contributions},
          {"ranking", ranking},
          {"winner", a.winner ? json(*a.winner) : json(nullptr)},
          {"tied_for_first", leaders_json(a.tied_for_first)},
          {"margin_points", a.margin_points},
          {"close_call", a.close_call},
          {"close_call_points", kCloseCallPoints},
          {"sensitivity", sensitivity},
          {"score_flips", flips},
          {"findings", a.findings}};
}

json decision_json(const Decision& d, const Analysis& analysis, const Date& today) {
  const DecisionInput& m = d.draft.matrix;
  json options = json::array();
  for (const DecisionOption& o : m.options) options.push_back({{"name", o.name}, {"description", o.description}});
  json criteria = json::array();
  for (std::size_t c = 0; c < m.criteria.size(); ++c) {
    const DecisionCriterion& crit = m.criteria[c];
    const auto& value_id = d.draft.value_ids[c];
    criteria.push_back({{"name", crit.name},
                        {"description", crit.description},
                        {"lower_is_better", crit.lower_is_better},
                        {"points", crit.points},
                        {"value_id", value_id ? json(*value_id) : json(nullptr)}});
  }
  json scores = json::array();
  for (std::size_t o = 0; o < m.options.size(); ++o) {
    json row = json::array();
    for (std::size_t c = 0; c < m.criteria.size(); ++c) {
      const bool present = o < m.scores.size() && c < m.scores[o].size();
      const ScoreCell cell = present ? m.scores[o][c] : ScoreCell{};
      row.push_back({{"score", cell.score ? json(*cell.score) : json(nullptr)}, {"note", cell.note}});
    }
    scores.push_back(row);
  }
  json comparisons = json::array();
  for (const PairwiseComparison& c : m.comparisons) {
    comparisons.push_back({{"first", c.first}, {"second", c.second}, {"judgement", c.judgement}});
  }
  json record = nullptr;
  if (d.record) {
    const DecisionRecord& r = *d.record;
    const auto chosen = static_cast<std::size_t>(r.chosen_option);
    record = {{"chosen_option", r.chosen_option},
              {"chosen_option_name", chosen < m.options.size() ? m.options[chosen].name : ""},
              {"matches_winner", analysis.winner ? json(*analysis.winner == chosen) : json(nullptr)},
              {"gut_feeling", r.gut_feeling},
              {"rationale", r.rationale},
              {"expected_outcome", r.expected_outcome},
              {"review_date", text_or_null(r.review_date)},
              {"decided_at", r.decided_at}};
  }
  json review = nullptr;
  if (d.review) {
    review = {{"what_happened", d.review->what_happened},
              {"lesson", d.review->lesson},
              {"reviewed_at", d.review->reviewed_at}};
  }
  const std::string review_date = d.record ? d.record->review_date : "";
  return {{"id", d.id},
          {"title", d.draft.title},
          {"context", d.draft.context},
          {"deadline", text_or_null(d.draft.deadline)},
          {"status", d.status},
          {"version", d.version},
          {"created_at", d.created_at},
          {"updated_at", d.updated_at},
          {"options", options},
          {"criteria", criteria},
          {"scores", scores},
          {"weighting", m.weighting},
          {"comparisons", comparisons},
          {"analysis", analysis_json(analysis)},
          {"record", record},
          {"review", review},
          {"review_due", review_due(d.status, review_date, today)},
          {"today", today.str()}};
}

json decision_summary_json(const DecisionSummary& s, const Date& today) {
  return {{"id", s.id},
          {"title", s.title},
          {"deadline", text_or_null(s.deadline)},
          {"status", s.status},
          {"option_count", s.option_count},
          {"criterion_count", s.criterion_count},
          {"chosen_option_name", text_or_null(s.chosen_option_name)},
          {"review_date", text_or_null(s.review_date)},
          {"review_due", review_due(s.status, s.review_date, today)},
          {"version", s.version},
          {"created_at", s.created_at},
          {"updated_at", s.updated_at}};
}

json decision_template_json(const DecisionTemplate& t) {
  json options = json::array();
  for (const DecisionOption& o : t.options) options.push_back({{"name", o.name}, {"description", o.description}});
  json criteria = json::array();
  for (const DecisionCriterion& c : t.criteria) {
    criteria.push_back({{"name", c.name},
                        {"description", c.description},
                        {"lower_is_better", c.lower_is_better},
                        {"points", c.points},
                        {"value_id", nullptr}});
  }
  return {{"key", t.key}, {"title", t.title}, {"summary", t.summary}, {"options", options}, {"criteria", criteria}};
}

}  // namespace tn
