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

TEST_CASE("a year before a day, and what was current on a day", "[date]") {
  CHECK(one_year_before(Date{2027, 3, 2}) == Date{2026, 3, 2});
  CHECK(one_year_before(Date{2028, 2, 29}) == Date{2027, 2, 28});
  CHECK(one_year_before(Date{2027, 1, 1}) == Date{2026, 1, 1});

  // Newest first: a timestamp of the day itself counts as on or before it.
  const std::vector<std::string> stamps = {"2027-02-01T08:00:00.000Z", "2026-03-02T23:59:59Z", "2026-01-10", "2025-06-30T10:00:00Z"};
  CHECK(first_on_or_before(stamps, Date{2026, 3, 2}) == 1u);
  CHECK(first_on_or_before(stamps, Date{2026, 3, 1}) == 2u);
  CHECK(first_on_or_before(stamps, Date{2030, 1, 1}) == 0u);
  CHECK_FALSE(first_on_or_before(stamps, Date{2025, 6, 29}));
  CHECK_FALSE(first_on_or_before({}, Date{2026, 1, 1}));
  CHECK(first_on_or_before({"not a date", "2026-01-10"}, Date{2026, 2, 1}) == 1u);
}
