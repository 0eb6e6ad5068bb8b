// Handlers for /plan: the printable plan and the print view of a decision, as server-rendered pages.
#include "http/plan_handlers.h"

#include "http/plan_view.h"

namespace tn {

Reply get_plan(Context& ctx, const ApiRequest&) {
  const auto view = plan_view(ctx.db, ctx.today());
  if (!view.ok()) return error_reply(view.status());
  return page_reply("plan", *view);
}

Reply get_plan_decision(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto view = decision_print_view(ctx.db, *id);
  if (!view.ok()) return error_reply(view.status());
  return page_reply("plan_decision", *view);
}

}  // namespace tn
