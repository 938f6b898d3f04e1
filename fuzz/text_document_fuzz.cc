// Plain-text articles: header lines, the dateline, the date near the top,
// the checks of the text (empty, NUL bytes, UTF-8) and sniffing stdin.
#include <cstdint>
#include <string>

#include "extract/read/dates.h"
#include "extract/read/document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  (void)dipgraph::SniffKind(text);
  dipgraph::ReadOptions opt;
  dipgraph::Result<dipgraph::Document> doc =
      dipgraph::DocumentFromText(text, "fuzz", "fuzz.txt", opt);
  if (!doc.ok()) return 0;
  if (doc->body_start > doc->text.size()) __builtin_trap();
  const std::string_view body =
      std::string_view(doc->text).substr(doc->body_start);
  const dipgraph::Dateline d = dipgraph::FindDateline(body);
  if (d.length > body.size()) __builtin_trap();
  return 0;
}
