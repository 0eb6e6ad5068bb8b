// Reads and writes monthly reviews: the month's facts gathered through the other modules' stores, a review
// saved with its facts frozen, the quick re-assessment of the core values, and the year of reviews.
#include "store/reviews_store.h"

#include <algorithm>
#include <array>
#include <tuple>
#include <utility>

#include "domain/decision_record.h"
#include "domain/feedback.h"
#include "domain/text.h"
#include "store/balance_store.h"
#include "store/decisions_store.h"
#include "store/feedback_store.h"
#include "store/initiatives_store.h"
#include "store/journal_store.h"
#include "store/learning_store.h"
#include "store/lists_store.h"
#include "store/people_store.h"
#include "store/values_store.h"
#include "store/vision_store.h"

namespace tn {
namespace {

constexpr int kPage = 100;
constexpr std::size_t kExcerpt = 160;
constexpr std::array<const char*, 5> kFactKinds = {"reflection", "decision", "check_in", "feedback", "learning"};

Status not_found(std::int64_t entry_id) {
  return Status::NotFound("no monthly review is saved for journal entry " + std::to_string(entry_id));
}

std::vector<ReviewFact>& list_of(ReviewLists& lists, std::string_view kind) {
  if (kind == "reflection") return lists.reflections;
  if (kind == "decision") return lists.decisions;
  if (kind == "check_in") return lists.check_ins;
  if (kind == "feedback") return lists.feedback;
  return lists.learning;
}

// Puts `facts` in date order, then by record id.
void by_date(std::vector<ReviewFact>& facts) {
  std::sort(facts.begin(), facts.end(), [](const ReviewFact& a, const ReviewFact& b) {
    return std::tie(a.date, a.record_id) < std::tie(b.date, b.record_id);
  });
}

// Every record a month-bounded, newest-first, keyset-paged list holds for `month`, oldest first: pages start
// after the first day of the next month and stop at the first record dated before the month.
template <typename Item, typename LoadPage, typename ToFact>
Status collect_month(const Month& month, LoadPage load_page, ToFact to_fact, std::vector<ReviewFact>& out) {
  const std::string first = month.first_day().str();
  std::optional<DateCursor> after = DateCursor{month.last_day().plus_days(1).str(), 0};
  for (bool more = true; more;) {
    const auto page = load_page(after);
    if (!page.ok()) return page.status();
    more = page->more;
    for (const Item& item : page->items) {
      ReviewFact fact = to_fact(item);
      if (fact.date < first) {
        more = false;
        break;
      }
      after = DateCursor{fact.date, fact.record_id};
      out.push_back(std::move(fact));
    }
  }
  std::reverse(out.begin(), out.end());
  return Status::Ok();
}

Status collect_reflections(Database& db, const Month& month, MonthFacts& facts) {
  EntryFilter filter;
  filter.kind = "weekly";
  filter.from = month.first_day().str();
  filter.to = month.last_day().str();
  const auto page = list_entries(db, filter, std::nullopt, kPage);
  if (!page.ok()) return page.status();
  for (auto it = page->items.rbegin(); it != page->items.rend(); ++it) {
    const auto entry = load_entry(db, it->id);
    if (!entry.ok()) return entry.status();
    const auto learned = entry->answers.find(std::string(kLearnedPromptKey));
    const auto* text = learned == entry->answers.end() ? nullptr : std::get_if<std::string>(&learned->second);
    if (text) ++facts.lessons;
    facts.lists.reflections.push_back({it->id, it->date, it->title, text ? *text : ""});
  }
  return Status::Ok();
}

Status collect_snapshots(Database& db, MonthFacts& facts) {
  const auto balance = load_balance_snapshots(db);
  if (!balance.ok()) return balance.status();
  for (const StoredBalanceSnapshot& s : *balance) facts.balance.push_back({s.id, s.rated_on, s.ratings});
  const auto alignment = load_assessments(db);
  if (!alignment.ok()) return alignment.status();
  for (const StoredAssessment& a : *alignment) {
    const AlignmentScores scores = score_alignment(a.ratings);
    facts.alignment.push_back({a.id, a.assessed_on, scores.overall, scores.of(AlignmentCategory::kValues)});
  }
  if (alignment->empty()) return Status::Ok();
  const StoredAssessment& newest = alignment->back();
  for (std::size_t i = 0; i < newest.ratings.size(); ++i) {
    if (newest.ratings[i].category == AlignmentCategory::kValues) facts.latest_values.push_back({newest.ratings[i], newest.item_ids[i]});
  }
  return Status::Ok();
}

Status collect_practices(Database& db, MonthFacts& facts) {
  for (const char* list : {"boundaries", "self_care"}) {
    const auto items = load_kept_list(db, list);
    if (!items.ok()) return items.status();
    for (const StoredKeptItem& item : *items) facts.practices.push_back({list, item.id, item.name});
  }
  return Status::Ok();
}

Status collect_goals(Database& db, const Month& month, MonthFacts& facts) {
  const auto initiatives = list_initiatives(db);
  if (!initiatives.ok()) return initiatives.status();
  std::vector<InitiativeState> all;
  for (const StoredInitiative& s : *initiatives) {
    const auto done = std::count_if(s.fields.milestones.begin(), s.fields.milestones.end(),
                                    [](const Milestone& m) { return m.done; });
    all.push_back({s.id, s.fields.title, s.fields.status, s.fields.progress, static_cast<int>(done),
                   static_cast<int>(s.fields.milestones.size()), s.updated_at.substr(0, 10)});
  }
  facts.initiatives = initiatives_for_review(all, month);
  const auto decided = list_decisions(db, kDecisionDecided);
  if (!decided.ok()) return decided.status();
  for (const DecisionSummary& d : *decided) {
    if (review_due(d.status, d.review_date, month.last_day())) {
      facts.lists.decisions.push_back({d.id, d.review_date, d.title, d.chosen_option_name});
    }
  }
  by_date(facts.lists.decisions);
  return Status::Ok();
}

Status collect_people(Database& db, const Month& month, MonthFacts& facts) {
  Status s = collect_month<CheckInSummary>(
      month, [&](const std::optional<DateCursor>& after) { return list_check_ins(db, std::nullopt, after, kPage); },
      [](const CheckInSummary& c) {
        return ReviewFact{c.id, c.held_on, c.partner_name, utf8_shortened(c.excerpt, kExcerpt)};
      },
      facts.lists.check_ins);
  if (!s.ok()) return s;
  return collect_month<StoredFeedback>(
      month, [&](const std::optional<DateCursor>& after) { return list_feedback(db, FeedbackFilter{}, after, kPage); },
      [](const StoredFeedback& f) {
        return ReviewFact{f.id, f.fields.received_on, feedback_from_phrase(f.fields.source, f.fields.from_name),
                          utf8_shortened(f.fields.said, kExcerpt)};
      },
      facts.lists.feedback);
}

// Books, courses, talks and articles with a read finished in the month, by that date.
Status collect_learning(Database& db, const Month& month, MonthFacts& facts) {
  std::optional<std::int64_t> before;
  for (bool more = true; more;) {
    const auto page = list_learning_items(db, std::nullopt, std::nullopt, before, kPage);
    if (!page.ok()) return page.status();
    more = page->more;
    for (const StoredLearningItem& item : page->items) {
      before = item.id;
      for (const LearningRead& read : item.fields.reads) {
        if (month.contains(read.finished_on)) {
          facts.lists.learning.push_back({item.id, read.finished_on, item.fields.title, item.fields.author});
          break;
        }
      }
    }
  }
  by_date(facts.lists.learning);
  return Status::Ok();
}

// The review's own rows (not the snapshots it links), or nullopt.
std::optional<StoredReview> read_review(Connection& conn, std::int64_t entry_id) {
  Statement st = conn.prepare(
      "SELECT month, balance_snapshot_id, balance_average, previous_balance_snapshot_id, previous_balance_average, "
      "alignment_assessment_id, alignment_overall, previous_alignment_assessment_id, previous_alignment_overall, "
      "reflections, lessons, decisions_due, check_ins, feedback, learning_finished, version, created_at, updated_at "
      "FROM monthly_reviews WHERE entry_id = ?1");
  st.bind(1, entry_id);
  if (!st.step()) return std::nullopt;
  StoredReview r;
  r.entry_id = entry_id;
  r.month = *parse_month_field("month", st.text(0));
  r.balance_snapshot_id = st.optional_int64(1);
  r.balance_average = st.optional_real(2);
  r.previous_balance_snapshot_id = st.optional_int64(3);
  r.previous_balance_average = st.optional_real(4);
  r.alignment_assessment_id = st.optional_int64(5);
  r.alignment_overall = st.optional_int(6);
  r.previous_alignment_assessment_id = st.optional_int64(7);
  r.previous_alignment_overall = st.optional_int(8);
  int* counts[] = {&r.reflections, &r.lessons, &r.decisions_due, &r.check_ins, &r.feedback, &r.learning_finished};
  for (int i = 0; i < 6; ++i) *counts[i] = static_cast<int>(st.int64(9 + i));
  r.version = st.int64(15);
  r.created_at = st.text(16);
  r.updated_at = st.text(17);

  Statement practices = conn.prepare(
      "SELECT list, item_id, name, state, note FROM monthly_review_practices WHERE entry_id = ?1 ORDER BY position");
  practices.bind(1, entry_id);
  while (practices.step()) {
    r.practices.push_back({practices.text(0), practices.optional_int64(1).value_or(0), practices.text(2),
                           practices.text(3), practices.text(4)});
  }
  Statement initiatives = conn.prepare(
      "SELECT initiative_id, title, status, progress, milestones_done, milestones_total "
      "FROM monthly_review_initiatives WHERE entry_id = ?1 ORDER BY position");
  initiatives.bind(1, entry_id);
  while (initiatives.step()) {
    r.initiatives.push_back({initiatives.optional_int64(0).value_or(0), initiatives.text(1), initiatives.text(2),
                             static_cast<int>(initiatives.int64(3)), static_cast<int>(initiatives.int64(4)),
                             static_cast<int>(initiatives.int64(5)), ""});
  }
  Statement facts = conn.prepare(
      "SELECT kind, record_id, on_date, title, detail FROM monthly_review_facts WHERE entry_id = ?1 "
      "ORDER BY kind, position");
  facts.bind(1, entry_id);
  while (facts.step()) {
    list_of(r.lists, facts.text(0)).push_back({facts.int64(1), facts.text(2), facts.text(3), facts.text(4)});
  }
  return r;
}

// The linked snapshots as they are, and the alignment trend of the month.
Status read_links(Database& db, StoredReview& r) {
  MonthFacts snapshots;
  if (Status s = collect_snapshots(db, snapshots); !s.ok()) return s;
  const auto copy = [](const auto* point) { return point ? std::optional(*point) : std::nullopt; };
  r.balance = copy(point_with_id(snapshots.balance, r.balance_snapshot_id));
  r.previous_balance = copy(point_with_id(snapshots.balance, r.previous_balance_snapshot_id));
  r.alignment = copy(point_with_id(snapshots.alignment, r.alignment_assessment_id));
  r.previous_alignment = copy(point_with_id(snapshots.alignment, r.previous_alignment_assessment_id));
  r.alignment_trend = alignment_trend(snapshots.alignment, r.month);
  if (r.alignment) {
    const auto a = load_assessment(db, r.alignment->id);
    if (!a.ok()) return a.status();
    for (const AlignmentRating& rating : a->ratings) {
      if (rating.category == AlignmentCategory::kValues) r.value_ratings.push_back(rating);
    }
  }
  return Status::Ok();
}

// The date of monthly entry `entry_id`, or why it cannot have a review saved (see save_review).
Result<std::string> monthly_entry_date(Database& db, std::int64_t entry_id) {
  const auto entry = load_entry(db, entry_id);
  if (!entry.ok()) return entry.status();
  if (entry->deleted_at) {
    return Status::Conflict("journal entry " + std::to_string(entry_id) + " is in the trash; restore it first", "id");
  }
  if (entry->kind != "monthly") {
    return Status::Conflict("journal entry " + std::to_string(entry_id) + " is not a monthly review", "kind");
  }
  return entry->date;
}

void write_facts(Connection& conn, std::int64_t entry_id, const ReviewLists& lists) {
  ReviewLists copy = lists;
  for (const char* kind : kFactKinds) {
    const std::vector<ReviewFact>& items = list_of(copy, kind);
    for (std::size_t i = 0; i < items.size() && i < kMaxReviewFacts; ++i) {
      conn.prepare("INSERT INTO monthly_review_facts (entry_id, kind, position, record_id, on_date, title, detail) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
          .bind(1, entry_id).bind(2, kind).bind(3, static_cast<int>(i)).bind(4, items[i].record_id)
          .bind(5, items[i].date).bind(6, items[i].title).bind(7, items[i].detail).run();
    }
  }
}

void write_children(Connection& conn, std::int64_t entry_id, const std::vector<PracticeMark>& marks,
                    const MonthFacts& facts) {
  for (const char* table : {"monthly_review_practices", "monthly_review_initiatives", "monthly_review_facts"}) {
    conn.prepare(std::string("DELETE FROM ") + table + " WHERE entry_id = ?1").bind(1, entry_id).run();
  }
  for (std::size_t i = 0; i < marks.size(); ++i) {
    conn.prepare("INSERT INTO monthly_review_practices (entry_id, position, list, item_id, name, state, note) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(1, entry_id).bind(2, static_cast<int>(i)).bind(3, marks[i].list).bind(4, marks[i].item_id)
        .bind(5, marks[i].name).bind(6, marks[i].state).bind(7, marks[i].note).run();
  }
  for (std::size_t i = 0; i < facts.initiatives.size(); ++i) {
    const InitiativeState& s = facts.initiatives[i];
    conn.prepare("INSERT INTO monthly_review_initiatives (entry_id, position, initiative_id, title, status, progress, "
                 "milestones_done, milestones_total) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .bind(1, entry_id).bind(2, static_cast<int>(i)).bind(3, s.id).bind(4, s.title).bind(5, s.status)
        .bind(6, s.progress).bind(7, s.milestones_done).bind(8, s.milestones_total).run();
  }
  write_facts(conn, entry_id, facts.lists);
}

// The row of monthly_reviews for `entry_id` from the facts and the chosen snapshots (and those compared with).
void write_review(Connection& conn, std::int64_t entry_id, const MonthFacts& facts, const BalancePoint* balance,
                  const BalancePoint* previous_balance, const AlignmentPoint* alignment,
                  const AlignmentPoint* previous_alignment) {
  const auto id = [](const auto* p) { return p ? std::optional<std::int64_t>(p->id) : std::nullopt; };
  const BalanceComparison compared = compare_balance(balance, previous_balance);
  conn.prepare(std::string("INSERT INTO monthly_reviews (entry_id, month, balance_snapshot_id, balance_average, "
                           "previous_balance_snapshot_id, previous_balance_average, alignment_assessment_id, "
                           "alignment_overall, previous_alignment_assessment_id, previous_alignment_overall, "
                           "reflections, lessons, decisions_due, check_ins, feedback, learning_finished, created_at, "
                           "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ") +
               kSqlNow + ", " + kSqlNow +
               ") ON CONFLICT (entry_id) DO UPDATE SET month = excluded.month, "
               "balance_snapshot_id = excluded.balance_snapshot_id, balance_average = excluded.balance_average, "
               "previous_balance_snapshot_id = excluded.previous_balance_snapshot_id, "
               "previous_balance_average = excluded.previous_balance_average, "
               "alignment_assessment_id = excluded.alignment_assessment_id, "
               "alignment_overall = excluded.alignment_overall, "
               "previous_alignment_assessment_id = excluded.previous_alignment_assessment_id, "
               "previous_alignment_overall = excluded.previous_alignment_overall, reflections = excluded.reflections, "
               "lessons = excluded.lessons, decisions_due = excluded.decisions_due, check_ins = excluded.check_ins, "
               "feedback = excluded.feedback, learning_finished = excluded.learning_finished, "
               "version = version + 1, updated_at = excluded.updated_at")
      .bind(1, entry_id).bind(2, facts.month.str()).bind(3, id(balance)).bind(4, compared.average)
      .bind(5, id(previous_balance)).bind(6, compared.previous_average).bind(7, id(alignment))
      .bind(8, alignment ? alignment->overall : std::nullopt).bind(9, id(previous_alignment))
      .bind(10, previous_alignment ? previous_alignment->overall : std::nullopt)
      .bind(11, static_cast<int>(facts.lists.reflections.size())).bind(12, facts.lessons)
      .bind(13, static_cast<int>(facts.lists.decisions.size())).bind(14, static_cast<int>(facts.lists.check_ins.size()))
      .bind(15, static_cast<int>(facts.lists.feedback.size())).bind(16, static_cast<int>(facts.lists.learning.size()))
      .run();
}

}  // namespace

Result<MonthFacts> load_month_facts(Database& db, const Month& month) {
  MonthFacts facts;
  facts.month = month;
  for (Status s : {collect_reflections(db, month, facts), collect_snapshots(db, facts), collect_practices(db, facts),
                   collect_goals(db, month, facts), collect_people(db, month, facts),
                   collect_learning(db, month, facts)}) {
    if (!s.ok()) return s;
  }
  return facts;
}

Result<StoredReview> load_review(Database& db, std::int64_t entry_id) {
  auto review = db.read([&](Connection& conn) -> Result<StoredReview> {
    return found_or(read_review(conn, entry_id), not_found(entry_id));
  });
  if (!review.ok()) return review;
  if (Status s = read_links(db, *review); !s.ok()) return s;
  return review;
}

Result<StoredReview> save_review(Database& db, std::int64_t entry_id, const ReviewChoices& choices,
                                 std::int64_t expected_version, const Date& today) {
  const auto date = monthly_entry_date(db, entry_id);
  if (!date.ok()) return date.status();
  const Month month = month_of(*parse_date(*date));
  const auto facts = load_month_facts(db, month);
  if (!facts.ok()) return facts.status();
  const auto marks = check_practice_marks(choices.practices, facts->practices);
  if (!marks.ok()) return marks.status();
  const auto balance =
      chosen_point(facts->balance, choices.balance_snapshot_id, "balance_snapshot_id", "balance snapshots");
  if (!balance.ok()) return balance.status();
  const auto alignment = chosen_point(facts->alignment, choices.alignment_assessment_id, "alignment_assessment_id",
                                      "alignment snapshots");
  if (!alignment.ok()) return alignment.status();
  const Status saved = db.write([&](Connection& conn) -> Status {
    const std::optional<StoredReview> current = read_review(conn, entry_id);
    if (Status s = check_version(current ? current->version : 0, expected_version, "this review"); !s.ok()) return s;
    if (current && review_settled(current->month, today)) {
      return Status::Conflict("the review of " + current->month.str() + " is settled: it keeps the facts it saved then",
                              "month");
    }
    write_review(conn, entry_id, *facts, *balance, point_before(facts->balance, month, *balance), *alignment,
                 point_before(facts->alignment, month, *alignment));
    write_children(conn, entry_id, *marks, *facts);
    return Status::Ok();
  });
  if (!saved.ok()) return saved;
  return load_review(db, entry_id);
}

Result<YearSummary> load_year(Database& db, int year) {
  MonthFacts snapshots;
  if (Status s = collect_snapshots(db, snapshots); !s.ok()) return s;
  const auto weekly = entry_dates(db, "weekly");
  if (!weekly.ok()) return weekly.status();
  const auto reviews = db.read([&](Connection& conn) -> Result<std::vector<ReviewSummary>> {
    Statement st = conn.prepare(
        "SELECT r.entry_id, e.entry_date, r.alignment_overall, r.balance_average, "
        "(SELECT count(*) FROM monthly_review_initiatives i WHERE i.entry_id = r.entry_id AND i.status = 'done') "
        "FROM monthly_reviews r JOIN journal_entries e ON e.id = r.entry_id "
        "WHERE e.deleted_at IS NULL AND e.entry_date BETWEEN ?1 AND ?2");
    st.bind(1, Date{year, 1, 1}.str()).bind(2, Date{year, 12, 31}.str());
    std::vector<ReviewSummary> out;
    while (st.step()) {
      out.push_back({st.int64(0), st.text(1), st.optional_int(2), st.optional_real(3),
                     static_cast<int>(st.int64(4)), {}});
    }
    for (ReviewSummary& r : out) {
      Statement marks = conn.prepare("SELECT list, state FROM monthly_review_practices WHERE entry_id = ?1");
      marks.bind(1, r.entry_id);
      std::vector<PracticeMark> read;
      while (marks.step()) read.push_back({marks.text(0), 0, "", marks.text(1), ""});
      r.practices = tally_practices(read);
    }
    return out;
  });
  if (!reviews.ok()) return reviews.status();
  return summarise_year(year, snapshots.alignment, snapshots.balance, *weekly, *reviews);
}

Result<StoredAssessment> reassess_core_values(Database& db, const std::vector<ValueRerating>& ratings,
                                              const Date& today) {
  if (ratings.empty()) return Status::Invalid("ratings", "ratings must rate at least one core value");
  const auto core = load_core_values(db);
  if (!core.ok()) return core.status();
  std::vector<RatedItem> values;
  for (std::size_t i = 0; i < ratings.size(); ++i) {
    const std::string prefix = indexed("ratings", i) + ".";
    const auto value = std::find_if(core->begin(), core->end(),
                                    [&](const CoreValue& v) { return v.id == ratings[i].value_id; });
    if (value == core->end()) return Status::Invalid(prefix + "id", prefix + "id must be one of your core values");
    const Status in_range = check_range(prefix + "rating", ratings[i].rating, kMinAlignmentRating, kMaxAlignmentRating);
    if (!in_range.ok()) return in_range;
    values.push_back({{AlignmentCategory::kValues, value->name, static_cast<int>(ratings[i].rating), ratings[i].note},
                      value->id});
  }
  const auto all = load_assessments(db);
  if (!all.ok()) return all.status();
  StoredAssessment a;
  std::vector<RatedItem> latest;
  if (!all->empty()) {
    const StoredAssessment& last = all->back();
    for (std::size_t i = 0; i < last.ratings.size(); ++i) latest.push_back({last.ratings[i], last.item_ids[i]});
    a.lean_into = last.lean_into;
    a.hand_off = last.hand_off;
  }
  for (const RatedItem& r : reassess_values(latest, values)) {
    a.ratings.push_back(r.rating);
    a.item_ids.push_back(r.item_id);
  }
  if (Status s = validate_alignment_ratings(a.ratings); !s.ok()) return s;
  const auto vision = load_vision(db);
  if (!vision.ok()) return vision.status();
  if (trim(vision->fields.mission).empty()) {
    return Status::Conflict("Write your organisation's mission on the Vision page first: alignment is rated against it.",
                            "mission");
  }
  a.assessed_on = today.str();
  a.organisation = vision->fields.organisation;
  a.mission = vision->fields.mission;
  return create_assessment(db, a);
}

}  // namespace tn
