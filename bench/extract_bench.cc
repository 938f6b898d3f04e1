// The whole extractor (split, tag, parse, match, code) over the sample
// articles: sentences and events per second on one core, and the time to
// load everything it needs.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "common/files.h"
#include "extract/extract.h"

namespace dipgraph {
namespace {

std::vector<Document> Samples() {
  std::vector<Document> docs;
  Result<std::vector<std::string>> files =
      ListFilesRecursive(DataPath("samples"));
  if (!files.ok()) return docs;
  for (const std::string& f : *files) {
    if (f.size() < 4 || f.compare(f.size() - 4, 4, ".txt") != 0) continue;
    Result<std::string> text = ReadFile(f);
    if (!text.ok()) continue;
    Result<Document> d = DocumentFromText(*text, f, f, ReadOptions{});
    if (d.ok()) docs.push_back(std::move(*d));
  }
  return docs;
}

void BM_ExtractSamples(benchmark::State& state) {
  Result<std::unique_ptr<EventExtractor>> extractor =
      EventExtractor::Load(ExtractOptions{});
  std::vector<Document> docs = Samples();
  if (!extractor.ok() || docs.empty()) {
    state.SkipWithError("model, dictionaries or samples absent");
    return;
  }
  size_t sentences = 0, events = 0, bytes = 0;
  for (const Document& d : docs) {
    Result<Explanation> ex = (*extractor)->Explain(d);
    if (ex.ok()) sentences += ex->sentences.size();
  }
  size_t per_round = sentences;
  sentences = 0;
  for (auto _ : state) {
    for (const Document& d : docs) {
      Result<std::vector<Event>> ev = (*extractor)->Extract(d);
      if (ev.ok()) events += ev->size();
      bytes += d.text.size();
    }
    sentences += per_round;
  }
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["events/s"] = benchmark::Counter(static_cast<double>(events),
                                                  benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_ExtractSamples)->Unit(benchmark::kMillisecond);

void BM_LoadEverything(benchmark::State& state) {
  for (auto _ : state) {
    Result<std::unique_ptr<EventExtractor>> extractor =
        EventExtractor::Load(ExtractOptions{});
    if (!extractor.ok()) {
      state.SkipWithError(extractor.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(extractor->get());
  }
}
BENCHMARK(BM_LoadEverything)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dipgraph

BENCHMARK_MAIN();
