#include "graph/store.h"

#include <sqlite3.h>
#include <sys/stat.h>

#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace dipgraph {
namespace {

// PRAGMA application_id of a dipgraph store: "DGPH".
constexpr int kApplicationId = 0x44475048;

// Schema migrations: entry i takes user_version i to i + 1.
const char* const kMigrations[] = {
    // 0 -> 1: the first schema.
    "CREATE TABLE documents ("
    "  doc TEXT PRIMARY KEY, title TEXT, source TEXT, date TEXT,"
    "  events INTEGER NOT NULL);"
    "CREATE TABLE events ("
    "  id TEXT NOT NULL, doc TEXT NOT NULL, date TEXT NOT NULL,"
    "  source TEXT NOT NULL, target TEXT NOT NULL, code TEXT NOT NULL,"
    "  root TEXT NOT NULL, quad INTEGER NOT NULL, json TEXT NOT NULL);"
    "CREATE INDEX events_dyad ON events(source, target, date);"
    "CREATE INDEX events_target ON events(target, date);"
    "CREATE INDEX events_date ON events(date);"
    "CREATE INDEX events_code ON events(code);"
    "CREATE INDEX events_doc ON events(doc);",
    // 1 -> 2: the JSON lines move to their own table (same rowid), so that
    // the events table is narrow and building or scanning its indexes does
    // not read every JSON line.
    "CREATE TABLE event_json (json TEXT NOT NULL);"
    "INSERT INTO event_json (rowid, json) SELECT rowid, json FROM events;"
    "CREATE TABLE events_v2 ("
    "  id TEXT NOT NULL, doc TEXT NOT NULL, date TEXT NOT NULL,"
    "  source TEXT NOT NULL, target TEXT NOT NULL, code TEXT NOT NULL,"
    "  root TEXT NOT NULL, quad INTEGER NOT NULL);"
    "INSERT INTO events_v2 (rowid, id, doc, date, source, target, code, root,"
    "  quad) SELECT rowid, id, doc, date, source, target, code, root, quad"
    "  FROM events;"
    "DROP TABLE events;"
    "ALTER TABLE events_v2 RENAME TO events;"
    "CREATE INDEX events_dyad ON events(source, target, date);"
    "CREATE INDEX events_target ON events(target, date);"
    "CREATE INDEX events_date ON events(date);"
    "CREATE INDEX events_code ON events(code);"
    "CREATE INDEX events_doc ON events(doc);",
};
static_assert(std::size(kMigrations) == EventStore::kSchemaVersion);

// The secondary indexes of the events table, as the current schema has them.
constexpr const char* kEventIndexes[][2] = {
    {"events_dyad", "events(source, target, date)"},
    {"events_target", "events(target, date)"},
    {"events_date", "events(date)"},
    {"events_code", "events(code)"},
    {"events_doc", "events(doc)"},
};

// A batch at least this large, and at least as large as the rows already
// there, is inserted without indexes, which are then built again in the same
// transaction: one sort per index is cheaper than a B-tree insert per row
// and index.
constexpr int64_t kRebuildIndexesAt = 20000;

// A prepared statement, finalized on scope exit.
class Stmt {
 public:
  Stmt(sqlite3* db, const std::string& sql) {
    rc_ = sqlite3_prepare_v2(db, sql.c_str(), -1, &s_, nullptr);
  }
  ~Stmt() { sqlite3_finalize(s_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  bool ok() const { return rc_ == SQLITE_OK; }
  sqlite3_stmt* get() { return s_; }
  void Text(int i, const std::string& v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()),
                      SQLITE_TRANSIENT);
  }
  // REQUIRES: `v` outlives the next Step().
  void StaticText(int i, std::string_view v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()),
                      SQLITE_STATIC);
  }
  void Int(int i, int64_t v) { sqlite3_bind_int64(s_, i, v); }
  int Step() { return sqlite3_step(s_); }
  void Reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  std::string Column(int i) {
    const unsigned char* t = sqlite3_column_text(s_, i);
    return t ? reinterpret_cast<const char*>(t) : "";
  }
  int64_t ColumnInt(int i) { return sqlite3_column_int64(s_, i); }

 private:
  sqlite3_stmt* s_ = nullptr;
  int rc_ = SQLITE_ERROR;
};

bool FileExists(const std::string& path, int64_t* size) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return false;
  *size = static_cast<int64_t>(st.st_size);
  return true;
}

