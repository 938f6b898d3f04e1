#include "fuzz/fuzz_util.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace dipgraph::fuzz {
namespace {

namespace fs = std::filesystem;

struct Scratch {
  std::string dir;
  Scratch() {
    std::error_code ec;
    const fs::path base = fs::is_directory("/dev/shm", ec)
                              ? fs::path("/dev/shm")
                              : fs::temp_directory_path();
    dir = (base / ("dipgraph-fuzz-" + std::to_string(getpid()))).string();
    fs::create_directories(dir, ec);
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

}  // namespace

const std::string& ScratchDir() {
  static Scratch scratch;
  return scratch.dir;
}

std::string WriteScratch(const std::string& name, std::string_view data) {
  const std::string path = ScratchDir() + "/" + name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  return path;
}

size_t Choices::Below(size_t n) {
  if (n <= 1) return 0;
  // As many bytes as n needs, little-endian.
  uint64_t v = 0;
  for (size_t bits = 0; (n - 1) >> bits != 0 && bits < 64; bits += 8) {
    const uint64_t byte = pos_ < size_ ? data_[pos_++] : 0;
    v |= byte << bits;
  }
  return static_cast<size_t>(v % n);
}

std::string_view Choices::Bytes(size_t max) {
  const size_t n = std::min(Below(max + 1), size_ - std::min(pos_, size_));
  std::string_view out(reinterpret_cast<const char*>(data_) + pos_, n);
  pos_ += n;
  return out;
}

}  // namespace dipgraph::fuzz
