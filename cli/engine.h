// Everything `extract`, `explain` and `eval events` need, loaded once: the
// codebook, the dictionaries, the syntax model and the extractor over them.
#ifndef DIPGRAPH_CLI_ENGINE_H_
#define DIPGRAPH_CLI_ENGINE_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "extract/dict/codebook.h"
#include "extract/dict/dictionary.h"
#include "extract/pipeline/dict_lexicon.h"
#include "extract/pipeline/extractor.h"
#include "extract/pipeline/syntax_analyzer.h"

namespace dipgraph::cli {

struct EngineOptions {
  std::string model;  // "" = data/model/en_ewt.dgm
  std::string dict;   // "" = data/dict/dipgraph.dict
  size_t max_sentence_tokens = 250;
  bool keep_targetless = false;
  // Registers --model, --dict and --max-sentence-tokens on `app`.
  void Register(CLI::App* app);
};

struct Engine {
  Codebook codebook;
  dict::Dictionary dictionary;
  std::unique_ptr<DictLexicon> lexicon;
  std::unique_ptr<SyntaxAnalyzer> analyzer;
  std::unique_ptr<Extractor> extractor;
};

// Loads the engine; a bad model or dictionary gives an input error (exit 2)
// naming the file (and line).
Result<std::unique_ptr<Engine>> LoadEngine(const EngineOptions& opt);

}  // namespace dipgraph::cli

#endif  // DIPGRAPH_CLI_ENGINE_H_
