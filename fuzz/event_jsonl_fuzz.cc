// The event record as JSON Lines (EventReader: the fast one-pass codec with
// the nlohmann fallback). Every event read must survive validation, and
// writing it and reading it back must give the same event.
#include <cstdint>
#include <sstream>
#include <string>

#include "common/event.h"
#include "common/event_io.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  dipgraph::EventReader reader(in, "fuzz.jsonl");
  dipgraph::Event event;
  for (size_t n = 0; n <= size; ++n) {
    dipgraph::Result<bool> more = reader.Next(&event);
    if (!more.ok()) continue;
    if (!*more) break;
    (void)dipgraph::ValidateEvent(event);
    std::ostringstream out;
    dipgraph::WriteEvent(out, event);
    std::string line = out.str();
    if (line.empty() || line.back() != '\n') __builtin_trap();
    line.pop_back();
    dipgraph::Result<dipgraph::Event> again = dipgraph::EventFromJson(line);
    if (!again.ok() || !(*again == event)) __builtin_trap();
  }
  return 0;
}
