#include "common/progress.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace dipgraph {

bool ProgressWanted(bool quiet) {
  if (quiet) return false;
  const char* ci = std::getenv("CI");
  if (ci != nullptr && *ci != '\0' && std::string(ci) != "false") return false;
  return ::isatty(STDERR_FILENO) == 1;
}

Progress::Progress(std::string label, int64_t total, bool quiet)
    : label_(std::move(label)),
      total_(total),
      enabled_(ProgressWanted(quiet)),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

Progress::~Progress() { Finish(); }

std::string Progress::Render(const std::string& label, int64_t done,
                             int64_t total, double seconds) {
  char buf[160];
  if (total > 0) {
    double frac = static_cast<double>(done) / static_cast<double>(total);
    if (frac > 1) frac = 1;
    constexpr int kWidth = 30;
    int filled = static_cast<int>(frac * kWidth);
    std::string bar(filled, '#');
    bar.append(kWidth - filled, '.');
    std::snprintf(buf, sizeof buf, "%s [%s] %5.1f%% %6.1fs", label.c_str(),
                  bar.c_str(), frac * 100, seconds);
  } else {
    std::snprintf(buf, sizeof buf, "%s %lld %6.1fs", label.c_str(),
                  static_cast<long long>(done), seconds);
  }
  return buf;
}

void Progress::Update(int64_t done) {
  done_ = done;
  if (!enabled_ || finished_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  double secs = std::chrono::duration<double>(now - start_).count();
  std::fprintf(stderr, "\r%s", Render(label_, done_, total_, secs).c_str());
  std::fflush(stderr);
}

void Progress::Finish() {
  if (finished_) return;
  finished_ = true;
  if (!enabled_) return;
  double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_)
          .count();
  std::fprintf(
      stderr, "\r%s\n",
      Render(label_, total_ > 0 ? total_ : done_, total_, secs).c_str());
}

}  // namespace dipgraph
