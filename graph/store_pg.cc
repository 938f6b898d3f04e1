// The PostgreSQL backend of the event store (graph/store.h), on libpq.
//
// The tables are those of the SQLite store (docs/store.md), with the JSON
// line kept in `events` (PostgreSQL already stores long values aside) and
// every text column in the "C" collation, so that dates, ids and code
// prefixes compare bytewise as in SQLite. An add is one transaction: the
// rows go in with COPY, then the batch's documents are upserted in sorted
// order (which locks their rows: a concurrent add of the same document
// waits, and two adds lock in the same order, so they cannot deadlock), and
// the events those documents had before, written by other transactions, are
// deleted. The delete runs after the lock, in READ COMMITTED, so it sees
// what a concurrent add of the same document committed: the last add of a
// document wins and nothing is doubled or lost.
#include <libpq-fe.h>

#include <algorithm>
#include <charconv>
#include <deque>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "common/event_io.h"
#include "graph/store_sql.h"

namespace dipgraph {
namespace store_internal {
namespace {

// Schema migrations: entry i takes schema version i to i + 1 (the numbers
// are those of the SQLite store).
const char* const kMigrations[] = {
    // 0 -> 1: the first schema.
    "CREATE TABLE documents ("
    "  doc TEXT COLLATE \"C\" PRIMARY KEY, title TEXT, source TEXT,"
    "  date TEXT COLLATE \"C\", events BIGINT NOT NULL);"
    "CREATE TABLE events ("
    "  id TEXT COLLATE \"C\" NOT NULL, doc TEXT COLLATE \"C\" NOT NULL,"
    "  date TEXT COLLATE \"C\" NOT NULL, source TEXT COLLATE \"C\" NOT NULL,"
    "  target TEXT COLLATE \"C\" NOT NULL, code TEXT COLLATE \"C\" NOT NULL,"
    "  root TEXT COLLATE \"C\" NOT NULL, quad SMALLINT NOT NULL,"
    "  json TEXT NOT NULL);"
    "CREATE INDEX events_dyad ON events(source, target, date);"
    "CREATE INDEX events_target ON events(target, date);"
    "CREATE INDEX events_date ON events(date, id);"
    "CREATE INDEX events_code ON events(code);"
    "CREATE INDEX events_doc ON events(doc);",
    // 1 -> 2: SQLite moved its JSON lines to a table of their own; here
    // they stay in `events`.
    "",
    // 2 -> 3: the reports of one event (store dedup, graph/dedup.h).
    "CREATE TABLE links ("
    "  id TEXT COLLATE \"C\" PRIMARY KEY, event TEXT COLLATE \"C\" NOT NULL,"
    "  reports BIGINT NOT NULL, mentions BIGINT NOT NULL,"
    "  sources BIGINT NOT NULL, articles BIGINT NOT NULL);"
    "CREATE INDEX links_event ON links(event);",
};
static_assert(std::size(kMigrations) == EventStore::kSchemaVersion);

// The URI without its password, for messages.
std::string Redact(const std::string& uri) {
  std::string out = uri;
  size_t scheme = out.find("://");
  if (scheme != std::string::npos) {
    size_t start = scheme + 3;
    size_t at = out.find('@', start), slash = out.find('/', start);
    if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
      size_t colon = out.find(':', start);
      if (colon != std::string::npos && colon < at)
        out.replace(colon, at - colon, ":***");
    }
  }
  size_t pw = out.find("password=");
  if (pw != std::string::npos) {
    size_t end = out.find('&', pw);
    out.replace(pw, end == std::string::npos ? std::string::npos : end - pw,
                "password=***");
  }
  return out;
}

// A result, cleared on scope exit.
class Res {
 public:
  explicit Res(PGresult* r = nullptr) : r_(r) {}
  ~Res() { PQclear(r_); }
  Res(const Res&) = delete;
  Res& operator=(const Res&) = delete;
  Res(Res&& o) noexcept : r_(o.r_) { o.r_ = nullptr; }
  PGresult* get() const { return r_; }
  ExecStatusType status() const { return PQresultStatus(r_); }
  bool ok() const {
    ExecStatusType s = status();
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
  }
  std::string Value(int row, int col) const {
    return PQgetisnull(r_, row, col) ? "" : PQgetvalue(r_, row, col);
  }
  // The integer in a cell; 0 when empty, -1 when not an integer (a
  // forged or damaged cell: "0" + it through std::stoll read "-65534" as 0
  // and threw on a number past int64).
  int64_t Int(int row, int col) const {
    const std::string v = Value(row, col);
    if (v.empty()) return 0;
    int64_t n = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || end != v.data() + v.size()) return -1;
    return n;
  }
  int rows() const { return PQntuples(r_); }

