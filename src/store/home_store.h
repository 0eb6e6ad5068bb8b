// Reads what Home is made from: the facts behind the "next" list and the first-run path, the workbook's
// first day, and whether the first-run path was skipped.
#pragma once

#include "domain/date.h"
#include "domain/next_steps.h"
#include "store/database.h"

namespace tn {

// Everything Home's "next" list and first-run path need, read in one go.
struct HomeFacts {
  NextStepFacts next;
  FirstRunFacts first_run;
};

// The facts on `today`, from a handful of indexed queries: the workbook's first day (today before one is
// recorded), this week's weekly reflection, the monthly reviews since the first of last month, decided
// decisions with a review date, the open dated milestones and the finish dates of active initiatives,
// every partner with their last meeting, the open tasks in the "do" quadrant, the newest alignment and
// balance dates, and the first-run facts.
Result<HomeFacts> load_home_facts(Database& db, const Date& today);

// The workbook's first day: the one recorded at its first start, or `today` when none is recorded yet.
Result<Date> workbook_started(Database& db, const Date& today);

// Records `today` as the workbook's first day when none is recorded yet (the first start on a new
// workbook); writes nothing otherwise.
Status record_workbook_start(Database& db, const Date& today);

// Skips the first-run path (`skipped`), or shows it again.
Status set_first_run_skipped(Database& db, bool skipped);

}  // namespace tn
