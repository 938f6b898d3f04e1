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
  std::string model = DataPath("model/en_ewt.dgm");
  bool json = false;
  std::string output = "-";
  int beam = 0;
};

double Pct(size_t n, size_t d) {
  return d ? 100.0 * static_cast<double>(n) / static_cast<double>(d) : 0.0;
}

nlohmann::json TagJson(const syntax::TagScores& t) {
  return {{"tokens", t.tokens},
          {"upos", Pct(t.upos, t.tokens)},
          {"xpos", Pct(t.xpos, t.tokens)},
          {"lemma", Pct(t.lemma, t.tokens)},
          {"uas", Pct(t.uas, t.tokens)},
          {"las", Pct(t.las, t.tokens)}};
}

void PrintTags(const char* title, const syntax::TagScores& t,
               std::ostream& out) {
  out << title << "\n  UPOS      " << Pct(t.upos, t.tokens) << "\n  XPOS      "
      << Pct(t.xpos, t.tokens) << "\n  lemma     " << Pct(t.lemma, t.tokens)
      << "\n  UAS       " << Pct(t.uas, t.tokens) << "\n  LAS       "
      << Pct(t.las, t.tokens) << "\n";
}

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
  app->add_option("--model", opt->model, "Model file")->capture_default_str();
  AddRanged(app, "--beam", &opt->beam,
            "Parser beam width (0: the model's; 1: greedy)", 0, 64);
  AddJsonFlag(app, &opt->json);
  AddOutputOption(app, &opt->output);
  return [opt]() -> Status {
    ASSIGN_OR_RETURN(std::string content, ReadFile(opt->gold));
    ASSIGN_OR_RETURN(auto gold, syntax::ParseConllu(content, opt->gold));
    if (gold.empty()) return NoResult(opt->gold + ": no sentences");
    const syntax::ParseScores scores = syntax::EvaluateSegmentation(gold);
    ASSIGN_OR_RETURN(syntax::Model model, syntax::Model::Load(opt->model));
    model.set_parser_beam(opt->beam);
    const syntax::TagScores gold_tok = syntax::EvaluateTagging(model, gold);
    const syntax::TagScores raw = syntax::EvaluateTaggingRaw(model, gold);
    ASSIGN_OR_RETURN(auto out, OutputFile::Open(opt->output));
    if (opt->json) {
      nlohmann::json j = ScoresJson(scores);
      j["gold_tokenization"] = TagJson(gold_tok);
      j["raw_text"].update(TagJson(raw));
      out->stream() << j.dump(2) << "\n";
    } else {
      PrintTable(scores, out->stream());
      PrintTags("with gold tokenization:", gold_tok, out->stream());
      PrintTags("from raw text (aligned F1):", raw, out->stream());
    }
    return out->Commit();
  };
}

}  // namespace

Runner SetupEval(CLI::App* app, const GlobalOptions*) {
  app->require_subcommand(1);
  CLI::App* parse =
      app->add_subcommand("parse", "Score the syntax layer on gold CoNLL-U");
  Runner run_parse = SetupEvalParse(parse);
  CLI::App* events = app->add_subcommand(
      "events", "Code a gold set of sentences and score the events");
  Runner run_events = SetupEvalEvents(events);
  return [parse, run_parse, events, run_events]() -> Status {
    if (parse->parsed()) return run_parse();
    if (events->parsed()) return run_events();
    return UsageError("eval: name what to evaluate (parse or events)");
  };
}

}  // namespace dipgraph::cli
