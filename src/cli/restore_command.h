// `truenorth restore [--db PATH] FILE`: replaces the workbook by a backup, after backing up what is there.
#pragma once

#include <string>
#include <vector>

namespace tn {

// Runs the command with the arguments after "restore"; returns the exit code (0 restored, 1 not).
int run_restore_command(const std::vector<std::string>& args);

}  // namespace tn
