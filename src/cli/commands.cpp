// The commands of truenorth besides serving (`truenorth <command> [arguments]`), in one table: a new
// command is one row here and its own <command>_command.cpp.
#include "cli/commands.h"

#include <iterator>

#include "cli/backup_command.h"
#include "cli/export_command.h"
#include "cli/import_command.h"
#include "cli/restore_command.h"

namespace tn {
namespace {

constexpr Command kCommands[] = {
    {"backup", run_backup_command},
    {"restore", run_restore_command},
    {"export", run_export_command},
    {"import", run_import_command},
};

}  // namespace

const Command* find_command(std::string_view name) {
  for (const Command& command : kCommands) {
    if (name == command.name) return &command;
  }
  return nullptr;
}

}  // namespace tn
