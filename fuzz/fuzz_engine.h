// The shipped extractor's parts (codebook, dictionaries, syntax model,
// extractor) for the fuzz targets that code text, loaded once per process
// from data/. The targets reach the parts (the lexicon, the analyzer) that
// the stage's contract, EventExtractor, keeps to itself.
#ifndef DIPGRAPH_FUZZ_FUZZ_ENGINE_H_
#define DIPGRAPH_FUZZ_FUZZ_ENGINE_H_

#include <memory>
#include <string>
#include <vector>

#include "common/event.h"
#include "extract/coder/coder.h"
#include "extract/dict/codebook.h"
#include "extract/dict/dictionary.h"
#include "extract/pipeline/dict_lexicon.h"
#include "extract/pipeline/extractor.h"
#include "extract/pipeline/syntax_analyzer.h"

namespace dipgraph::fuzz {

struct Engine {
  Codebook codebook;
  dict::Dictionary dictionary;
  std::unique_ptr<DictLexicon> lexicon;
  std::unique_ptr<SyntaxAnalyzer> analyzer;
  std::unique_ptr<Extractor> extractor;
};

// Aborts with a message when the shipped data cannot be loaded.
const Engine& SharedEngine();

// A document of 2016-07-07 ("fuzz") being coded sentence by sentence: what
// Coder::CodeSentence keeps between its sentences.
struct DocumentCoding {
  DocumentCoding() {
    ctx.info.id = "fuzz";
    ctx.info.date = ctx.date = "2016-07-07";
  }
  std::vector<Event> Code(const Coder& coder, const ParsedSentence& s) {
    return coder.CodeSentence(s, ctx, &coref, &trace, &unknown);
  }

  DocumentContext ctx;
  CorefState coref;
  std::vector<std::string> trace;
  std::vector<UnknownActor> unknown;
};

// Traps, after printing why, on the first event the record's checks
// (ValidateEvent) reject.
void TrapOnInvalid(const Event& e);

}  // namespace dipgraph::fuzz

#endif  // DIPGRAPH_FUZZ_FUZZ_ENGINE_H_
