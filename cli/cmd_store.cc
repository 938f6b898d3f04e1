// dipgraph store: the event store, SQLite or PostgreSQL (add, stats,
// dedup).
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
  DedupOptions dedup;
};

// Removes a store this run created, when its first add failed.
void RemoveNewStore(const std::string& db) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"})
    std::remove((db + suffix).c_str());
}

Status RunAdd(const StoreOptions& opt, const GlobalOptions& global) {
  // The files are read as they are added, in one transaction: a malformed
  // line leaves the store as it was (and no store at all if it was new).
  bool existed =
      EventStore::IsPostgres(opt.db) || std::filesystem::exists(opt.db);
  ASSIGN_OR_RETURN(std::unique_ptr<EventStore> store,
                   EventStore::Open(opt.db, /*create=*/true));
  int64_t skipped = 0;
  Result<AddResult> added =
      store->AddFiles(opt.files, EventReadOptions(opt.format, &skipped));
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
    const nlohmann::ordered_json j = {{"store", store->path()},
                                      {"backend", store->backend()},
                                      {"schema_version", st.schema_version},
                                      {"events", st.events},
                                      {"distinct_events", st.distinct_events},
                                      {"documents", st.documents},
                                      {"actors", st.actors},
                                      {"first_date", st.first_date},
                                      {"last_date", st.last_date},
                                      {"by_root", st.by_root},
                                      {"by_quad_class", quads}};
    out->stream() << j.dump(2) << "\n";
  } else {
    std::ostream& o = out->stream();
    o << "store           " << store->path() << " (" << store->backend()
      << ")\n"
      << "schema version  " << st.schema_version << "\n"
      << "events          " << st.events << "\n"
      << "distinct events " << st.distinct_events << "\n"
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

Status RunDedup(const StoreOptions& opt, const GlobalOptions& global) {
  ASSIGN_OR_RETURN(std::unique_ptr<EventStore> store,
                   EventStore::Open(opt.db, /*create=*/false));
  ASSIGN_OR_RETURN(DedupResult r, store->Dedup(opt.dedup));
  ASSIGN_OR_RETURN(auto out, OutputFile::Open(opt.output));
  if (opt.json) {
    const nlohmann::ordered_json j = {{"store", store->path()},
                                      {"window_days", opt.dedup.window_days},
                                      {"similarity", opt.dedup.similarity},
                                      {"reports", r.reports},
                                      {"events", r.events},
                                      {"linked_reports", r.linked},
                                      {"events_of_several_reports", r.multi},
                                      {"largest", r.largest}};
    out->stream() << j.dump(2) << "\n";
  } else if (!global.quiet) {
    out->stream() << "reports                    " << r.reports << "\n"
                  << "distinct events            " << r.events << "\n"
                  << "events of several reports  " << r.multi << " ("
                  << r.linked << " reports)\n"
                  << "most reports of one event  " << r.largest << "\n";
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
  AddEventsFiles(add, "files", &add_opt->files);
  add->add_option("--db", add_opt->db,
                  "The store (created if missing): an SQLite file, or "
                  "postgresql://[user@host/db] (libpq's PG* variables fill "
                  "in what it leaves out)")
      ->required();
  AddFromOption(add, nullptr, &add_opt->format);
  auto stats_opt = std::make_shared<StoreOptions>();
  CLI::App* stats =
      app->add_subcommand("stats", "Counts and dates of a store's events");
  stats->add_option("--db", stats_opt->db, "The store")->required();
  AddJsonFlag(stats, &stats_opt->json);
  AddOutputOption(stats, &stats_opt->output);
  auto dedup_opt = std::make_shared<StoreOptions>();
  CLI::App* dedup = app->add_subcommand(
      "dedup",
      "Link the reports of one event (same source, target and CAMEO code "
      "within a window of days, content alike) and count its mentions, "
      "sources and articles; replaces the links of the last dedup");
  dedup->add_option("--db", dedup_opt->db, "The store")->required();
  dedup
      ->add_option("--window", dedup_opt->dedup.window_days,
                   "Days from an event's first report to its last")
      ->capture_default_str();
  dedup
      ->add_option("--similarity", dedup_opt->dedup.similarity,
                   "Share of content words two reports' contents have in "
                   "common (0..1)")
      ->capture_default_str();
  AddJsonFlag(dedup, &dedup_opt->json);
  AddOutputOption(dedup, &dedup_opt->output);
  return [=]() -> Status {
    if (add->parsed()) return RunAdd(*add_opt, *global);
    if (stats->parsed()) return RunStats(*stats_opt);
    if (dedup->parsed()) return RunDedup(*dedup_opt, *global);
    return UsageError("store: say add, stats or dedup");
  };
}

}  // namespace dipgraph::cli
