// Handlers for /api/home: the ordered "next" list with the first-run path (one call for Home), and
// skipping or showing again the first-run path.
#include "http/home_handlers.h"

#include "domain/next_steps.h"
#include "store/home_store.h"

namespace tn {
namespace {

json first_run_json(const FirstRunFacts& facts) {
  json steps = json::array();
  int done = 0;
  for (const FirstRunStep& s : first_run_steps(facts)) {
    done += s.done;
    steps.push_back({{"key", s.key}, {"title", s.title}, {"why", s.why}, {"href", s.href}, {"action", s.action},
                     {"done", s.done}});
  }
  return {{"show", first_run_open(facts)}, {"skipped", facts.skipped}, {"done", done},
          {"total", steps.size()}, {"steps", steps}};
}

json next_json(const HomeFacts& facts) {
  json items = json::array();
  for (const NextStep& s : next_steps(facts.next, facts.first_run)) {
    items.push_back({{"kind", s.kind}, {"title", s.title}, {"why", s.why}, {"href", s.href}, {"action", s.action},
                     {"due", s.due ? json(s.due->str()) : json(nullptr)}, {"overdue", s.overdue}});
  }
  return {{"today", facts.next.today.str()}, {"items", items}, {"first_run", first_run_json(facts.first_run)}};
}

}  // namespace

Reply get_home_next(Context& ctx, const ApiRequest&) {
  const auto facts = load_home_facts(ctx.db, ctx.today());
  if (!facts.ok()) return error_reply(facts.status());
  return ok_reply(next_json(*facts));
}

Reply put_home_first_run(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  const bool skipped = in.boolean("skipped");
  if (!in.ok()) return error_reply(in.status());
  if (const Status s = set_first_run_skipped(ctx.db, skipped); !s.ok()) return error_reply(s);
  const auto facts = load_home_facts(ctx.db, ctx.today());
  if (!facts.ok()) return error_reply(facts.status());
  return ok_reply(next_json(*facts));
}

}  // namespace tn
