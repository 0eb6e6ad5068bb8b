// The web UI's files: the copy embedded in the binary, or a folder on disk when run with --web-dir.
#include "http/assets.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "embedded.h"

namespace tn {

std::optional<std::string> WebAssets::read(std::string_view path) const {
  if (!path.starts_with("/") || path.find("..") != std::string_view::npos ||
      path.find('\\') != std::string_view::npos || path.find('\0') != std::string_view::npos) {
    return std::nullopt;
  }
  const std::string_view relative = path.substr(1);
  if (folder_.empty()) {
    for (const EmbeddedFile& file : web_assets()) {
      if (relative == file.path) return std::string(file.text());
    }
    return std::nullopt;
  }
  const std::string full = folder_ + "/" + std::string(relative);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(full, ec)) return std::nullopt;
  std::ifstream in(full, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return bytes.str();
}

std::string content_type_for(std::string_view path) {
  static constexpr std::pair<std::string_view, std::string_view> kTypes[] = {
      {".html", "text/html; charset=utf-8"},   {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"}, {".json", "application/json"},
      {".svg", "image/svg+xml"},                {".png", "image/png"},
      {".ico", "image/x-icon"},                 {".txt", "text/plain; charset=utf-8"},
      {".webmanifest", "application/manifest+json"}};
  for (const auto& [ext, type] : kTypes) {
    if (path.ends_with(ext)) return std::string(type);
  }
  return "application/octet-stream";
}

}  // namespace tn