// "RUS*" -> prefix match; else exact.
void ActorCondition(const std::string& column,
                    const std::vector<std::string>& codes, std::string* sql,
                    std::vector<std::string>* args) {
  std::string part;
  for (const std::string& c : codes) {
    if (!part.empty()) part += " OR ";
    if (!c.empty() && c.back() == '*') {
      part += column + " >= ? AND " + column + " < ?";
      std::string lo = c.substr(0, c.size() - 1), hi = lo;
      hi.push_back('\x7f');
      args->push_back(lo);
      args->push_back(hi);
    } else {
      part += column + " = ?";
      args->push_back(c);
    }
  }
  if (!part.empty()) *sql += " AND (" + part + ")";
}

}  // namespace

Status EventStore::Error(const std::string& what) const {
  int code = db_ ? sqlite3_errcode(db_) : SQLITE_ERROR;
  std::string msg = db_ ? sqlite3_errmsg(db_) : "cannot open";
  switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return InvalidInput(path_ + ": the store is locked by another process (" +
                          what + ")");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return InvalidInput(path_ + ": not a dipgraph event store: " + msg);
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      return IoError(path_ + ": " + what + ": " + msg);
    default:
      return IoError(path_ + ": " + what + ": " + msg);
  }
}

Status EventStore::Exec(const char* sql) const {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string m = err ? err : "";
    sqlite3_free(err);
    return Error(m);
  }
  return Status::Ok();
}

