// What the commands of truenorth share: the default database, today's date, reading a command's arguments,
// the one-line error each command ends with on failure, and how sizes and backup contents are shown.
#include "cli/command_line.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>

namespace tn {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// "1 journal entry" / "12 journal entries".
std::string counted(std::int64_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string default_db_path() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::string(xdg) + "/truenorth/truenorth.db";
  if (const char* home = std::getenv("HOME"); home && *home) {
    return std::string(home) + "/.local/share/truenorth/truenorth.db";
  }
  return "truenorth.db";
}

Date local_today() {
  if (const char* pinned = std::getenv("TRUENORTH_TODAY")) {
    if (const auto date = parse_date(pinned)) return *date;
  }
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

ReadArguments read_arguments(std::string_view command, const std::vector<std::string>& args, std::string_view usage,
                             const OptionSpec& spec) {
  const auto fail = [&](const std::string& message) {
    return ReadArguments{std::nullopt,
                         command_failed(command, message + " (see truenorth " + std::string(command) + " --help)")};
  };
  CommandLine line;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool takes_value = a == "--db" || contains(spec.with_value, a);
    if (takes_value && i + 1 >= args.size()) return fail(a + " needs a value");
    if (a == "--help" || a == "-h") {
      std::cout << usage;
      return ReadArguments{std::nullopt, 0};
    } else if (a == "--db") {
      line.db_path = args[++i];
    } else if (takes_value) {
      line.options[a] = args[++i];
    } else if (contains(spec.flags, a)) {
      line.options[a] = "";
    } else if (a.size() > 1 && a[0] == '-') {
      return fail("unknown option '" + a + "'");
    } else {
      line.operands.push_back(a);
    }
  }
  if (line.db_path.empty()) line.db_path = default_db_path();
  return ReadArguments{std::move(line), 0};
}

Result<std::string> read_passphrase(bool confirm) {
  if (const char* given = std::getenv("TRUENORTH_PASSPHRASE")) return std::string(given);
  const int tty = open("/dev/tty", O_RDWR | O_NOCTTY);
  termios shown{};
  if (tty < 0 || tcgetattr(tty, &shown) != 0) {
    if (tty >= 0) close(tty);
    return Status::Invalid("passphrase", "a passphrase is needed: set TRUENORTH_PASSPHRASE, or run this in a terminal");
  }
  termios hidden = shown;
  hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  const auto ask = [&](std::string_view prompt) {
    (void)!write(tty, prompt.data(), prompt.size());
    tcsetattr(tty, TCSAFLUSH, &hidden);
    std::string answer;
    char c = 0;
    while (read(tty, &c, 1) == 1 && c != '\n') answer += c;
    tcsetattr(tty, TCSAFLUSH, &shown);
    (void)!write(tty, "\n", 1);
    return answer;
  };
  const std::string passphrase = ask("Passphrase: ");
  const bool same = !confirm || ask("The passphrase again: ") == passphrase;
  close(tty);
  if (!same) return Status::Invalid("passphrase", "the two passphrases differ; nothing was done");
  return passphrase;
}

int command_failed(std::string_view command, const std::string& message) {
  std::cerr << "truenorth " << command << ": " << message << "\n";
  return 1;
}

std::string human_size(std::int64_t bytes) {
  if (bytes < 1024) return counted(bytes, "byte", "bytes");
  static constexpr const char* kUnits[] = {"KB", "MB", "GB", "TB"};
  double size = static_cast<double>(bytes) / 1024;
  int unit = 0;
  while (size >= 1024 && unit < 3) {
    size /= 1024;
    ++unit;
  }
  char text[32];
  std::snprintf(text, sizeof text, "%.1f %s", size, kUnits[unit]);
  return text;
}

std::string describe_contents(const BackupContents& c) {
  std::vector<std::string> parts;
  if (c.journal_entries) parts.push_back(counted(*c.journal_entries, "journal entry", "journal entries"));
  if (c.decisions) parts.push_back(counted(*c.decisions, "decision", "decisions"));
  if (c.initiatives) parts.push_back(counted(*c.initiatives, "initiative", "initiatives"));
  if (c.core_values) parts.push_back(counted(*c.core_values, "core value", "core values"));
  std::string text;
  for (const std::string& part : parts) text += (text.empty() ? "" : ", ") + part;
  return text.empty() ? "a vision only" : text;
}

}  // namespace tn
