// Handler for /api/health: whether the server runs, its version and the schema version.
#include "http/health_handlers.h"

namespace tn {

Reply get_health(Context&, const ApiRequest&) {
  return ok_reply({{"ok", true}, {"version", TN_VERSION}, {"schema_version", latest_schema_version()}});
}

}  // namespace tn
