#include "fuzz/fuzz_engine.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "common/files.h"

namespace dipgraph::fuzz {
namespace {

Result<std::unique_ptr<Engine>> Load() {
  auto e = std::make_unique<Engine>();
  ASSIGN_OR_RETURN(e->codebook, Codebook::LoadDefault());
  ASSIGN_OR_RETURN(e->dictionary,
                   dict::Dictionary::Load(DataPath("dict/dipgraph.dict"),
                                          dict::KnownCodes(e->codebook)));
  ASSIGN_OR_RETURN(syntax::Model model,
                   syntax::Model::Load(DataPath("model/en_ewt.dgm")));
  e->lexicon = std::make_unique<DictLexicon>(e->dictionary);
  e->analyzer = std::make_unique<SyntaxAnalyzer>(std::move(model), 250);
  e->analyzer->UseNames(&e->dictionary);
  e->extractor = std::make_unique<Extractor>(*e->analyzer, *e->lexicon,
                                             e->codebook, CoderOptions{});
  return e;
}

}  // namespace

const Engine& SharedEngine() {
  static const Engine* engine = [] {
    Result<std::unique_ptr<Engine>> e = Load();
    if (!e.ok()) {
      std::cerr << "fuzz: cannot load the engine: " << e.status().message()
                << "\n";
      std::abort();
    }
    return e->release();  // lives as long as the process
  }();
  return *engine;
}

void TrapOnInvalid(const Event& e) {
  for (const std::string& problem : ValidateEvent(e)) {
    std::fprintf(stderr, "invalid event %s: %s\n", e.id.c_str(),
                 problem.c_str());
    __builtin_trap();
  }
}

}  // namespace dipgraph::fuzz
