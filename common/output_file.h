// Atomic output: nothing half-written, ever.
//
//   ASSIGN_OR_RETURN(auto out, OutputFile::Open(path));   // "-" = stdout
//   out->stream() << data;
//   RETURN_IF_ERROR(out->Commit());   // flush, fsync, rename into place
//
// Open() creates a temporary file beside `path`; Commit() renames it over
// `path`. If Commit() is never called (an error, an early return), the
// destructor removes the temporary file and `path` is left as it was. For
// "-" the data goes to stdout and Commit() flushes it.
#ifndef DIPGRAPH_COMMON_OUTPUT_FILE_H_
#define DIPGRAPH_COMMON_OUTPUT_FILE_H_

#include <fstream>
#include <memory>
#include <ostream>
#include <string>

#include "common/status.h"

namespace dipgraph {

class OutputFile {
 public:
  static Result<std::unique_ptr<OutputFile>> Open(const std::string& path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  std::ostream& stream() { return is_stdout_ ? *stdout_ : file_; }
  // REQUIRES: called at most once.
  Status Commit();
  const std::string& path() const { return path_; }
  const std::string& temp_path() const { return temp_path_; }
  bool is_stdout() const { return is_stdout_; }

 private:
  OutputFile() = default;
  std::string path_;
  std::string temp_path_;
  std::ofstream file_;
  std::ostream* stdout_ = nullptr;
  bool is_stdout_ = false;
  bool direct_ = false;  // a device or pipe (/dev/null, a FIFO): no rename
  bool committed_ = false;
};

// Writes `data` to `path` atomically (or to stdout for "-").
Status WriteFileAtomically(const std::string& path, std::string_view data);

}  // namespace dipgraph

#endif  // DIPGRAPH_COMMON_OUTPUT_FILE_H_
