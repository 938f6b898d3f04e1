#include "common/status.h"

namespace dipgraph {
namespace {

struct CodeText {
  StatusCode code;
  const char* name;
};
constexpr CodeText kCodeNames[] = {
    {StatusCode::kOk, "ok"},
    {StatusCode::kInvalidInput, "invalid input"},
    {StatusCode::kUsage, "usage"},
    {StatusCode::kNotFound, "not found"},
    {StatusCode::kIoError, "i/o error"},
    {StatusCode::kNoResult, "no result"},
    {StatusCode::kInternal, "internal error"},
};

const char* CodeName(StatusCode code) {
  for (const CodeText& c : kCodeNames)
    if (c.code == code) return c.name;
  return "unknown";
}

}  // namespace

std::string Status::ToString() const {
  if (ok()) return "ok";
  return std::string(CodeName(code_)) + ": " + message_;
}

Status Status::Annotate(std::string_view prefix) const {
  if (ok()) return *this;
  return Status(code_, std::string(prefix) + ": " + message_);
}

Status InvalidInput(std::string m) {
  return {StatusCode::kInvalidInput, std::move(m)};
}
Status UsageError(std::string m) { return {StatusCode::kUsage, std::move(m)}; }
Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
Status NoResult(std::string m) { return {StatusCode::kNoResult, std::move(m)}; }
Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

Status InputError(std::string_view file, int64_t line, std::string_view message,
                  int64_t col) {
  std::string text(file);
  text += ':' + std::to_string(line);
  if (col > 0) text += ':' + std::to_string(col);
  text += ": ";
  text += message;
  return InvalidInput(std::move(text));
}

int ExitCode(const Status& status) {
  switch (status.code()) {
    case StatusCode::kOk:
      return 0;
    case StatusCode::kInvalidInput:
    case StatusCode::kUsage:
    case StatusCode::kNotFound:
      return 2;
    default:
      return 1;
  }
}

}  // namespace dipgraph
