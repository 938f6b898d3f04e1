// Tokenize + split + tag throughput over the EWT test sentences. Skips when
// the treebank is absent (set DIPGRAPH_TREEBANK to its folder).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>

#include "common/files.h"
#include "extract/syntax/syntax.h"

namespace dipgraph::syntax {
namespace {

std::string TreebankDir() {
  const char* env = std::getenv("DIPGRAPH_TREEBANK");
  return env ? env : "/work/shared/treebank";
}

void BM_SegmentAndTag(benchmark::State& state) {
  Result<std::string> gold = ReadFile(TreebankDir() + "/en_ewt-ud-test.conllu");
  Result<Model> model = Model::Load(DataPath("model/en_ewt.dgm"));
  if (!gold.ok() || !model.ok()) {
    state.SkipWithError("treebank or model absent");
    return;
  }
  Result<std::vector<Sentence>> doc = ParseConllu(*gold, "test");
  if (!doc.ok()) {
    state.SkipWithError("cannot read the treebank");
    return;
  }
  std::string text;
  for (const Sentence& s : *doc) text += s.text + "\n\n";
  size_t sentences = 0;
  for (auto _ : state) {
    std::vector<Sentence> out = Segment(text);
    for (Sentence& s : out) model->Tag(&s);
    sentences += out.size();
    benchmark::DoNotOptimize(out.data());
  }
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(sentences), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SegmentAndTag)->Unit(benchmark::kMillisecond);

void BM_ModelLoad(benchmark::State& state) {
  for (auto _ : state) {
    Result<Model> model = Model::Load(DataPath("model/en_ewt.dgm"));
    if (!model.ok()) {
      state.SkipWithError("model absent");
      return;
    }
    benchmark::DoNotOptimize(&model);
  }
}
BENCHMARK(BM_ModelLoad)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dipgraph::syntax

BENCHMARK_MAIN();
