// What the data commands (export, import) share: reading their options and reporting one-line errors.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/status.h"

namespace tn {

struct CommandArgs {
  std::map<std::string, std::string> values;  // options given with a value, e.g. {"--db": "my.db"}
  std::set<std::string> flags;                // options given without one, e.g. "--replace"
  std::vector<std::string> operands;          // everything else, in order ("-" included)
};

// Reads `args`: an option in `valued` takes the next argument as its value, one in `flags` none;
// "--help" and "-h" are always flags (as "--help"). Invalid naming the option when one is unknown or
// lacks its value.
Result<CommandArgs> parse_command_args(const std::vector<std::string>& args, const std::set<std::string>& valued,
                                       const std::set<std::string>& flags);

// Prints "truenorth <command>: <message>" as one line on standard error; returns 1, the exit code.
int command_error(std::string_view command, std::string_view message);

}  // namespace tn
