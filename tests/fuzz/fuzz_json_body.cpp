// libFuzzer target for request bodies: parse_json_object and JsonReader hold their contracts on any bytes.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "domain/text.h"
#include "http/json_body.h"
#include "check.h"

using tn::json;

namespace {

// Deepest nesting of arrays and objects in a parsed value (a scalar is 0).
std::size_t depth_of(const json& value) {
  std::size_t deepest = 0;
  if (value.is_structured()) {
    for (const json& child : value) deepest = std::max(deepest, depth_of(child));
    return deepest + 1;
  }
  return 0;
}

bool fits_int64(const json& v) {
  return v.is_number_integer() &&
         !(v.is_number_unsigned() && v.get<std::uint64_t>() > std::numeric_limits<std::int64_t>::max());
}

// Each typed read of `field` succeeds exactly when the value has that type; a failure names the field.
void check_reads(const json& object, const std::string& prefix) {
  for (auto it = object.begin(); it != object.end(); ++it) {
    const std::string& field = it.key();
    const json& value = it.value();
    const auto read_ok = [&](auto read) {
      tn::JsonReader reader(object, prefix);
      read(reader);
      FUZZ_CHECK(reader.ok() || reader.status().field() == prefix + field);
      return reader.ok();
    };
    const bool null = value.is_null();
    FUZZ_CHECK(read_ok([&](tn::JsonReader& r) { r.text(field); }) == value.is_string());
    FUZZ_CHECK(read_ok([&](tn::JsonReader& r) { r.optional_text(field); }) == (null || value.is_string()));
    FUZZ_CHECK(read_ok([&](tn::JsonReader& r) { r.integer(field); }) == fits_int64(value));
    FUZZ_CHECK(read_ok([&](tn::JsonReader& r) { r.optional_integer(field); }) == (null || fits_int64(value)));
    const bool finite = value.is_number() && std::isfinite(value.get<double>());
    FUZZ_CHECK(read_ok([&](tn::JsonReader& r) { r.number(field); }) == finite);
    FUZZ_CHECK(read_ok([&](tn::JsonReader& r) { r.optional_number(field); }) == (null || finite));
    FUZZ_CHECK(read_ok([&](tn::JsonReader& r) { r.boolean(field); }) == value.is_boolean());
    FUZZ_CHECK(read_ok([&](tn::JsonReader& r) { r.optional_boolean(field); }) == (null || value.is_boolean()));
    FUZZ_CHECK(read_ok([&](tn::JsonReader& r) { r.array(field); }) == value.is_array());
    if (value.is_object()) check_reads(value, prefix + field + ".");
    if (value.is_array()) {
      for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i].is_object()) check_reads(value[i], prefix + field + "[" + std::to_string(i) + "].");
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  const tn::Result<json> parsed = tn::parse_json_object(body);
  if (!parsed.ok()) {
    FUZZ_CHECK(parsed.status().field() == "body");
    return 0;
  }
  FUZZ_CHECK(parsed->is_object());
  FUZZ_CHECK(tn::is_valid_utf8(body));
  // The depth pre-check never underestimates (it can overestimate: a repeated key keeps only its last value).
  FUZZ_CHECK(depth_of(*parsed) <= tn::json_nesting_depth(body));
  // What we parsed prints back as a body that parses to the same value (infinities print as null).
  const std::string printed = parsed->dump();
  const tn::Result<json> reparsed = tn::parse_json_object(printed);
  FUZZ_CHECK(reparsed.ok() && reparsed->dump() == printed);
  check_reads(*parsed, "");
  return 0;
}
