// Inside the event store (graph/store.h): what its two backends, SQLite
// (store_sqlite.cc) and PostgreSQL (store_pg.cc), share.
#ifndef DIPGRAPH_GRAPH_STORE_SQL_H_
#define DIPGRAPH_GRAPH_STORE_SQL_H_

#include <memory>
#include <string>
#include <vector>

#include "graph/store.h"

namespace dipgraph::store_internal {

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
