// Helpers shared by the fuzz targets (fuzz/*_fuzz.cc).
//
// Each target defines LLVMFuzzerTestOneInput (and, when it needs set-up,
// LLVMFuzzerInitialize). With the `fuzz` preset (clang, libFuzzer, ASan and
// UBSan) each becomes a fuzzer; in every other build it is linked with
// replay_main.cc into a program that runs the files of its corpus once, so
// the corpora are regression tests of the ordinary suite (ctest fuzz.*).
#ifndef DIPGRAPH_FUZZ_FUZZ_UTIL_H_
#define DIPGRAPH_FUZZ_FUZZ_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dipgraph::fuzz {

// A private folder under /dev/shm (else /tmp) for files a target must hand
// to an API that reads paths; removed at exit.
const std::string& ScratchDir();

// Writes `data` to ScratchDir()/name and returns the path.
std::string WriteScratch(const std::string& name, std::string_view data);

// Reads fuzz bytes as a stream of choices, for structure-aware targets.
// Past the end every choice is 0 and every string empty.
class Choices {
 public:
  Choices(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  bool empty() const { return pos_ >= size_; }
  // An integer in [0, n); 0 when n == 0.
  size_t Below(size_t n);
  bool Flip() { return Below(2) == 1; }
  // One element of `v`. REQUIRES: !v.empty().
  template <typename T>
  const T& Pick(const std::vector<T>& v) {
    return v[Below(v.size())];
  }
  // Up to `max` raw bytes.
  std::string_view Bytes(size_t max);

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

}  // namespace dipgraph::fuzz

#endif  // DIPGRAPH_FUZZ_FUZZ_UTIL_H_
