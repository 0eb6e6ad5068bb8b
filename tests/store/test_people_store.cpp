// Store tests for partners and check-ins: open commitments carried onto later check-ins with their counts,
// edits that keep a commitment's state, and hand-overs that link one task or milestone instead of copying.
#include <catch2/catch.hpp>

#include "store/initiatives_store.h"
#include "store/people_store.h"
#include "store/priorities_store.h"
#include "temp_db.h"

using namespace tn;

namespace {

CheckIn check_in(std::int64_t partner, const std::string& day, std::vector<CommitmentInput> commitments = {}) {
  return CheckIn{partner, day, "", "Notes of " + day, std::move(commitments)};
}

CommitmentInput commit(const std::string& text, const std::string& due_on = "") {
  return CommitmentInput{std::nullopt, text, "me", due_on};
}

std::int64_t fts_rows(Database& db) {
  return *db.read([](Connection& c) -> Result<std::int64_t> {
    Statement st = c.prepare("SELECT count(*) FROM people_fts");
    st.step();
    return st.int64(0);
  });
}

}  // namespace

TEST_CASE("an open commitment is carried onto each later check-in of the same partner", "[people_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  const auto ana = create_partner(d, Partner{"Ana", "mentor", "", std::nullopt, ""});
  const auto sam = create_partner(d, Partner{"Sam", "peer", "", 2, ""});
  REQUIRE((ana.ok() && sam.ok()));

  const auto first = create_check_in(d, check_in(ana->id, "2026-01-10", {commit("Draft the case", "2026-02-01"), commit("Book a course")}));
  REQUIRE(first.ok());
  REQUIRE(first->commitments.size() == 2);
  CHECK(first->carried.empty());
  REQUIRE(create_check_in(d, check_in(sam->id, "2026-01-20")).ok());  // another partner's: carries nothing
  const auto second = create_check_in(d, check_in(ana->id, "2026-02-10"));
  REQUIRE(second.ok());
  REQUIRE(second->carried.size() == 2);
  CHECK(second->carried[0].fields.text == "Draft the case");
  CHECK(second->carried[0].carried == 1);

  // Done before the third check-in: it leaves the agenda, the other is carried a second time.
  const auto done = set_commitment_state(d, first->commitments[1].id, "done", "", Date{2026, 2, 20}, 1);
  REQUIRE(done.ok());
  CHECK(done->closed_on == "2026-02-20");
  const auto third = create_check_in(d, check_in(ana->id, "2026-03-10"));
  REQUIRE(third.ok());
  REQUIRE(third->carried.size() == 1);
  CHECK(third->carried[0].carried == 2);
  // The second check-in still shows what was on its agenda that day, with the count as of then.
  CHECK(load_check_in(d, second->id)->carried.size() == 2);
  CHECK(load_check_in(d, second->id)->carried[0].carried == 1);

  const auto open = list_open_commitments(d, ana->id, Date{2026, 3, 11});
  REQUIRE(open.ok());
  REQUIRE(open->size() == 1);
  CHECK(open->front().carried == 2);
  CHECK(load_partner(d, ana->id)->open_commitments == 1);
  CHECK(load_partner(d, ana->id)->last_check_in_on == "2026-03-10");
  CHECK(load_partner(d, ana->id)->check_in_count == 3);
}

TEST_CASE("editing a check-in keeps its commitments' ids and states, adds new ones and drops missing ones", "[people_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  const auto ana = create_partner(d, Partner{"Ana", "coach", "", std::nullopt, ""});
  const auto made = create_check_in(d, check_in(ana->id, "2026-01-10", {commit("Draft the case"), commit("Call Lee")}));
  REQUIRE(made.ok());
  const std::int64_t draft = made->commitments[0].id;
  REQUIRE(set_commitment_state(d, draft, "dropped", "Promotion paused", Date{2026, 1, 12}, 1).ok());

  CheckIn edited = made->fields;
  edited.notes = "Longer notes";
  edited.commitments = {made->commitments[0].fields, commit("Read the handbook")};
  const auto saved = update_check_in(d, made->id, edited, made->version);
  REQUIRE(saved.ok());
  CHECK(saved->version == 2);
  REQUIRE(saved->commitments.size() == 2);
  CHECK(saved->commitments[0].id == draft);
  CHECK(saved->commitments[0].state == "dropped");
  CHECK(saved->commitments[0].drop_reason == "Promotion paused");
  CHECK(saved->commitments[1].fields.text == "Read the handbook");
  CHECK(saved->commitments[1].state == "open");
  CHECK(load_commitment(d, made->commitments[1].id).status().code() == Code::kNotFound);  // "Call Lee" went

  SECTION("an unchanged save keeps the version; a stale one is refused") {
    CHECK(update_check_in(d, made->id, saved->fields, 2)->version == 2);
    CHECK(update_check_in(d, made->id, edited, 1).status().field() == "version");
  }
  SECTION("a commitment of another check-in cannot be listed") {
    const auto other = create_check_in(d, check_in(ana->id, "2026-02-10", {commit("Other")}));
    edited = saved->fields;
    edited.commitments.push_back(other->commitments[0].fields);
    CHECK(update_check_in(d, made->id, edited, 2).status().field() == "commitments[2].id");
  }
  SECTION("an unknown partner is refused and nothing changes") {
    edited = saved->fields;
    edited.partner_id = 999;
    CHECK(update_check_in(d, made->id, edited, 2).status().field() == "partner_id");
    CHECK(load_check_in(d, made->id)->fields.partner_id == ana->id);
  }
}

