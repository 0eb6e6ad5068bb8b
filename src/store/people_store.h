// Reads and writes accountability partners, their check-ins and the commitments made in them, with the
// carry-over of open commitments and their hand-over to the priorities matrix or an initiative.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.h"
#include "domain/people.h"
#include "store/database.h"

namespace tn {

// A partner as stored, with what their check-ins add: the newest one's date and counts.
struct StoredPartner {
  std::int64_t id = 0;
  Partner fields;
  std::string last_check_in_on;  // "" before the first logged check-in
  std::int64_t check_in_count = 0;
  std::int64_t open_commitments = 0;
  std::int64_t version = 0;
  std::string created_at;
  std::string updated_at;
};

// Every partner, by name.
Result<std::vector<StoredPartner>> list_partners(Database& db);

// Partner `id`, or NotFound.
Result<StoredPartner> load_partner(Database& db, std::int64_t id);

// Adds `fields` (already valid) at version 1; Conflict on "partners" beyond kMaxPartners.
Result<StoredPartner> create_partner(Database& db, const Partner& fields);

// Replaces partner `id` at `expected_version`: NotFound, Conflict on "version" when stale. An unchanged
// save keeps the version.
Result<StoredPartner> update_partner(Database& db, std::int64_t id, const Partner& fields, std::int64_t expected_version);

// Deletes partner `id` with their check-ins and commitments (tasks and milestones made from those stay);
// NotFound for an unknown id.
Status delete_partner(Database& db, std::int64_t id);

// The record a commitment was handed to, read as it is now (one record, not a copy).
struct CommitmentLink {
  bool found = false;     // false once the task or initiative (or the milestone) was deleted
  std::string title;      // the task's title, or the initiative's title
  bool done = false;      // the task is done, or the milestone is ticked
  std::string quadrant;   // the task's quadrant
  std::string due_date;   // the milestone's due date
};

// A commitment as stored, with where it was made and how often it was carried.
struct StoredCommitment {
  std::int64_t id = 0;
  std::int64_t check_in_id = 0;
  std::int64_t partner_id = 0;
  std::string partner_name;
  std::string made_on;  // the date of the check-in it was made in
  CommitmentInput fields;
  std::string state;    // open, done, dropped, priority, milestone
  std::string drop_reason;
  std::string closed_on;  // "" while open
  std::optional<std::int64_t> task_id;
  std::optional<std::int64_t> initiative_id;
  std::optional<CommitmentLink> link;  // for state priority or milestone
  int carried = 0;  // times carried onto later check-ins: so far, or up to the check-in that shows it
  std::int64_t version = 0;
  std::string created_at;
  std::string updated_at;
};

// A check-in as stored, with the commitments made in it and those carried onto its agenda.
struct StoredCheckIn {
  std::int64_t id = 0;
  CheckIn fields;  // fields.commitments mirrors `commitments`
  std::string partner_name;
  std::vector<StoredCommitment> commitments;
  std::vector<StoredCommitment> carried;  // made earlier with this partner and open that day; carried counts
                                          // as of this check-in
  std::int64_t version = 0;
  std::string created_at;
  std::string updated_at;
};

// A check-in in lists.
struct CheckInSummary {
  std::int64_t id = 0;
  std::int64_t partner_id = 0;
  std::string partner_name;
  std::string held_on;
  std::string excerpt;  // the start of the notes (or agenda), plain text
  std::int64_t commitment_count = 0;
};

struct CheckInPage {
  std::vector<CheckInSummary> items;
  bool more = false;
};

// Check-ins newest first (date, then id), of `partner_id` only when given, after `after` when given.
Result<CheckInPage> list_check_ins(Database& db, const std::optional<std::int64_t>& partner_id,
                                   const std::optional<DateCursor>& after, int limit);

// Check-in `id` with its commitments and the carried ones; NotFound.
Result<StoredCheckIn> load_check_in(Database& db, std::int64_t id);

// Stores `fields` (already valid) as a new check-in with its commitments, all open. Invalid "partner_id"
// when it names no partner; invalid "commitments[i].id" when one is given (new commitments have none).
Result<StoredCheckIn> create_check_in(Database& db, const CheckIn& fields);

// Replaces check-in `id` at `expected_version`. Commitments with an id must be this check-in's (invalid
// "commitments[i].id" otherwise) and keep their state; those without are added open; this check-in's
// commitments not listed are deleted. NotFound; Conflict on "version"; invalid "partner_id". An unchanged
// save keeps the version.
Result<StoredCheckIn> update_check_in(Database& db, std::int64_t id, const CheckIn& fields,
                                      std::int64_t expected_version);

// Deletes check-in `id` with its commitments; NotFound.
Status delete_check_in(Database& db, std::int64_t id);

// The open commitments, of `partner_id` only when given, each with how often it was carried so far:
// overdue first, then by due date (undated last), then oldest first.
Result<std::vector<StoredCommitment>> list_open_commitments(Database& db, const std::optional<std::int64_t>& partner_id,
                                                            const Date& today);

// Commitment `id` with its link and carried count; NotFound.
Result<StoredCommitment> load_commitment(Database& db, std::int64_t id);

// Sets the state of commitment `id` to "open", "done" or "dropped" (with its reason; already valid) at
// `expected_version`; a closed one gets closed_on = `today`, an opened one loses it (and any link to a task
// or initiative). NotFound; Conflict on "version".
Result<StoredCommitment> set_commitment_state(Database& db, std::int64_t id, const std::string& state,
                                              const std::string& drop_reason, const Date& today,
                                              std::int64_t expected_version);

// Puts open commitment `id` on the priorities matrix in `quadrant` (valid): creates the task (titled like the
// commitment) through the priorities store and links it; the commitment closes on `today` with state
// "priority". NotFound; Conflict on "version"; Conflict on "state" when it is not open.
Result<StoredCommitment> put_commitment_on_priorities(Database& db, std::int64_t id, const std::string& quadrant,
                                                      const Date& today, std::int64_t expected_version);

// Turns open commitment `id` into a milestone of initiative `initiative_id` (titled like the commitment, due
// on its due date) through the initiatives store and links it; the commitment closes on `today` with state
// "milestone". NotFound; Conflict on "version" or "state" as above; invalid "initiative_id" for an unknown
// initiative; Conflict on "milestones" when the initiative is full.
Result<StoredCommitment> turn_commitment_into_milestone(Database& db, std::int64_t id, std::int64_t initiative_id,
                                                        const Date& today, std::int64_t expected_version);

}  // namespace tn