 private:
  PGresult* r_;
};

// A PostgreSQL array literal of `values` ({"a","b\"c"}).
std::string ArrayLiteral(const std::vector<std::string>& values) {
  std::string out = "{";
  for (const std::string& v : values) {
    if (out.size() > 1) out += ',';
    out += '"';
    for (char c : v) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

// Appends `v` as a field of COPY's text format.
void CopyField(std::string_view v, std::string* out) {
  for (char c : v) {
    switch (c) {
      case '\\':
        *out += "\\\\";
        break;
      case '\t':
        *out += "\\t";
        break;
      case '\n':
        *out += "\\n";
        break;
      case '\r':
        *out += "\\r";
        break;
      default:
        out->push_back(c);
    }
  }
}

class PgStore : public EventStore {
 public:
  PgStore(PGconn* conn, std::string path)
      : EventStore(std::move(path)), conn_(conn) {}
  ~PgStore() override { PQfinish(conn_); }
  Result<StoreStats> Stats() const override;
  const char* backend() const override { return "postgresql"; }

  // Connects and checks, creates or migrates the schema.
  Status Init(bool create);

 protected:
  Result<AddResult> AddFrom(const AddSource& source, int64_t expected) override;
  Status Query(const StoreQuery& query, const RowSink& row) const override;
  Status WriteLinks(const std::vector<ReportLink>& links) override;
  Status QueryLinks(const StoreQuery& query,
                    const LinkSink& sink) const override;

 private:
  struct Doc {
    std::string id, title, source, date;
    int64_t events = 0;
  };

  Status Error(const std::string& what) const {
    std::string msg = PQerrorMessage(conn_);
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' '))
      msg.pop_back();
    return IoError(path_ + ": " + what + ": " + msg);
  }
  Status Error(const std::string& what, const Res& r) const {
    std::string msg = PQresultErrorMessage(r.get());
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' '))
      msg.pop_back();
    return IoError(path_ + ": " + what + ": " + msg);
  }
  // Runs `sql` (one or more statements, no parameters).
  Result<Res> Exec(const std::string& sql, const std::string& what) const {
    Res r(PQexec(conn_, sql.c_str()));
    if (!r.ok()) return Error(what, r);
    return r;
  }
  Result<Res> Params(const std::string& sql,
                     const std::vector<std::string>& args,
                     const std::string& what) const {
    std::vector<const char*> values;
    for (const std::string& a : args) values.push_back(a.c_str());
    Res r(PQexecParams(conn_, sql.c_str(), static_cast<int>(values.size()),
                       nullptr, values.data(), nullptr, nullptr, 0));
    if (!r.ok()) return Error(what, r);
    return r;
  }
  void Rollback() const { Res r(PQexec(conn_, "ROLLBACK")); }
  Status Migrate();
  // Sends `data` to a running COPY.
  Status PutCopy(std::string* data) {
    if (data->empty()) return Status::Ok();
    if (PQputCopyData(conn_, data->data(), static_cast<int>(data->size())) != 1)
      return Error("cannot write");
    data->clear();
    return Status::Ok();
  }
  // Ends a COPY; with `abort`, makes it fail (the server discards it).
  Status EndCopy(const char* abort) {
    if (PQputCopyEnd(conn_, abort) != 1) return Error("cannot write");
    Status st = Status::Ok();
    while (PGresult* r = PQgetResult(conn_)) {
      Res res(r);
      if (!res.ok() && st.ok()) st = Error("cannot write", res);
    }
    return st;
  }
  Result<AddResult> Finish(std::deque<Doc>& docs, AddResult result);

  PGconn* conn_;
};

Status PgStore::Init(bool create) {
  if (PQstatus(conn_) != CONNECTION_OK) return Error("cannot connect");
  // Notices ("relation … already exists, skipping") are not for the user.
  PQsetNoticeProcessor(
      conn_, [](void*, const char*) {}, nullptr);
  ASSIGN_OR_RETURN(Res found,
                   Exec("SELECT to_regclass('dipgraph_meta') IS NOT NULL, "
                        "to_regclass('events') IS NOT NULL OR "
                        "to_regclass('documents') IS NOT NULL",
                        "cannot read"));
  bool meta = found.Value(0, 0) == "t", tables = found.Value(0, 1) == "t";
  if (!meta && tables)
    return InvalidInput(path_ +
                        ": a PostgreSQL database, but not a dipgraph event "
                        "store (refusing to change it)");
  if (!meta && !create)
    return NotFound(path_ +
                    ": no dipgraph event store in this database (create one "
                    "with `dipgraph store add FILE --db " +
                    path_ + "`)");
  return Migrate();
}

