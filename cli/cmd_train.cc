// dipgraph train: trains the syntax model on a UD treebank folder holding
// en_ewt-ud-{train,dev}.conllu and writes the model file.
#include <chrono>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "common/files.h"
#include "common/progress.h"
#include "extract/syntax/syntax.h"

namespace dipgraph::cli {
namespace {

struct TrainCmdOptions {
  std::string treebank;
  std::string output = "data/model/en_ewt.dgm";
  int epochs = 10;
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
  app->add_option("--epochs", opt->epochs, "Training passes")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  return [opt, global]() -> Status {
    const auto start = std::chrono::steady_clock::now();
    ASSIGN_OR_RETURN(auto train,
                     ReadTreebank(opt->treebank + "/en_ewt-ud-train.conllu"));
    ASSIGN_OR_RETURN(auto dev,
                     ReadTreebank(opt->treebank + "/en_ewt-ud-dev.conllu"));
    Progress bar("training", static_cast<int64_t>(train.size()) * opt->epochs,
                 global->quiet);
    int64_t done = 0;
    syntax::TrainOptions options;
    options.epochs = opt->epochs;
    options.progress = [&](size_t, size_t) { bar.Update(++done); };
    ASSIGN_OR_RETURN(syntax::Model model,
                     syntax::TrainModel(train, dev, options));
    bar.Finish();
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
