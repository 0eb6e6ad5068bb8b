// The web UI's files: the copy embedded in the binary, or a folder on disk when run with --web-dir.
#pragma once

#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace tn {

class WebAssets {
 public:
  // Serves the files embedded at build time.
  WebAssets();
  // Serves the files under `folder` instead, read on every request (for editing the UI without a rebuild).
  explicit WebAssets(std::string folder) : folder_(std::move(folder)) {}

  // The bytes of the file at URL path `path` (e.g. "/js/app.js"), or nullopt when there is none.
  // Paths with empty, "." or ".." segments, backslashes or NUL never match, so nothing outside the folder
  // is ever read, and neither do the server's page templates under /templates/ (not files for browsers).
  std::optional<std::string> read(std::string_view path) const;

  // The text of the page template templates/<name>.mustache (e.g. "plan"), or nullopt when there is none
  // or `name` is not a plain name (letters, digits and '_' only).
  std::optional<std::string> read_template(std::string_view name) const;

  // A short hex name for this set of files that changes whenever a file does: a hash of the embedded
  // bytes, or of each file's path, size and modification time under the folder. Pages load the files
  // from /assets/<version>/…, so a browser may keep them for good and still never mixes two versions. For a
  // folder it is worked out on every call (a walk through the folder), so pages ask for it, files do not.
  std::string version() const;

  // The version version() gave last (the embedded one from the start): what the files a page loads are
  // compared with, without another walk through a folder.
  std::string known_version() const;

 private:
  // The file at URL path `path`, templates included (see read()).
  std::optional<std::string> read_file(std::string_view path) const;

  std::string folder_;  // empty: embedded
  std::string embedded_version_;  // computed once: the embedded files never change
  mutable std::mutex known_mutex_;
  mutable std::string known_folder_version_;  // the folder's version at the last version() call
};

// The Content-Type for a file name by its extension ("application/octet-stream" when unknown).
std::string content_type_for(std::string_view path);

}  // namespace tn
