// Internal to the coder: a clause's parts — its subject, voice, negation
// and modality — and a nominal's preposition and quotes. Split from
// roles.cc, which finds the actors of phrases.
#include <algorithm>
#include <string>
#include <vector>

#include "extract/coder/roles.h"

namespace dipgraph::coder {

int Roles::Subject(int pred) const {
  for (const char* rel : {"nsubj", "nsubj:pass", "csubj"}) {
    std::vector<int> c = s_.Children(pred, rel);
    if (!c.empty()) {
      int subj = c.front();
      // A relative pronoun stands for the noun the clause modifies.
      std::string w = Lower(s_.tokens[subj].text);
      if (s_.tokens[pred].deprel == "acl:relcl" &&
          (w == "who" || w == "that" || w == "which"))
        return s_.tokens[pred].head;
      if (s_.tokens[pred].deprel == "advcl:relcl" &&
          (w == "who" || w == "that" || w == "which"))
        return subj;  // ActorsOfPhrase finds the noun it stands for
      return subj;
    }
  }
  const ParsedToken& t = s_.tokens[pred];
  // "In a joint telephone call on Sunday, Angela Merkel, Germany's
  // chancellor, and Emmanuel Macron urged Putin …": the parse hung the
  // subject inside the opening phrase. A main verb without a subject takes
  // the first person or state named there after a comma (the opening
  // phrase's own actors come before it).
  if (t.deprel == "root" && t.upos == "VERB")
    for (int k = 1; k < pred; ++k) {
      if (span_of_[k] < 0 || span_of_[k - 1] == span_of_[k]) continue;
      const ActorSpan& sp = spans_[span_of_[k]];
      if (sp.kind == ActorSpan::kAgent || s_.tokens[k - 1].text != ",")
        continue;
      if (sp.actor.type != "person" && sp.actor.type != "state") continue;
      int h = sp.last;
      while (s_.tokens[h].head >= sp.first && s_.tokens[h].head <= sp.last)
        h = s_.tokens[h].head;
      if (s_.tokens[h].deprel == "conj" || s_.tokens[h].deprel == "appos")
        return h;
    }
  if (t.head < 0) return -1;
  if (t.deprel == "xcomp") {
    // Object control ("urged Obama to facilitate", "called on the sides to
    // stop"), else subject control.
    std::vector<int> obj = s_.Children(t.head, "obj");
    if (!obj.empty()) return obj.front();
    for (int c : s_.Children(t.head, "obl", false)) {
      const std::string cs = Case(c);
      if ((cs == "on" || cs == "upon") && c < pred) return c;
    }
    return Subject(t.head);
  }
  if (t.deprel == "advcl") {
    // "accused Azerbaijan of shelling", "blamed Kyiv for attacking": the
    // one accused does it.
    bool of_for = false;
    for (int m : s_.Children(pred, "mark")) {
      const std::string w = Lower(s_.tokens[m].text);
      of_for |= w == "of" || w == "for";
    }
    if (of_for) {
      std::vector<int> obj = s_.Children(t.head, "obj");
      if (!obj.empty()) return obj.front();
    }
  }
  if (t.deprel == "conj" || t.deprel == "advcl") return Subject(t.head);
  if (t.deprel == "acl" || t.deprel == "acl:relcl") return t.head;
  // "Erdogan's government, which has demanded …, blamed the regime": a
  // parse that makes the subject noun the root and hangs the verb on it
  // (parataxis) after the noun's relative clause or apposition; the noun
  // is the subject.
  if (t.deprel == "parataxis") {
    const ParsedToken& h = s_.tokens[t.head];
    if (h.deprel == "root" && (h.upos == "NOUN" || h.upos == "PROPN") &&
        t.head < pred) {
      for (int c : s_.Children(t.head))
        if (c > t.head && c < pred &&
            (s_.tokens[c].deprel == "acl:relcl" ||
             s_.tokens[c].deprel == "appos"))
          return t.head;
    }
  }
  return -1;
}

bool Roles::Passive(int pred) const {
  if (!s_.Children(pred, "nsubj:pass").empty() ||
      !s_.Children(pred, "aux:pass").empty())
    return true;
  // "militants backed by Iran": a participle modifying its patient, with
  // the doer in a by-phrase.
  const ParsedToken& t = s_.tokens[pred];
  if (t.deprel == "acl" && t.xpos == "VBN" && s_.Children(pred, "obj").empty())
    for (int c : s_.Children(pred, "obl", false))
      if (s_.tokens[c].deprel == "obl:agent" || Case(c) == "by") return true;
  return false;
}

int Roles::PassiveAgent(int pred) const {
  for (int c : s_.Children(pred, "obl", false))
    if (s_.tokens[c].deprel == "obl:agent" || Case(c) == "by") return c;
  // "imposed on Moscow by the EU" with "by the EU" hung on "Moscow".
  for (int c : s_.Children(pred)) {
    if (!Base(s_.tokens[c], "obl") && !Base(s_.tokens[c], "nsubj")) continue;
    for (int cc : s_.Children(c))
      if (Base(s_.tokens[cc], "nmod") && Case(cc) == "by") return cc;
  }
  return -1;
}

bool Roles::Negated(int pred) const {
  // "will stop receiving gas", "failed to reach an agreement".
  const ParsedToken& t = s_.tokens[pred];
  if (t.deprel == "xcomp" && t.head >= 0) {
    const std::string gov = Lower(s_.tokens[t.head].lemma);
    if (gov == "stop" || gov == "cease" || gov == "quit" || gov == "halt" ||
        gov == "fail")
      return true;
  }
  for (int c : s_.Children(pred)) {
    std::string w = Lower(s_.tokens[c].text);
    if ((Base(s_.tokens[c], "advmod") || s_.tokens[c].deprel == "neg") &&
        (w == "not" || w == "n't" || w == "never"))
      return true;
  }
  // "Neither Britain nor France has ratified it", "no country has": a
  // subject that no one is.
  for (int subj : s_.Children(pred)) {
    const std::string& d = s_.tokens[subj].deprel;
    if (d != "nsubj" && d != "nsubj:pass") continue;
    for (int c : s_.Children(subj)) {
      // ("No 10", Downing Street, is no "no".)
      const std::string& w = s_.tokens[c].text;
      if ((s_.tokens[c].deprel == "det" ||
           s_.tokens[c].deprel == "cc:preconj") &&
          (Lower(w) == "neither" || w == "no"))
        return true;
    }
  }
  return false;
}

std::string Roles::Modality(int pred) const {
  for (int p = pred, hops = 0; p >= 0 && hops < 6;
       p = s_.tokens[p].head, ++hops) {
    // "decided whether to arm", "if it invaded": not asserted.
    for (int c : s_.Children(p, "mark")) {
      std::string w = Lower(s_.tokens[c].text);
      if (w == "whether" || w == "if" || w == "unless") return "hypothetical";
    }
    for (int c : s_.Children(p, "aux")) {
      std::string w = Lower(s_.tokens[c].text);
      if (w == "will" || w == "shall" || w == "'ll") return "future";
      if (w == "would" || w == "could" || w == "might" || w == "may")
        return "hypothetical";
      if (w == "must" || w == "should") return "demanded";
    }
    // "possibly supported by Iran", "probably fired by": speculation.
    for (int c : s_.Children(p, "advmod")) {
      std::string w = Lower(s_.tokens[c].text);
      if (w == "possibly" || w == "probably" || w == "perhaps" ||
          w == "allegedly" || w == "reportedly" || w == "apparently")
        return "hypothetical";
    }
    std::string_view d = s_.tokens[p].deprel;
    // "are due to meet", "is set to visit", "is expected to sign": future.
    if (d == "xcomp" && s_.tokens[p].head >= 0) {
      const std::string h = Lower(s_.tokens[s_.tokens[p].head].lemma);
      if (h == "due" || h == "set" || h == "expect" || h == "schedule" ||
          h == "plan" || h == "poise" || h == "go" || h == "intend")
        return "future";
    }
    // "rumours that the US had launched a strike", "a report that a jet
    // was shot down", "speculation that …": what a rumour or report says
    // is not asserted here.
    // (A complement clause the parser took for a relative clause too; and
    // "the rumours were that …", the noun the clause's outer subject.)
    static constexpr std::string_view kHearsay[] = {
        "rumour", "rumor",      "report",    "speculation", "suggestion",
        "claim",  "allegation", "assertion", "possibility", "fear"};
    auto hearsay = [&](int k) {
      const std::string h = Lower(s_.tokens[k].lemma);
      return s_.tokens[k].upos == "NOUN" &&
             std::find(std::begin(kHearsay), std::end(kHearsay), h) !=
                 std::end(kHearsay);
    };
    // (A clause with a subject of its own: "a claim denied by the
    // chancellor" is the claim's fate, not what it says.)
    const bool finite = !s_.Children(p, "nsubj").empty() ||
                        !s_.Children(p, "nsubj:pass").empty();
    if ((d == "acl" || d == "ccomp" || d == "acl:relcl") && finite &&
        s_.tokens[p].head >= 0 && hearsay(s_.tokens[p].head))
      return "hypothetical";
    for (int outer : s_.Children(p, "nsubj:outer")) {
      if (hearsay(outer)) return "hypothetical";
      for (int k : s_.Children(outer, "nmod"))
        if (hearsay(k)) return "hypothetical";
    }
    if (d != "xcomp" && d != "ccomp" && d != "acl:relcl" && d != "conj") break;
  }
  return "asserted";
}

std::string Roles::Case(int nominal) const {
  std::string out;
  for (int c : s_.Children(nominal, "case")) {
    if (!out.empty()) out += ' ';
    out += Lower(s_.tokens[c].text);
  }
  return out;
}

bool Roles::InQuotes(int token) const {
  int opens = 0;
  for (int k = 0; k < token; ++k) {
    const std::string& w = s_.tokens[k].text;
    if (w == "\"" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D") ++opens;
  }
  if (opens % 2 == 1) return true;
  // A curly open quote before and a close after.
  bool open = false;
  for (int k = 0; k < token; ++k) {
    if (s_.tokens[k].text == "\xE2\x80\x9C") open = true;
    if (s_.tokens[k].text == "\xE2\x80\x9D") open = false;
  }
  return open;
}

}  // namespace dipgraph::coder
