// JSON Lines read and write throughput of the event record.
// Run: build/release/bench/bench_events_io
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/event_chunks.h"
#include "common/event_io.h"
#include "common/event_view.h"

namespace dipgraph {
namespace {

// A realistic event: full actors, a sentence of news length, content.
Event MakeEvent(int i) {
  Event e;
  e.id = "doc" + std::to_string(i / 20) + "-" + std::to_string(i % 20) + "-0";
  e.doc = {"doc" + std::to_string(i / 20), "Leaders discuss ceasefire in call",
           "Example Wire", "2016-07-07"};
  e.sentence = {i % 20,
                "Russian President Vladimir Putin urged his US counterpart "
                "Barack Obama on Wednesday to separate moderate rebels from "
                "extremist groups, the Kremlin said.",
                1000 + i, 1130 + i};
  e.date = "2016-07-06";
  e.source = {"Russian President Vladimir Putin",
              "RUSGOV",
              "Vladimir Putin",
              "RUS",
              "GOV",
              "person"};
  e.target =
      Actor{"Barack Obama", "USAGOV", "Barack Obama", "USA", "GOV", "person"};
  e.action = {
      "urged", "urge", "020", "02",           "Appeal, not specified below",
      1,       3.0,    "",    "urge $T to $C"};
  e.content = "separate moderate rebels from extremist groups";
  e.attribution = "the Kremlin";
  e.confidence = 0.9;
  return e;
}

std::string MakeCorpus(int n) {
  std::ostringstream out;
  for (int i = 0; i < n; ++i) WriteEvent(out, MakeEvent(i));
  return out.str();
}

void BM_WriteEvents(benchmark::State& state) {
  std::vector<Event> events;
  for (int i = 0; i < 1000; ++i) events.push_back(MakeEvent(i));
  int64_t bytes = 0;
  for (auto _ : state) {
    std::ostringstream out;
    for (const Event& e : events) WriteEvent(out, e);
    bytes += static_cast<int64_t>(out.str().size());
    benchmark::DoNotOptimize(out);
  }
  state.SetItemsProcessed(state.iterations() * 1000);
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_WriteEvents);

// Items and bytes per second of a benchmark that reads all of `corpus`, a
// MakeCorpus(1000), once an iteration.
void SetCorpusRates(benchmark::State& state, const std::string& corpus) {
  state.SetItemsProcessed(state.iterations() * 1000);
  state.SetBytesProcessed(state.iterations() *
                          static_cast<int64_t>(corpus.size()));
}

void BM_ReadEvents(benchmark::State& state) {
  std::string corpus = MakeCorpus(1000);
  for (auto _ : state) {
    std::istringstream in(corpus);
    EventReader reader(in, "bench");
    Event e;
    int n = 0;
    while (*reader.Next(&e)) ++n;
    benchmark::DoNotOptimize(n);
  }
  SetCorpusRates(state, corpus);
}
BENCHMARK(BM_ReadEvents);

// One core decoding lines into views (no DOM, no copies of the strings):
// the per-core rate of validate, stats, query and graph.
void BM_DecodeViews(benchmark::State& state) {
  std::string corpus = MakeCorpus(1000);
  for (auto _ : state) {
    ViewArena arena;
    EventView v;
    int64_t n = 0;
    ForEachLine(corpus, [&](std::string_view line, int64_t) {
      n += DecodeEventView(line, &v, &arena) ? 1 : 0;
    });
    benchmark::DoNotOptimize(n);
  }
  SetCorpusRates(state, corpus);
}
BENCHMARK(BM_DecodeViews);

// A 50,000-event file (46 MB) read into views in input order on
// state.range(0) threads (ReadEventViews; the file is in the page cache).
void BM_ReadEventViewsFile(benchmark::State& state) {
  const std::string path =
      (std::filesystem::temp_directory_path() /
       ("dipgraph-bench-io-" + std::to_string(::getpid()) + ".jsonl"))
          .string();
  {
    std::ofstream out(path);
    for (int i = 0; i < 50000; ++i) WriteEvent(out, MakeEvent(i));
  }
  ChunkOptions options;
  options.threads = static_cast<int>(state.range(0));
  for (auto _ : state) {
    int64_t n = 0;
    Status s = ReadEventViews(
        {path},
        [&](const EventView&) {
          ++n;
          return Status::Ok();
        },
        options);
    if (!s.ok()) state.SkipWithError(s.ToString().c_str());
    benchmark::DoNotOptimize(n);
  }
  state.SetItemsProcessed(state.iterations() * 50000);
  state.SetBytesProcessed(
      state.iterations() *
      static_cast<int64_t>(std::filesystem::file_size(path)));
  std::filesystem::remove(path);
}
BENCHMARK(BM_ReadEventViewsFile)->Arg(1)->Arg(2)->UseRealTime();

}  // namespace
}  // namespace dipgraph

BENCHMARK_MAIN();
