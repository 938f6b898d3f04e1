// The network filters shared by `graph`, `render`, `report` and `export`:
// one place registers the flags and turns them into NetworkOptions.
#ifndef DIPGRAPH_CLI_NETWORK_FLAGS_H_
#define DIPGRAPH_CLI_NETWORK_FLAGS_H_

#include <CLI/CLI.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/event.h"
#include "common/event_chunks.h"
#include "common/event_formats.h"
#include "common/status.h"
#include "graph/graph.h"
#include "graph/names.h"
#include "graph/store.h"

namespace dipgraph::cli {

// Where a command reads its events: files of one format, or an event store.
struct EventSource {
  std::vector<std::string> files{"-"};        // "-" for stdin
  std::string db;                             // an event store instead
  EventFormat format = EventFormat::kDetect;  // of the files (--from)

  // Registers the files as the positional argument `name`, --db and --from
  // (a format only).
  void Register(CLI::App* app, const std::string& name);
};

struct NetworkFlags {
  std::vector<std::string> inputs{"-"};  // events files, "-" for stdin
  std::string db;                        // an event store instead
  std::string level = "actor";
  std::string rank = "degree";
  std::string betweenness = "auto";
  std::string weight = "events";
  std::string dict;  // dictionary for actor names ("" = the shipped one)
  EventFormat format = EventFormat::kDetect;  // of the files (--from)
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

// Registers `--from`, which takes either a date (the first date kept, into
// `date`) or the format of the events files (gdelt1, gdelt2, icews, polecat,
// dipgraph, into `format`); it may be given twice, once for each. With
// `date` null it takes only a format.
void AddFromOption(CLI::App* app, std::string* date, EventFormat* format);

// How the events files are read: their format, and where the rows the
// record cannot hold are counted.
ChunkOptions EventReadOptions(EventFormat format, int64_t* skipped);

// Tells on stderr how many rows were passed over (GDELT rows without an
// Actor1: the event record needs a source); nothing for 0.
void NoteSkipped(int64_t skipped);

// `events` as the lines of `format` (event_formats.h), with its header.
std::string EventsInFormat(const std::vector<Event>& events,
                           EventFormat format);

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

// Registers the positional argument `name` ("files", "events"): events
// files of any format --from names, - or nothing for stdin.
CLI::Option* AddEventsFiles(CLI::App* app, const std::string& name,
                            std::vector<std::string>* files);

// Registers `--db FILE` on `app`.
void AddDbOption(CLI::App* app, std::string* db);

// The events of `inputs`, or of the store `db` when it is set (then
// `inputs` must be left at its default), filtered by `query` in SQL.
Result<std::vector<Event>> LoadEvents(
    const std::vector<std::string>& inputs, const std::string& db,
    const StoreQuery& query = {}, EventFormat format = EventFormat::kDetect);

// Reads every event of `inputs` ("-" is stdin).
Result<std::vector<Event>> ReadAllEvents(
    const std::vector<std::string>& inputs,
    EventFormat format = EventFormat::kDetect);

}  // namespace dipgraph::cli

#endif  // DIPGRAPH_CLI_NETWORK_FLAGS_H_
