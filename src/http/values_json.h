// Small JSON helpers shared by the values, alignment and balance handlers.
#pragma once

#include <string>
#include <vector>

#include "http/json_body.h"

namespace tn {

// Reads `field` of `object` as a list of strings: 400 "<field> must be a list" or "<field>[i] must be a
// string"; an absent or null field is an empty list when `required` is false.
Result<std::vector<std::string>> read_text_list(const json& object, const std::string& field, bool required = true);

}  // namespace tn
