// Syntax throughput over the EWT test sentences: tokenize + split + tag, the
// same plus dependency parsing, and parsing alone, with the parser's beam
// as trained (/0) and greedy (/1). Skips when the treebank is absent (set
// DIPGRAPH_TREEBANK to its folder); DIPGRAPH_MODEL picks another model file.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <optional>
#include <string>

#include "common/files.h"
#include "extract/syntax/syntax.h"

namespace dipgraph::syntax {
namespace {

std::string ModelPath() {
  const char* env = std::getenv("DIPGRAPH_MODEL");
  return env ? env : DataPath("model/en_ewt.dgm");
}

std::string TreebankDir() {
  const char* env = std::getenv("DIPGRAPH_TREEBANK");
  return env ? env : "/work/shared/treebank";
}

// The EWT test sentences' texts, separated by blank lines.
bool LoadText(benchmark::State& state, std::string* text) {
  Result<std::string> gold = ReadFile(TreebankDir() + "/en_ewt-ud-test.conllu");
  Result<std::vector<Sentence>> doc =
      gold.ok() ? ParseConllu(*gold, "test")
                : Result<std::vector<Sentence>>(gold.status());
  if (!doc.ok()) {
    state.SkipWithError("treebank absent or unreadable");
    return false;
  }
  for (const Sentence& s : *doc) *text += s.text + "\n\n";
  return true;
}

// The model, with the test text in `text`; none (the benchmark skipped)
// when either is absent.
std::optional<Model> LoadModelAndText(benchmark::State& state,
                                      std::string* text) {
  Result<Model> model = Model::Load(ModelPath());
  if (!model.ok()) {
    state.SkipWithError("model absent");
    return std::nullopt;
  }
  if (!LoadText(state, text)) return std::nullopt;
  return std::move(*model);
}

void SegmentAndAnnotate(benchmark::State& state, bool parse) {
  std::string text;
  std::optional<Model> model = LoadModelAndText(state, &text);
  if (!model) return;
  model->set_parser_beam(static_cast<int>(state.range(0)));
  size_t sentences = 0;
  for (auto _ : state) {
    std::vector<Sentence> out = Segment(text);
    for (Sentence& s : out) parse ? model->Annotate(&s) : model->Tag(&s);
    sentences += out.size();
    benchmark::DoNotOptimize(out.data());
  }
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(sentences), benchmark::Counter::kIsRate);
}

void BM_SegmentAndTag(benchmark::State& state) {
  SegmentAndAnnotate(state, false);
}
BENCHMARK(BM_SegmentAndTag)->Arg(0)->Unit(benchmark::kMillisecond);

// Tokenize + split + tag + lemmatize + parse: the whole syntax layer.
void BM_SegmentTagAndParse(benchmark::State& state) {
  SegmentAndAnnotate(state, true);
}
BENCHMARK(BM_SegmentTagAndParse)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The parser alone, on sentences segmented and tagged beforehand.
void BM_Parse(benchmark::State& state) {
  std::string text;
  std::optional<Model> model = LoadModelAndText(state, &text);
  if (!model) return;
  std::vector<Sentence> doc = Segment(text);
  for (Sentence& s : doc) model->Tag(&s);
  model->set_parser_beam(static_cast<int>(state.range(0)));
  size_t sentences = 0;
  for (auto _ : state) {
    for (Sentence& s : doc) model->Parse(&s);
    sentences += doc.size();
    benchmark::DoNotOptimize(doc.data());
  }
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(sentences), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Parse)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_ModelLoad(benchmark::State& state) {
  for (auto _ : state) {
    Result<Model> model = Model::Load(ModelPath());
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
