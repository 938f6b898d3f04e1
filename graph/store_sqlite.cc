// The SQLite backend of the event store (graph/store.h): one file, WAL mode.
#include <sqlite3.h>
#include <sys/stat.h>

#include <chrono>
#include <deque>
#include <map>
#include <set>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "common/event_io.h"
#include "graph/store_sql.h"

namespace dipgraph {
namespace store_internal {
namespace {

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
    // 2 -> 3: the reports of one event (store dedup, graph/dedup.h): a row
    // for each report of an event of two reports or more.
    "CREATE TABLE links ("
    "  id TEXT PRIMARY KEY, event TEXT NOT NULL, reports INTEGER NOT NULL,"
    "  mentions INTEGER NOT NULL, sources INTEGER NOT NULL,"
    "  articles INTEGER NOT NULL);"
    "CREATE INDEX links_event ON links(event);",
};
static_assert(std::size(kMigrations) == EventStore::kSchemaVersion);

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
  // An empty view is bound as '' (a null pointer would bind NULL).
  void StaticText(int i, std::string_view v) {
    sqlite3_bind_text(s_, i, v.data() == nullptr ? "" : v.data(),
                      static_cast<int>(v.size()), SQLITE_STATIC);
  }
  void Int(int i, int64_t v) { sqlite3_bind_int64(s_, i, v); }
  // Binds `values` to parameters 1, 2, … in order: text as StaticText
  // (REQUIRES: it outlives the next Step()), integers as Int.
  template <typename... V>
  void Row(const V&... values) {
    int i = 0;
    (Bind(++i, values), ...);
  }
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
  void Bind(int i, std::string_view v) { StaticText(i, v); }
  void Bind(int i, int64_t v) { Int(i, v); }

  sqlite3_stmt* s_ = nullptr;
  int rc_ = SQLITE_ERROR;
};

bool FileExists(const std::string& path, int64_t* size) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return false;
  *size = static_cast<int64_t>(st.st_size);
  return true;
}

class SqliteStore : public EventStore {
 public:
  SqliteStore(sqlite3* db, std::string path)
      : EventStore(std::move(path)), db_(db) {}
  ~SqliteStore() override {
    if (db_) sqlite3_close(db_);
  }
  Result<StoreStats> Stats() const override;
  const char* backend() const override { return "sqlite"; }

  Status Error(const std::string& what) const;
  Status Exec(const char* sql) const;
  Status Migrate();
  // AddFrom's one transaction.
  Result<AddResult> AddInTransaction(const AddSource& source, int64_t expected);

 protected:
  Result<AddResult> AddFrom(const AddSource& source, int64_t expected) override;
  Status Query(const StoreQuery& query, const RowSink& row) const override;
  Status WriteLinks(const std::vector<ReportLink>& links) override;
  Status QueryLinks(const StoreQuery& query,
                    const LinkSink& sink) const override;

 private:
  class Adder;
  sqlite3* db_ = nullptr;
};

}  // namespace

// The message of a store another process holds (OpenSqlite retries it).
constexpr std::string_view kLockedByAnother =
    ": the store is locked by another process";

Status SqliteStore::Error(const std::string& what) const {
  int code = db_ ? sqlite3_errcode(db_) : SQLITE_ERROR;
  std::string msg = db_ ? sqlite3_errmsg(db_) : "cannot open";
  switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return InvalidInput(path_ + std::string(kLockedByAnother) + " (" + what +
                          ")");
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

Status SqliteStore::Exec(const char* sql) const {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string m = err ? err : "";
    sqlite3_free(err);
    return Error(m);
  }
  return Status::Ok();
}

