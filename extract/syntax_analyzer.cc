#include "extract/syntax_analyzer.h"

namespace dipgraph {

ParsedSentence SyntaxAnalyzer::Convert(const syntax::Sentence& s, int64_t index,
                                       int64_t base) {
  ParsedSentence out;
  out.index = index;
  out.start = base + static_cast<int64_t>(s.begin);
  out.end = base + static_cast<int64_t>(s.end);
  out.text = s.text;
  out.tokens.reserve(s.tokens.size());
  for (const syntax::Token& t : s.tokens) {
    ParsedToken p;
    p.text = t.form;
    p.lemma = t.lemma;
    p.upos = t.upos;
    p.xpos = t.xpos;
    p.deprel = t.deprel;
    p.head = t.head > 0 ? t.head - 1 : -1;
    p.start = base + static_cast<int64_t>(t.begin);
    p.end = base + static_cast<int64_t>(t.end);
    out.tokens.push_back(std::move(p));
  }
  return out;
}

Result<std::vector<ParsedSentence>> SyntaxAnalyzer::Analyze(
    std::string_view text, size_t from) const {
  if (from > text.size()) from = text.size();
  std::vector<syntax::Sentence> sentences =
      syntax::Segment(text.substr(from), max_tokens_);
  std::vector<ParsedSentence> out;
  out.reserve(sentences.size());
  for (syntax::Sentence& s : sentences) {
    model_.Annotate(&s);
    out.push_back(Convert(s, static_cast<int64_t>(out.size()),
                          static_cast<int64_t>(from)));
  }
  return out;
}

}  // namespace dipgraph
