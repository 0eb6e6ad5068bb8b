// Reads and writes the vision and the history of its statement.
#pragma once

#include <cstdint>
#include <vector>

#include "domain/vision.h"
#include "store/database.h"

namespace tn {

// The current vision (version 0 and empty texts before the first save).
Result<Vision> load_vision(Database& db);

// Saves `fields` if the stored version still equals `expected_version`; otherwise a Conflict status and
// nothing changes. A save that changes nothing keeps the version; a changed statement is added to the
// history. Returns the vision as stored afterwards. `fields` must already be valid.
Result<Vision> save_vision(Database& db, const VisionFields& fields, std::int64_t expected_version);

// Every saved statement, newest first (the first is the current statement).
Result<std::vector<StatementVersion>> load_statement_history(Database& db);

}  // namespace tn