namespace {

Result<std::unique_ptr<EventStore>> OpenSqliteOnce(const std::string& path,
                                                   bool create, int busy_ms) {
  int64_t size = 0;
  bool exists = FileExists(path, &size);
  if (!exists && !create)
    return NotFound(path +
                    ": no such event store (create one with "
                    "`dipgraph store add FILE --db " +
                    path + "`)");
  // No memory statistics: keeping them takes a process-wide mutex at every
  // allocation of SQLite's. Only possible before SQLite starts; when
  // something in the process started it already, the call fails and nothing
  // changes.
  static const int no_memstatus = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)no_memstatus;
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  auto store = std::make_unique<SqliteStore>(db, path);
  if (rc != SQLITE_OK) return store->Error("cannot open");
  sqlite3_busy_timeout(db, busy_ms);
  sqlite3_extended_result_codes(db, 0);
  // Reading the schema fails on a file that is not SQLite. The three
  // reads are one read transaction: another process creating the store
  // at the same time commits its tables and its application id together,
  // and reads outside a transaction could see the tables but not the id
  // (a new store refused as a foreign database; found by
  // StoreTest.TwoProcessesAddingAtOnceBothSucceed under load).
  int app_id = 0, version = 0;
  int64_t tables = 0;
  if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
    return store->Error("cannot read");
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
  if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
    return store->Error("cannot read");
  if (app_id != kStoreMagic && (app_id != 0 || tables > 0))
    return InvalidInput(path +
                        ": an SQLite database, but not a dipgraph event "
                        "store (refusing to change it)");
  if (app_id == 0 && !create)
    return InvalidInput(path + ": not a dipgraph event store (empty)");
  if (version > EventStore::kSchemaVersion)
    return InvalidInput(
        path + ": store schema version " + std::to_string(version) +
        " is newer than this dipgraph understands (" +
        std::to_string(EventStore::kSchemaVersion) + "); use a newer dipgraph");
  // (A negative version is no schema at all: a damaged or forged header.
  // Found by fuzzing, defect 8 of docs/fuzzing.md: the migrations were
  // indexed with it.)
  if (version < 0)
    return InvalidInput(path + ": not a dipgraph event store (schema version " +
                        std::to_string(version) + ")");
  // Write-ahead log: an add is one atomic commit and readers are not
  // blocked. A 64 MB page cache: adds build their indexes after the rows
  // when that pays (so rows are appended), and a larger cache mostly adds
  // to the peak memory of a large add. Reads through a memory map (up to
  // 4 GB of the file): `graph --db` walks the events in date order, which
  // is random access to the rows, and copying each page out with pread
  // was about a quarter of its samples (its resident set now counts the mapped
  // pages).
  RETURN_IF_ERROR(
      store->Exec("PRAGMA page_size = 8192; PRAGMA journal_mode = WAL;"
                  "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;"
                  "PRAGMA temp_store = MEMORY; PRAGMA mmap_size = 4294967296"));
  RETURN_IF_ERROR(store->Migrate());
  return std::unique_ptr<EventStore>(std::move(store));
}

}  // namespace

