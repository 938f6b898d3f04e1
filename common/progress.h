// A progress bar on stderr, shown only when stderr is a terminal.
//
//   Progress bar("parsing", total_bytes, /*quiet=*/opts.quiet);
//   for (...) bar.Update(done_bytes);
//   bar.Finish();
//
// Redraws at most ten times a second; with quiet, when stderr is not a
// terminal, or when CI is set, it prints nothing.
#ifndef DIPGRAPH_COMMON_PROGRESS_H_
#define DIPGRAPH_COMMON_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <string>

namespace dipgraph {

class Progress {
 public:
  // total == 0 means "unknown": a counter is shown instead of a bar.
  Progress(std::string label, int64_t total, bool quiet);
  ~Progress();
  void Update(int64_t done);
  void Finish();
  bool enabled() const { return enabled_; }
  // The text of the bar for `done` of `total` (exposed for tests).
  static std::string Render(const std::string& label, int64_t done,
                            int64_t total, double seconds);

 private:
  std::string label_;
  int64_t total_;
  bool enabled_;
  bool finished_ = false;
  int64_t done_ = 0;
  std::chrono::steady_clock::time_point start_, last_;
};

// True when stderr is a terminal and neither quiet nor CI asks for silence.
bool ProgressWanted(bool quiet);

}  // namespace dipgraph

#endif  // DIPGRAPH_COMMON_PROGRESS_H_
