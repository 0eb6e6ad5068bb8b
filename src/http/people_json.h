// JSON for /api/people: partners with their due dates, check-ins, commitments with carry-over, and bodies in.
#pragma once

#include "domain/date.h"
#include "domain/people.h"
#include "http/json_body.h"
#include "store/people_store.h"

namespace tn {

// {state, days}: how a due date stands today (see due_state).
json due_json(const std::optional<Date>& due, const Date& today);

// The partner with cadence_label, last_met, next_due_on and due {state, days} worked out for `today`.
json partner_json(const StoredPartner& p, const Date& today);

// The commitment with its carried count and label, its link (null unless handed over) and, while open,
// `due` {state, days} for `today` (null otherwise).
json commitment_json(const StoredCommitment& m, const Date& today);

// The check-in with its commitments and the carried ones.
json check_in_json(const StoredCheckIn& c, const Date& today);

// One row of a check-in list: {id, partner_id, partner_name, held_on, excerpt, commitment_count}.
json check_in_summary_json(const CheckInSummary& s);

// Reads {name, role?, how_they_help?, cadence_weeks?, last_met_on?}; 400 naming the field on a wrong type.
Result<Partner> read_partner_fields(const json& body);

// Reads {partner_id, held_on, agenda?, notes?, commitments?: [{id?, text, owner?, due_on?}]}.
Result<CheckIn> read_check_in_fields(const json& body);

}  // namespace tn
