// The whole API as one table of routes; README.md documents each entry.
#include "http/routes.h"

#include "http/vision_handlers.h"

namespace tn {
namespace {

Reply get_health(Context&, const ApiRequest&) {
  return ok_reply({{"ok", true}, {"version", TN_VERSION}, {"schema_version", latest_schema_version()}});
}

}  // namespace

std::vector<Route> api_routes() {
  return {
      {"GET", "/api/health", get_health},

      // Vision
      {"GET", "/api/vision", get_vision},
      {"PUT", "/api/vision", put_vision},
      {"GET", "/api/vision/history", get_vision_history},

      // Values, the energetic centre and alignment

      // Decisions

      // Journal

      // Goals
  };
}

}  // namespace tn
