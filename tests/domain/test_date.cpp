// Tests for the calendar date helpers people read (domain/date.h).
#include <catch2/catch.hpp>

#include "domain/date.h"

using namespace tn;

TEST_CASE("readable_date writes a date as day, short month and year", "[date]") {
  CHECK(readable_date("2026-03-01") == "1 Mar 2026");
  CHECK(readable_date("1999-12-31") == "31 Dec 1999");
  SECTION("a timestamp shows its date") { CHECK(readable_date("2026-01-09T23:59:59Z") == "9 Jan 2026"); }
  SECTION("empty stays empty, other text is kept") {
    CHECK(readable_date("").empty());
    CHECK(readable_date("soon") == "soon");
    CHECK(readable_date("2026-02-30") == "2026-02-30");
    CHECK(readable_date("2026-03-01x") == "2026-03-01x");
  }
}
