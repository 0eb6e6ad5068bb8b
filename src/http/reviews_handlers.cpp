// Handlers for /api/reviews: the facts of a month, the monthly review saved with what was true then, the
// quick re-assessment of the core values against the mission, and the year of months side by side.
#include "http/reviews_handlers.h"

#include <charconv>

#include "http/alignment_json.h"
#include "http/query_params.h"
#include "http/reviews_json.h"

namespace tn {
namespace {

// The path's :year, 1900..9999; 400 on "year" otherwise.
Result<int> year_param(const ApiRequest& req) {
  const std::string& text = req.params.at("year");
  int year = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (ec != std::errc() || end != text.data() + text.size() || year < 1900 || year > 9999) {
    return Status::Invalid("year", "year must be a year like 2026");
  }
  return year;
}

// The reply to a new snapshot: as POST /api/alignment/assessments answers, with the snapshot before it.
Reply assessment_created(Context& ctx, const StoredAssessment& created) {
  const auto all = load_assessments(ctx.db);
  if (!all.ok()) return error_reply(all.status());
  const StoredAssessment* previous = nullptr;
  for (const StoredAssessment& a : *all) {
    if (a.id == created.id) break;
    previous = &a;
  }
  return created_reply(assessment_json(created, previous));
}

}  // namespace

Reply get_review_month(Context& ctx, const ApiRequest& req) {
  const std::string& text = req.params.at("month");
  const auto month = text == "current" ? Result<Month>(month_of(ctx.today())) : parse_month_field("month", text);
  if (!month.ok()) return error_reply(month.status());
  const auto balance_id = query_id(req, "balance_snapshot_id", "the id of a balance snapshot");
  if (!balance_id.ok()) return error_reply(balance_id.status());
  const auto alignment_id = query_id(req, "alignment_assessment_id", "the id of an alignment snapshot");
  if (!alignment_id.ok()) return error_reply(alignment_id.status());
  const auto facts = load_month_facts(ctx.db, *month);
  if (!facts.ok()) return error_reply(facts.status());
  const auto balance = chosen_point(facts->balance, *balance_id, "balance_snapshot_id", "balance snapshots");
  if (!balance.ok()) return error_reply(balance.status());
  const auto alignment = chosen_point(facts->alignment, *alignment_id, "alignment_assessment_id", "alignment snapshots");
  if (!alignment.ok()) return error_reply(alignment.status());
  return ok_reply(month_facts_json(*facts, *balance ? *balance : newest_within(facts->balance, *month),
                                   *alignment ? *alignment : newest_within(facts->alignment, *month)));
}

Reply get_review_year(Context& ctx, const ApiRequest& req) {
  const auto year = year_param(req);
  if (!year.ok()) return error_reply(year.status());
  const auto summary = load_year(ctx.db, *year);
  if (!summary.ok()) return error_reply(summary.status());
  return ok_reply(year_json(*summary, ctx.today()));
}

Reply post_review_alignment(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto ratings = read_value_reratings(*body);
  if (!ratings.ok()) return error_reply(ratings.status());
  const auto created = reassess_core_values(ctx.db, *ratings, ctx.today());
  if (!created.ok()) return error_reply(created.status());
  return assessment_created(ctx, *created);
}

Reply get_review(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto review = load_review(ctx.db, *id);
  if (!review.ok()) return error_reply(review.status());
  return ok_reply(review_json(*review, ctx.today()));
}

Reply put_review(Context& ctx, const ApiRequest& req) {
  const auto edit = req.versioned_edit();
  if (!edit.ok()) return error_reply(edit.status());
  const auto choices = read_review_choices(edit->body);
  if (!choices.ok()) return error_reply(choices.status());
  const Date today = ctx.today();
  return saved_reply(save_review(ctx.db, edit->id, *choices, edit->version, today),
                     [&] { return load_review(ctx.db, edit->id); }, [&](const StoredReview& r) { return review_json(r, today); });
}

}  // namespace tn
