// Handler for /api/import: a JSON archive, the request body, becomes the workbook.
#pragma once

#include "http/router.h"

namespace tn {

Reply post_import(Context& ctx, const ApiRequest& req);

}  // namespace tn
