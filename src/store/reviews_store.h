// Reads and writes monthly reviews: the month's facts gathered through the other modules' stores, a review
// saved with its facts frozen, the quick re-assessment of the core values, and the year of reviews.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/monthly_review.h"
#include "store/alignment_store.h"
#include "store/database.h"

namespace tn {

// A record of the month as a review lists it: a weekly reflection (detail: its "What I learned"), a decision
// whose review is due (date: the review date; detail: the option chosen), a check-in (title: the partner;
// detail: the start of its notes), feedback (title: who gave it; detail: the start of what was said) or a
// finished book or course (date: when it was finished; detail: its author).
struct ReviewFact {
  std::int64_t record_id = 0;
  std::string date;  // YYYY-MM-DD
  std::string title;
  std::string detail;

  bool operator==(const ReviewFact&) const = default;
};

// The records of the month, each list oldest first.
struct ReviewLists {
  std::vector<ReviewFact> reflections;
  std::vector<ReviewFact> decisions;  // due for review by the end of the month, soonest first
  std::vector<ReviewFact> check_ins;
  std::vector<ReviewFact> feedback;
  std::vector<ReviewFact> learning;
};

// A saved review keeps at most this many records of each kind (its counts hold them all).
inline constexpr std::size_t kMaxReviewFacts = 50;

// What the other modules hold about a month, as a review finds it.
struct MonthFacts {
  Month month;
  ReviewLists lists;                      // complete
  int lessons = 0;                        // reflections that answer "What I learned"
  std::vector<BalancePoint> balance;      // every balance snapshot, oldest first
  std::vector<AlignmentPoint> alignment;  // every alignment snapshot, oldest first
  std::vector<RatedItem> latest_values;   // the core values as the newest snapshot rated them
  std::vector<PracticeItem> practices;    // today's boundaries, then self-care routines, in list order
  std::vector<InitiativeState> initiatives;  // initiatives_for_review of the month
};

// The facts of `month`, gathered through the journal, balance, alignment, lists, initiatives, decisions,
// people, feedback and learning stores.
Result<MonthFacts> load_month_facts(Database& db, const Month& month);

// What the user chose in a review: the snapshots it re-rated (or any other they link) and the practice marks.
struct ReviewChoices {
  std::optional<std::int64_t> balance_snapshot_id;
  std::optional<std::int64_t> alignment_assessment_id;
  std::vector<PracticeMark> practices;  // as received; save_review checks them
};

// A review as saved, with the snapshots it links read as they are (unchanged since: snapshots cannot be edited).
struct StoredReview {
  std::int64_t entry_id = 0;
  Month month;
  std::optional<std::int64_t> balance_snapshot_id, previous_balance_snapshot_id;
  std::optional<double> balance_average, previous_balance_average;  // kept when a snapshot is deleted later
  std::optional<std::int64_t> alignment_assessment_id, previous_alignment_assessment_id;
  std::optional<int> alignment_overall, previous_alignment_overall;
  int reflections = 0, lessons = 0, decisions_due = 0, check_ins = 0, feedback = 0, learning_finished = 0;
  std::vector<PracticeMark> practices;       // item_id 0 once the practice was deleted
  std::vector<InitiativeState> initiatives;  // id 0 once the initiative was deleted
  ReviewLists lists;                         // at most kMaxReviewFacts of each kind
  std::int64_t version = 0;
  std::string created_at, updated_at;

  // Read from the linked snapshots when they still exist:
  std::optional<BalancePoint> balance, previous_balance;
  std::optional<AlignmentPoint> alignment, previous_alignment;
  std::vector<AlignmentRating> value_ratings;   // the core values as the linked snapshot rated them
  std::vector<AlignmentPoint> alignment_trend;  // alignment_trend of the review's month
};

// The review saved for journal entry `entry_id`; NotFound when the entry has none (or does not exist).
Result<StoredReview> load_review(Database& db, std::int64_t entry_id);

// Saves the review of monthly entry `entry_id` at `expected_version` (0 for the first save): the month's facts
// as they are now (load_month_facts of the entry date's month) are frozen with `choices`. The balance snapshot
// compared with is the newest one dated before the month (and before the chosen one), likewise for alignment.
// NotFound for an unknown entry; Conflict on "id" for one in the trash, on "kind" for an entry that is not a
// monthly review, on "version" when stale, on "month" when a saved review is settled on `today`
// (review_settled: it keeps what was true then); invalid "balance_snapshot_id" / "alignment_assessment_id" for
// an id that is not a snapshot, "practices[i]..." as check_practice_marks says.
Result<StoredReview> save_review(Database& db, std::int64_t entry_id, const ReviewChoices& choices,
                                 std::int64_t expected_version, const Date& today);

// The twelve months of `year` (summarise_year) from every snapshot, the weekly reflections and the saved
// reviews whose entries are not in the trash.
Result<YearSummary> load_year(Database& db, int year);

// A core value re-rated in a quick re-assessment: its id (a current core value) and rating 1..5.
struct ValueRerating {
  std::int64_t value_id = 0;
  std::int64_t rating = 0;
  std::string note;
};

// Saves an alignment snapshot dated `today` through the alignment store: `ratings` for the core values (at
// least one: invalid "ratings"; each "ratings[i].id" a current core value, "ratings[i].rating" 1..5,
// "ratings[i].note" as the alignment rules), then the other ratings and the lean-into and hand-off lists of
// the newest snapshot as they were (reassess_values). Conflict on "mission" while the vision has no mission.
Result<StoredAssessment> reassess_core_values(Database& db, const std::vector<ValueRerating>& ratings,
                                              const Date& today);

}  // namespace tn
