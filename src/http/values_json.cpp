// JSON for /api/values: custom values, card sorts and core values as the API shows them.
#include "http/values_json.h"

#include "http/reply.h"

namespace tn {

json custom_value_json(const StoredCustomValue& v) {
  return {{"id", v.id}, {"key", v.key}, {"name", v.name}, {"definition", v.definition}, {"version", v.version}};
}

json sort_json(const StoredValueSort& s) {
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
  json moves = json::array();
  for (const SortMove& m : s.moves) {
    moves.push_back({{"value", m.value_key},
                     {"from", m.from ? json(sort_pile_id(*m.from)) : json(nullptr)},
                     {"to", m.to ? json(sort_pile_id(*m.to)) : json(nullptr)}});
  }
  return {{"id", s.id},
          {"started_at", s.started_at},
          {"finished_at", text_or_null(s.finished_at)},
          {"version", s.version},
          {"cards", cards},
          {"counts", counts},
          {"top_values", top},
          {"moves", moves}};
}

json core_value_json(const CoreValue& v) {
  return {{"id", v.id},
          {"key", v.key},
          {"name", v.name},
          {"definition", v.definition},
          {"meaning", v.meaning},
          {"rank", v.rank}};
}

namespace {

std::vector<RankedName> ranked_names(const StoredValueSort& sort) {
  std::vector<RankedName> out;
  for (std::size_t i = 0; i < sort.top.size(); ++i) out.push_back({sort.top[i].value_key, sort.top_names[i]});
  return out;
}

json ranking_json(const StoredValueSort& sort) {
  json values = json::array();
  for (std::size_t i = 0; i < sort.top.size(); ++i) {
    values.push_back({{"value", sort.top[i].value_key}, {"name", sort.top_names[i]}, {"rank", i + 1}});
  }
  return {{"sort_id", sort.id}, {"finished_at", sort.finished_at}, {"values", values}};
}

}  // namespace

json ranking_a_year_ago_json(const std::vector<StoredValueSort>& sorts, std::optional<std::size_t> then,
                             const Date& today, const Date& day) {
  json changes = json::array();
  if (then) {
    for (const RankChange& c : compare_rankings(ranked_names(sorts[*then]), ranked_names(sorts.front()))) {
      changes.push_back({{"value", c.value_key},
                         {"name", c.name},
                         {"then_rank", optional_json(c.then_rank)},
                         {"now_rank", optional_json(c.now_rank)},
                         {"move", rank_move_id(c.move)}});
    }
  }
  return {{"today", today.str()},
          {"date", day.str()},
          {"then", then ? ranking_json(sorts[*then]) : json(nullptr)},
          {"now", sorts.empty() ? json(nullptr) : ranking_json(sorts.front())},
          {"changes", changes},
          {"first_finished_at", sorts.empty() ? json(nullptr) : json(sorts.back().finished_at)}};
}

}  // namespace tn
