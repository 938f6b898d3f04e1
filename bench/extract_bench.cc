// The whole extractor (split, tag, parse, match, code) over the sample
// articles: sentences and events per second on one core, and the time to
// load everything it needs.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "common/files.h"
#include "extract/pipeline/dict_lexicon.h"
#include "extract/pipeline/extractor.h"
#include "extract/pipeline/syntax_analyzer.h"
#include "extract/read/document.h"

namespace dipgraph {
namespace {

struct Engine {
  Codebook book;
  dict::Dictionary dict;
  std::unique_ptr<DictLexicon> lexicon;
  std::unique_ptr<SyntaxAnalyzer> analyzer;
  std::unique_ptr<Extractor> extractor;
};

Result<std::unique_ptr<Engine>> Load() {
  auto e = std::make_unique<Engine>();
  ASSIGN_OR_RETURN(e->book, Codebook::LoadDefault());
  ASSIGN_OR_RETURN(e->dict,
                   dict::Dictionary::LoadDefault(dict::KnownCodes(e->book)));
  ASSIGN_OR_RETURN(syntax::Model model,
                   syntax::Model::Load(DataPath("model/en_ewt.dgm")));
  e->lexicon = std::make_unique<DictLexicon>(e->dict);
  e->analyzer = std::make_unique<SyntaxAnalyzer>(model);
  e->analyzer->UseNames(&e->dict);
  e->extractor =
      std::make_unique<Extractor>(*e->analyzer, *e->lexicon, e->book);
  return e;
}

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
  Result<std::unique_ptr<Engine>> engine = Load();
  std::vector<Document> docs = Samples();
  if (!engine.ok() || docs.empty()) {
    state.SkipWithError("model, dictionaries or samples absent");
    return;
  }
  size_t sentences = 0, events = 0, bytes = 0;
  for (const Document& d : docs) {
    Result<std::vector<ParsedSentence>> s =
        (*engine)->analyzer->Analyze(d.text, d.body_start);
    if (s.ok()) sentences += s->size();
  }
  size_t per_round = sentences;
  sentences = 0;
  for (auto _ : state) {
    for (const Document& d : docs) {
      Result<std::vector<Event>> ev = (*engine)->extractor->Extract(d);
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
    Result<std::unique_ptr<Engine>> engine = Load();
    if (!engine.ok()) {
      state.SkipWithError(engine.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(engine->get());
  }
}
BENCHMARK(BM_LoadEverything)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dipgraph

BENCHMARK_MAIN();