Status PgStore::Migrate() {
  // One process at a time creates or migrates the schema: a session lock,
  // taken before the transaction begins, so that the transaction sees the
  // tables another process created while this one waited (a lock taken
  // inside it would leave this backend's catalog cache as it was). Closing
  // the connection releases it on every error path.
  RETURN_IF_ERROR(
      Exec("SELECT pg_advisory_lock(" + std::to_string(kStoreMagic) + ")",
           "cannot lock the schema")
          .status());
  RETURN_IF_ERROR(Exec("BEGIN", "cannot begin").status());
  auto fail = [&](Status s) {
    Rollback();
    return s;
  };
  Result<Res> r = Exec(
      "CREATE TABLE IF NOT EXISTS dipgraph_meta ("
      "  key TEXT PRIMARY KEY, value TEXT NOT NULL);"
      "SELECT key, value FROM dipgraph_meta",
      "cannot read the schema version");
  if (!r.ok()) return fail(r.status());
  int64_t version = 0;
  bool ours = r->rows() == 0;
  for (int i = 0; i < r->rows(); ++i) {
    if (r->Value(i, 0) == "schema_version") version = r->Int(i, 1);
    if (r->Value(i, 0) == "application" && r->Value(i, 1) == "dipgraph")
      ours = true;
  }
  if (!ours)
    return fail(InvalidInput(path_ +
                             ": a dipgraph_meta table, but not a dipgraph "
                             "event store (refusing to change it)"));
  if (version > kSchemaVersion)
    return fail(InvalidInput(
        path_ + ": store schema version " + std::to_string(version) +
        " is newer than this dipgraph understands (" +
        std::to_string(kSchemaVersion) + "); use a newer dipgraph"));
  // (A negative version is no schema: defect 8 of docs/fuzzing.md, found
  // in the SQLite backend, would index the migrations with it here too.)
  if (version < 0)
    return fail(InvalidInput(path_ +
                             ": not a dipgraph event store (schema version " +
                             std::to_string(version) + ")"));
  for (int v = static_cast<int>(version); v < kSchemaVersion; ++v) {
    if (*kMigrations[v] == '\0') continue;
    Result<Res> m = Exec(kMigrations[v], "cannot create the schema");
    if (!m.ok())
      return fail(m.status().Annotate("migrating the schema to version " +
                                      std::to_string(v + 1)));
  }
  Result<Res> w = Exec(
      "INSERT INTO dipgraph_meta VALUES ('application', 'dipgraph'), "
      "('schema_version', '" +
          std::to_string(kSchemaVersion) +
          "') ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
      "cannot write the schema version");
  if (!w.ok()) return fail(w.status());
  RETURN_IF_ERROR(Exec("COMMIT", "cannot commit").status());
  return Exec("SELECT pg_advisory_unlock(" + std::to_string(kStoreMagic) + ")",
              "cannot unlock the schema")
      .status();
}

