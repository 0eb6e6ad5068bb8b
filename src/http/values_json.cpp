// Small JSON helpers shared by the values, alignment and balance handlers.
#include "http/values_json.h"

namespace tn {

Result<std::vector<std::string>> read_text_list(const json& object, const std::string& field, bool required) {
  const auto it = object.find(field);
  if (it == object.end() || it->is_null()) {
    if (!required) return std::vector<std::string>{};
    return Status::Invalid(field, field + " is required");
  }
  if (!it->is_array()) return Status::Invalid(field, field + " must be a list");
  std::vector<std::string> out;
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& entry = (*it)[i];
    const std::string name = field + "[" + std::to_string(i) + "]";
    if (!entry.is_string()) return Status::Invalid(name, name + " must be a string");
    out.push_back(entry.get<std::string>());
  }
  return out;
}

}  // namespace tn
