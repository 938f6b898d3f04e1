// dipgraph store: the SQLite event store (add, stats).
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/network_flags.h"
#include "common/event_io.h"
#include "common/output_file.h"
#include "graph/store.h"

namespace dipgraph::cli {
namespace {

struct StoreOptions {
  std::vector<std::string> files{"-"};
  std::string db;
  EventFormat format = EventFormat::kDetect;
  bool json = false;
  std::string output = "-";
};

// Removes a store this run created, when its first add failed.
void RemoveNewStore(const std::string& db) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"})
    std::remove((db + suffix).c_str());
}

Status RunAdd(const StoreOptions& opt, const GlobalOptions& global) {
  // The files are read as they are added, in one transaction: a malformed
  // line leaves the store as it was (and no store at all if it was new).
  bool existed = std::filesystem::exists(opt.db);
  ASSIGN_OR_RETURN(std::unique_ptr<EventStore> store,
                   EventStore::Open(opt.db, /*create=*/true));
  int64_t skipped = 0;
  Result<AddResult> added =
      store->AddFiles(opt.files, ReadOptions(opt.format, &skipped));
  if (!added.ok()) {
    store.reset();
    if (!existed) RemoveNewStore(opt.db);
    return added.status();
  }
  const AddResult& r = *added;
  if (!global.quiet) NoteSkipped(skipped);
  if (!global.quiet)
    std::cerr << "dipgraph store: " << opt.db << ": " << r.documents
              << " documents, " << r.added << " events added, " << r.replaced
              << " replaced\n";
  if (r.added == 0) return NoResult("no events in the input");
  return Status::Ok();
}

Status RunStats(const StoreOptions& opt) {
  ASSIGN_OR_RETURN(std::unique_ptr<EventStore> store,
                   EventStore::Open(opt.db, /*create=*/false));
  ASSIGN_OR_RETURN(StoreStats st, store->Stats());
  ASSIGN_OR_RETURN(auto out, OutputFile::Open(opt.output));
  if (opt.json) {
    nlohmann::ordered_json quads = nlohmann::ordered_json::object();
    for (const auto& [q, n] : st.by_quad) quads[std::to_string(q)] = n;
    const nlohmann::ordered_json j = {
        {"store", opt.db},           {"schema_version", st.schema_version},
        {"events", st.events},       {"documents", st.documents},
        {"actors", st.actors},       {"first_date", st.first_date},
        {"last_date", st.last_date}, {"by_root", st.by_root},
        {"by_quad_class", quads}};
    out->stream() << j.dump(2) << "\n";
  } else {
    std::ostream& o = out->stream();
    o << "store           " << opt.db << "\n"
      << "schema version  " << st.schema_version << "\n"
      << "events          " << st.events << "\n"
      << "documents       " << st.documents << "\n"
      << "actors          " << st.actors << "\n"
      << "dates           "
      << (st.first_date.empty() ? "-" : st.first_date + " .. " + st.last_date)
      << "\n"
      << "by CAMEO root  ";
    for (const auto& [root, n] : st.by_root) o << " " << root << ":" << n;
    o << "\nby QuadClass   ";
    for (const auto& [q, n] : st.by_quad) o << " " << q << ":" << n;
    o << "\n";
  }
  return out->Commit();
}

}  // namespace

Runner SetupStore(CLI::App* app, const GlobalOptions* global) {
  app->require_subcommand(1);
  auto add_opt = std::make_shared<StoreOptions>();
  CLI::App* add = app->add_subcommand(
      "add",
      "Add events files to a store (a document added again is "
      "replaced); one transaction");
  add->add_option("files", add_opt->files,
                  "Events files (dipgraph JSON Lines, GDELT, ICEWS or "
                  "PLOVER: see --from); - or nothing for stdin");
  add->add_option("--db", add_opt->db, "The store (created if missing)")
      ->required();
  AddFromOption(add, nullptr, &add_opt->format);
  auto stats_opt = std::make_shared<StoreOptions>();
  CLI::App* stats =
      app->add_subcommand("stats", "Counts and dates of a store's events");
  stats->add_option("--db", stats_opt->db, "The store")->required();
  stats->add_flag("--json", stats_opt->json, "Print JSON instead of a table");
  stats
      ->add_option("-o,--output", stats_opt->output,
                   "Output file; - for stdout")
      ->capture_default_str();
  return [=]() -> Status {
    if (add->parsed()) return RunAdd(*add_opt, *global);
    if (stats->parsed()) return RunStats(*stats_opt);
    return UsageError("store: say add or stats");
  };
}

}  // namespace dipgraph::cli
