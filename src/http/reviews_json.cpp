// JSON for /api/reviews: a month's facts, a saved review with what was true then, the year of months, and
// the body of a review save.
#include "http/reviews_json.h"

#include "http/reply.h"

namespace tn {
namespace {

json balance_point_json(const BalancePoint* p) {
  if (p == nullptr) return nullptr;
  json ratings = json::array();
  for (const AreaRating& r : p->ratings) ratings.push_back({{"area", r.area}, {"rating", r.rating}});
  const auto average = balance_average(p->ratings);
  return {{"id", p->id}, {"rated_on", p->date}, {"ratings", ratings},
          {"average", average ? json(round_to_tenth(*average)) : json(nullptr)}};
}

json alignment_point_json(const AlignmentPoint* p) {
  if (p == nullptr) return nullptr;
  return {{"id", p->id}, {"assessed_on", p->date}, {"overall", optional_json(p->overall)},
          {"values", optional_json(p->values)}};
}

json areas_json(const BalanceComparison& c) {
  json out = json::array();
  for (const AreaComparison& a : c.areas) {
    out.push_back({{"area", a.area}, {"previous", optional_json(a.previous)}, {"current", optional_json(a.current)},
                   {"change", optional_json(a.change)}});
  }
  return out;
}

json trend_json(const std::vector<AlignmentPoint>& points) {
  json out = json::array();
  for (const AlignmentPoint& p : points) out.push_back(alignment_point_json(&p));
  return out;
}

// {items (at most kMaxReviewFacts), count}: each item {id, date, title, detail}.
json facts_json(const std::vector<ReviewFact>& facts, int count) {
  json items = json::array();
  for (std::size_t i = 0; i < facts.size() && i < kMaxReviewFacts; ++i) {
    const ReviewFact& f = facts[i];
    items.push_back({{"id", f.record_id}, {"date", f.date}, {"title", f.title}, {"detail", f.detail}});
  }
  return {{"items", items}, {"count", count}};
}

json lists_json(const ReviewLists& lists, int reflections, int decisions, int check_ins, int feedback, int learning) {
  return {{"reflections", facts_json(lists.reflections, reflections)},
          {"decisions", facts_json(lists.decisions, decisions)},
          {"check_ins", facts_json(lists.check_ins, check_ins)},
          {"feedback", facts_json(lists.feedback, feedback)},
          {"learning", facts_json(lists.learning, learning)}};
}

json initiatives_json(const std::vector<InitiativeState>& initiatives) {
  json out = json::array();
  for (const InitiativeState& i : initiatives) {
    out.push_back({{"id", i.id > 0 ? json(i.id) : json(nullptr)}, {"title", i.title}, {"status", i.status},
                   {"progress", i.progress}, {"milestones_done", i.milestones_done},
                   {"milestones_total", i.milestones_total}});
  }
  return out;
}

json tally_json(const PracticeTally& t) { return {{"kept", t.kept}, {"slipped", t.slipped}}; }

json tallies_json(const PracticeTallies& t) {
  return {{"boundaries", tally_json(t.boundaries)}, {"self_care", tally_json(t.self_care)}};
}

json practices_json(const std::vector<PracticeMark>& marks) {
  json out = json::array();
  for (const PracticeMark& m : marks) {
    out.push_back({{"list", m.list}, {"item_id", m.item_id > 0 ? json(m.item_id) : json(nullptr)}, {"name", m.name},
                   {"state", m.state}, {"note", m.note}});
  }
  return out;
}

json optional_point(const auto& point, auto to_json) { return point ? to_json(&*point) : json(nullptr); }

}  // namespace

json month_facts_json(const MonthFacts& facts, const BalancePoint* balance, const AlignmentPoint* alignment) {
  const Month& month = facts.month;
  const BalancePoint* previous_balance = point_before(facts.balance, month, balance);
  const BalanceComparison compared = compare_balance(balance, previous_balance);
  const AlignmentPoint* previous_alignment = point_before(facts.alignment, month, alignment);
  json practices = {{"boundaries", json::array()}, {"self_care", json::array()}};
  for (const PracticeItem& p : facts.practices) practices[p.list].push_back({{"id", p.id}, {"name", p.name}});
  const ReviewLists& l = facts.lists;
  json out = lists_json(l, static_cast<int>(l.reflections.size()), static_cast<int>(l.decisions.size()),
                        static_cast<int>(l.check_ins.size()), static_cast<int>(l.feedback.size()),
                        static_cast<int>(l.learning.size()));
  out["reflections"]["lessons"] = facts.lessons;
  out["month"] = month.str();
  out["first_day"] = month.first_day().str();
  out["last_day"] = month.last_day().str();
  out["balance"] = {{"current", balance_point_json(balance)}, {"previous", balance_point_json(previous_balance)},
                    {"areas", areas_json(compared)}, {"average", optional_json(compared.average)},
                    {"previous_average", optional_json(compared.previous_average)},
                    {"change", optional_json(compared.change)}};
  out["alignment"] = {{"current", alignment_point_json(alignment)},
                      {"previous", alignment_point_json(previous_alignment)},
                      {"change", optional_json(alignment_change(alignment, previous_alignment))},
                      {"trend", trend_json(alignment_trend(facts.alignment, month))}, {"latest_values", json::array()}};
  for (const RatedItem& v : facts.latest_values) {
    out["alignment"]["latest_values"].push_back({{"id", v.item_id}, {"rating", v.rating.rating}});
  }
  out["practices"] = practices;
  out["initiatives"] = initiatives_json(facts.initiatives);
  return out;
}

json review_json(const StoredReview& r, const Date& today) {
  const auto ptr = [](const auto& optional) -> decltype(&*optional) { return optional ? &*optional : nullptr; };
  const BalanceComparison compared = compare_balance(ptr(r.balance), ptr(r.previous_balance));
  const std::optional<double> balance_change =
      r.balance_average && r.previous_balance_average
          ? std::optional<double>(round_to_tenth(*r.balance_average - *r.previous_balance_average))
          : std::nullopt;
  const std::optional<int> alignment_change =
      r.alignment_overall && r.previous_alignment_overall
          ? std::optional<int>(*r.alignment_overall - *r.previous_alignment_overall)
          : std::nullopt;
  json values = json::array();
  for (const AlignmentRating& v : r.value_ratings) {
    values.push_back({{"item", v.item}, {"rating", v.rating}, {"label", alignment_rating_label(v.rating)},
                      {"note", v.note}});
  }
  json out = lists_json(r.lists, r.reflections, r.decisions_due, r.check_ins, r.feedback, r.learning_finished);
  out["reflections"]["lessons"] = r.lessons;
  out["entry_id"] = r.entry_id;
  out["month"] = r.month.str();
  out["balance"] = {{"snapshot_id", optional_json(r.balance_snapshot_id)},
                    {"previous_snapshot_id", optional_json(r.previous_balance_snapshot_id)},
                    {"current", optional_point(r.balance, balance_point_json)},
                    {"previous", optional_point(r.previous_balance, balance_point_json)},
                    {"areas", areas_json(compared)}, {"average", optional_json(r.balance_average)},
                    {"previous_average", optional_json(r.previous_balance_average)},
                    {"change", optional_json(balance_change)}};
  out["alignment"] = {{"assessment_id", optional_json(r.alignment_assessment_id)},
                      {"previous_assessment_id", optional_json(r.previous_alignment_assessment_id)},
                      {"current", optional_point(r.alignment, alignment_point_json)},
                      {"previous", optional_point(r.previous_alignment, alignment_point_json)},
                      {"overall", optional_json(r.alignment_overall)},
                      {"previous_overall", optional_json(r.previous_alignment_overall)},
                      {"change", optional_json(alignment_change)}, {"values", values},
                      {"trend", trend_json(r.alignment_trend)}};
  out["practices"] = practices_json(r.practices);
  out["tally"] = tallies_json(tally_practices(r.practices));
  out["initiatives"] = initiatives_json(r.initiatives);
  out["initiatives_done"] = count_done(r.initiatives);
  out["settled"] = review_settled(r.month, today);
  out["version"] = r.version;
  out["created_at"] = r.created_at;
  out["updated_at"] = r.updated_at;
  return out;
}

json year_json(const YearSummary& year, const Date& today) {
  json months = json::array();
  for (const MonthSummary& m : year.months) {
    months.push_back({{"month", m.month.str()}, {"review_entry_id", optional_json(m.review_entry_id)},
                      {"alignment", optional_json(m.alignment)}, {"balance_average", optional_json(m.balance_average)},
                      {"reflections", m.reflections}, {"initiatives_done", optional_json(m.initiatives_done)},
                      {"boundaries", m.practices ? tally_json(m.practices->boundaries) : json(nullptr)},
                      {"self_care", m.practices ? tally_json(m.practices->self_care) : json(nullptr)}});
  }
  return {{"year", year.year}, {"months", months}, {"alignment_change", optional_json(year.alignment_change)},
          {"balance_change", optional_json(year.balance_change)}, {"reflections", year.reflections},
          {"reviews", year.reviews}, {"this_month", month_of(today).str()}};
}

Result<ReviewChoices> read_review_choices(const json& body) {
  JsonReader in(body);
  ReviewChoices choices;
  choices.balance_snapshot_id = in.optional_integer("balance_snapshot_id");
  choices.alignment_assessment_id = in.optional_integer("alignment_assessment_id");
  if (!in.ok()) return in.status();
  auto marks = read_object_list<PracticeMark>(body, "practices", [](JsonReader& item) {
    PracticeMark m;
    m.list = item.text("list");
    m.item_id = item.integer("item_id");
    m.state = item.text("state");
    m.note = item.optional_text("note").value_or("");
    return m;
  });
  if (!marks.ok()) return marks.status();
  choices.practices = std::move(*marks);
  return choices;
}

Result<std::vector<ValueRerating>> read_value_reratings(const json& body) {
  JsonReader in(body);
  in.array("ratings");
  if (!in.ok()) return in.status();
  return read_object_list<ValueRerating>(body, "ratings", [](JsonReader& item) {
    return ValueRerating{item.integer("id"), item.integer("rating"), item.optional_text("note").value_or("")};
  });
}

}  // namespace tn
