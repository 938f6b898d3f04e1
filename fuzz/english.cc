#include "fuzz/english.h"

#include <map>
#include <utility>

#include "fuzz/fuzz_engine.h"

namespace dipgraph::fuzz::english {

// Titles the dictionaries store lower case for matching; news writes them
// capitalised.
std::string Capitalised(std::string s) {
  bool start = true;
  for (char& c : s) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    start = c == ' ' || c == '-';
  }
  return s;
}

const Vocabulary& Vocab() {
  static const Vocabulary v = [] {
    Vocabulary out;
    const auto& d = dipgraph::fuzz::SharedEngine().dictionary;
    for (const auto& a : d.actors()) {
      out.actors.push_back(a.name);
      for (const std::string& alias : a.aliases) out.actors.push_back(alias);
      if (a.adjective) out.adjectives.push_back(Capitalised(a.name));
    }
    for (const auto& p : d.people()) {
      out.actors.push_back(Capitalised(p.name));
      for (const std::string& alias : p.aliases)
        out.actors.push_back(Capitalised(alias));
    }
    for (const auto& g : d.agents())
      for (const std::string& n : g.nouns) out.agents.push_back(n);
    for (const auto& p : d.verbs()) out.verbs.push_back(p.text);
    for (const auto& p : d.nouns()) out.nouns.push_back(p.text);
    if (out.adjectives.empty()) out.adjectives.push_back("Russian");
    return out;
  }();
  return v;
}

std::string Inflect(const std::string& lemma, Form form) {
  static const std::map<std::string, std::pair<std::string, std::string>>
      kIrregular = {{"say", {"said", "said"}},
                    {"meet", {"met", "met"}},
                    {"hold", {"held", "held"}},
                    {"give", {"gave", "given"}},
                    {"make", {"made", "made"}},
                    {"take", {"took", "taken"}},
                    {"send", {"sent", "sent"}},
                    {"speak", {"spoke", "spoken"}},
                    {"leave", {"left", "left"}},
                    {"seek", {"sought", "sought"}},
                    {"tell", {"told", "told"}},
                    {"fight", {"fought", "fought"}},
                    {"strike", {"struck", "struck"}},
                    {"shoot", {"shot", "shot"}},
                    {"hit", {"hit", "hit"}},
                    {"put", {"put", "put"}},
                    {"beat", {"beat", "beaten"}},
                    {"break", {"broke", "broken"}},
                    {"bring", {"brought", "brought"}},
                    {"win", {"won", "won"}},
                    {"lead", {"led", "led"}},
                    {"set", {"set", "set"}},
                    {"be", {"was", "been"}},
                    {"have", {"had", "had"}},
                    {"go", {"went", "gone"}},
                    {"come", {"came", "come"}},
                    {"keep", {"kept", "kept"}},
                    {"lose", {"lost", "lost"}},
                    {"withdraw", {"withdrew", "withdrawn"}},
                    {"forbid", {"forbade", "forbidden"}},
                    {"cut", {"cut", "cut"}}};
  if (lemma.empty()) return lemma;
  const char last = lemma.back();
  const bool e = last == 'e';
  switch (form) {
    case kBase:
      return lemma;
    case kThird:
      if (lemma == "be") return "is";
      if (lemma == "have") return "has";
      if (last == 's' || last == 'h' || last == 'x') return lemma + "es";
      if (last == 'y' && lemma.size() > 1)
        return lemma.substr(0, lemma.size() - 1) + "ies";
      return lemma + "s";
    case kGerund:
      return (e && lemma.size() > 2 ? lemma.substr(0, lemma.size() - 1)
                                    : lemma) +
             "ing";
    case kPast:
    case kParticiple: {
      auto it = kIrregular.find(lemma);
      if (it != kIrregular.end())
        return form == kPast ? it->second.first : it->second.second;
      if (e) return lemma + "d";
      if (last == 'y' && lemma.size() > 1)
        return lemma.substr(0, lemma.size() - 1) + "ied";
      return lemma + "ed";
    }
  }
  return lemma;
}

}  // namespace dipgraph::fuzz::english
