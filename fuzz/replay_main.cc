// The driver of a fuzz target outside the `fuzz` preset: runs
// LLVMFuzzerTestOneInput once on each file named (folders: each file in
// them, in sorted order) and reports how many it ran. A crash or a
// sanitizer report fails the run like any test; the ctest fuzz.<target>
// runs the target's corpus (fuzz/corpus/<target>/) this way.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc,
                                                          char*** argv);

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::error_code ec;
    if (fs::is_directory(argv[i], ec)) {
      for (const auto& e : fs::recursive_directory_iterator(argv[i], ec))
        if (e.is_regular_file()) files.push_back(e.path().string());
    } else if (fs::is_regular_file(argv[i], ec)) {
      files.push_back(argv[i]);
    } else {
      std::cerr << argv[0] << ": " << argv[i] << ": no such file or folder\n";
      return 2;
    }
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string data((std::istreambuf_iterator<char>(in)),
                     std::istreambuf_iterator<char>());
    // A copy of exactly the input's size, so that reads past its end are
    // caught as they are under libFuzzer.
    std::vector<uint8_t> bytes(data.begin(), data.end());
    LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
  }
  std::cout << argv[0] << ": " << files.size() << " inputs ran\n";
  return files.empty() ? 1 : 0;
}
