// The files beside the database: the access token, the lock that allows one server per database, the
// temporary files a server works with; and the random secrets the token and the calendar feed's address
// are made of.
#include "store/workbook_files.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace tn {
namespace {

constexpr std::size_t kTokenBytes = 32;
constexpr const char* kWorkingFileKinds[] = {"upload", "decrypted", "export"};
constexpr std::size_t kMkstempSuffix = 6;  // the characters mkstemp() puts in place of XXXXXX

std::string error_text() { return std::strerror(errno); }

bool is_token(const std::string& text) {
  return text.size() == 2 * kTokenBytes &&
         text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

// Reads up to 4 KiB of `fd` from the start.
std::string read_small_file(int fd) {
  std::array<char, 4096> buffer{};
  const ssize_t n = pread(fd, buffer.data(), buffer.size(), 0);
  return n > 0 ? std::string(buffer.data(), static_cast<std::size_t>(n)) : std::string();
}

bool write_all(int fd, const std::string& text) {
  return pwrite(fd, text.data(), text.size(), 0) == static_cast<ssize_t>(text.size());
}

}  // namespace

Result<std::string> random_secret() {
  std::array<unsigned char, kTokenBytes> bytes{};
  if (getrandom(bytes.data(), bytes.size(), 0) != static_cast<ssize_t>(bytes.size())) {
    return Status::Internal("cannot read random bytes for a secret: " + error_text());
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string secret;
  for (unsigned char b : bytes) {
    secret += kHex[b >> 4];
    secret += kHex[b & 0xf];
  }
  return secret;
}

std::string access_token_path(const std::string& db_path) { return db_path + ".token"; }

Result<std::string> load_or_create_access_token(const std::string& db_path) {
  const std::string path = access_token_path(db_path);
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    struct stat info {};
    if (fstat(fd, &info) == 0 && (info.st_mode & 077) != 0) fchmod(fd, 0600);
    std::string text = read_small_file(fd);
    close(fd);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    if (!is_token(text)) {
      return Status::Internal("the access token file " + path +
                              " is damaged; delete it and start True North again to make a new one");
    }
    return text;
  }
  if (errno != ENOENT) return Status::Internal("cannot read the access token file " + path + ": " + error_text());

  auto token = random_secret();
  if (!token.ok()) return token;
  fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return Status::Internal("cannot create the access token file " + path + ": " + error_text());
  const bool written = write_all(fd, *token + "\n") && fsync(fd) == 0;
  close(fd);
  if (!written) {
    unlink(path.c_str());
    return Status::Internal("cannot write the access token file " + path + ": " + error_text());
  }
  return token;
}

Status check_database_not_lost(const std::string& db_path) {
  std::error_code ec;
  if (std::filesystem::exists(db_path, ec) || !std::filesystem::exists(access_token_path(db_path), ec)) {
    return Status::Ok();
  }
  return Status::Internal("the database " + db_path + " is missing, but True North has used it before (" +
                          access_token_path(db_path) +
                          " is still there). Nothing was created. If you moved the database, start True North "
                          "with --db and its new path; to start a new, empty workbook here, delete " +
                          access_token_path(db_path) + " first");
}

std::string working_file_template(const std::string& db_path, WorkingFile purpose) {
  return db_path + "." + kWorkingFileKinds[static_cast<int>(purpose)] + "-XXXXXX";
}

Result<std::unique_ptr<WorkingFileHandle>> WorkingFileHandle::create(const std::string& db_path, WorkingFile purpose) {
  std::string path = working_file_template(db_path, purpose);
  const int fd = mkstemp(path.data());  // created 0600
  if (fd < 0) {
    return Status::Error(Code::kUnavailable, "cannot make a working file beside " + db_path + " (" + error_text() + ")");
  }
  close(fd);
  return std::unique_ptr<WorkingFileHandle>(new WorkingFileHandle(std::move(path)));
}

WorkingFileHandle::~WorkingFileHandle() { unlink(path_.c_str()); }

int remove_leftover_working_files(const std::string& db_path) {
  namespace fs = std::filesystem;
  const fs::path db(db_path);
  const fs::path folder = db.has_parent_path() ? db.parent_path() : fs::path(".");
  const std::string name = db.filename().string();
  std::error_code ec;
  int removed = 0;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string file = it->path().filename().string();
    for (const char* kind : kWorkingFileKinds) {
      const std::string prefix = name + "." + kind + "-";
      if (file.size() == prefix.size() + kMkstempSuffix && file.starts_with(prefix) && it->is_regular_file(ec)) {
        std::error_code gone;
        if (fs::remove(it->path(), gone)) ++removed;
      }
    }
  }
  return removed;
}

Result<std::unique_ptr<DatabaseLock>> DatabaseLock::acquire(const std::string& db_path) {
  namespace fs = std::filesystem;
  const fs::path folder = fs::path(db_path).parent_path();
  std::error_code ec;
  if (!folder.empty() && !fs::exists(folder, ec)) {
    fs::create_directories(folder, ec);
    if (ec) return Status::Internal("cannot create the folder " + folder.string() + ": " + ec.message());
    fs::permissions(folder, fs::perms::owner_all, ec);
  }
  const std::string path = db_path + ".lock";
  const int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return Status::Internal("cannot create the lock file " + path + ": " + error_text());
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const std::string holder = read_small_file(fd);
    close(fd);
    return Status::Error(Code::kConflict, "the database " + db_path + " is already in use by another True North (" +
                                              (holder.empty() ? "starting up" : holder) +
                                              "). Use that one, or stop it first.");
  }
  return std::unique_ptr<DatabaseLock>(new DatabaseLock(fd));
}

void DatabaseLock::describe_holder(const std::string& text) {
  if (ftruncate(fd_, 0) == 0) write_all(fd_, text);
}

DatabaseLock::~DatabaseLock() { close(fd_); }

}  // namespace tn
