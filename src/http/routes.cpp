// Every API endpoint in one table, and the handler functions it points to, grouped by module.
#include "http/routes.h"

namespace tn {

std::vector<Route> api_routes() {
  return {
      {"GET", "/api/health", get_health},

      {"GET", "/api/vision", get_vision},
      {"PUT", "/api/vision", put_vision},
      {"GET", "/api/vision/history", get_vision_history},
  };
}

Reply get_health(Context&, const ApiRequest&) {
  return ok_reply({{"ok", true}, {"version", TN_VERSION}, {"schema_version", latest_schema_version()}});
}

}  // namespace tn