TEST_CASE("a commitment handed to the priorities matrix or an initiative links that one record", "[people_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  const auto ana = create_partner(d, Partner{"Ana", "mentor", "", std::nullopt, ""});
  const auto made = create_check_in(d, check_in(ana->id, "2026-01-10", {commit("Draft the case", "2026-02-01"), commit("Ask for a sponsor")}));
  REQUIRE(made.ok());
  const StoredCommitment& draft = made->commitments[0];

  const auto on_board = put_commitment_on_priorities(d, draft.id, "do", Date{2026, 1, 11}, draft.version);
  REQUIRE(on_board.ok());
  CHECK(on_board->state == "priority");
  REQUIRE(on_board->task_id);
  const auto task = load_task(d, *on_board->task_id);
  REQUIRE(task.ok());
  CHECK(task->fields.title == "Draft the case");
  CHECK(task->fields.quadrant == "do");
  REQUIRE(on_board->link);
  CHECK(on_board->link->found);
  CHECK_FALSE(on_board->link->done);
  // Ticked on the board: the commitment shows it, as it reads the task.
  REQUIRE(update_task(d, task->id, task->fields, true, task->version).ok());
  CHECK(load_commitment(d, draft.id)->link->done);
  // Handed over once only.
  CHECK(put_commitment_on_priorities(d, draft.id, "do", Date{2026, 1, 11}, on_board->version).status().field() == "state");
  REQUIRE(delete_task(d, task->id).ok());
  CHECK_FALSE(load_commitment(d, draft.id)->link->found);

  Initiative plan;
  plan.title = "Get promoted to staff engineer";
  const auto initiative = create_initiative(d, plan);
  REQUIRE(initiative.ok());
  const StoredCommitment& sponsor = made->commitments[1];
  CHECK(turn_commitment_into_milestone(d, sponsor.id, 999, Date{2026, 1, 11}, 1).status().field() == "initiative_id");
  const auto milestone = turn_commitment_into_milestone(d, sponsor.id, initiative->id, Date{2026, 1, 11}, 1);
  REQUIRE(milestone.ok());
  CHECK(milestone->state == "milestone");
  const auto grown = load_initiative(d, initiative->id);
  REQUIRE(grown->fields.milestones.size() == 1);
  CHECK(grown->fields.milestones[0].title == "Ask for a sponsor");
  CHECK(grown->version == 2);
  CHECK(milestone->link->title == "Get promoted to staff engineer");
  CHECK(list_open_commitments(d, std::nullopt, Date{2026, 1, 11})->empty());
}

TEST_CASE("deleting a partner takes their check-ins, commitments and search rows", "[people_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  const auto ana = create_partner(d, Partner{"Ana", "mentor", "", std::nullopt, ""});
  const auto made = create_check_in(d, check_in(ana->id, "2026-01-10", {commit("Draft")}));
  REQUIRE(made.ok());
  CHECK(fts_rows(d) == 1);
  REQUIRE(delete_partner(d, ana->id).ok());
  CHECK(fts_rows(d) == 0);
  CHECK(load_check_in(d, made->id).status().code() == Code::kNotFound);
  CHECK(load_commitment(d, made->commitments[0].id).status().code() == Code::kNotFound);
  CHECK(delete_partner(d, ana->id).code() == Code::kNotFound);
  CHECK(create_check_in(d, check_in(ana->id, "2026-02-10")).status().field() == "partner_id");
}
