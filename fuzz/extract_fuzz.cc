// The whole extractor on arbitrary text: reading, the dateline, sentence
// splitting, tagging, parsing, actor and pattern matching, coding with
// coreference across the sentences, merging, with the trace `explain`
// prints. Every event must be a valid record.
#include <cstdint>
#include <cstdio>
#include <string>

#include "fuzz/fuzz_engine.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)dipgraph::fuzz::SharedEngine();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const dipgraph::fuzz::Engine& engine = dipgraph::fuzz::SharedEngine();
  dipgraph::ReadOptions opt;
  auto doc = dipgraph::DocumentFromText(
      std::string(reinterpret_cast<const char*>(data), size), "fuzz",
      "fuzz.txt", opt);
  if (!doc.ok()) return 0;
  dipgraph::ExtractTrace trace;
  auto events = engine.extractor->Extract(*doc, &trace);
  if (!events.ok()) return 0;
  for (const dipgraph::Event& e : *events) {
    if (e.sentence.start < 0 || e.sentence.end < e.sentence.start ||
        e.sentence.end > static_cast<int64_t>(doc->text.size()))
      __builtin_trap();
    dipgraph::fuzz::TrapOnInvalid(e);
  }
  return 0;
}
