// Handler for /api/vision-builder: drafts a vision statement from guided answers (saves nothing).
#include "http/vision_builder_handlers.h"

#include "domain/text.h"
#include "domain/vision.h"
#include "domain/vision_builder.h"

namespace tn {

Reply post_vision_builder_draft(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  VisionBuilderInput input;
  input.top_values = in.optional_text_list("top_values");
  input.leader = in.optional_text("leader").value_or("");
  input.impact = in.optional_text("impact").value_or("");
  input.professional_future = in.optional_text("professional_future").value_or("");
  input.personal_future = in.optional_text("personal_future").value_or("");
  const auto horizon = in.optional_integer("horizon_years");
  if (!in.ok()) return error_reply(in.status());
  if (horizon) {
    if (const Status s = check_range("horizon_years", *horizon, kHorizonMinYears, kHorizonMaxYears); !s.ok()) {
      return error_reply(s);
    }
    input.horizon_years = static_cast<int>(*horizon);
  }
  input.this_year = ctx.today().year;
  if (const Status s = validate_vision_builder_input(input); !s.ok()) return error_reply(s);
  return ok_reply({{"statement", draft_vision_statement(input)}});
}

}  // namespace tn
