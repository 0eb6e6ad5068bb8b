// The self-care routines a weekly reflection ticked off: the journal_self_care_ticks join table of schema.sql.
#include "store/self_care_ticks.h"

#include <algorithm>

#include "domain/text.h"

namespace tn {

std::vector<TickedRoutine> read_self_care_ticks(Connection& conn, std::int64_t entry_id) {
  Statement st = conn.prepare(
      "SELECT t.item_id, t.kept, i.name, i.frequency, i.times_per_week FROM journal_self_care_ticks t "
      "JOIN list_items i ON i.id = t.item_id WHERE t.entry_id = ?1 ORDER BY i.position, i.id");
  st.bind(1, entry_id);
  std::vector<TickedRoutine> out;
  while (st.step()) {
    out.push_back({{st.int64(0), st.int64(1) != 0}, st.text(2), {st.text(3), st.optional_int(4)}});
  }
  return out;
}

Status write_self_care_ticks(Connection& conn, std::int64_t entry_id, const std::vector<SelfCareTick>& ticks) {
  conn.prepare("DELETE FROM journal_self_care_ticks WHERE entry_id = ?1").bind(1, entry_id).run();
  for (std::size_t i = 0; i < ticks.size(); ++i) {
    Statement routine = conn.prepare("SELECT 1 FROM list_items WHERE id = ?1 AND list = 'self_care'");
    routine.bind(1, ticks[i].item_id);
    if (!routine.step()) {
      const std::string field = indexed("self_care", i) + ".item_id";
      return Status::Invalid(field, field + " is not one of your self-care routines");
    }
    conn.prepare("INSERT INTO journal_self_care_ticks (entry_id, item_id, kept) VALUES (?1, ?2, ?3)")
        .bind(1, entry_id)
        .bind(2, ticks[i].item_id)
        .bind(3, ticks[i].kept ? 1 : 0)
        .run();
  }
  return Status::Ok();
}

bool same_self_care_ticks(const std::vector<TickedRoutine>& stored, std::vector<SelfCareTick> ticks) {
  std::vector<SelfCareTick> had;
  for (const TickedRoutine& r : stored) had.push_back(r.tick);
  const auto by_id = [](const SelfCareTick& a, const SelfCareTick& b) { return a.item_id < b.item_id; };
  std::sort(had.begin(), had.end(), by_id);
  std::sort(ticks.begin(), ticks.end(), by_id);
  return had == ticks;
}

}  // namespace tn
