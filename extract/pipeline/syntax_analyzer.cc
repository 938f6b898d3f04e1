#include "extract/pipeline/syntax_analyzer.h"

#include <cctype>
#include <string>
#include <vector>

#include "common/text.h"
#include "extract/read/dates.h"

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
    out.tokens.push_back({.text = t.form,
                          .lemma = t.lemma,
                          .upos = t.upos,
                          .xpos = t.xpos,
                          .deprel = t.deprel,
                          .head = t.head > 0 ? t.head - 1 : -1,
                          .start = base + static_cast<int64_t>(t.begin),
                          .end = base + static_cast<int64_t>(t.end)});
  }
  return out;
}

void SyntaxAnalyzer::Annotate(syntax::Sentence* s) const {
  model_.Tag(s);
  syntax::RepairNewsNouns(s);
  if (names_ != nullptr) {
    std::vector<std::string_view> forms;
    forms.reserve(s->tokens.size());
    for (const syntax::Token& t : s->tokens) forms.push_back(t.form);
    bool changed = false;
    for (const dict::FoundActor& f :
         names_->FindActors(forms, dict::Day{}, nullptr, false)) {
      if (std::string_view(f.kind) == "agent") continue;
      for (size_t k = f.begin; k < f.end; ++k) {
        syntax::Token& t = s->tokens[k];
        const unsigned char c0 =
            t.form.empty() ? 0 : static_cast<unsigned char>(t.form[0]);
        // Capitalised words of a name only; adjectives stay ("Russian"),
        // but a name the tagger took for an adjective ("Germany suspended
        // aid") does not: not a demonym's ending, and no noun after it.
        if (!(c0 >= 'A' && c0 <= 'Z') || t.upos == "PROPN") continue;
        if (t.upos == "ADJ") {
          const std::string_view w = t.form;
          const bool demonym = w.ends_with("an") || w.ends_with("ese") ||
                               w.ends_with("ish") || w.ends_with("i") ||
                               w.ends_with("ch") || w.ends_with("ic");
          const bool before_noun =
              k + 1 < s->tokens.size() && (s->tokens[k + 1].upos == "NOUN" ||
                                           s->tokens[k + 1].upos == "PROPN" ||
                                           s->tokens[k + 1].upos == "ADJ" ||
                                           s->tokens[k + 1].upos == "NUM");
          if (demonym || before_noun || f.end - f.begin != 1) continue;
        }
        // Function words, and plural nouns ("two Canadians") stay.
        if (t.upos == "DET" || t.upos == "ADP" || t.upos == "CCONJ" ||
            t.xpos == "NNS")
          continue;
        t.upos = "PROPN";
        t.xpos = "NNP";
        t.lemma = t.form;
        changed = true;
      }
    }
    if (changed) syntax::RepairFiniteVerb(s);
  }
  model_.Parse(s);
  if (names_ != nullptr) RepairLemmas(*names_, s);
}

void SyntaxAnalyzer::CutParagraphDateline(std::string_view text,
                                          syntax::Sentence* s) {
  if (s->begin == 0 || s->begin > text.size() || s->tokens.size() < 4) return;
  size_t k = s->begin;
  while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t')) --k;
  if (k > 0 && text[k - 1] != '\n') return;
  const Dateline dl = FindDateline(s->text);
  if (dl.length == 0 || dl.length >= s->text.size()) return;
  // A new sentence after it ("NATO - the alliance - met" is one).
  const unsigned char next = static_cast<unsigned char>(s->text[dl.length]);
  if (!std::isupper(next) && !std::isdigit(next) && next != '"') return;
  const size_t cut = s->begin + dl.length;
  size_t first = 0;
  while (first < s->tokens.size() && s->tokens[first].begin < cut) ++first;
  if (first == 0 || first + 2 > s->tokens.size()) return;
  s->tokens.erase(s->tokens.begin(),
                  s->tokens.begin() + static_cast<std::ptrdiff_t>(first));
  const size_t from = s->tokens.front().begin;
  s->text.erase(0, from - s->begin);
  s->begin = from;
}

void SyntaxAnalyzer::RepairLemmas(const dict::Dictionary& dict,
                                  syntax::Sentence* s) {
  for (syntax::Token& t : s->tokens) {
    const bool verb = t.upos == "VERB" &&
                      (t.xpos == "VBD" || t.xpos == "VBN" || t.xpos == "VBG");
    const bool noun = t.upos == "NOUN" && t.xpos == "NNS";
    if (!verb && !noun) continue;
    if (verb ? dict.IsVerbHead(t.lemma) : dict.IsNounHead(t.lemma)) continue;
    std::string w = AsciiLower(t.form);
    const std::string_view suffix = !verb             ? "s"
                                    : t.xpos == "VBG" ? "ing"
                                                      : "ed";
    if (!w.ends_with(suffix) || w.size() < suffix.size() + 2) continue;
    const std::string stem = w.substr(0, w.size() - suffix.size());
    // The stem as it is ("boycotted", "bases"), with the "e" a verb's
    // suffix took ("mediated"), or without a doubled consonant
    // ("signalled").
    std::vector<std::string> candidates = {stem};
    if (verb) {
      candidates.push_back(stem + "e");
      if (stem.size() >= 3 && stem.back() == stem[stem.size() - 2])
        candidates.push_back(stem.substr(0, stem.size() - 1));
    }
    for (const std::string& c : candidates)
      if (verb ? dict.IsVerbHead(c) : dict.IsNounHead(c)) {
        t.lemma = c;
        break;
      }
  }
}

Status SyntaxAnalyzer::AnalyzeInWindows(std::string_view text, size_t from,
                                        size_t window,
                                        const WindowVisitor& visit) const {
  if (from > text.size()) from = text.size();
  syntax::Segmenter segmenter(text.substr(from), max_tokens_);
  std::vector<syntax::Sentence> sentences;
  int64_t index = 0;
  while (segmenter.Next(window == 0 ? 1 : window, &sentences)) {
    std::vector<ParsedSentence> out;
    out.reserve(sentences.size());
    for (syntax::Sentence& s : sentences) {
      CutParagraphDateline(text.substr(from), &s);
      Annotate(&s);
      out.push_back(Convert(s, index++, static_cast<int64_t>(from)));
    }
    sentences.clear();
    visit(std::move(out));
  }
  return Status::Ok();
}

Result<std::vector<ParsedSentence>> SyntaxAnalyzer::Analyze(
    std::string_view text, size_t from) const {
  if (from > text.size()) from = text.size();
  std::vector<syntax::Sentence> sentences =
      syntax::Segment(text.substr(from), max_tokens_);
  std::vector<ParsedSentence> out;
  out.reserve(sentences.size());
  for (syntax::Sentence& s : sentences) {
    CutParagraphDateline(text.substr(from), &s);
    Annotate(&s);
    out.push_back(Convert(s, static_cast<int64_t>(out.size()),
                          static_cast<int64_t>(from)));
  }
  return out;
}

}  // namespace dipgraph
