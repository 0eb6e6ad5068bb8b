// Path patterns: "/"-separated segments where ":name" stands for any one segment. The API's route table
// and the UI's page table (page_data.h) match paths with the same rule.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace tn {

// Each ":name" of a matched pattern and the segment of the path it stood for, as it is in the path.
using PathParams = std::unordered_map<std::string, std::string>;

// Whether `path` matches `pattern` segment by segment: the same number of segments, each equal, or
// non-empty where the pattern has ":name". Fills `params` (cleared first) with the ":name" segments.
bool match_path(std::string_view pattern, std::string_view path, PathParams& params);

}  // namespace tn
