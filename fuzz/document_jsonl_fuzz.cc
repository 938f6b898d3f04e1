// Articles as JSON Lines, read through the DocumentStream as `extract`
// reads a .jsonl file: every line is a document or an error naming the
// line, and the stream goes on after an error.
#include <cstdint>
#include <string>

#include "extract/read/document.h"
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = dipgraph::fuzz::WriteScratch(
      "in.jsonl", std::string_view(reinterpret_cast<const char*>(data), size));
  dipgraph::ReadOptions opt;
  opt.max_bytes = 1 << 16;
  dipgraph::DocumentStream stream({path}, opt);
  dipgraph::Document doc;
  for (size_t n = 0; n <= size; ++n) {  // each round consumes a line
    dipgraph::Result<bool> more = stream.Next(&doc);
    if (more.ok() && !*more) break;
    if (more.ok() && doc.body_start > doc.text.size()) __builtin_trap();
  }
  return 0;
}