Result<AddResult> PgStore::AddFrom(const AddSource& source, int64_t expected) {
  RETURN_IF_ERROR(Exec("BEGIN", "cannot begin").status());
  auto fail = [&](Status s) -> Result<AddResult> {
    Rollback();
    return s;
  };
  Result<Res> any = Exec("SELECT EXISTS (SELECT 1 FROM events)", "cannot read");
  if (!any.ok()) return fail(any.status());
  // Into an empty store, a large batch is written before the indexes are
  // built (DROP INDEX locks the table until the commit: a concurrent add
  // waits, then finds the store not empty).
  bool rebuild = any->Value(0, 0) == "f" && expected >= kRebuildIndexesAt;
  if (rebuild)
    for (const auto& index : kEventIndexes) {
      Result<Res> d =
          Exec(std::string("DROP INDEX IF EXISTS ") + index[0], "cannot write");
      if (!d.ok()) return fail(d.status());
    }
  {
    Res r(PQexec(conn_,
                 "COPY events (id, doc, date, source, target, code, root, "
                 "quad, json) FROM STDIN"));
    if (r.status() != PGRES_COPY_IN) return fail(Error("cannot write", r));
  }
  AddResult result;
  std::string duplicate;
  std::unordered_set<std::string> ids;
  std::deque<Doc> docs;
  std::unordered_map<std::string, size_t> doc_index;
  Doc* last = nullptr;
  std::string data;
  Status st = source([&](const EventView& e, std::string_view json) -> Status {
    if (!duplicate.empty()) return Status::Ok();  // nothing will be kept
    if (!ids.emplace(e.id).second) {
      duplicate = std::string(e.id);
      return Status::Ok();
    }
    if (last == nullptr || last->id != e.doc.id) {
      auto [it, fresh] = doc_index.try_emplace(std::string(e.doc.id), 0);
      if (fresh) {
        it->second = docs.size();
        docs.push_back({std::string(e.doc.id), std::string(e.doc.title),
                        std::string(e.doc.source), std::string(e.doc.date)});
      }
      last = &docs[it->second];
    }
    ++last->events;
    if (fail_after_ >= 0 && result.added >= fail_after_)
      return Internal(path_ + ": failure injected after " +
                      std::to_string(result.added) + " events");
    std::string_view code = e.action.cameo;
    for (std::string_view field :
         {e.id, e.doc.id, e.date, e.source.id,
          e.has_target ? e.target.id : std::string_view(), code,
          code.substr(0, 2)}) {
      CopyField(field, &data);
      data += '\t';
    }
    data += std::to_string(e.action.quad_class);
    data += '\t';
    CopyField(json, &data);
    data += '\n';
    ++result.added;
    if (data.size() >= (1 << 20)) return PutCopy(&data);
    return Status::Ok();
  });
  if (st.ok() && !duplicate.empty())
    st = InvalidInput(path_ + ": event id \"" + duplicate +
                      "\" appears twice; nothing was added");
  if (st.ok()) st = PutCopy(&data);
  if (!st.ok()) {
    (void)EndCopy("add failed");
    return fail(st);
  }
  if (Status s = EndCopy(nullptr); !s.ok()) return fail(s);
  if (rebuild)
    for (const auto& index : kEventIndexes) {
      Result<Res> c =
          Exec(std::string("CREATE INDEX ") + index[0] + " ON " + index[1],
               "cannot build the indexes");
      if (!c.ok()) return fail(c.status());
    }
  Result<AddResult> done = Finish(docs, result);
  if (!done.ok()) return fail(done.status());
  RETURN_IF_ERROR(Exec("COMMIT", "cannot commit").status());
  return done;
}

// Upserts the batch's documents (locking them, in sorted order) and deletes
// the events other transactions wrote for them.
Result<AddResult> PgStore::Finish(std::deque<Doc>& docs, AddResult result) {
  result.documents = static_cast<int64_t>(docs.size());
  if (docs.empty()) return result;
  std::vector<std::string> id, title, source, date, events;
  for (const Doc& d : docs) {
    id.push_back(d.id);
    title.push_back(d.title);
    source.push_back(d.source);
    date.push_back(d.date);
    events.push_back(std::to_string(d.events));
  }
  ASSIGN_OR_RETURN(
      Res up,
      Params("INSERT INTO documents (doc, title, source, date, events) "
             "SELECT * FROM unnest($1::text[], $2::text[], $3::text[], "
             "$4::text[], $5::bigint[]) ORDER BY 1 "
             "ON CONFLICT (doc) DO UPDATE SET title = EXCLUDED.title, "
             "source = EXCLUDED.source, date = EXCLUDED.date, "
             "events = EXCLUDED.events",
             {ArrayLiteral(id), ArrayLiteral(title), ArrayLiteral(source),
              ArrayLiteral(date), ArrayLiteral(events)},
             "cannot write"));
  // xmin holds the low 32 bits of the transaction id that wrote the row.
  ASSIGN_OR_RETURN(Res del,
                   Params("DELETE FROM events WHERE doc = ANY($1::text[]) AND "
                          "xmin::text::bigint <> txid_current() % 4294967296",
                          {ArrayLiteral(id)}, "cannot delete"));
  result.replaced = std::stoll("0" + std::string(PQcmdTuples(del.get())));
  return result;
}

Status PgStore::Query(const StoreQuery& q, const RowSink& row) const {
  Where where = BuildWhere(q, /*numbered=*/true);
  std::string sql =
      "SELECT json FROM events WHERE true" + where.sql + " ORDER BY date, id";
  std::vector<const char*> values;
  for (const std::string& a : where.args) values.push_back(a.c_str());
  if (!PQsendQueryParams(conn_, sql.c_str(), static_cast<int>(values.size()),
                         nullptr, values.data(), nullptr, nullptr, 0) ||
      !PQsetSingleRowMode(conn_))
    return Error("cannot query");
  Status st = Status::Ok();
  bool cancelled = false;
  while (PGresult* r = PQgetResult(conn_)) {
    Res res(r);
    if (res.status() == PGRES_SINGLE_TUPLE) {
      if (!st.ok()) continue;
      st = row(std::string_view(PQgetvalue(r, 0, 0),
                                static_cast<size_t>(PQgetlength(r, 0, 0))));
      if (!st.ok() && !cancelled) {  // stop the server sending the rest
        if (PGcancel* c = PQgetCancel(conn_)) {
          char err[256];
          PQcancel(c, err, sizeof err);
          PQfreeCancel(c);
        }
        cancelled = true;
      }
    } else if (res.status() != PGRES_TUPLES_OK && st.ok()) {
      st = Error("cannot read", res);
    }
  }
  return st;
}

