// `dict import`: TABARI and PETRARCH actor and verb dictionaries turned
// into dipgraph's format, which must then load (errors are fine, crashes
// are not). The first byte picks the format.
#include <cstdint>
#include <string>
#include <vector>

#include "extract/dict/dictionary.h"
#include "extract/dict/import.h"
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const char* from = data[0] & 1 ? "petrarch" : "tabari";
  const std::string_view text(reinterpret_cast<const char*>(data) + 1,
                              size - 1);
  auto out = dipgraph::dict::ImportDictionary(from, "fuzz.txt", text);
  if (!out.ok()) return 0;
  if (out->find("@include") != std::string::npos) __builtin_trap();
  const std::string path = dipgraph::fuzz::WriteScratch("imported.dict", *out);
  std::vector<dipgraph::Status> errors;
  (void)dipgraph::dict::Dictionary::LoadAll(path, {}, &errors);
  return 0;
}
