// truenorth export: writes the whole workbook to one JSON archive, or to a .zip of Markdown notes, also
// while a server runs on it.
#include "cli/export_command.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <utility>

#include "cli/command_line.h"
#include "domain/archive.h"
#include "domain/markdown_export.h"
#include "domain/encrypted_file.h"
#include "store/archive_store.h"
#include "store/encrypted_files.h"
#include "store/markdown_export.h"

namespace tn {
namespace {

constexpr const char* kUsage = R"(Usage: truenorth export [--db PATH] [--format json|markdown] [--encrypt] [--output FILE]

Writes everything in the workbook (every record of every module, with its history, the trash, versions
and timestamps) to one JSON archive that truenorth import reads back. Works while True North is
running: it reads a consistent snapshot on a connection of its own.

With --format markdown it writes a .zip of Markdown notes instead, for reading (e.g. as an Obsidian
vault), not for importing back: one note per journal entry with its date, kind, tags, mood and energy
in YAML front matter, and one note per module.

Options:
  --db PATH        the database (default $XDG_DATA_HOME/truenorth/truenorth.db,
                   or ~/.local/share/truenorth/truenorth.db)
  --format FORMAT  json (the default: the archive) or markdown (the notes)
  --encrypt        encrypt it with a passphrase (asked for, or TRUENORTH_PASSPHRASE; README "Encrypted
                   files"); truenorth import reads it back, asking for the passphrase; ".enc" is added
                   to the default name
  --output FILE    where to write it; - for standard output (default truenorth-export-YYYY-MM-DD.json,
                   or truenorth-notes-YYYY-MM-DD.zip, in the current folder)
  --help           show this help
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

// The Markdown export to `target` (or standard output for "-"), encrypted with `passphrase` unless it is
// empty, through temporary files that give the target its name once complete; its error message, or ""
// on success.
std::string export_markdown(const std::string& db_path, const std::string& target, const std::string& passphrase) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(db_path, ec)) return "there is no database at " + db_path;
  auto db = Database::open(db_path);
  if (!db.ok()) return db.status().message();
  const std::string beside = target == "-" ? (std::filesystem::temp_directory_path(ec) / "truenorth-notes").string() : target;
  std::vector<std::string> temporaries;
  const auto temporary = [&]() -> std::string {
    std::string path = beside + ".partial-XXXXXX";
    const int fd = mkstemp(path.data());
    if (fd < 0) return "";
    close(fd);
    temporaries.push_back(path);
    return path;
  };
  const auto done = [&](const std::string& message) {
    for (const std::string& path : temporaries) unlink(path.c_str());
    return message;
  };
  const std::string zip = temporary();
  if (zip.empty()) return done("cannot create a file beside " + beside + " (" + std::strerror(errno) + ")");
  if (Status written = write_markdown_export(**db, zip, TN_VERSION, local_today()); !written.ok()) {
    return done(written.message());
  }
  std::string result = zip;
  if (!passphrase.empty()) {
    result = target == "-" ? temporary() : target;
    if (Status encrypted = encrypt_file(zip, result, passphrase); !encrypted.ok()) return done(encrypted.message());
    if (target != "-") return done("");
  }
  if (target != "-") return rename(zip.c_str(), target.c_str()) == 0 ? done("") : done("cannot name the export " + target);
  std::ifstream in(result, std::ios::binary);
  std::cout << in.rdbuf() << std::flush;
  return done(std::cout ? "" : "cannot write standard output");
}

// The passphrase to encrypt with ("" without --encrypt), or the error line's message.
Result<std::string> encrypt_passphrase(const CommandLine& line) {
  if (!line.options.contains("--encrypt")) return std::string();
  auto passphrase = read_passphrase(true);
  if (!passphrase.ok()) return passphrase.status();
  if (Status checked = check_new_passphrase(*passphrase); !checked.ok()) return checked;
  return passphrase;
}

}  // namespace

int run_export_command(const std::vector<std::string>& args) {
  const auto read = read_arguments("export", args, kUsage, {{"--format", "--output"}, {"--encrypt"}});
  if (!read.line) return read.exit_code;
  const CommandLine& line = *read.line;
  if (!line.operands.empty()) {
    return command_failed("export", "unexpected argument '" + line.operands.front() + "' (see truenorth export --help)");
  }
  const auto option = [&](const std::string& name, std::string fallback) {
    const auto it = line.options.find(name);
    return it == line.options.end() ? fallback : it->second;
  };
  const std::string format = option("--format", "json");
  if (format != "json" && format != "markdown") {
    return command_failed("export", "--format must be json or markdown, not '" + format + "'");
  }
  umask(077);
  const std::string& db_path = line.db_path;
  const auto passphrase = encrypt_passphrase(line);
  if (!passphrase.ok()) return command_failed("export", passphrase.status().message());
  const std::string suffix = passphrase->empty() ? "" : ".enc";
  if (format == "markdown") {
    const std::string target = option("--output", markdown_export_file_name(local_today().str()) + suffix);
    if (const std::string failed = export_markdown(db_path, target, *passphrase); !failed.empty()) {
      return command_failed("export", failed);
    }
    if (target != "-") std::cout << "Exported " << db_path << " as Markdown notes to " << target << "\n";
    return 0;
  }
  const std::string target = option("--output", archive_file_name(local_today()) + suffix);

  auto snapshot = ArchiveSnapshot::open(db_path);
  if (!snapshot.ok()) return command_failed("export", snapshot.status().message());
  ArchiveOutput output(target);
  if (const Status opened = output.open(); !opened.ok()) return command_failed("export", opened.message());
  const ArchiveWriter::Output to_file = [&](std::string_view piece) { return output.write(piece); };
  std::unique_ptr<Encryptor> encryptor;
  if (!passphrase->empty()) {
    auto started = Encryptor::start(*passphrase, to_file);
    if (!started.ok()) return command_failed("export", output.failed() ? output.write_error() : started.status().message());
    encryptor = std::move(*started);
  }
  const Status written = (*snapshot)->write(TN_VERSION, encryptor ? ArchiveWriter::Output([&](std::string_view piece) {
    return encryptor->push(piece);
  }) : to_file);
  if (!written.ok()) return command_failed("export", output.failed() ? output.write_error() : written.message());
  if (encryptor && !encryptor->finish()) return command_failed("export", output.write_error());
  if (const Status committed = output.commit(); !committed.ok()) return command_failed("export", committed.message());
  if (target != "-") {
    std::cout << "Exported " << db_path << " (schema " << (*snapshot)->schema_version() << ") to " << target << "\n";
  }
  return 0;
}

}  // namespace tn