Status PgStore::WriteLinks(const std::vector<ReportLink>& links) {
  RETURN_IF_ERROR(Exec("BEGIN", "cannot begin").status());
  auto fail = [&](Status s) {
    Rollback();
    return s;
  };
  // One dedup at a time: the second deletes what the first wrote.
  Result<Res> del = Exec(
      "LOCK TABLE links IN EXCLUSIVE MODE; DELETE FROM links", "cannot write");
  if (!del.ok()) return fail(del.status());
  {
    Res r(PQexec(conn_, "COPY links FROM STDIN"));
    if (r.status() != PGRES_COPY_IN) return fail(Error("cannot write", r));
  }
  std::string data;
  Status st = Status::Ok();
  for (const ReportLink& l : links) {
    CopyField(l.id, &data);
    data += '\t';
    CopyField(l.event, &data);
    for (int64_t n : {l.reports, l.mentions, l.sources, l.articles})
      data += '\t' + std::to_string(n);
    data += '\n';
    if (data.size() >= (1 << 20) && !(st = PutCopy(&data)).ok()) break;
  }
  if (st.ok()) st = PutCopy(&data);
  if (!st.ok()) {
    (void)EndCopy("dedup failed");
    return fail(st);
  }
  if (Status s = EndCopy(nullptr); !s.ok()) return fail(s);
  return Exec("COMMIT", "cannot commit").status();
}

Status PgStore::QueryLinks(const StoreQuery& q, const LinkSink& sink) const {
  Where where = BuildWhere(q, /*numbered=*/true);
  ASSIGN_OR_RETURN(
      Res r, Params("SELECT l.id, l.event, l.reports, l.mentions, l.sources, "
                    "l.articles FROM events JOIN links l ON l.id = events.id "
                    "WHERE true" +
                        where.sql,
                    where.args, "cannot query"));
  for (int i = 0; i < r.rows(); ++i)
    sink({r.Value(i, 0), r.Value(i, 1), r.Int(i, 2), r.Int(i, 3), r.Int(i, 4),
          r.Int(i, 5)});
  return Status::Ok();
}

Result<StoreStats> PgStore::Stats() const {
  StoreStats st;
  st.schema_version = kSchemaVersion;
  ASSIGN_OR_RETURN(
      Res counts, Exec("SELECT (SELECT COUNT(*) FROM events), "
                       "(SELECT COUNT(*) FROM documents), "
                       "(SELECT COUNT(*) FROM (SELECT source FROM events UNION "
                       "SELECT target FROM events WHERE target <> '') a), "
                       "(SELECT MIN(date) FROM events WHERE date <> ''), "
                       "(SELECT MAX(date) FROM events WHERE date <> ''), "
                       "(SELECT COUNT(*) - COUNT(DISTINCT event) FROM links)",
                       "cannot read"));
  st.events = counts.Int(0, 0);
  st.documents = counts.Int(0, 1);
  st.actors = counts.Int(0, 2);
  st.first_date = counts.Value(0, 3);
  st.last_date = counts.Value(0, 4);
  st.distinct_events = st.events - counts.Int(0, 5);
  ASSIGN_OR_RETURN(
      Res roots,
      Exec("SELECT root, COUNT(*) FROM events GROUP BY root", "cannot read"));
  for (int i = 0; i < roots.rows(); ++i)
    st.by_root[roots.Value(i, 0)] = roots.Int(i, 1);
  ASSIGN_OR_RETURN(
      Res quads,
      Exec("SELECT quad, COUNT(*) FROM events GROUP BY quad", "cannot read"));
  for (int i = 0; i < quads.rows(); ++i)
    st.by_quad[static_cast<int>(quads.Int(i, 0))] = quads.Int(i, 1);
  return st;
}

}  // namespace

Result<std::unique_ptr<EventStore>> OpenPostgres(const std::string& uri,
                                                 bool create) {
  auto store = std::make_unique<PgStore>(PQconnectdb(uri.c_str()), Redact(uri));
  RETURN_IF_ERROR(store->Init(create));
  return std::unique_ptr<EventStore>(std::move(store));
}

}  // namespace store_internal
}  // namespace dipgraph
