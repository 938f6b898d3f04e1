// Runs a per-document function over a DocumentStream on N threads and hands
// the results to a sink in input order. Memory stays bounded: at most
// `window` documents are in flight, whatever the input size.
//
//   PipelineOptions opt{.jobs = 4};
//   PipelineStats stats;
//   Status s = RunPipeline(stream, opt,
//       [&](const Document& d) -> Result<std::vector<Event>> { return Code(d);
//       },
//       [&](const Document& d, std::vector<Event>&& events) { return
//       Write(events); }, &stats);
//
// Input errors (unreadable files, bad JSON lines, bad documents) stop the run
// with that error, unless keep_going is set: then they are counted, reported
// through `on_skip`, and the run goes on.
#ifndef DIPGRAPH_EXTRACT_PIPELINE_PIPELINE_H_
#define DIPGRAPH_EXTRACT_PIPELINE_PIPELINE_H_

#include <functional>
#include <vector>

#include "common/event.h"
#include "common/status.h"
#include "extract/read/document.h"

namespace dipgraph {

struct PipelineOptions {
  int jobs = 1;             // worker threads (>= 1)
  size_t window = 0;        // documents in flight; 0 = 4 * jobs
  bool keep_going = false;  // skip bad inputs instead of stopping
  std::function<void(const Status&)> on_skip;  // called for each skip
  std::function<void(int64_t done, int64_t total)> on_progress;  // bytes
  // Items (documents and input errors, in input order) at the start of the
  // input that are read and dropped uncoded: those an interrupted run
  // finished (extract --resume).
  int64_t skip = 0;
  // Called after each item that is not dropped has been handed to the sink
  // (with its event count) or skipped with keep_going (0), in input order;
  // an error stops the run.
  std::function<Status(int64_t events)> on_item_done;
};

struct PipelineStats {
  int64_t documents = 0;  // documents processed
  int64_t skipped = 0;    // inputs skipped with keep_going
  int64_t events = 0;     // events handed to the sink
};

using DocumentWork = std::function<Result<std::vector<Event>>(const Document&)>;
using EventSink =
    std::function<Status(const Document&, std::vector<Event>&& events)>;

Status RunPipeline(DocumentStream& input, const PipelineOptions& options,
                   const DocumentWork& work, const EventSink& sink,
                   PipelineStats* stats);

}  // namespace dipgraph

#endif  // DIPGRAPH_EXTRACT_PIPELINE_PIPELINE_H_
