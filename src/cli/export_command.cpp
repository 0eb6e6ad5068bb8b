// truenorth export: writes the whole workbook to one JSON archive, also while a server runs on it.
#include "cli/export_command.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <memory>
#include <utility>

#include "cli/command_line.h"
#include "domain/archive.h"
#include "store/archive_store.h"

namespace tn {
namespace {

constexpr const char* kUsage = R"(Usage: truenorth export [--db PATH] [--format json] [--output FILE]

Writes everything in the workbook (every record of every module, with its history, the trash, versions
and timestamps) to one JSON archive that truenorth import reads back. Works while True North is
running: it reads a consistent snapshot on a connection of its own.

Options:
  --db PATH       the database (default $XDG_DATA_HOME/truenorth/truenorth.db,
                  or ~/.local/share/truenorth/truenorth.db)
  --format json   the archive format (json, the only one so far)
  --output FILE   where to write it; - for standard output
                  (default truenorth-export-YYYY-MM-DD.json in the current folder)
  --help          show this help
)";

// Where the archive goes: standard output, or a temporary file beside the target that takes the
// target's name only once it is complete and on disk, so a failed export never leaves half an archive.
class ArchiveOutput {
 public:
  explicit ArchiveOutput(const std::string& target) : target_(target), to_stdout_(target == "-") {}
  ~ArchiveOutput() {
    if (!temporary_.empty()) unlink(temporary_.c_str());
  }
  ArchiveOutput(const ArchiveOutput&) = delete;
  ArchiveOutput& operator=(const ArchiveOutput&) = delete;

  // Creates the temporary file (owner-only); nothing to do for standard output.
  Status open() {
    if (to_stdout_) return Status::Ok();
    temporary_ = target_ + ".partial-XXXXXX";
    fd_ = mkstemp(temporary_.data());
    if (fd_ < 0) {
      temporary_.clear();
      return failure("cannot create a file beside " + target_);
    }
    return Status::Ok();
  }

  bool write(std::string_view piece) {
    while (!piece.empty()) {
      const ssize_t n = ::write(fd_, piece.data(), piece.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        error_ = errno;
        return false;
      }
      piece.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
  }

  // Whether write() failed, and why.
  bool failed() const { return error_ != 0; }
  std::string write_error() const { return "cannot write " + shown() + " (" + std::strerror(error_) + ")"; }

  // Makes the archive durable and gives it its name.
  Status commit() {
    if (temporary_.empty()) return Status::Ok();
    if (fsync(fd_) != 0 || close(std::exchange(fd_, -1)) != 0) return failure("cannot write " + target_);
    if (rename(temporary_.c_str(), target_.c_str()) != 0) return failure("cannot name the archive " + target_);
    temporary_.clear();
    return Status::Ok();
  }

 private:
  std::string shown() const { return to_stdout_ ? "standard output" : target_; }
  static Status failure(const std::string& what) {
    return Status::Error(Code::kUnavailable, what + " (" + std::strerror(errno) + ")");
  }

  std::string target_;
  bool to_stdout_;
  std::string temporary_;  // while not committed
  int fd_ = STDOUT_FILENO;
  int error_ = 0;
};

}  // namespace

int run_export_command(const std::vector<std::string>& args) {
  const auto read = read_arguments("export", args, kUsage, {{"--format", "--output"}, {}});
  if (!read.line) return read.exit_code;
  const CommandLine& line = *read.line;
  if (!line.operands.empty()) {
    return command_failed("export", "unexpected argument '" + line.operands.front() + "' (see truenorth export --help)");
  }
  const auto option = [&](const std::string& name, std::string fallback) {
    const auto it = line.options.find(name);
    return it == line.options.end() ? fallback : it->second;
  };
  if (const std::string format = option("--format", "json"); format != "json") {
    return command_failed("export", "--format must be json (the only format so far), not '" + format + "'");
  }
  umask(077);
  const std::string& db_path = line.db_path;
  const std::string target = option("--output", archive_file_name(local_today()));

  auto snapshot = ArchiveSnapshot::open(db_path);
  if (!snapshot.ok()) return command_failed("export", snapshot.status().message());
  ArchiveOutput output(target);
  if (const Status opened = output.open(); !opened.ok()) return command_failed("export", opened.message());
  const Status written = (*snapshot)->write(TN_VERSION, [&](std::string_view piece) { return output.write(piece); });
  if (!written.ok()) return command_failed("export", output.failed() ? output.write_error() : written.message());
  if (const Status committed = output.commit(); !committed.ok()) return command_failed("export", committed.message());
  if (target != "-") {
    std::cout << "Exported " << db_path << " (schema " << (*snapshot)->schema_version() << ") to " << target << "\n";
  }
  return 0;
}

}  // namespace tn
