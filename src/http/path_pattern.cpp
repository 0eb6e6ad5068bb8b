// Path patterns: matching a path against "/"-separated segments with ":name" placeholders.
#include "http/path_pattern.h"

#include <algorithm>

namespace tn {

bool match_path(std::string_view pattern, std::string_view path, PathParams& params) {
  params.clear();
  while (!pattern.empty() && !path.empty()) {
    if (pattern[0] != '/' || path[0] != '/') return false;
    pattern.remove_prefix(1);
    path.remove_prefix(1);
    const auto pattern_end = std::min(pattern.find('/'), pattern.size());
    const auto path_end = std::min(path.find('/'), path.size());
    const std::string_view want = pattern.substr(0, pattern_end), got = path.substr(0, path_end);
    if (!want.empty() && want[0] == ':') {
      if (got.empty()) return false;
      params.emplace(std::string(want.substr(1)), std::string(got));
    } else if (want != got) {
      return false;
    }
    pattern.remove_prefix(pattern_end);
    path.remove_prefix(path_end);
  }
  return pattern.empty() && path.empty();
}

}  // namespace tn
