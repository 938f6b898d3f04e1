// HTML articles: gumbo's tree walked for the title, date and article text.
#include <cstdint>
#include <string>

#include "extract/read/document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  dipgraph::Result<dipgraph::Document> doc =
      dipgraph::DocumentFromHtml(html, "fuzz", "fuzz.html", {});
  if (doc.ok() && doc->body_start > doc->text.size()) __builtin_trap();
  return 0;
}
