// The event store: events in an SQLite file or a PostgreSQL database,
// indexed by source, target, date, CAMEO code and document, each kept as its
// canonical JSON line so it comes back byte-identical.
//
//   ASSIGN_OR_RETURN(auto store, EventStore::Open("events.db", true));
//   // or EventStore::Open("postgresql://user@host/db", true)
//   ASSIGN_OR_RETURN(AddResult r, store->Add(events));  // one transaction
//   StoreQuery q;
//   q.between = {"RUSGOV", "USAGOV"};
//   ASSIGN_OR_RETURN(std::vector<Event> dyad, store->Read(q));
//
// Adding a document again replaces its events (idempotent). Each Add is one
// transaction: a crash or a kill in the middle leaves the store as it was.
// The schema is versioned (SQLite: PRAGMA user_version; PostgreSQL: the
// dipgraph_meta table) and migrated forward on open; a store written by a
// newer dipgraph, a foreign database or a file that is not SQLite at all is
// refused with an InvalidInput status naming it. Both backends answer the
// same queries with the same events in the same order (the tests run on
// both). docs/store.md describes the schemas.
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
#include "graph/dedup.h"

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
  // Distinct events after the last `store dedup` (graph/dedup.h): events
  // less the reports linked to another; `events` when never deduplicated.
  int64_t distinct_events = 0;
  std::string first_date, last_date;
  std::map<std::string, int64_t> by_root;  // "01".."20"
  std::map<int, int64_t> by_quad;          // 1..4
};

class EventStore {
 public:
  static constexpr int kSchemaVersion = 3;

  // Opens (and with `create`, creates) the store at `path`, migrating an
  // older schema. A `path` that starts with "postgresql://" or "postgres://"
  // is a libpq connection URI (what it leaves out comes from libpq's
  // PGHOST, PGUSER, PGDATABASE, … environment variables: "postgresql://"
  // alone takes them all); anything else is an SQLite file. `busy_ms`: how
  // long to wait for another process's lock (SQLite).
  static Result<std::unique_ptr<EventStore>> Open(const std::string& path,
                                                  bool create,
                                                  int busy_ms = 5000);
  // True when Open would take `path` for a PostgreSQL URI.
  static bool IsPostgres(const std::string& path);
  virtual ~EventStore();
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
  virtual Result<StoreStats> Stats() const = 0;

  // Links the reports of one event (graph/dedup.h) over the whole store,
  // in place of the links of the last Dedup, in one transaction. Links are
  // as of that call: events added later are events of their own until the
  // next one.
  Result<DedupResult> Dedup(const DedupOptions& options);
  // The links of the events matching `query` that are reports of an event
  // of two reports or more, by report id.
  Status ForEachLink(const StoreQuery& query,
                     const std::function<void(ReportLink&&)>& sink) const;

  // The store as given to Open (a PostgreSQL URI without its password).
  const std::string& path() const { return path_; }
  // "sqlite" or "postgresql".
  virtual const char* backend() const = 0;

  // For tests: fail Add after this many inserted rows (-1: never).
  void FailAfterForTesting(int64_t rows) { fail_after_ = rows; }

 protected:
  explicit EventStore(std::string path) : path_(std::move(path)) {}

  // Calls its argument with every event to add and its canonical JSON line.
  using AddSource = std::function<Status(
      const std::function<Status(const EventView&, std::string_view)>&)>;
  // What Query calls with each JSON line, and QueryLinks with each link.
  using RowSink = std::function<Status(std::string_view)>;
  using LinkSink = std::function<void(ReportLink&&)>;
  // `expected`: about how many events the source has (0: not known).
  virtual Result<AddResult> AddFrom(const AddSource& source,
                                    int64_t expected) = 0;
  // Calls `row` with the JSON line of every event matching `query`, ordered
  // by date, then id.
  virtual Status Query(const StoreQuery& query, const RowSink& row) const = 0;

  // Replaces every stored link by `links`, in one transaction.
  virtual Status WriteLinks(const std::vector<ReportLink>& links) = 0;
  virtual Status QueryLinks(const StoreQuery& query,
                            const LinkSink& sink) const = 0;

  std::string path_;
  int64_t fail_after_ = -1;
};

}  // namespace dipgraph

#endif  // DIPGRAPH_GRAPH_STORE_H_
