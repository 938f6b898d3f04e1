// dipgraph parse: raw text in, CoNLL-U out (sentences, tokens with byte
// offsets into the input, tags, lemmas, heads and relations). Header lines
// (`Title:`, `Date:`, `Source:` … up to a blank line) at the top of a text
// file are skipped as `dipgraph extract` does.
#include <algorithm>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "common/files.h"
#include "common/output_file.h"
#include "common/text.h"
#include "extract/read/document.h"
#include "extract/syntax/syntax.h"

namespace dipgraph::cli {
namespace {

struct ParseOptions {
  std::string input = "-";
  std::string output = "-";
  std::string model = DataPath("model/en_ewt.dgm");
  size_t max_tokens = 250;
  int beam = 0;
};

}  // namespace

Runner SetupParse(CLI::App* app, const GlobalOptions* global) {
  auto opt = std::make_shared<ParseOptions>();
  app->add_option("file", opt->input, "Text file; - or nothing for stdin");
  AddOutputOption(app, &opt->output);
  app->add_option("--model", opt->model, "Model file")->capture_default_str();
  AddRanged(app, "--beam", &opt->beam,
            "Parser beam width (0: the model's; 1: greedy)", 0, 64);
  app->add_option("--max-tokens", opt->max_tokens,
                  "Longer sentences are cut into pieces of this size")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  return [opt, global]() -> Status {
    ASSIGN_OR_RETURN(syntax::Model model, syntax::Model::Load(opt->model));
    model.set_parser_beam(opt->beam);
    ASSIGN_OR_RETURN(std::string text, ReadFile(opt->input));
    // Invalid UTF-8 is reported and written as U+FFFD; the byte offsets
    // stay those of the input.
    size_t invalid = text.size();
    ReplaceInvalidUtf8(text, &invalid);
    if (invalid < text.size() && !global->quiet)
      std::cerr << "dipgraph parse: warning: " << opt->input
                << ": invalid UTF-8 at byte " << invalid
                << " (written as U+FFFD; offsets are of the input bytes)\n";
    // Invalid UTF-8 is no error here (the syntax layer keeps such bytes),
    // so a text DocumentFromText rejects is parsed from its first byte.
    size_t body = 0;
    if (Result<Document> d = DocumentFromText(text, opt->input, opt->input, {});
        d.ok())
      body = d->body_start;
    size_t long_sentences = 0, count = 0;
    ASSIGN_OR_RETURN(auto out, OutputFile::Open(opt->output));
    // Paragraph-aligned chunks of about 64 KB, segmented and parsed one at
    // a time, each sentence freed once written: memory stays flat whatever
    // the input size. The splitter ends sentences at paragraph breaks, so
    // the chunks do not change where sentences end.
    const std::string_view all = std::string_view(text);
    size_t from = body;
    while (from < all.size()) {
      size_t to = std::min(all.size(), from + (64 << 10));
      if (to < all.size()) {
        const size_t br = all.find("\n\n", to);
        to = br == std::string_view::npos ? all.size() : br + 2;
      }
      size_t cut = 0;
      std::vector<syntax::Sentence> doc =
          syntax::Segment(all.substr(from, to - from), opt->max_tokens, &cut);
      long_sentences += cut;
      for (syntax::Sentence& sentence : doc) {
        std::vector<syntax::Sentence> one(1);
        one[0] = std::move(sentence);
        syntax::Sentence& s = one[0];
        model.Annotate(&s);
        s.id = std::to_string(++count);
        s.begin += from;
        s.end += from;
        for (syntax::Token& t : s.tokens) t.begin += from, t.end += from;
        out->stream() << (invalid < text.size()
                              ? ReplaceInvalidUtf8(syntax::FormatConllu(one))
                              : syntax::FormatConllu(one));
      }
      from = to;
    }
    if (long_sentences > 0 && !global->quiet)
      std::cerr << "dipgraph parse: warning: " << long_sentences
                << " sentence(s) longer than " << opt->max_tokens
                << " tokens were cut\n";
    RETURN_IF_ERROR(out->Commit());
    if (count == 0) return NoResult("no sentences in the input");
    return Status::Ok();
  };
}

}  // namespace dipgraph::cli
