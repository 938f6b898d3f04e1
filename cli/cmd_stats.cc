// dipgraph stats: counts of events by actor, CAMEO root, QuadClass and date.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/network_flags.h"
#include "common/event_io.h"
#include "common/output_file.h"
#include "common/progress.h"
#include "graph/graph.h"

namespace dipgraph::cli {
namespace {

struct StatsOptions {
  EventSource in;
  bool json = false;
  size_t top = 20;
  std::string output = "-";
};

}  // namespace

Runner SetupStats(CLI::App* app, const GlobalOptions* global) {
  auto opt = std::make_shared<StatsOptions>();
  opt->in.Register(app, "files");
  AddJsonFlag(app, &opt->json);
  app->add_option("--top", opt->top, "How many actors to list")
      ->capture_default_str();
  AddOutputOption(app, &opt->output);
  return [opt, global]() -> Status {
    EventStats stats;
    Progress progress("reading events", 0, global->quiet);
    if (!opt->in.db.empty()) {
      ASSIGN_OR_RETURN(
          std::vector<Event> events,
          LoadEvents(opt->in.files, opt->in.db, {}, opt->in.format));
      for (const Event& e : events) stats.Add(e);
    } else {
      // Each chunk is counted on its own thread; the counts merge in order
      // (a bad line stops the run, as the first one in the input).
      struct Part {
        EventStats stats;
        DecodedChunk decoded;
      };
      int64_t skipped = 0;
      RETURN_IF_ERROR(ReadChunks<Part>(
          opt->in.files, EventReadOptions(opt->in.format, nullptr),
          [](const EventChunk& chunk) {
            Part part;
            part.decoded = DecodeChunkEach(
                chunk, [&](const EventView& v) { part.stats.Add(v); });
            return part;
          },
          [&](Part& part, EventChunk& chunk) -> Status {
            stats.Merge(part.stats);
            skipped += part.decoded.skipped;
            progress.Update(stats.events());
            if (part.decoded.error_line == 0) return Status::Ok();
            return InputError(*chunk.name,
                              chunk.first_line + part.decoded.error_line - 1,
                              part.decoded.error.message());
          }));
      NoteSkipped(skipped);
    }
    progress.Finish();
    ASSIGN_OR_RETURN(auto out, OutputFile::Open(opt->output));
    if (opt->json)
      out->stream() << stats.ToJson(opt->top).dump(2) << "\n";
    else
      out->stream() << stats.ToTable(opt->top);
    RETURN_IF_ERROR(out->Commit());
    if (stats.events() == 0) return NoResult("no events in the input");
    return Status::Ok();
  };
}

}  // namespace dipgraph::cli
