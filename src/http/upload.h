// A request body received into a temporary file, for the one route that takes large uploads.
#pragma once

#include <httplib.h>

#include <memory>
#include <string>

#include "domain/status.h"

namespace tn {

// An owner-only (0600) temporary file holding an upload; removed when this object goes.
class UploadedFile {
 public:
  // Reads the request body through `read` into a new file named "<path_prefix>.upload-XXXXXX" (beside
  // the database when path_prefix is its path), piece by piece. Invalid (field "body") when the body
  // ended before its Content-Length (the connection was cut); DiskFull, or Unavailable with the reason,
  // when the file could not be written. Nothing is left behind on failure.
  static Result<std::unique_ptr<UploadedFile>> receive(const httplib::ContentReader& read,
                                                       const std::string& path_prefix);

  ~UploadedFile();
  UploadedFile(const UploadedFile&) = delete;
  UploadedFile& operator=(const UploadedFile&) = delete;

  const std::string& path() const { return path_; }

 private:
  explicit UploadedFile(std::string path) : path_(std::move(path)) {}
  std::string path_;
};

}  // namespace tn
