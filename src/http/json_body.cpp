// Request bodies: safe JSON parsing (depth and UTF-8 limits) and typed field reading with named errors.
#include "http/json_body.h"
#include "domain/text.h"

#include <cmath>
#include <limits>

namespace tn {

std::size_t json_nesting_depth(std::string_view text) {
  std::size_t depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (const char c : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

Result<json> parse_json_object(std::string_view body) {
  if (json_nesting_depth(body) > kMaxJsonDepth) {
    return Status::Invalid("body", "body is nested too deeply (at most " + std::to_string(kMaxJsonDepth) + " levels)");
  }
  json parsed = json::parse(body, nullptr, /*allow_exceptions=*/false);
  // nlohmann's lexer takes a NUL byte for the end of the input, which would accept "{}\0<anything>";
  // JSON text never holds a raw NUL byte, not even inside strings.
  if (parsed.is_discarded() || body.find('\0') != std::string_view::npos) {
    return Status::Invalid("body", "body must be valid JSON in UTF-8");
  }
  if (!parsed.is_object()) return Status::Invalid("body", "body must be a JSON object");
  return parsed;
}

JsonReader::JsonReader(const json& object, std::string prefix) : object_(object), prefix_(std::move(prefix)) {}

void JsonReader::fail(const std::string& field, const std::string& problem) {
  if (status_.ok()) status_ = Status::Invalid(prefix_ + field, prefix_ + field + " " + problem);
}

const json* JsonReader::find(const std::string& field, bool required) {
  if (!status_.ok()) return nullptr;
  const auto it = object_.find(field);
  if (it == object_.end() || it->is_null()) {
    if (required) fail(field, "is required");
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> JsonReader::optional_text(const std::string& field) {
  const json* v = find(field, false);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    fail(field, "must be a string");
    return std::nullopt;
  }
  return v->get<std::string>();
}

std::string JsonReader::text(const std::string& field) {
  if (!find(field, true)) return {};
  return optional_text(field).value_or("");
}

namespace {

// Whether `v` is a whole number that fits in std::int64_t.
bool is_int64(const json& v) {
  return v.is_number_integer() &&
         !(v.is_number_unsigned() && v.get<std::uint64_t>() > std::numeric_limits<std::int64_t>::max());
}

}  // namespace

std::optional<std::int64_t> JsonReader::optional_integer(const std::string& field) {
  const json* v = find(field, false);
  if (!v) return std::nullopt;
  if (is_int64(*v)) return v->get<std::int64_t>();
  fail(field, "must be a whole number");
  return std::nullopt;
}

std::int64_t JsonReader::integer(const std::string& field) {
  if (!find(field, true)) return 0;
  return optional_integer(field).value_or(0);
}

std::optional<double> JsonReader::optional_number(const std::string& field) {
  const json* v = find(field, false);
  if (!v) return std::nullopt;
  if (!v->is_number() || !std::isfinite(v->get<double>())) {
    fail(field, "must be a number");
    return std::nullopt;
  }
  return v->get<double>();
}

double JsonReader::number(const std::string& field) {
  if (!find(field, true)) return 0;
  return optional_number(field).value_or(0);
}

std::optional<bool> JsonReader::optional_boolean(const std::string& field) {
  const json* v = find(field, false);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    fail(field, "must be true or false");
    return std::nullopt;
  }
  return v->get<bool>();
}

bool JsonReader::boolean(const std::string& field) {
  if (!find(field, true)) return false;
  return optional_boolean(field).value_or(false);
}

const json& JsonReader::array(const std::string& field) {
  static const json kEmpty = json::array();
  const json* v = find(field, true);
  if (!v) return kEmpty;
  if (!v->is_array()) {
    fail(field, "must be a list");
    return kEmpty;
  }
  return *v;
}

const json& JsonReader::optional_array(const std::string& field) {
  static const json kEmpty = json::array();
  if (!find(field, false)) return kEmpty;
  return array(field);
}

std::vector<std::string> JsonReader::texts_of(const std::string& field, const json& list) {
  std::vector<std::string> out;
  for (std::size_t i = 0; ok() && i < list.size(); ++i) {
    if (list[i].is_string()) {
      out.push_back(list[i].get<std::string>());
    } else {
      fail(indexed(field, i), "must be a string");
    }
  }
  return out;
}

std::vector<std::int64_t> JsonReader::integers_of(const std::string& field, const json& list) {
  std::vector<std::int64_t> out;
  for (std::size_t i = 0; ok() && i < list.size(); ++i) {
    if (is_int64(list[i])) {
      out.push_back(list[i].get<std::int64_t>());
    } else {
      fail(indexed(field, i), "must be a whole number");
    }
  }
  return out;
}

std::vector<std::string> JsonReader::text_list(const std::string& field) { return texts_of(field, array(field)); }

std::vector<std::string> JsonReader::optional_text_list(const std::string& field) {
  return texts_of(field, optional_array(field));
}

std::vector<std::int64_t> JsonReader::integer_list(const std::string& field) {
  return integers_of(field, array(field));
}

std::vector<std::int64_t> JsonReader::optional_integer_list(const std::string& field) {
  return integers_of(field, optional_array(field));
}

Result<std::int64_t> read_version(const json& body) {
  JsonReader in(body);
  const std::int64_t version = in.integer("version");
  if (!in.ok()) return in.status();
  return version;
}

}  // namespace tn
