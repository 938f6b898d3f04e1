// `dict import`: TABARI and PETRARCH actor and verb dictionaries turned
// into dipgraph's format, which must then load (errors are fine, crashes
// are not). The first byte picks the format.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/text.h"
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
  // No line of the output may be a directive the loader would follow
  // (text the input carried into a "# skipped …" comment is fine: defect
  // 7's input only looked like one).
  for (std::string_view rest = *out; !rest.empty();) {
    const size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest =
        nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    line = line.substr(0, line.find('#'));
    line = dipgraph::TrimSpace(line);
    const std::string_view kind = line.substr(0, line.find_first_of(" \t"));
    if (kind == "@include" || kind == "@layer") __builtin_trap();
  }
  const std::string path = dipgraph::fuzz::WriteScratch("imported.dict", *out);
  std::vector<dipgraph::Status> errors;
  (void)dipgraph::dict::Dictionary::LoadAll(path, {}, &errors);
  return 0;
}
