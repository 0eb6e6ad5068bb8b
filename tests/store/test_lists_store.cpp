// Store tests for the kept lists: items round-trip in order with versions, names stay unique per list,
// reordering and deleting keep the positions dense, and unknown items are not found.
#include <catch2/catch.hpp>

#include "domain/alignment.h"
#include "store/lists_store.h"
#include "temp_db.h"

using namespace tn;

TEST_CASE("list items round-trip in order, with versions and unique names", "[lists_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  CHECK(is_kept_list("skills"));
  CHECK_FALSE(is_kept_list("hobbies"));

  const auto sql = add_kept_item(d, "skills", {" SQL ", "queries"}, validate_profile_item);
  const auto rust = add_kept_item(d, "skills", {"Rust", ""}, validate_profile_item);
  REQUIRE((sql.ok() && rust.ok()));
  CHECK(sql->name == "SQL");  // trimmed
  CHECK(sql->version == 1);
  CHECK(rust->position == 1);
  CHECK(add_kept_item(d, "skills", {"sql", ""}, validate_profile_item).status().field() == "name");
  CHECK(add_kept_item(d, "strengths", {"SQL", ""}, validate_profile_item).ok());  // another list

  const auto loaded = load_kept_item(d, "skills", sql->id);
  REQUIRE(loaded.ok());
  CHECK(loaded->note == "queries");
  const auto edited = update_kept_item(d, "skills", sql->id, {"SQL", "window functions"}, 1, validate_profile_item);
  REQUIRE(edited.ok());
  CHECK(edited->version == 2);
  CHECK(update_kept_item(d, "skills", sql->id, {"SQL", "window functions"}, 2, validate_profile_item)->version == 2);
  CHECK(update_kept_item(d, "skills", sql->id, {"SQL", "x"}, 1, validate_profile_item).status().field() == "version");

  const auto reordered = reorder_kept_list(d, "skills", {rust->id, sql->id});
  REQUIRE(reordered.ok());
  CHECK((*reordered)[0].id == rust->id);
  CHECK((*reordered)[1].position == 1);
  CHECK(reorder_kept_list(d, "skills", {rust->id}).status().field() == "ids");

  REQUIRE(delete_kept_item(d, "skills", rust->id).ok());
  const auto rest = load_kept_list(d, "skills");
  REQUIRE(rest->size() == 1);
  CHECK((*rest)[0].position == 0);
}

TEST_CASE("an unknown list item is not found, also in another list", "[lists_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  const auto item = add_kept_item(d, "passions", {"Teaching", ""}, validate_profile_item);
  REQUIRE(item.ok());
  CHECK(load_kept_item(d, "skills", item->id).status().code() == Code::kNotFound);
  CHECK(load_kept_item(d, "passions", 999).status().code() == Code::kNotFound);
  CHECK(update_kept_item(d, "skills", item->id, {"Teaching", ""}, 1, validate_profile_item).status().code() ==
        Code::kNotFound);
  CHECK(delete_kept_item(d, "skills", item->id).code() == Code::kNotFound);
}
