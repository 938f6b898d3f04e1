// The network filters shared by `graph`, `render`, `report` and `export`:
// one place registers the flags and turns them into NetworkOptions.
#ifndef DIPGRAPH_CLI_NETWORK_FLAGS_H_
#define DIPGRAPH_CLI_NETWORK_FLAGS_H_

#include <CLI/CLI.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/event.h"
#include "common/status.h"
#include "graph/graph.h"
#include "graph/names.h"
#include "graph/store.h"

namespace dipgraph::cli {

struct NetworkFlags {
  std::vector<std::string> inputs{"-"};  // events files, "-" for stdin
  std::string db;                        // an event store instead
  std::string level = "actor";
  std::string rank = "degree";
  std::string betweenness = "auto";
  std::string weight = "events";
  std::string dict;  // dictionary for actor names ("" = the shipped one)
  NetworkOptions options;

  // Registers the input files and every filter flag on `app`.
  void Register(CLI::App* app);
  // Options with level and rank parsed; UsageError for bad values.
  Result<NetworkOptions> Resolve() const;
  // The events: from the files, or from the store with the date and code
  // filters done in SQL.
  Result<std::vector<Event>> Load() const;
  // The store's links of those events (store dedup) by report id; none
  // without --db.
  Result<std::unordered_map<std::string, ReportLink>> LoadLinks() const;
  // The network of those events, built as they are read (never all held),
  // its nodes named by `names`.
  Result<Network> Build(const NetworkOptions& options,
                        const Names& names) const;
};

// Registers `--dict FILE` (the dictionary whose actor names label nodes).
void AddNamesOption(CLI::App* app, std::string* dict);

// The names of countries and actors (graph/names.h): data/cameo/
// countries.tsv and the actor names of the dictionary `dict` (""= the
// shipped data/dict/dipgraph.dict).
Result<Names> LoadNames(const std::string& dict_path);

// Makes `option` take one value per use and be repeatable (--root 18
// --root 19).
CLI::Option* Repeatable(CLI::Option* option);

// The CAMEO code prefixes a store query filters on: the codes, or the roots
// when no codes are given; none when both are (both narrow the events, SQL
// takes one kind; the rest is done on the loaded events).
std::vector<std::string> SqlCodes(const std::vector<std::string>& codes,
                                  const std::vector<std::string>& roots);

// Registers `--db FILE` on `app`.
void AddDbOption(CLI::App* app, std::string* db);

// The events of `inputs`, or of the store `db` when it is set (then
// `inputs` must be left at its default), filtered by `query` in SQL.
Result<std::vector<Event>> LoadEvents(const std::vector<std::string>& inputs,
                                      const std::string& db,
                                      const StoreQuery& query = {});

// Reads every event of `inputs` ("-" is stdin).
Result<std::vector<Event>> ReadAllEvents(
    const std::vector<std::string>& inputs);

}  // namespace dipgraph::cli

#endif  // DIPGRAPH_CLI_NETWORK_FLAGS_H_
