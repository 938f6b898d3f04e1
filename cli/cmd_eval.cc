// dipgraph eval: accuracy figures. `eval parse` scores the syntax layer
// against a gold CoNLL-U file; other stages add their own sub-subcommands.
#include <iomanip>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "common/files.h"
#include "common/output_file.h"
#include "extract/syntax/syntax.h"

namespace dipgraph::cli {
namespace {

struct EvalParseOptions {
  std::string gold;
  bool json = false;
  std::string output = "-";
};

nlohmann::json ScoresJson(const syntax::ParseScores& s) {
  nlohmann::json j;
  j["sentences"] = s.sentences;
  j["raw_text"] = {{"gold_tokens", s.gold_tokens},
                   {"system_tokens", s.system_tokens},
                   {"matched_tokens", s.matched_tokens},
                   {"token_f1", s.TokenF1() * 100},
                   {"gold_sentences", s.gold_sentences},
                   {"system_sentences", s.system_sentences},
                   {"sentence_f1", s.SentenceF1() * 100}};
  return j;
}

void PrintTable(const syntax::ParseScores& s, std::ostream& out) {
  out << std::fixed << std::setprecision(2) << "sentences      " << s.sentences
      << "\n"
      << "token F1       " << s.TokenF1() * 100 << "  (from raw text, "
      << s.matched_tokens << " of " << s.gold_tokens << " gold, "
      << s.system_tokens << " system)\n"
      << "sentence F1    " << s.SentenceF1() * 100 << "  ("
      << s.matched_sentences << " of " << s.gold_sentences << " gold, "
      << s.system_sentences << " system)\n";
}

Runner SetupEvalParse(CLI::App* app) {
  auto opt = std::make_shared<EvalParseOptions>();
  app->add_option("--gold", opt->gold, "Gold CoNLL-U file")->required();
  app->add_flag("--json", opt->json, "Print JSON instead of a table");
  app->add_option("-o,--output", opt->output, "Output file; - for stdout")
      ->capture_default_str();
  return [opt]() -> Status {
    ASSIGN_OR_RETURN(std::string content, ReadFile(opt->gold));
    ASSIGN_OR_RETURN(auto gold, syntax::ParseConllu(content, opt->gold));
    if (gold.empty()) return NoResult(opt->gold + ": no sentences");
    const syntax::ParseScores scores = syntax::EvaluateSegmentation(gold);
    ASSIGN_OR_RETURN(auto out, OutputFile::Open(opt->output));
    if (opt->json)
      out->stream() << ScoresJson(scores).dump(2) << "\n";
    else
      PrintTable(scores, out->stream());
    return out->Commit();
  };
}

}  // namespace

Runner SetupEval(CLI::App* app, const GlobalOptions*) {
  app->require_subcommand(1);
  CLI::App* parse =
      app->add_subcommand("parse", "Score the syntax layer on gold CoNLL-U");
  Runner run_parse = SetupEvalParse(parse);
  return [parse, run_parse]() -> Status {
    if (parse->parsed()) return run_parse();
    return UsageError("eval: name what to evaluate (parse)");
  };
}

}  // namespace dipgraph::cli
