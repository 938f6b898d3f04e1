// The coder's SentenceAnalyzer over the syntax layer (extract/syntax/):
// split, tokenize, tag, lemmatize and parse, with byte offsets into the
// document.
//
//   ASSIGN_OR_RETURN(syntax::Model model, syntax::Model::Load(path));
//   SyntaxAnalyzer analyzer(model);
#ifndef DIPGRAPH_EXTRACT_PIPELINE_SYNTAX_ANALYZER_H_
#define DIPGRAPH_EXTRACT_PIPELINE_SYNTAX_ANALYZER_H_

#include <string_view>
#include <vector>

#include "extract/dict/dictionary.h"
#include "extract/pipeline/extractor.h"
#include "extract/syntax/syntax.h"

namespace dipgraph {

class SyntaxAnalyzer : public SentenceAnalyzer {
 public:
  // Sentences longer than `max_tokens` are cut into pieces.
  explicit SyntaxAnalyzer(syntax::Model model, size_t max_tokens = 250)
      : model_(std::move(model)), max_tokens_(max_tokens) {}

  // Names the dictionary knows ("Moscow", "Trump") are tagged as proper
  // nouns before parsing, whatever the tagger guessed at the head of a
  // sentence. `names` must outlive the analyzer; nullptr turns this off.
  void UseNames(const dict::Dictionary* names) { names_ = names; }

  Result<std::vector<ParsedSentence>> Analyze(std::string_view text,
                                              size_t from) const override;
  // Tokenizes and splits the whole text once (byte spans), then builds,
  // tags and parses one window of sentences at a time.
  Status AnalyzeInWindows(std::string_view text, size_t from, size_t window,
                          const WindowVisitor& visit) const override;

  // Tags, marks known names, repairs the main verb and parses `s`.
  void Annotate(syntax::Sentence* s) const;

  // Wire digests run several stories in one text, each paragraph opening
  // with its own dateline ("BAHRAIN - Iranian forces have renewed …"): the
  // dateline is cut from the sentence `s` (tokens, text and begin), which
  // opens a paragraph of `text` (its offsets count in `text`). It is no part
  // of the grammar: it had made "BAHRAIN - Iranian forces" a Bahraini
  // subject. The article's first dateline is cut before segmenting.
  static void CutParagraphDateline(std::string_view text, syntax::Sentence* s);

  // Lemmas the event dictionaries match on, repaired after parsing: a
  // past form, gerund or plural whose lemma heads no pattern takes the
  // spelling that does ("mediated" -> mediate, "boycotted" -> boycott,
  // "bases" -> base), when one does.
  static void RepairLemmas(const dict::Dictionary& dict, syntax::Sentence* s);

  // One syntax sentence in the coder's form; offsets shifted by `base`.
  static ParsedSentence Convert(const syntax::Sentence& s, int64_t index,
                                int64_t base);

 private:
  syntax::Model model_;
  size_t max_tokens_;
  const dict::Dictionary* names_ = nullptr;
};

}  // namespace dipgraph

#endif  // DIPGRAPH_EXTRACT_PIPELINE_SYNTAX_ANALYZER_H_
