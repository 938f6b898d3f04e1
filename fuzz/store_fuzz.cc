// The event store opening a file it did not write: a damaged store, a
// foreign SQLite database, or no database at all. Opening must give a
// store or an error; a store that opens must answer its statistics and
// queries and take an event, or say why not.
#include <cstdint>
#include <string>

#include "common/event.h"
#include "fuzz/fuzz_util.h"
#include "graph/store.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = dipgraph::fuzz::WriteScratch(
      "fuzz.db", std::string_view(reinterpret_cast<const char*>(data), size));
  // Journals a previous run may have left.
  dipgraph::fuzz::WriteScratch("fuzz.db-journal", "");
  auto store = dipgraph::EventStore::Open(path, /*create=*/false, 0);
  if (!store.ok()) return 0;
  (void)(*store)->Stats();
  dipgraph::StoreQuery q;
  (void)(*store)->Read(q);
  q.between = {"RUS*", "USAGOV"};
  q.from = "2016-01-01";
  q.codes = {"04"};
  (void)(*store)->Read(q);
  dipgraph::Event e;
  e.id = "fuzz-0-0";
  e.doc.id = "fuzz";
  e.source.id = "RUSGOV";
  e.action.cameo = "040";
  (void)(*store)->Add({e});
  return 0;
}
