// truenorth import: makes a workbook hold what a JSON archive holds, refusing while a server runs on it.
#pragma once

#include <string>
#include <vector>

namespace tn {

// Runs "truenorth import [--db PATH] [--replace] FILE" with the arguments after "import". FILE is an
// archive from truenorth export or GET /api/export ("-" for standard input). Refused while a server runs
// on the database (its lock is taken first), and without --replace when the workbook holds data. A
// database that did not exist is created, and removed again when the import fails; an existing one is
// left exactly as it was on any failure. Returns the exit code: 0 on success, 1 with one line on
// standard error otherwise.
int run_import_command(const std::vector<std::string>& args);

}  // namespace tn
