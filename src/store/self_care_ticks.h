// The self-care routines a weekly reflection ticked off: the journal_self_care_ticks join table of schema.sql.
#pragma once

#include <cstdint>
#include <vector>

#include "domain/balance.h"
#include "store/database.h"

namespace tn {

// The ticks of journal entry `entry_id`, each with its routine as it is now (name, frequency), in the order
// of the self-care list; empty when it ticked none. Inside the caller's read or write.
std::vector<TickedRoutine> read_self_care_ticks(Connection& conn, std::int64_t entry_id);

// Replaces the ticks of entry `entry_id` with `ticks` (already valid, see validate_self_care_ticks) inside
// the caller's write: invalid "self_care[i].item_id" when an id is not one of the self-care routines.
Status write_self_care_ticks(Connection& conn, std::int64_t entry_id, const std::vector<SelfCareTick>& ticks);

// Whether `stored` (as read) ticks the same routines the same way as `ticks`, in any order.
bool same_self_care_ticks(const std::vector<TickedRoutine>& stored, std::vector<SelfCareTick> ticks);

}  // namespace tn
