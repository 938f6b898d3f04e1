// Output of a long batch that survives an interruption (a kill, a crash,
// Ctrl-C, a full disk): what was finished is kept, and a later run can go
// on from there.
//
//   ASSIGN_OR_RETURN(auto out, CheckpointedOutput::Open(path, fp, resume));
//   skip out->resumed_items() items of the input, then for each item:
//     out->stream() << its events;
//     RETURN_IF_ERROR(out->EndItem(events_in_item));
//   RETURN_IF_ERROR(out->Commit());   // renamed into place
//
// For a regular file PATH the data goes to PATH.partial, flushed after each
// item, and each finished item appends a line to PATH.checkpoint (the item
// count, the partial's size and the event count then). If the run stops
// before Commit(), both stay; Open() with `resume` reads the checkpoint,
// cuts the partial back to the end of the last finished item (a kill in
// the middle of an item may have written part of it) and appends from
// there, so that the finished output is byte-identical to that of an
// uninterrupted run. `fingerprint` names the run's inputs and options: a
// checkpoint written with another is refused. Without `resume`, an earlier
// partial output is discarded.
//
// stdout and devices (/dev/null, a pipe) are written directly: nothing is
// kept there and `resume` is a usage error.
#ifndef DIPGRAPH_COMMON_CHECKPOINT_H_
#define DIPGRAPH_COMMON_CHECKPOINT_H_

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>

#include "common/output_file.h"
#include "common/status.h"

namespace dipgraph {

class CheckpointedOutput {
 public:
  static Result<std::unique_ptr<CheckpointedOutput>> Open(
      const std::string& path, const std::string& fingerprint, bool resume);
  // Keeps the partial output and the checkpoint unless Commit() ran or no
  // item was finished.
  ~CheckpointedOutput();
  CheckpointedOutput(const CheckpointedOutput&) = delete;
  CheckpointedOutput& operator=(const CheckpointedOutput&) = delete;

  std::ostream& stream();
  // What the interrupted run finished: items and events (0 when not
  // resuming).
  int64_t resumed_items() const { return resumed_items_; }
  int64_t resumed_events() const { return resumed_events_; }
  // Items finished so far, the resumed ones included.
  int64_t items() const { return items_; }
  // Ends one item of the input: flushes what was written and records it.
  Status EndItem(int64_t events);
  // Renames the partial output to the path and removes the checkpoint.
  // REQUIRES: called at most once.
  Status Commit();
  // The files an interruption leaves ("" when writing directly).
  const std::string& partial_path() const { return partial_; }
  const std::string& checkpoint_path() const { return checkpoint_; }

 private:
  CheckpointedOutput() = default;
  Status Start();
  Status Resume();
  Status WriteCheckpoint(bool append);

  std::string path_, partial_, checkpoint_, header_;
  std::unique_ptr<OutputFile> direct_;  // stdout or a device
  std::ofstream file_;
  int checkpoint_fd_ = -1;
  int64_t items_ = 0, bytes_ = 0, events_ = 0;
  int64_t resumed_items_ = 0, resumed_events_ = 0;
  int64_t lines_ = 0;  // checkpoint lines since it was last rewritten
  bool committed_ = false;
};

}  // namespace dipgraph

#endif  // DIPGRAPH_COMMON_CHECKPOINT_H_