Result<std::unique_ptr<EventStore>> EventStore::Open(const std::string& path,
                                                     bool create, int busy_ms) {
  int64_t size = 0;
  bool exists = FileExists(path, &size);
  if (!exists && !create)
    return NotFound(path +
                    ": no such event store (create one with "
                    "`dipgraph store add FILE --db " +
                    path + "`)");
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  std::unique_ptr<EventStore> store(new EventStore(db, path));
  if (rc != SQLITE_OK) return store->Error("cannot open");
  sqlite3_busy_timeout(db, busy_ms);
  sqlite3_extended_result_codes(db, 0);
  // Reading the schema fails on a file that is not SQLite.
  int app_id = 0, version = 0;
  int64_t tables = 0;
  {
    Stmt s(db, "PRAGMA application_id");
    if (!s.ok() || s.Step() != SQLITE_ROW) return store->Error("cannot read");
    app_id = static_cast<int>(s.ColumnInt(0));
  }
  {
    Stmt s(db, "PRAGMA user_version");
    if (!s.ok() || s.Step() != SQLITE_ROW) return store->Error("cannot read");
    version = static_cast<int>(s.ColumnInt(0));
  }
  {
    Stmt s(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'");
    if (!s.ok() || s.Step() != SQLITE_ROW) return store->Error("cannot read");
    tables = s.ColumnInt(0);
  }
  if (app_id != kApplicationId && (app_id != 0 || tables > 0))
    return InvalidInput(path +
                        ": an SQLite database, but not a dipgraph event "
                        "store (refusing to change it)");
  if (app_id == 0 && !create)
    return InvalidInput(path + ": not a dipgraph event store (empty)");
  if (version > kSchemaVersion)
    return InvalidInput(
        path + ": store schema version " + std::to_string(version) +
        " is newer than this dipgraph understands (" +
        std::to_string(kSchemaVersion) + "); use a newer dipgraph");
  // Write-ahead log: an add is one atomic commit and readers are not
  // blocked; a larger page cache keeps index inserts in memory.
  RETURN_IF_ERROR(
      store->Exec("PRAGMA page_size = 8192; PRAGMA journal_mode = WAL;"
                  "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -131072;"
                  "PRAGMA temp_store = MEMORY"));
  RETURN_IF_ERROR(store->Migrate());
  return store;
}

EventStore::~EventStore() {
  if (db_) sqlite3_close(db_);
}

Status EventStore::Migrate() {
  RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  int version = 0;
  {
    Stmt s(db_, "PRAGMA user_version");
    if (!s.ok() || s.Step() != SQLITE_ROW) {
      Status e = Error("cannot read the schema version");
      (void)Exec("ROLLBACK");
      return e;
    }
    version = static_cast<int>(s.ColumnInt(0));
  }
  for (int v = version; v < kSchemaVersion; ++v) {
    Status s = Exec(kMigrations[v]);
    if (!s.ok()) {
      (void)Exec("ROLLBACK");
      return s.Annotate("migrating the schema to version " +
                        std::to_string(v + 1));
    }
  }
  std::string pragmas =
      "PRAGMA application_id = " + std::to_string(kApplicationId) +
      "; PRAGMA user_version = " + std::to_string(kSchemaVersion);
  Status s = Exec(pragmas.c_str());
  if (!s.ok()) {
    (void)Exec("ROLLBACK");
    return s;
  }
  return Exec("COMMIT");
}

Result<AddResult> EventStore::Add(const std::vector<Event>& events) {
  AddResult result;
  // Documents in first-seen order, with their info.
  std::vector<const Event*> docs;
  std::unordered_map<std::string_view, int64_t> per_doc;
  std::unordered_set<std::string_view> ids;
  ids.reserve(events.size());
  for (const Event& e : events) {
    if (++per_doc[e.doc.id] == 1) docs.push_back(&e);
    // Event ids are unique by construction (document, sentence, index);
    // one repeated in a batch means a malformed input.
    if (!ids.insert(e.id).second)
      return InvalidInput(path_ + ": event id \"" + e.id +
                          "\" appears twice; nothing was added");
  }
  RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  auto fail = [&](Status s) -> Result<AddResult> {
    (void)Exec("ROLLBACK");
    return s;
  };
  Stmt del_json(db_,
                "DELETE FROM event_json WHERE rowid IN "
                "(SELECT rowid FROM events WHERE doc = ?)");
  Stmt del(db_, "DELETE FROM events WHERE doc = ?");
  Stmt doc(db_,
           "INSERT OR REPLACE INTO documents (doc, title, source, date, "
           "events) VALUES (?, ?, ?, ?, ?)");
  Stmt ins(db_,
           "INSERT INTO events (id, doc, date, source, target, code, root, "
           "quad) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  Stmt ins_json(db_, "INSERT INTO event_json (rowid, json) VALUES (?, ?)");
  if (!del_json.ok() || !del.ok() || !doc.ok() || !ins.ok() || !ins_json.ok())
    return fail(Error("cannot prepare"));
  // One index probe per document; the two deletes only for a document that
  // has events (a new document, the common case, has none).
  Stmt known(db_, "SELECT 1 FROM events WHERE doc = ? LIMIT 1");
  if (!known.ok()) return fail(Error("cannot prepare"));
  for (const Event* d : docs) {
    known.Text(1, d->doc.id);
    int rc = known.Step();
    known.Reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
      return fail(Error("cannot read"));
    if (rc == SQLITE_ROW) {
      del_json.Text(1, d->doc.id);
      if (del_json.Step() != SQLITE_DONE) return fail(Error("cannot delete"));
      del_json.Reset();
      del.Text(1, d->doc.id);
      if (del.Step() != SQLITE_DONE) return fail(Error("cannot delete"));
      result.replaced += sqlite3_changes(db_);
      del.Reset();
    }
    doc.Text(1, d->doc.id);
    doc.Text(2, d->doc.title);
    doc.Text(3, d->doc.source);
    doc.Text(4, d->doc.date);
    doc.Int(5, per_doc.at(d->doc.id));
    if (doc.Step() != SQLITE_DONE) return fail(Error("cannot write"));
    doc.Reset();
  }
  result.documents = static_cast<int64_t>(docs.size());
  bool rebuild = false;
  if (static_cast<int64_t>(events.size()) >= kRebuildIndexesAt) {
    // MAX(rowid) is a cheap upper bound of the rows there.
    Stmt rows(db_, "SELECT COALESCE(MAX(rowid), 0) FROM events");
    if (!rows.ok() || rows.Step() != SQLITE_ROW)
      return fail(Error("cannot read"));
    rebuild = rows.ColumnInt(0) <= static_cast<int64_t>(events.size());
  }
  if (rebuild)
    for (const auto& index : kEventIndexes) {
      std::string sql = std::string("DROP INDEX IF EXISTS ") + index[0];
      if (Status s = Exec(sql.c_str()); !s.ok()) return fail(s);
    }
  for (const Event& e : events) {
    if (fail_after_ >= 0 && result.added >= fail_after_)
      return fail(Internal(path_ + ": failure injected after " +
                           std::to_string(result.added) + " events"));
    // Bound without copies: every string lives until the step below.
    const std::string json = EventToJson(e);
    std::string_view code = e.action.cameo;
    ins.StaticText(1, e.id);
    ins.StaticText(2, e.doc.id);
    ins.StaticText(3, e.date);
    ins.StaticText(4, e.source.id);
    ins.StaticText(5, e.target ? std::string_view(e.target->id) : "");
    ins.StaticText(6, code);
    ins.StaticText(7, code.substr(0, 2));
    ins.Int(8, e.action.quad_class);
    if (ins.Step() != SQLITE_DONE) return fail(Error("cannot write"));
    ins.Reset();
    ins_json.Int(1, sqlite3_last_insert_rowid(db_));
    ins_json.StaticText(2, json);
    if (ins_json.Step() != SQLITE_DONE) return fail(Error("cannot write"));
    ins_json.Reset();
    ++result.added;
  }
  if (rebuild)
    for (const auto& index : kEventIndexes) {
      std::string sql =
          std::string("CREATE INDEX ") + index[0] + " ON " + index[1];
      if (Status s = Exec(sql.c_str()); !s.ok()) return fail(s);
    }
  RETURN_IF_ERROR(Exec("COMMIT"));
  return result;
}

Result<std::vector<Event>> EventStore::Read(const StoreQuery& q) const {
  std::vector<Event> out;
  RETURN_IF_ERROR(ForEach(q, [&](Event&& e) {
    out.push_back(std::move(e));
    return Status::Ok();
  }));
  return out;
}

Status EventStore::ForEach(const StoreQuery& q,
                           const std::function<Status(Event&&)>& sink) const {
  // CROSS JOIN: the events table (and its indexes) drives the query.
  std::string sql =
      "SELECT j.json FROM events CROSS JOIN event_json j "
      "ON j.rowid = events.rowid WHERE 1";
  std::vector<std::string> args;
  ActorCondition("source", q.sources, &sql, &args);
  ActorCondition("target", q.targets, &sql, &args);
  if (q.between.size() == 2) {
    sql += " AND ((source = ? AND target = ?) OR (source = ? AND target = ?))";
    args.insert(args.end(),
                {q.between[0], q.between[1], q.between[1], q.between[0]});
  }
  if (!q.from.empty()) {
    sql += " AND date >= ?";
    args.push_back(q.from);
  }
  if (!q.to.empty()) {
    sql += " AND date <= ?";
    args.push_back(q.to);
  }
  if (!q.codes.empty()) {
    std::string part;
    for (const std::string& c : q.codes) {
      if (!part.empty()) part += " OR ";
      if (c.size() <= 2) {
        part += "root = ?";
        args.push_back(c);
      } else {  // a code and the codes under it: "036" takes "0361"
        part += "(code >= ? AND code < ?)";
        args.push_back(c);
        args.push_back(c + "\x7f");
      }
    }
    sql += " AND (" + part + ")";
  }
  if (!q.document.empty()) {
    sql += " AND doc = ?";
    args.push_back(q.document);
  }
  sql += " ORDER BY date, id";
  Stmt s(db_, sql);
  if (!s.ok()) return Error("cannot query");
  for (size_t i = 0; i < args.size(); ++i)
    s.Text(static_cast<int>(i + 1), args[i]);
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    Result<Event> e = EventFromJson(s.Column(0));
    if (!e.ok())
      return InvalidInput(
          path_ + ": a stored event does not parse: " + e.status().message());
    RETURN_IF_ERROR(sink(std::move(*e)));
  }
  if (rc != SQLITE_DONE) return Error("cannot read");
  return Status::Ok();
}

Result<StoreStats> EventStore::Stats() const {
  StoreStats st;
  st.schema_version = kSchemaVersion;
  auto one = [&](const char* sql, int64_t* out) -> Status {
    Stmt s(db_, sql);
    if (!s.ok() || s.Step() != SQLITE_ROW) return Error("cannot read");
    *out = s.ColumnInt(0);
    return Status::Ok();
  };
  RETURN_IF_ERROR(one("SELECT COUNT(*) FROM events", &st.events));
  RETURN_IF_ERROR(one("SELECT COUNT(*) FROM documents", &st.documents));
  RETURN_IF_ERROR(
      one("SELECT COUNT(*) FROM (SELECT source FROM events UNION "
          "SELECT target FROM events WHERE target != '')",
          &st.actors));
  {
    Stmt s(db_, "SELECT MIN(date), MAX(date) FROM events WHERE date != ''");
    if (!s.ok() || s.Step() != SQLITE_ROW) return Error("cannot read");
    st.first_date = s.Column(0);
    st.last_date = s.Column(1);
  }
  {
    Stmt s(db_, "SELECT root, COUNT(*) FROM events GROUP BY root");
    if (!s.ok()) return Error("cannot read");
    while (s.Step() == SQLITE_ROW) st.by_root[s.Column(0)] = s.ColumnInt(1);
  }
  {
    Stmt s(db_, "SELECT quad, COUNT(*) FROM events GROUP BY quad");
    if (!s.ok()) return Error("cannot read");
    while (s.Step() == SQLITE_ROW)
      st.by_quad[static_cast<int>(s.ColumnInt(0))] = s.ColumnInt(1);
  }
  return st;
}

}  // namespace dipgraph
