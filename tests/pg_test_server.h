// For tests: the throwaway PostgreSQL server (tests/pg_server), started
// once per test run, and an empty schema of its own for each test.
//
// Under ctest the server is started by the `pg.start` fixture and
// DIPGRAPH_TEST_PG names its state folder; a test program run by hand
// starts one for itself on first use and stops it at exit.
//
//   std::string why;
//   std::string base = TestPostgresUri(&why);
//   if (base.empty()) GTEST_SKIP() << why;
//   PgSchema schema(base);              // dropped with the object
//   EventStore::Open(schema.uri(), true);
#ifndef DIPGRAPH_TESTS_PG_TEST_SERVER_H_
#define DIPGRAPH_TESTS_PG_TEST_SERVER_H_

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace dipgraph {

namespace pg_test_internal {

inline std::string ReadLine(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);
  return line;
}

// Stops the server this program started.
inline std::string& OwnState() {
  static std::string state;
  return state;
}
inline void StopOwn() {
  std::string cmd = std::string(DIPGRAPH_SOURCE_DIR) +
                    "/tests/pg_server stop " + OwnState() + " >/dev/null 2>&1";
  if (std::system(cmd.c_str()) != 0) return;
}

}  // namespace pg_test_internal

// The server's base URI ("postgresql:///postgres?host=…&user=postgres"),
// or "" with `why` saying why there is none.
inline std::string TestPostgresUri(std::string* why) {
  static std::string uri, reason;
  static bool done = false;
  if (!done) {
    done = true;
    const char* env = std::getenv("DIPGRAPH_TEST_PG");
    std::filesystem::path state;
    if (env != nullptr && *env != '\0') {
      state = env;
    } else {
      state = std::filesystem::temp_directory_path() /
              ("dipgraph-pgstate-" + std::to_string(::getpid()));
      pg_test_internal::OwnState() = state.string();
      std::string cmd = std::string(DIPGRAPH_SOURCE_DIR) +
                        "/tests/pg_server start " + state.string();
      if (std::system(cmd.c_str()) == 0) std::atexit(pg_test_internal::StopOwn);
    }
    uri = pg_test_internal::ReadLine(state / "uri");
    reason = pg_test_internal::ReadLine(state / "skip");
    if (uri.empty() && reason.empty())
      reason = "no PostgreSQL test server (" + state.string() + " has no uri)";
  }
  if (uri.empty()) *why = "PostgreSQL: " + reason;
  return uri;
}

// An empty schema of the test server for one test; its URI makes it the
// only schema on the search path.
class PgSchema {
 public:
  explicit PgSchema(const std::string& base) : base_(base) {
    static int counter = 0;
    name_ = "t" + std::to_string(::getpid()) + "_" + std::to_string(++counter);
    Run("DROP SCHEMA IF EXISTS " + name_ + " CASCADE; CREATE SCHEMA " + name_);
  }
  ~PgSchema() { Run("DROP SCHEMA IF EXISTS " + name_ + " CASCADE"); }
  PgSchema(const PgSchema&) = delete;
  PgSchema& operator=(const PgSchema&) = delete;

  std::string uri() const {
    return base_ + "&options=-csearch_path%3D" + name_;
  }
  const std::string& name() const { return name_; }
  // Runs `sql` on the server, failing the test on an error.
  void Run(const std::string& sql) const {
    PGconn* c =
        PQconnectdb((base_ + "&options=-csearch_path%3D" + name_).c_str());
    ASSERT_EQ(PQstatus(c), CONNECTION_OK) << PQerrorMessage(c);
    PQsetNoticeProcessor(
        c, [](void*, const char*) {}, nullptr);
    PGresult* r = PQexec(c, sql.c_str());
    ExecStatusType st = PQresultStatus(r);
    EXPECT_TRUE(st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK)
        << sql << ": " << PQresultErrorMessage(r);
    PQclear(r);
    PQfinish(c);
  }

 private:
  std::string base_, name_;
};

}  // namespace dipgraph

#endif  // DIPGRAPH_TESTS_PG_TEST_SERVER_H_
