// The coder's Lexicon over the project's dictionaries (extract/dict/):
// actor spans resolved at the event date, verb and noun patterns by lemma,
// and the discard guards.
//
//   ASSIGN_OR_RETURN(dict::Dictionary d, dict::Dictionary::LoadDefault(...));
//   DictLexicon lexicon(d);
//   Extractor extractor(analyzer, lexicon, codebook);
#ifndef DIPGRAPH_EXTRACT_PIPELINE_DICT_LEXICON_H_
#define DIPGRAPH_EXTRACT_PIPELINE_DICT_LEXICON_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/coder/lexicon.h"
#include "extract/dict/dictionary.h"

namespace dipgraph {

class DictLexicon : public Lexicon {
 public:
  // REQUIRES: `dict` outlives the lexicon.
  explicit DictLexicon(const dict::Dictionary& dict);

  std::vector<ActorSpan> FindActors(const ParsedSentence& s,
                                    const std::string& date) const override;
  ActorRef Combine(const ActorRef& country,
                   const ActorRef& agent) const override;
  void NotePeople(const std::vector<ParsedSentence>& sentences,
                  std::set<const void*>* people) const override;
  std::string DateOfPeople(const std::set<const void*>& people) const override;
  const std::vector<Pattern>& VerbPatterns(
      std::string_view lemma) const override;
  const std::vector<Pattern>& NounPatterns(
      std::string_view lemma) const override;
  bool Discard(std::string_view lemma, const ParsedSentence& s,
               std::string* why) const override;
  bool IsCountry(const ActorRef& a) const override;
  bool IsPlace(const ActorRef& a) const override;
  ActorRef State(const std::string& country) const override;

  // The coder's form of a dictionary pattern.
  static Pattern Convert(const dict::Pattern& p, bool noun);

 private:
  const dict::Dictionary& dict_;
  std::map<std::string, std::vector<Pattern>, std::less<>> verbs_, nouns_;
  // Trigger lemma ("*" for every trigger) -> discard entries.
  std::map<std::string, std::vector<const dict::DiscardEntry*>, std::less<>>
      discards_;
  std::vector<Pattern> none_;
  // "SYR\tSyria": the code and canonical name of every country entry.
  std::set<std::string, std::less<>> countries_;
  // The same for the cities marked place=yes.
  std::set<std::string, std::less<>> places_;
  // Country code -> the canonical name of its country entry.
  std::map<std::string, std::string, std::less<>> state_names_;
};

}  // namespace dipgraph

#endif  // DIPGRAPH_EXTRACT_PIPELINE_DICT_LEXICON_H_
