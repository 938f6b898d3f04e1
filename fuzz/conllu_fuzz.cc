// CoNLL-U (`train --treebank`, `eval parse --gold`): parsing, writing back
// and the segmentation scores computed from each sentence's text.
#include <cstdint>
#include <string>

#include "extract/syntax/syntax.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto doc = dipgraph::syntax::ParseConllu(text, "fuzz.conllu");
  if (!doc.ok()) return 0;
  (void)dipgraph::syntax::FormatConllu(*doc);
  (void)dipgraph::syntax::EvaluateSegmentation(*doc);
  return 0;
}
