// The event store: events in an SQLite file, indexed by source, target,
// date, CAMEO code and document, each kept as its canonical JSON line so it
// comes back byte-identical.
//
//   ASSIGN_OR_RETURN(auto store, EventStore::Open("events.db", true));
//   ASSIGN_OR_RETURN(AddResult r, store->Add(events));  // one transaction
//   StoreQuery q;
//   q.between = {"RUSGOV", "USAGOV"};
//   ASSIGN_OR_RETURN(std::vector<Event> dyad, store->Read(q));
//
// Adding a document again replaces its events (idempotent). Each Add is one
// transaction: a crash or a kill in the middle leaves the store as it was.
// The schema is versioned (PRAGMA user_version) and migrated forward on
// open; a store written by a newer dipgraph, a foreign SQLite database or a
// file that is not SQLite at all is refused with an InvalidInput status
// naming the file. docs/store.md describes the schema.
#ifndef DIPGRAPH_GRAPH_STORE_H_
#define DIPGRAPH_GRAPH_STORE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "common/event.h"
#include "common/event_chunks.h"
#include "common/event_view.h"
#include "common/status.h"

struct sqlite3;

namespace dipgraph {

// What to read. Empty fields do not filter. Actor codes match exactly, or
// by prefix when they end in '*' ("RUS*").
struct StoreQuery {
  std::vector<std::string> sources, targets;  // any of
  std::vector<std::string> between;           // two codes, both directions
  std::string from, to;                       // dates, inclusive
  std::vector<std::string> codes;  // roots ("19") or codes with the codes
                                   // under them ("036" takes "0361")
  std::string document;
};

struct AddResult {
  int64_t documents = 0;  // documents in the batch
  int64_t added = 0;      // events written
  int64_t replaced = 0;   // events of those documents that were there before
};

struct StoreStats {
  int schema_version = 0;
  int64_t events = 0, documents = 0, actors = 0;
  std::string first_date, last_date;
  std::map<std::string, int64_t> by_root;  // "01".."20"
  std::map<int, int64_t> by_quad;          // 1..4
};

class EventStore {
 public:
  static constexpr int kSchemaVersion = 2;

  // Opens (and with `create`, creates) the store at `path`, migrating an
  // older schema. `busy_ms`: how long to wait for another process's lock.
  static Result<std::unique_ptr<EventStore>> Open(const std::string& path,
                                                  bool create,
                                                  int busy_ms = 5000);
  ~EventStore();
  EventStore(const EventStore&) = delete;
  EventStore& operator=(const EventStore&) = delete;

  // Writes `events`; every document they belong to loses its old events
  // first. All or nothing: an event id twice in the batch adds nothing.
  Result<AddResult> Add(const std::vector<Event>& events);
  // The same for every event of JSON Lines files ("-" for stdin), decoded
  // on several threads and never all held in memory. A malformed line
  // (InvalidInput "file:line: message") adds nothing.
  // `read` gives the files' format (common/event_formats.h).
  Result<AddResult> AddFiles(const std::vector<std::string>& paths,
                             const ChunkOptions& read = {});
  // Events matching `query`, ordered by date, then id.
  Result<std::vector<Event>> Read(const StoreQuery& query) const;
  // The same events in the same order, one at a time, so that they need not
  // be held; stops at the first error `sink` returns.
  Status ForEach(const StoreQuery& query,
                 const std::function<Status(Event&&)>& sink) const;
  // The same events as views (common/event_view.h), valid during the call
  // to `sink` only: no Event is made for them.
  Status ForEachView(const StoreQuery& query,
                     const std::function<Status(const EventView&)>& sink) const;
  Result<StoreStats> Stats() const;

  const std::string& path() const { return path_; }

  // For tests: fail Add after this many inserted rows (-1: never).
  void FailAfterForTesting(int64_t rows) { fail_after_ = rows; }

 private:
  class Adder;
  // Calls its argument with every event to add and its canonical JSON line.
  using AddSource = std::function<Status(
      const std::function<Status(const EventView&, std::string_view)>&)>;
  // `expected`: about how many events the source has (for the choice of
  // building the indexes after the rows).
  Result<AddResult> AddFrom(const AddSource& source, int64_t expected);
  Status Query(const StoreQuery& query,
               const std::function<Status(std::string_view)>& row) const;

  EventStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  Status Error(const std::string& what) const;
  Status Exec(const char* sql) const;
  Status Migrate();

  sqlite3* db_ = nullptr;
  std::string path_;
  int64_t fail_after_ = -1;
};

}  // namespace dipgraph

#endif  // DIPGRAPH_GRAPH_STORE_H_
