// What the commands of truenorth share: the default database, today's date, reading a command's arguments,
// the one-line error each command ends with on failure, and how sizes and backup contents are shown.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/status.h"
#include "store/backups.h"

namespace tn {

// The database truenorth uses when no --db is given: $XDG_DATA_HOME/truenorth/truenorth.db, or
// ~/.local/share/truenorth/truenorth.db, or truenorth.db here when neither variable is set.
std::string default_db_path();

// Today's date in this computer's time zone. TRUENORTH_TODAY=YYYY-MM-DD pins it (for tests and demos).
Date local_today();

// A command's arguments, read.
struct CommandLine {
  std::string db_path;                         // --db PATH, or default_db_path()
  std::vector<std::string> operands;           // the arguments that are not options, in order
  std::map<std::string, std::string> options;  // the command's own options: "--format" -> "json"; a flag -> ""
};

// The options a command takes besides --db and --help.
struct OptionSpec {
  std::vector<std::string> with_value;  // e.g. "--format", followed by its value
  std::vector<std::string> flags;       // e.g. "--replace"
};

// The arguments a command was given, or the exit code it ends with at once.
struct ReadArguments {
  std::optional<CommandLine> line;  // empty when the command ends at once:
  int exit_code = 0;                // 0 after printing `usage` for --help or -h, 1 after the error line
};

// Reads the arguments after the command's name ("-" alone is an operand, e.g. standard output). For
// --help prints `usage`; for an unknown option or a missing value prints the error line naming it.
ReadArguments read_arguments(std::string_view command, const std::vector<std::string>& args, std::string_view usage,
                             const OptionSpec& spec = {});

// The passphrase of an encrypted file: the environment variable TRUENORTH_PASSPHRASE when it is set (for
// scripts), else asked for on the terminal without showing what is typed; `confirm` asks twice (to
// encrypt). Invalid (field "passphrase") when there is no terminal to ask on or the two answers differ.
Result<std::string> read_passphrase(bool confirm);

// Prints "truenorth <command>: <message>" on standard error; returns the exit code 1.
int command_failed(std::string_view command, const std::string& message);

// A size in bytes for people: "812 bytes", "4.0 KB", "1.2 MB", "3.4 GB" (1 KB = 1024 bytes).
std::string human_size(std::int64_t bytes);

// What a backup holds in words: "12 journal entries, 2 decisions, 3 initiatives, 5 core values" (the
// counts its schema has).
std::string describe_contents(const BackupContents& contents);

}  // namespace tn
