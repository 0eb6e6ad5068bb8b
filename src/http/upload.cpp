// A request body received into a temporary file, for the one route that takes large uploads.
#include "http/upload.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace tn {

Result<std::unique_ptr<WorkingFileHandle>> receive_upload(const httplib::ContentReader& read, const std::string& db_path) {
  auto file = WorkingFileHandle::create(db_path, WorkingFile::kUpload);
  if (!file.ok()) {
    return Status::Error(Code::kUnavailable, "the upload could not be stored: " + file.status().message() + "; nothing changed");
  }
  const int fd = open((*file)->path().c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
  if (fd < 0) {
    return Status::Error(Code::kUnavailable, "the upload could not be stored: cannot open " + (*file)->path() + " (" +
                                                 std::strerror(errno) + "); nothing changed");
  }
  int write_error = 0;
  const bool complete = read([&](const char* data, std::size_t length) {
    while (length > 0) {
      const ssize_t n = ::write(fd, data, length);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        write_error = errno;
        return false;
      }
      data += n;
      length -= static_cast<std::size_t>(n);
    }
    return true;
  });
  if (close(fd) != 0 && write_error == 0) write_error = errno;
  if (write_error == ENOSPC) {
    return Status::Error(Code::kDiskFull, "the disk is full, so the upload could not be stored; nothing changed");
  }
  if (write_error != 0) {
    return Status::Error(Code::kUnavailable, std::string("the upload could not be stored (") +
                                                 std::strerror(write_error) + "); nothing changed");
  }
  if (!complete) return Status::Invalid("body", "the upload ended before all of it arrived; nothing changed");
  return file;
}

}  // namespace tn
