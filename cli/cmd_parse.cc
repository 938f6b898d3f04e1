// dipgraph parse: raw text in, CoNLL-U out (sentences, tokens, byte offsets).
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "common/files.h"
#include "common/output_file.h"
#include "extract/syntax/syntax.h"

namespace dipgraph::cli {
namespace {

struct ParseOptions {
  std::string input = "-";
  std::string output = "-";
  std::string model = DataPath("model/en_ewt.dgm");
  size_t max_tokens = 250;
};

}  // namespace

Runner SetupParse(CLI::App* app, const GlobalOptions* global) {
  auto opt = std::make_shared<ParseOptions>();
  app->add_option("file", opt->input, "Text file; - or nothing for stdin");
  app->add_option("-o,--output", opt->output, "Output file; - for stdout")
      ->capture_default_str();
  app->add_option("--model", opt->model, "Model file")->capture_default_str();
  app->add_option("--max-tokens", opt->max_tokens,
                  "Longer sentences are cut into pieces of this size")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  return [opt, global]() -> Status {
    ASSIGN_OR_RETURN(syntax::Model model, syntax::Model::Load(opt->model));
    ASSIGN_OR_RETURN(std::string text, ReadFile(opt->input));
    size_t long_sentences = 0;
    std::vector<syntax::Sentence> doc =
        syntax::Segment(text, opt->max_tokens, &long_sentences);
    for (syntax::Sentence& s : doc) model.Tag(&s);
    if (long_sentences > 0 && !global->quiet)
      std::cerr << "dipgraph parse: warning: " << long_sentences
                << " sentence(s) longer than " << opt->max_tokens
                << " tokens were cut\n";
    ASSIGN_OR_RETURN(auto out, OutputFile::Open(opt->output));
    out->stream() << syntax::FormatConllu(doc);
    RETURN_IF_ERROR(out->Commit());
    if (doc.empty()) return NoResult("no sentences in the input");
    return Status::Ok();
  };
}

}  // namespace dipgraph::cli
