// A small lexicon for tests of the coder and the extractor: a few actors,
// agents, verb and noun patterns and one discard, enough for every
// phenomenon the coder handles. Test-only.
#ifndef DIPGRAPH_EXTRACT_CODER_TEST_LEXICON_H_
#define DIPGRAPH_EXTRACT_CODER_TEST_LEXICON_H_

#include <gtest/gtest.h>

#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "extract/coder/lexicon.h"

namespace dipgraph {

class TestLexicon : public Lexicon {
 public:
  TestLexicon() {
    Named("vladimir putin",
          {"RUSGOV", "Vladimir Putin", "RUS", "GOV", "person"});
    Named("putin", {"RUSGOV", "Vladimir Putin", "RUS", "GOV", "person"});
    Named("barack obama", {"USAGOV", "Barack Obama", "USA", "GOV", "person"});
    Named("obama", {"USAGOV", "Barack Obama", "USA", "GOV", "person"});
    Named("the kremlin", {"RUSGOV", "Kremlin", "RUS", "GOV", "government"});
    Named("moscow", {"RUSGOV", "Moscow", "RUS", "GOV", "government"});
    Named("kyiv", {"UKRGOV", "Kyiv", "UKR", "GOV", "government"});
    Named("nusra", {"SYRINS", "Nusra Front", "SYR", "INS", "armed_group"});
    Country("us", {"USA", "United States", "USA", "", "state"});
    Country("russian", {"RUS", "Russia", "RUS", "", "state"});
    Country("syrian", {"SYR", "Syria", "SYR", "", "state"});
    Country("brazil", {"BRA", "Brazil", "BRA", "", "state"});
    Country("argentina", {"ARG", "Argentina", "ARG", "", "state"});
    Agent("rebels", {"", "", "", "REB", "armed_group"});
    Agent("forces", {"", "", "", "MIL", "military"});
    Agent("leader", {"", "", "", "GOV", "government"});
    Agent("presidents", {"", "", "", "GOV", "government"});
    Verb("urge", "020", "urge $T to $C", true);
    Verb("say", "010", "say $C", true);
    Verb("encourage", "020", "encourage $T to $C", true);
    Verb("call", "040", "call $T", false);
    Verb("discuss", "040", "discuss $T", false, /*symmetric=*/true);
    Verb("attack", "190", "attack $T", false);
    Verb("beat", "190", "beat $T", false);
    Verb("comment", "010", "comment on $T", false);
    Verb("disengage", "0874", "disengage from $T", false);
    Verb("reject", "120", "reject $T", false);
    Verb("refuse", "120", "refuse to $C", false);
    Verb("agree", "030", "agree to $C", false);
    Noun("strike", "195", "strike against $T");
  }

  std::vector<ActorSpan> FindActors(const ParsedSentence& s,
                                    const std::string&) const override {
    std::vector<ActorSpan> out;
    int n = static_cast<int>(s.tokens.size());
    for (int i = 0; i < n;) {
      int best = -1;
      const ActorSpan* hit = nullptr;
      std::string words;
      for (int j = i; j < n && j < i + 3; ++j) {
        words += (j > i ? " " : "") + Low(s.tokens[j].text);
        auto it = entries_.find(words);
        if (it != entries_.end()) best = j, hit = &it->second;
      }
      if (hit) {
        ActorSpan sp = *hit;
        sp.first = i;
        sp.last = best;
        out.push_back(sp);
        i = best + 1;
      } else {
        ++i;
      }
    }
    return out;
  }
  ActorRef Combine(const ActorRef& c, const ActorRef& a) const override {
    return {c.country + a.role, c.name + " " + a.role, c.country, a.role,
            a.type};
  }
  const std::vector<Pattern>& VerbPatterns(std::string_view l) const override {
    auto it = verbs_.find(std::string(l));
    return it == verbs_.end() ? none_ : it->second;
  }
  const std::vector<Pattern>& NounPatterns(std::string_view l) const override {
    auto it = nouns_.find(std::string(l));
    return it == nouns_.end() ? none_ : it->second;
  }
  bool Discard(std::string_view lemma, const ParsedSentence& s,
               std::string* why) const override {
    if (lemma != "beat") return false;
    for (const ParsedToken& t : s.tokens)
      if (t.lemma == "cup" || t.lemma == "match") return *why = "sports", true;
    return false;
  }

 private:
  static std::string Low(std::string s) {
    for (char& c : s)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }
  void Add(const std::string& alias, ActorSpan::Kind kind, ActorRef ref) {
    ActorSpan sp;
    sp.kind = kind;
    sp.actor = std::move(ref);
    entries_[alias] = sp;
  }
  void Named(const std::string& a, ActorRef r) { Add(a, ActorSpan::kNamed, r); }
  void Country(const std::string& a, ActorRef r) {
    Add(a, ActorSpan::kCountry, r);
  }
  void Agent(const std::string& a, ActorRef r) { Add(a, ActorSpan::kAgent, r); }
  void Verb(const std::string& lemma, const std::string& code,
            const std::string& text, bool speech, bool symmetric = false) {
    Pattern p;
    ASSERT_TRUE(ParsePattern(text, false, &p).ok());
    p.code = code;
    p.speech = speech;
    p.symmetric = symmetric;
    verbs_[lemma].push_back(p);
  }
  void Noun(const std::string& lemma, const std::string& code,
            const std::string& text) {
    Pattern p;
    ASSERT_TRUE(ParsePattern(text, true, &p).ok());
    p.code = code;
    nouns_[lemma].push_back(p);
  }
  std::map<std::string, ActorSpan> entries_;
  std::map<std::string, std::vector<Pattern>> verbs_, nouns_;
  std::vector<Pattern> none_;
};

}  // namespace dipgraph

#endif  // DIPGRAPH_EXTRACT_CODER_TEST_LEXICON_H_
