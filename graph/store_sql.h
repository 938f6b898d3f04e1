// Inside the event store (graph/store.h): what its two backends, SQLite
// (store_sqlite.cc) and PostgreSQL (store_pg.cc), share.
#ifndef DIPGRAPH_GRAPH_STORE_SQL_H_
#define DIPGRAPH_GRAPH_STORE_SQL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "graph/store.h"

namespace dipgraph::store_internal {

// "DGPH": marks a dipgraph store (SQLite's PRAGMA application_id) and keys
// its schema changes (PostgreSQL's pg_advisory_lock).
constexpr int kStoreMagic = 0x44475048;

// The secondary indexes of the events table, as the current schema of
// both backends has them: {name, table(columns)}.
inline constexpr const char* kEventIndexes[][2] = {
    {"events_dyad", "events(source, target, date)"},
    {"events_target", "events(target, date)"},
    {"events_date", "events(date, id)"},  // covers ORDER BY date, id
    {"events_code", "events(code)"},
    {"events_doc", "events(doc)"},
};

// An add of at least this many events is inserted without the indexes,
// which are then built again in the same transaction: one sort per index
// is cheaper than a B-tree insert per row and index. (SQLite: a batch at
// least this large and at least as large as the rows already there;
// PostgreSQL: into an empty store.)
constexpr int64_t kRebuildIndexesAt = 20000;

// The conditions of a query, each starting with " AND ", and their
// arguments in order. `numbered`: placeholders $1, $2, … (PostgreSQL);
// else ? (SQLite). Actor prefixes and code ranges are byte ranges, so the
// columns compare bytewise (SQLite's BINARY, PostgreSQL's "C" collation).
struct Where {
  std::string sql;
  std::vector<std::string> args;
};
Where BuildWhere(const StoreQuery& query, bool numbered);

Result<std::unique_ptr<EventStore>> OpenSqlite(const std::string& path,
                                               bool create, int busy_ms);
Result<std::unique_ptr<EventStore>> OpenPostgres(const std::string& uri,
                                                 bool create);

}  // namespace dipgraph::store_internal

#endif  // DIPGRAPH_GRAPH_STORE_SQL_H_
