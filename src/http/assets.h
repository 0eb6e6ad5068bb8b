// The web UI's files: the copy embedded in the binary, or a folder on disk when run with --web-dir.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tn {

class WebAssets {
 public:
  // Serves the files embedded at build time.
  WebAssets() = default;
  // Serves the files under `folder` instead, read on every request (for editing the UI without a rebuild).
  explicit WebAssets(std::string folder) : folder_(std::move(folder)) {}

  // The bytes of the file at URL path `path` (e.g. "/js/app.js"), or nullopt when there is none.
  // Paths with "..", backslashes or NUL never match, so nothing outside the folder is ever read.
  std::optional<std::string> read(std::string_view path) const;

 private:
  std::string folder_;  // empty: embedded
};

// The Content-Type for a file name by its extension ("application/octet-stream" when unknown).
std::string content_type_for(std::string_view path);

}  // namespace tn
