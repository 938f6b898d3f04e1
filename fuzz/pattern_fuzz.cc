// Event patterns of the dictionaries ("urge $T to $C").
#include <cstdint>
#include <string>

#include "extract/dict/pattern.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto p = dipgraph::dict::CompilePattern(text);
  if (p.ok() && p->head.empty()) __builtin_trap();
  return 0;
}
