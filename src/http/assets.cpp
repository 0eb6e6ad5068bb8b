// The web UI's files: the copy embedded in the binary, or a folder on disk when run with --web-dir.
#include "http/assets.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "embedded.h"

namespace tn {
namespace {

// The folder of web/ that holds the server's page templates.
constexpr std::string_view kTemplatesFolder = "/templates/";

// 64-bit FNV-1a, continued from `hash`: enough to tell two versions of the UI apart.
std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = 14695981039346656037ull) {
  for (const unsigned char c : bytes) hash = (hash ^ c) * 1099511628211ull;
  return hash;
}

// Whether `path` is "/" and names joined by "/", none empty, "." or "..", with no backslash or NUL: so
// nothing outside the folder is read, and no second spelling of a path (".//templates/") slips past a check.
bool is_plain_path(std::string_view path) {
  if (!path.starts_with("/") || path.find('\\') != std::string_view::npos ||
      path.find('\0') != std::string_view::npos) {
    return false;
  }
  for (std::size_t start = 1; start <= path.size();) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    const std::string_view name = path.substr(start, end - start);
    if (name.empty() || name == "." || name == "..") return false;
    start = end + 1;
  }
  return true;
}

std::string hex(std::uint64_t value) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, value >>= 4) out[static_cast<std::size_t>(i)] = kDigits[value & 15];
  return out;
}

}  // namespace

WebAssets::WebAssets() {
  std::uint64_t hash = fnv1a("");
  for (const EmbeddedFile& file : web_assets()) hash = fnv1a(file.text(), fnv1a(file.path, hash));
  embedded_version_ = hex(hash);
}

std::string WebAssets::version() const {
  if (folder_.empty()) return embedded_version_;
  std::uint64_t hash = 0;  // a sum, so the order the folder lists its files in does not matter
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(folder_, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    const auto size = it->file_size(ec);
    const auto modified = it->last_write_time(ec).time_since_epoch().count();
    hash += fnv1a(it->path().string() + ":" + std::to_string(size) + ":" + std::to_string(modified));
  }
  std::lock_guard lock(known_mutex_);
  known_folder_version_ = hex(hash);
  return known_folder_version_;
}

std::string WebAssets::known_version() const {
  if (folder_.empty()) return embedded_version_;
  std::lock_guard lock(known_mutex_);
  return known_folder_version_;
}

std::optional<std::string> WebAssets::read(std::string_view path) const {
  if (path.starts_with(kTemplatesFolder)) return std::nullopt;
  return read_file(path);
}

std::optional<std::string> WebAssets::read_template(std::string_view name) const {
  const bool plain = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  });
  if (!plain) return std::nullopt;
  return read_file(std::string(kTemplatesFolder) + std::string(name) + ".mustache");
}

std::optional<std::string> WebAssets::read_file(std::string_view path) const {
  if (!is_plain_path(path)) return std::nullopt;
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
