// Request bodies: safe JSON parsing (depth and UTF-8 limits) and typed field reading with named errors.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/status.h"

namespace tn {

using json = nlohmann::json;

inline constexpr std::size_t kMaxJsonDepth = 16;

// Deepest nesting of arrays and objects in `text` (strings are skipped), for refusing hostile bodies
// before parsing them.
std::size_t json_nesting_depth(std::string_view text);

// Parses a request body that must be one JSON object. Errors (400): not JSON, invalid UTF-8, nested
// deeper than kMaxJsonDepth, or not an object.
Result<json> parse_json_object(std::string_view body);

// Reads typed fields from a JSON object. The first problem is remembered (later reads return defaults)
// and reported by status() as a 400 naming the field, e.g. "horizon_years must be a whole number".
// `prefix` is put before field names in errors, e.g. "options[2]." for an element of an array.
class JsonReader {
 public:
  explicit JsonReader(const json& object, std::string prefix = "");

  std::string text(const std::string& field);                             // required string
  std::optional<std::string> optional_text(const std::string& field);     // absent/null -> nullopt
  std::int64_t integer(const std::string& field);                         // required whole number
  std::optional<std::int64_t> optional_integer(const std::string& field);
  double number(const std::string& field);                                // required finite number
  std::optional<double> optional_number(const std::string& field);
  bool boolean(const std::string& field);                                 // required true/false
  std::optional<bool> optional_boolean(const std::string& field);
  // A required array; returns an empty array (and records the error) when missing or not an array.
  const json& array(const std::string& field);
  // An array that may be absent or null (then an empty array); records the error when it is not an array.
  const json& optional_array(const std::string& field);
  // A required list of strings; "<field>[i] must be a string" names the first element that is not one.
  std::vector<std::string> text_list(const std::string& field);
  std::vector<std::string> optional_text_list(const std::string& field);  // absent/null -> empty
  // A list of whole numbers (ids); "<field>[i] must be a whole number" names the first that is not one.
  std::vector<std::int64_t> integer_list(const std::string& field);
  std::vector<std::int64_t> optional_integer_list(const std::string& field);  // absent/null -> empty

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

 private:
  const json* find(const std::string& field, bool required);
  void fail(const std::string& field, const std::string& problem);
  std::vector<std::string> texts_of(const std::string& field, const json& list);
  std::vector<std::int64_t> integers_of(const std::string& field, const json& list);

  const json& object_;
  std::string prefix_;
  Status status_;
};

// The optional list `field` of `body` (absent or null: empty) whose elements are objects, each read by
// read_one(JsonReader&) -> T with a reader whose errors name "<field>[i].<name>"; 400 on "<field>" when it is
// not a list, "<field>[i]" when an element is not an object, or the element's own field.
template <typename T, typename ReadOne>
Result<std::vector<T>> read_object_list(const json& body, const std::string& field, ReadOne read_one) {
  JsonReader in(body);
  const json& list = in.optional_array(field);
  if (!in.ok()) return in.status();
  std::vector<T> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string name = field + "[" + std::to_string(i) + "]";
    if (!list[i].is_object()) return Status::Invalid(name, name + " must be an object");
    JsonReader item(list[i], name + ".");
    T value = read_one(item);
    if (!item.ok()) return item.status();
    out.push_back(std::move(value));
  }
  return out;
}

// The required "version" of a versioned edit's body: the version of the record the editor started from.
Result<std::int64_t> read_version(const json& body);

}  // namespace tn