Result<std::unique_ptr<EventStore>> OpenSqlite(const std::string& path,
                                               bool create, int busy_ms) {
  // Two processes creating one new store at once: SQLite does not wait
  // (no busy handler) while the other turns the new file to WAL mode, so
  // opening is tried again, for as long as the busy timeout allows.
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(busy_ms);
  while (true) {
    Result<std::unique_ptr<EventStore>> s =
        OpenSqliteOnce(path, create, busy_ms);
    if (s.ok() ||
        s.status().message().find(kLockedByAnother) == std::string::npos ||
        std::chrono::steady_clock::now() >= deadline)
      return s;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

Status SqliteStore::Migrate() {
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
  if (version < 0 || version > kSchemaVersion) {
    (void)Exec("ROLLBACK");
    return InvalidInput(path_ +
                        ": not a dipgraph event store (schema version " +
                        std::to_string(version) + ")");
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
      "PRAGMA application_id = " + std::to_string(kStoreMagic) +
      "; PRAGMA user_version = " + std::to_string(kSchemaVersion);
  Status s = Exec(pragmas.c_str());
  if (!s.ok()) {
    (void)Exec("ROLLBACK");
    return s;
  }
  return Exec("COMMIT");
}

// Writes the events of one add, in one transaction that the caller opened:
// a document's old events go when the batch first names it; the documents
// rows are written at the end, with their counts.
class SqliteStore::Adder {
 public:
  // `probe`: the store had events before the batch (else nothing can be
  // replaced, and no lookup is needed).
  Adder(SqliteStore* store, bool probe)
      : store_(*store),
        db_(store->db_),
        probe_(probe),
        known_(db_, "SELECT 1 FROM events WHERE doc = ? LIMIT 1"),
        del_json_(db_,
                  "DELETE FROM event_json WHERE rowid IN "
                  "(SELECT rowid FROM events WHERE doc = ?)"),
        del_(db_, "DELETE FROM events WHERE doc = ?"),
        doc_(db_,
             "INSERT OR REPLACE INTO documents (doc, title, source, date, "
             "events) VALUES (?, ?, ?, ?, ?)"),
        ins_(db_,
             "INSERT INTO events (id, doc, date, source, target, code, root, "
             "quad) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        ins_json_(db_, "INSERT INTO event_json (rowid, json) VALUES (?, ?)") {}

  bool ok() const {
    return known_.ok() && del_json_.ok() && del_.ok() && doc_.ok() &&
           ins_.ok() && ins_json_.ok();
  }
  const AddResult& result() const { return result_; }
  // The first event id the batch has twice ("" when none).
  const std::string& duplicate() const { return duplicate_; }

  Status Add(const EventView& e, std::string_view json) {
    if (!duplicate_.empty()) return Status::Ok();  // nothing will be kept
    if (!ids_.emplace(e.id).second) {
      duplicate_ = std::string(e.id);
      return Status::Ok();
    }
    RETURN_IF_ERROR(Document(e));
    if (store_.fail_after_ >= 0 && result_.added >= store_.fail_after_)
      return Internal(store_.path_ + ": failure injected after " +
                      std::to_string(result_.added) + " events");
    std::string_view code = e.action.cameo;
    ins_.Row(e.id, e.doc.id, e.date, e.source.id,
             e.has_target ? e.target.id : std::string_view(""), code,
             code.substr(0, 2), int64_t{e.action.quad_class});
    if (ins_.Step() != SQLITE_DONE) return store_.Error("cannot write");
    ins_.Reset();
    ins_json_.Int(1, sqlite3_last_insert_rowid(db_));
    ins_json_.StaticText(2, json);
    if (ins_json_.Step() != SQLITE_DONE) return store_.Error("cannot write");
    ins_json_.Reset();
    ++result_.added;
    return Status::Ok();
  }

  // The documents rows, in the order the batch first named them.
  Status Finish() {
    for (const Doc& d : docs_) {
      doc_.Row(d.id, d.title, d.source, d.date, d.events);
      if (doc_.Step() != SQLITE_DONE) return store_.Error("cannot write");
      doc_.Reset();
    }
    result_.documents = static_cast<int64_t>(docs_.size());
    return Status::Ok();
  }

 private:
  struct Doc {
    std::string id, title, source, date;
    int64_t events = 0;
  };

  // Counts the event for its document; a document new to the batch loses
  // the events it had in the store.
  Status Document(const EventView& e) {
    if (last_ != nullptr && last_->id == e.doc.id) return Count();
    auto [it, fresh] = doc_index_.try_emplace(std::string(e.doc.id), 0);
    if (!fresh) {
      last_ = &docs_[it->second];
      return Count();
    }
    it->second = docs_.size();
    docs_.push_back({std::string(e.doc.id), std::string(e.doc.title),
                     std::string(e.doc.source), std::string(e.doc.date)});
    last_ = &docs_.back();
    if (probe_) RETURN_IF_ERROR(Replace(e.doc.id));
    return Count();
  }
  Status Count() {
    ++last_->events;
    return Status::Ok();
  }
  Status Replace(std::string_view doc) {
    known_.StaticText(1, doc);
    int rc = known_.Step();
    known_.Reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
      return store_.Error("cannot read");
    if (rc == SQLITE_DONE) return Status::Ok();
    del_json_.StaticText(1, doc);
    if (del_json_.Step() != SQLITE_DONE) return store_.Error("cannot delete");
    del_json_.Reset();
    del_.StaticText(1, doc);
    if (del_.Step() != SQLITE_DONE) return store_.Error("cannot delete");
    result_.replaced += sqlite3_changes(db_);
    del_.Reset();
    return Status::Ok();
  }

  SqliteStore& store_;
  sqlite3* db_;
  bool probe_;
  Stmt known_, del_json_, del_, doc_, ins_, ins_json_;
  AddResult result_;
  std::string duplicate_;
  std::unordered_set<std::string> ids_;
  std::deque<Doc> docs_;  // deque: last_ stays valid as it grows
  std::unordered_map<std::string, size_t> doc_index_;
  Doc* last_ = nullptr;
};

Result<AddResult> SqliteStore::AddFrom(const AddSource& source,
                                       int64_t expected) {
  // Into an empty store, the add keeps a rollback journal instead of the
  // write-ahead log: a page new to the file has nothing to save in the
  // journal, so the rows are written once, into the file, not into the
  // log first and copied into the file by the checkpoint at the commit
  // (a quarter of the time of 200,000 events; docs/performance.md). The
  // indexes are then built reading with pread, not through the memory map,
  // whose pages would count to the add's memory. Changing the journal mode
  // needs the only connection to the file: with another one open, the add
  // goes on in WAL mode. The store is back in WAL mode after it.
  bool empty = false, journal = false;
  {
    Stmt rows(db_, "SELECT NOT EXISTS (SELECT 1 FROM events)");
    empty = rows.ok() && rows.Step() == SQLITE_ROW && rows.ColumnInt(0) == 1;
  }  // finalized: its read transaction would keep the mode from changing
  if (empty) {
    Stmt mode(db_, "PRAGMA journal_mode = DELETE");
    journal =
        mode.ok() && mode.Step() == SQLITE_ROW && mode.Column(0) == "delete";
  }
  if (journal) {
    // (FULL: a commit in rollback mode survives a power loss only so.)
    if (Status s = Exec("PRAGMA mmap_size = 0; PRAGMA synchronous = FULL");
        !s.ok()) {
      (void)Exec("PRAGMA journal_mode = WAL");
      return s;
    }
  }
  Result<AddResult> added = AddInTransaction(source, expected);
  if (journal) {
    // (Not an error of the add when it fails: the rows are committed, the
    // store is consistent in rollback mode, and the next open sets WAL.)
    (void)Exec(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
        "PRAGMA mmap_size = 4294967296");
  }
  return added;
}

Result<AddResult> SqliteStore::AddInTransaction(const AddSource& source,
                                                int64_t expected) {
  RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  auto fail = [&](Status s) -> Result<AddResult> {
    (void)Exec("ROLLBACK");
    return s;
  };
  int64_t there = 0;  // MAX(rowid): a cheap upper bound of the rows there
  {
    Stmt rows(db_, "SELECT COALESCE(MAX(rowid), 0) FROM events");
    if (!rows.ok() || rows.Step() != SQLITE_ROW)
      return fail(Error("cannot read"));
    there = rows.ColumnInt(0);
  }  // finalized: an open statement would lock DROP INDEX out
  // Into an empty store, or a large batch into a smaller one: the indexes
  // are built after the rows (one sort per index is cheaper than a B-tree
  // insert per row and index). The document index stays when documents
  // may be replaced.
  bool rebuild =
      there == 0 || (expected >= kRebuildIndexesAt && there <= expected);
  std::vector<const char* const*> dropped;
  if (rebuild)
    for (const auto& index : kEventIndexes) {
      if (there > 0 && std::string_view(index[0]) == "events_doc") continue;
      std::string sql = std::string("DROP INDEX IF EXISTS ") + index[0];
      if (Status s = Exec(sql.c_str()); !s.ok()) return fail(s);
      dropped.push_back(index);
    }
  Adder adder(this, /*probe=*/there > 0);
  if (!adder.ok()) return fail(Error("cannot prepare"));
  if (Status s = source([&](const EventView& e, std::string_view json) {
        return adder.Add(e, json);
      });
      !s.ok())
    return fail(s);
  if (!adder.duplicate().empty())
    return fail(InvalidInput(path_ + ": event id \"" + adder.duplicate() +
                             "\" appears twice; nothing was added"));
  if (Status s = adder.Finish(); !s.ok()) return fail(s);
  for (const char* const* index : dropped) {
    std::string sql =
        std::string("CREATE INDEX ") + index[0] + " ON " + index[1];
    if (Status s = Exec(sql.c_str()); !s.ok()) return fail(s);
  }
  RETURN_IF_ERROR(Exec("COMMIT"));
  return adder.result();
}

Status SqliteStore::Query(const StoreQuery& q, const RowSink& row) const {
  Where where = BuildWhere(q, /*numbered=*/false);
  // CROSS JOIN: the events table (and its indexes) drives the query.
  std::string sql =
      "SELECT j.json FROM events CROSS JOIN event_json j "
      "ON j.rowid = events.rowid WHERE 1" +
      where.sql;
  const std::vector<std::string>& args = where.args;
  sql += " ORDER BY date, id";
  Stmt s(db_, sql);
  if (!s.ok()) return Error("cannot query");
  for (size_t i = 0; i < args.size(); ++i)
    s.Text(static_cast<int>(i + 1), args[i]);
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    const unsigned char* text = sqlite3_column_text(s.get(), 0);
    int n = sqlite3_column_bytes(s.get(), 0);
    RETURN_IF_ERROR(row(
        text == nullptr ? std::string_view()
                        : std::string_view(reinterpret_cast<const char*>(text),
                                           static_cast<size_t>(n))));
  }
  if (rc != SQLITE_DONE) return Error("cannot read");
  return Status::Ok();
}

Status SqliteStore::WriteLinks(const std::vector<ReportLink>& links) {
  RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  auto fail = [&](Status s) {
    (void)Exec("ROLLBACK");
    return s;
  };
  if (Status s = Exec("DELETE FROM links"); !s.ok()) return fail(s);
  Stmt ins(db_, "INSERT INTO links VALUES (?, ?, ?, ?, ?, ?)");
  if (!ins.ok()) return fail(Error("cannot prepare"));
  for (const ReportLink& l : links) {
    ins.Row(l.id, l.event, l.reports, l.mentions, l.sources, l.articles);
    if (ins.Step() != SQLITE_DONE) return fail(Error("cannot write"));
    ins.Reset();
  }
  return Exec("COMMIT");
}

Status SqliteStore::QueryLinks(const StoreQuery& q,
                               const LinkSink& sink) const {
  Where where = BuildWhere(q, /*numbered=*/false);
  Stmt s(db_,
         "SELECT l.id, l.event, l.reports, l.mentions, l.sources, l.articles "
         "FROM events CROSS JOIN links l ON l.id = events.id WHERE 1" +
             where.sql);
  if (!s.ok()) return Error("cannot query");
  for (size_t i = 0; i < where.args.size(); ++i)
    s.Text(static_cast<int>(i + 1), where.args[i]);
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW)
    sink({s.Column(0), s.Column(1), s.ColumnInt(2), s.ColumnInt(3),
          s.ColumnInt(4), s.ColumnInt(5)});
  if (rc != SQLITE_DONE) return Error("cannot read");
  return Status::Ok();
}

Result<StoreStats> SqliteStore::Stats() const {
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
  int64_t folded = 0;  // reports that are not the first of their event
  RETURN_IF_ERROR(
      one("SELECT COUNT(*) - COUNT(DISTINCT event) FROM links", &folded));
  st.distinct_events = st.events - folded;
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

}  // namespace store_internal
}  // namespace dipgraph
