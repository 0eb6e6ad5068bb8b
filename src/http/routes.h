// The whole API, and the printable pages, as one table of routes; README.md documents each entry.
#pragma once

#include <vector>

#include "http/router.h"

namespace tn {

// Every route of the API and of the printable pages under /plan (see README.md), in the order they are
// matched.
std::vector<Route> api_routes();

}  // namespace tn
