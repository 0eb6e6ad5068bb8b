// Store tests for decisions: the matrix round-trips with versions, record and review move the status and
// reopening clears them, and unknown decisions are not found.
#include <catch2/catch.hpp>

#include "store/decisions_store.h"
#include "temp_db.h"

using namespace tn;

namespace {

DecisionDraft offer_draft() {
  DecisionDraft draft;
  draft.title = "Take the offer?";
  draft.context = "A new team";
  draft.deadline = "2026-05-01";
  draft.matrix.options = {{"Stay", ""}, {"Go", "new city"}};
  draft.matrix.criteria = {{"Pay", "", false, 60}, {"Commute", "minutes", true, 40}};
  draft.matrix.scores = {{{6.0, ""}, {std::nullopt, ""}}, {{8.0, "better"}, {3.0, ""}}};
  draft.value_ids = {std::nullopt, 4};
  return draft;
}

}  // namespace

TEST_CASE("a decision's matrix round-trips with versions", "[decisions_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  const auto created = create_decision(d, offer_draft());
  REQUIRE(created.ok());
  CHECK(created->version == 1);
  CHECK(created->status == "open");
  const auto loaded = load_decision(d, created->id);
  REQUIRE(loaded.ok());
  CHECK(loaded->draft == offer_draft());

  DecisionDraft edited = offer_draft();
  edited.matrix.options.push_back({"Negotiate", ""});
  const auto saved = save_decision(d, created->id, edited, 1);
  REQUIRE(saved.ok());
  CHECK(saved->version == 2);
  CHECK(saved->draft.matrix.scores.size() == 3);  // full rows: the new option has empty cells
  CHECK(save_decision(d, created->id, edited, 2)->version == 2);  // unchanged
  CHECK(save_decision(d, created->id, offer_draft(), 1).status().field() == "version");

  const auto list = list_decisions(d, "");
  REQUIRE(list->size() == 1);
  CHECK(list->at(0).option_count == 3);
  CHECK(list->at(0).criterion_count == 2);
  CHECK(list_decisions(d, "decided")->empty());
}

TEST_CASE("record, review and reopen move a decision's status", "[decisions_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  const auto created = create_decision(d, offer_draft());
  REQUIRE(created.ok());
  CHECK(save_decision_review(d, created->id, DecisionReview{"It went well", "", ""}, 1).status().field() ==
        "status");

  const auto decided = save_decision_record(d, created->id, DecisionRecord{1, "good", "pay", "growth", "", ""}, 1);
  REQUIRE(decided.ok());
  CHECK(decided->status == "decided");
  REQUIRE(decided->record.has_value());
  CHECK(decided->record->chosen_option == 1);
  CHECK_FALSE(decided->record->decided_at.empty());
  DecisionDraft changed = offer_draft();
  changed.title = "Take the offer now?";
  CHECK(save_decision(d, created->id, changed, 2).status().field() == "status");  // the matrix is fixed now

  const auto reviewed = save_decision_review(d, created->id, DecisionReview{"It went well", "Ask early", ""}, 2);
  REQUIRE(reviewed.ok());
  CHECK(reviewed->status == "reviewed");
  CHECK(reviewed->review->lesson == "Ask early");

  const auto reopened = reopen_decision(d, created->id, 3);
  REQUIRE(reopened.ok());
  CHECK(reopened->status == "open");
  CHECK_FALSE(reopened->record.has_value());
  CHECK_FALSE(reopened->review.has_value());
  REQUIRE(delete_decision(d, created->id).ok());
  CHECK(list_decisions(d, "")->empty());
}

TEST_CASE("an unknown decision is not found", "[decisions_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  CHECK(load_decision(d, 11).status().code() == Code::kNotFound);
  CHECK(save_decision(d, 11, offer_draft(), 1).status().code() == Code::kNotFound);
  CHECK(save_decision_record(d, 11, DecisionRecord{0, "", "", "", "", ""}, 1).status().code() == Code::kNotFound);
  CHECK(reopen_decision(d, 11, 1).status().code() == Code::kNotFound);
  CHECK(delete_decision(d, 11).code() == Code::kNotFound);
}
