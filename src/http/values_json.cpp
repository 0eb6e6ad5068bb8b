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

}  // namespace tn
