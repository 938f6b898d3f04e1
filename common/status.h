// dipgraph's one error type, used across every stage.
//
//   Status s = DoThing();
//   if (!s.ok()) return s;                 // propagate
//   Result<int> r = Parse(text);
//   if (!r.ok()) return r.status();
//   int v = *r;
//
// A Status carries a code and a message. When input is at fault the message
// starts with "file:line[:col]: " (see InputError). No exceptions cross stage
// boundaries: third-party exceptions are caught at the edge and turned into a
// Status. ExitCode() maps a Status to the CLI's exit status (0, 1, 2).
#ifndef DIPGRAPH_COMMON_STATUS_H_
#define DIPGRAPH_COMMON_STATUS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace dipgraph {

enum class StatusCode {
  kOk = 0,
  kInvalidInput,  // the user's input (file, argument, data) is wrong: exit 2
  kUsage,         // the command line is wrong: exit 2
  kNotFound,      // a named file or thing does not exist: exit 2
  kIoError,       // reading or writing failed: exit 1
  kNoResult,      // the command ran but found nothing: exit 1
  kInternal,      // a bug: exit 1
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  // True for success; then code() is kOk and message() is empty.
  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid input: file:3: ..." style text for diagnostics.
  std::string ToString() const;
  // Prefixes the message with context, e.g. the file name.
  Status Annotate(std::string_view prefix) const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A Status of each code, with `message`.
Status InvalidInput(std::string message);  // the input is wrong (exit 2)
Status UsageError(std::string message);    // the command line is wrong (2)
Status NotFound(std::string message);      // a named file or thing (2)
Status IoError(std::string message);       // reading or writing failed (1)
Status NoResult(std::string message);      // ran, found nothing (1)
Status Internal(std::string message);      // a bug (1)
// "file:line: message" or "file:line:col: message" (col > 0).
Status InputError(std::string_view file, int64_t line, std::string_view message,
                  int64_t col = 0);

// Exit status for the CLI: 0 ok, 2 usage/input error, 1 other failures.
int ExitCode(const Status& status);

// Result<T> holds either a T or a non-ok Status. REQUIRES: ok() before
// value(), * or ->.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    if (status_.ok()) status_ = Internal("Result built from an ok Status");
  }
  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }
  T&& operator*() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace dipgraph

#define DIPGRAPH_CONCAT_INNER_(a, b) a##b
#define DIPGRAPH_CONCAT_(a, b) DIPGRAPH_CONCAT_INNER_(a, b)

// Returns from the current function when `expr` (a Status) is not ok.
#define RETURN_IF_ERROR(expr)                            \
  do {                                                   \
    ::dipgraph::Status dipgraph_status_ = (expr);        \
    if (!dipgraph_status_.ok()) return dipgraph_status_; \
  } while (0)

// Declares `lhs` from a Result<T> expression or returns its Status.
#define ASSIGN_OR_RETURN(lhs, expr)                               \
  auto DIPGRAPH_CONCAT_(dipgraph_result_, __LINE__) = (expr);     \
  if (!DIPGRAPH_CONCAT_(dipgraph_result_, __LINE__).ok())         \
    return DIPGRAPH_CONCAT_(dipgraph_result_, __LINE__).status(); \
  lhs = std::move(*DIPGRAPH_CONCAT_(dipgraph_result_, __LINE__))

#endif  // DIPGRAPH_COMMON_STATUS_H_
