// truenorth export: writes the whole workbook to one JSON archive, also while a server runs on it.
#pragma once

#include <string>
#include <vector>

namespace tn {

// Runs "truenorth export [--db PATH] [--format json] [--output FILE]" with the arguments after "export".
// Reads a snapshot on a connection of its own (never the running server's lock) and writes it to FILE
// (default archive_file_name(local_today()) in the current folder; "-" for standard output) through a temporary
// file beside it, renamed into place once complete and on disk. Returns the exit code: 0 on success,
// 1 with one line on standard error otherwise.
int run_export_command(const std::vector<std::string>& args);

}  // namespace tn
