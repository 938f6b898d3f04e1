// The event store: adding events (one transaction per batch) and reading a
// dyad back from a store of 1,000,000 events. The store files live in the
// system temporary folder and are removed afterwards.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <memory>

#include "bench/event_generator.h"
#include "graph/store.h"

namespace dipgraph {
namespace {

namespace fs = std::filesystem;

std::string TempDb(const std::string& name) {
  return (fs::temp_directory_path() /
          ("dipgraph-bench-" + std::to_string(::getpid()) + "-" + name))
      .string();
}

void BM_StoreAdd(benchmark::State& state) {
  const int64_t n = state.range(0);
  std::vector<Event> events = bench::GenerateEvents(n, 2000);
  int64_t added = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::string path = TempDb("add.db");
    fs::remove(path);
    auto store = EventStore::Open(path, true);
    if (!store.ok()) {
      state.SkipWithError(store.status().ToString().c_str());
      return;
    }
    state.ResumeTiming();
    Result<AddResult> r = (*store)->Add(events);
    if (!r.ok()) {
      state.SkipWithError(r.status().ToString().c_str());
      return;
    }
    added += r->added;
    state.PauseTiming();
    store->reset();
    fs::remove(path);
    state.ResumeTiming();
  }
  state.counters["events/s"] = benchmark::Counter(static_cast<double>(added),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_StoreAdd)->Arg(100000)->Unit(benchmark::kMillisecond);

// A store of 1M events, built once.
class BigStore {
 public:
  static BigStore& Get() {
    static BigStore s;
    return s;
  }
  EventStore* store() { return store_.get(); }
  const std::vector<std::pair<std::string, std::string>>& dyads() const {
    return dyads_;
  }
  ~BigStore() {
    store_.reset();
    fs::remove(path_);
  }

 private:
  BigStore() : path_(TempDb("1m.db")) {
    fs::remove(path_);
    auto s = EventStore::Open(path_, true);
    if (!s.ok()) return;
    store_ = std::move(*s);
    for (int part = 0; part < 10; ++part) {
      std::vector<Event> events =
          bench::GenerateEvents(100000, 2000, 42 + static_cast<uint64_t>(part));
      for (Event& e : events) {
        e.id = "p" + std::to_string(part) + e.id;
        e.doc.id = "p" + std::to_string(part) + e.doc.id;
      }
      if (part == 0)
        for (size_t i = 0; i < 50 && i < events.size(); ++i)
          if (events[i * 97].target)
            dyads_.emplace_back(events[i * 97].source.id,
                                events[i * 97].target->id);
      if (!store_->Add(events).ok()) {
        store_.reset();
        return;
      }
    }
  }
  std::string path_;
  std::unique_ptr<EventStore> store_;
  std::vector<std::pair<std::string, std::string>> dyads_;
};

void BM_DyadQuery1M(benchmark::State& state) {
  EventStore* store = BigStore::Get().store();
  if (!store || BigStore::Get().dyads().empty()) {
    state.SkipWithError("could not build the 1M-event store");
    return;
  }
  size_t i = 0, rows = 0;
  for (auto _ : state) {
    const auto& d =
        BigStore::Get().dyads()[i++ % BigStore::Get().dyads().size()];
    StoreQuery q;
    q.between = {d.first, d.second};
    Result<std::vector<Event>> r = store->Read(q);
    if (!r.ok()) {
      state.SkipWithError(r.status().ToString().c_str());
      return;
    }
    rows += r->size();
  }
  state.counters["events/query"] =
      static_cast<double>(rows) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_DyadQuery1M)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dipgraph

BENCHMARK_MAIN();
