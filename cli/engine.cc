#include "cli/engine.h"

#include "common/files.h"

namespace dipgraph::cli {

void EngineOptions::Register(CLI::App* app) {
  app->add_option("--model", model,
                  "Syntax model file (default: data/model/en_ewt.dgm)");
  app->add_option("--dict", dict,
                  "Root dictionary file (default: data/dict/dipgraph.dict)");
  app->add_option("--max-sentence-tokens", max_sentence_tokens,
                  "Cut longer sentences into pieces")
      ->capture_default_str()
      ->check(CLI::Range(size_t{10}, size_t{100000}));
  app->add_flag("--keep-targetless", keep_targetless,
                "Also emit acts with no target actor whose kind needs one "
                "(attacks, visits, sanctions …); statements, appeals, "
                "intents, praise, demands, accusations and rejections are "
                "always kept");
}

Result<std::unique_ptr<Engine>> LoadEngine(const EngineOptions& opt) {
  auto engine = std::make_unique<Engine>();
  ASSIGN_OR_RETURN(engine->codebook, Codebook::LoadDefault());
  std::string dict_path =
      opt.dict.empty() ? DataPath("dict/dipgraph.dict") : opt.dict;
  ASSIGN_OR_RETURN(
      engine->dictionary,
      dict::Dictionary::Load(dict_path, dict::KnownCodes(engine->codebook)));
  std::string model_path =
      opt.model.empty() ? DataPath("model/en_ewt.dgm") : opt.model;
  ASSIGN_OR_RETURN(syntax::Model model, syntax::Model::Load(model_path));
  engine->lexicon = std::make_unique<DictLexicon>(engine->dictionary);
  engine->analyzer =
      std::make_unique<SyntaxAnalyzer>(model, opt.max_sentence_tokens);
  engine->analyzer->UseNames(&engine->dictionary);
  engine->extractor = std::make_unique<Extractor>(
      *engine->analyzer, *engine->lexicon, engine->codebook,
      CoderOptions{.keep_targetless = opt.keep_targetless});
  return engine;
}

}  // namespace dipgraph::cli
