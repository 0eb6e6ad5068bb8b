// Status and Result<T>: errors as values, carried from domain and store code up to the HTTP layer.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace tn {

// What went wrong in domain or store code, independent of transport. The HTTP layer maps each code to one
// status code (src/http/reply.cpp); refusals only HTTP makes (403, 405, 413...) are its own (HttpRefusal).
enum class Code {
  kOk,
  kInvalidArgument,  // 400: the input breaks a rule; field() names the offending field
  kNotFound,         // 404: unknown id or route
  kConflict,         // 409: stale version or a rule about other records (e.g. focus limit)
  kDiskFull,         // 507: nothing was saved because the disk is full
  kUnavailable,      // 503: the database cannot be written now (file moved, deleted or read-only)
  kInternal,         // 500: never shown to the user beyond "internal error"
};

// A cheap success value or an error code with a human message and, for input errors, the field.
class Status {
 public:
  Status() = default;  // OK

  static Status Ok() { return Status(); }
  static Status Invalid(std::string field, std::string message) {
    return Status(Code::kInvalidArgument, std::move(message), std::move(field));
  }
  static Status NotFound(std::string message) { return Status(Code::kNotFound, std::move(message)); }
  static Status Conflict(std::string message, std::string field = "") {
    return Status(Code::kConflict, std::move(message), std::move(field));
  }
  static Status Internal(std::string message) { return Status(Code::kInternal, std::move(message)); }
  static Status Error(Code code, std::string message, std::string field = "") {
    return Status(code, std::move(message), std::move(field));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::string& field() const { return field_; }

 private:
  Status(Code code, std::string message, std::string field = "")
      : code_(code), message_(std::move(message)), field_(std::move(field)) {}

  Code code_ = Code::kOk;
  std::string message_;
  std::string field_;
};

// Either a value or a non-OK Status. Construct from a T for success or from a Status for failure.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}   // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace tn
