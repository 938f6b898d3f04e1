// dipgraph train: trains the syntax model (tagger, lemmatizer, dependency
// parser) on a UD treebank folder holding en_ewt-ud-{train,dev}.conllu (and
// optionally en_ewt-ud-test.conllu, scored and recorded in the model) and
// writes the model file.
#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "common/files.h"
#include "common/progress.h"
#include "extract/syntax/syntax.h"

namespace dipgraph::cli {
namespace {

// The shipped model's recipe (docs/accuracy.md).
syntax::TrainOptions ShippedRecipe() {
  syntax::TrainOptions t;
  t.epochs = 10;
  t.parser_epochs = 16;
  t.jackknife = 4;
  t.parser_beam = 8;
  t.parser_parse_beam = 6;
  return t;
}

struct TrainCmdOptions {
  std::string treebank;
  std::string output = "data/model/en_ewt.dgm";
  syntax::TrainOptions train = ShippedRecipe();
};

Result<std::vector<syntax::Sentence>> ReadTreebank(const std::string& path) {
  ASSIGN_OR_RETURN(std::string content, ReadFile(path));
  return syntax::ParseConllu(content, path);
}

}  // namespace

Runner SetupTrain(CLI::App* app, const GlobalOptions* global) {
  auto opt = std::make_shared<TrainCmdOptions>();
  app->add_option("--treebank", opt->treebank,
                  "Folder with en_ewt-ud-train.conllu and en_ewt-ud-dev.conllu")
      ->required();
  app->add_option("-o,--output", opt->output, "Model file to write")
      ->capture_default_str();
  syntax::TrainOptions& t = opt->train;
  const struct {
    const char* name;
    int* value;
    const char* help;
    int lo, hi;
  } kRanged[] = {
      {"--epochs", &t.epochs, "Tagger training passes", 1, 100},
      {"--parser-epochs", &t.parser_epochs,
       "Parser training passes (0: no parser)", 0, 100},
      {"--jackknife", &t.jackknife,
       "Train the parser on tags predicted by this many taggers (0: gold "
       "tags)",
       0, 20},
      {"--beam", &t.parser_beam,
       "Parser beam width in training (1: greedy, dynamic oracle)", 1, 64},
      {"--parse-beam", &t.parser_parse_beam,
       "Beam width the model parses with (0, or more than --beam: the "
       "training width)",
       0, 64},
  };
  for (const auto& r : kRanged)
    AddRanged(app, r.name, r.value, r.help, r.lo, r.hi);
  app->add_flag("--skip-nonprojective", t.skip_nonprojective,
                "Drop non-projective training trees instead of lifting them");
  return [opt, global]() -> Status {
    const auto start = std::chrono::steady_clock::now();
    ASSIGN_OR_RETURN(auto train,
                     ReadTreebank(opt->treebank + "/en_ewt-ud-train.conllu"));
    ASSIGN_OR_RETURN(auto dev,
                     ReadTreebank(opt->treebank + "/en_ewt-ud-dev.conllu"));
    std::vector<syntax::Sentence> test;
    const std::string test_path = opt->treebank + "/en_ewt-ud-test.conllu";
    if (std::filesystem::exists(test_path)) {
      ASSIGN_OR_RETURN(test, ReadTreebank(test_path));
    }
    const bool show = ProgressWanted(global->quiet);
    std::unique_ptr<Progress> bar;
    std::string stage;
    syntax::TrainOptions options = opt->train;
    options.test = test.empty() ? nullptr : &test;
    options.progress = [&](const std::string& name, size_t done, size_t total) {
      if (!show) return;
      if (!bar || name != stage) {
        if (bar) bar->Finish();
        stage = name;
        bar = std::make_unique<Progress>(name, static_cast<int64_t>(total),
                                         global->quiet);
      }
      bar->Update(static_cast<int64_t>(done));
    };
    options.log = [&](const std::string& line) {
      if (global->quiet) return;
      if (bar) bar->Finish();
      bar.reset();
      std::cerr << line << "\n";
    };
    ASSIGN_OR_RETURN(syntax::Model model,
                     syntax::TrainModel(train, dev, options));
    if (bar) bar->Finish();
    RETURN_IF_ERROR(model.Save(opt->output));
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    if (!global->quiet)
      std::cerr << model.figures() << "trained in " << secs << " s, wrote "
                << opt->output << "\n";
    return Status::Ok();
  };
}

}  // namespace dipgraph::cli
