#include "extract/pipeline/pipeline.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace dipgraph {
namespace {

// One document's slot in the ordered window.
struct Slot {
  Document doc;
  std::optional<Result<std::vector<Event>>> result;  // set by a worker
};

class OrderedRunner {
 public:
  OrderedRunner(DocumentStream& input, const PipelineOptions& opt,
                const DocumentWork& work, const EventSink& sink,
                PipelineStats* stats)
      : input_(input), opt_(opt), work_(work), sink_(sink), stats_(stats) {}

  Status Run() {
    int jobs = opt_.jobs < 1 ? 1 : opt_.jobs;
    window_ = opt_.window > 0 ? opt_.window : static_cast<size_t>(4 * jobs);
    std::vector<std::thread> workers;
    for (int i = 0; i < jobs; ++i) workers.emplace_back([this] { WorkLoop(); });
    Status status = ReadAndDrain();
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    work_cv_.notify_all();
    for (std::thread& t : workers) t.join();
    return status;
  }

 private:
  // The reading thread: fills the window, and writes finished slots in order.
  Status ReadAndDrain() {
    bool input_done = false;
    while (true) {
      std::unique_lock<std::mutex> lock(mu_);
      // Write every finished slot at the head of the window, in order.
      while (!slots_.empty() && slots_.front()->result.has_value()) {
        std::unique_ptr<Slot> slot = std::move(slots_.front());
        slots_.pop_front();
        lock.unlock();
        RETURN_IF_ERROR(Emit(*slot));
        lock.lock();
      }
      if (input_done && slots_.empty()) return Status::Ok();
      if (!input_done && slots_.size() < window_) {
        lock.unlock();
        auto slot = std::make_unique<Slot>();
        Result<bool> more = input_.Next(&slot->doc);
        if (opt_.on_progress)
          opt_.on_progress(input_.bytes_done(), input_.bytes_total());
        if (skipped_ < opt_.skip && (!more.ok() || *more)) {
          ++skipped_;  // finished by an earlier run
          lock.lock();
          continue;
        }
        lock.lock();
        if (!more.ok()) {
          // An input error takes its place in the order, like a document.
          slot->result.emplace(more.status());
          slots_.push_back(std::move(slot));
          continue;
        }
        if (!*more) {
          input_done = true;
          continue;
        }
        slots_.push_back(std::move(slot));
        pending_.push_back(slots_.back().get());
        work_cv_.notify_one();
        continue;
      }
      done_cv_.wait(lock);
    }
  }

  Status Emit(Slot& slot) {
    Result<std::vector<Event>>& r = *slot.result;
    int64_t events = 0;
    if (!r.ok()) {
      RETURN_IF_ERROR(Skip(r.status()));
    } else {
      ++stats_->documents;
      events = static_cast<int64_t>(r->size());
      stats_->events += events;
      RETURN_IF_ERROR(sink_(slot.doc, std::move(*r)));
    }
    return opt_.on_item_done ? opt_.on_item_done(events) : Status::Ok();
  }

  Status Skip(const Status& error) {
    if (!opt_.keep_going || error.code() == StatusCode::kInternal) return error;
    ++stats_->skipped;
    if (opt_.on_skip) opt_.on_skip(error);
    return Status::Ok();
  }

  void WorkLoop() {
    while (true) {
      Slot* slot;
      {
        std::unique_lock<std::mutex> lock(mu_);
        work_cv_.wait(lock, [this] { return stop_ || !pending_.empty(); });
        if (pending_.empty()) return;
        slot = pending_.front();
        pending_.pop_front();
      }
      Result<std::vector<Event>> r = work_(slot->doc);
      {
        std::lock_guard<std::mutex> lock(mu_);
        slot->result.emplace(std::move(r));
      }
      done_cv_.notify_one();
    }
  }

  DocumentStream& input_;
  const PipelineOptions& opt_;
  const DocumentWork& work_;
  const EventSink& sink_;
  PipelineStats* stats_;
  size_t window_ = 0;
  int64_t skipped_ = 0;  // items dropped for opt_.skip
  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<std::unique_ptr<Slot>> slots_;  // the window, in input order
  std::deque<Slot*> pending_;                // slots waiting for a worker
  bool stop_ = false;
};

}  // namespace

Status RunPipeline(DocumentStream& input, const PipelineOptions& options,
                   const DocumentWork& work, const EventSink& sink,
                   PipelineStats* stats) {
  PipelineStats local;
  if (stats == nullptr) stats = &local;
  OrderedRunner runner(input, options, work, sink, stats);
  return runner.Run();
}

}  // namespace dipgraph
