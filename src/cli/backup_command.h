// `truenorth backup [--db PATH] [FILE]`: a consistent, checked copy of the database, also while it is in use.
#pragma once

#include <string>
#include <vector>

namespace tn {

// Runs the command with the arguments after "backup"; returns the exit code (0 backed up, 1 not).
int run_backup_command(const std::vector<std::string>& args);

}  // namespace tn
