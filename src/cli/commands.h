// The commands of truenorth besides serving (`truenorth <command> [arguments]`), in one table: a new
// command is one row here and its own <command>_command.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tn {

struct Command {
  const char* name;                                  // e.g. "backup"
  int (*run)(const std::vector<std::string>& args);  // given the arguments after the name; returns the exit code
};

// The command called `name`, or nullptr when there is none (truenorth then serves).
const Command* find_command(std::string_view name);

}  // namespace tn
