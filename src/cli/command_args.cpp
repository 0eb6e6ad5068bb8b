// What the data commands (export, import) share: reading their options and reporting one-line errors.
#include "cli/command_args.h"

#include <iostream>

namespace tn {

Result<CommandArgs> parse_command_args(const std::vector<std::string>& args, const std::set<std::string>& valued,
                                       const std::set<std::string>& flags) {
  CommandArgs parsed;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      parsed.flags.insert("--help");
    } else if (valued.contains(arg)) {
      if (i + 1 == args.size()) return Status::Invalid(arg, arg + " needs a value");
      parsed.values[arg] = args[++i];
    } else if (flags.contains(arg)) {
      parsed.flags.insert(arg);
    } else if (arg.size() > 1 && arg.starts_with('-')) {
      return Status::Invalid(arg, "unknown option '" + arg + "'");
    } else {
      parsed.operands.push_back(arg);
    }
  }
  return parsed;
}

int command_error(std::string_view command, std::string_view message) {
  std::cerr << "truenorth " << command << ": " << message << std::endl;
  return 1;
}

}  // namespace tn
