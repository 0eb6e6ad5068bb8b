// A request body received into a temporary file, for the one route that takes large uploads.
#pragma once

#include <httplib.h>

#include <memory>
#include <string>

#include "domain/status.h"
#include "store/workbook_files.h"

namespace tn {

// Reads the request body through `read` into a new working file of the database at `db_path`
// ("<db>.upload-XXXXXX", owner-only, removed when the returned handle goes), piece by piece. Invalid
// (field "body") when the body ended before its Content-Length (the connection was cut); DiskFull, or
// Unavailable with the reason, when the file could not be written. Nothing is left behind on failure.
Result<std::unique_ptr<WorkingFileHandle>> receive_upload(const httplib::ContentReader& read, const std::string& db_path);

}  // namespace tn
