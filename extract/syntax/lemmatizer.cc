// Lemmas: the exception table learned from the treebank ("lower form\tXPOS"),
// else suffix rules by part of speech. Proper nouns keep their form.
#include <string>

#include "extract/syntax/tagger_model.h"
#include "extract/syntax/text_util.h"

namespace dipgraph::syntax {
namespace {

bool EndsWith(const std::string& w, std::string_view s) {
  return w.size() > s.size() + 1 && w.ends_with(s);
}

std::string Cut(const std::string& w, size_t n, std::string_view add = {}) {
  return w.substr(0, w.size() - n) + std::string(add);
}

std::string NounRule(const std::string& w) {
  if (EndsWith(w, "ies")) return Cut(w, 3, "y");
  if (EndsWith(w, "ches") || EndsWith(w, "shes") || EndsWith(w, "sses") ||
      EndsWith(w, "xes"))
    return Cut(w, 2);
  if (EndsWith(w, "s") && !EndsWith(w, "ss")) return Cut(w, 1);
  return w;
}

bool Vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Whether the stem left by cutting "-ed"/"-ing" lost a final "e": "fir"
// (fired), "blam" (blamed), "impos", "urg", "damag", "accus", "combin",
// "produc", "receiv", "continu", "agre" (agreed). English spelling rules of
// thumb, checked against the verbs of the event dictionaries; words that
// break them are in the exception table learned from the treebank.
bool LostE(const std::string& s, bool v2) {
  const size_t n = s.size();
  if (n < 2) return false;
  const char last = s[n - 1], prev = s[n - 2];
  auto consonant = [&](size_t i) {
    return i < n && !Vowel(s[i]) && s[i] != 'y';
  };
  if (last == 'e') return true;  // agre(ed), fre(ed)
  if (last == 'v' || last == 'u' || last == 'z') return true;
  if (last == 'c') return true;         // produc, announc, forc
  if (last == 's') return Vowel(prev);  // impos, accus, promis, caus
  if (last == 'g')
    return prev == 'r' || prev == 'd' || (prev == 'a' && n >= (v2 ? 4 : 5)) ||
           ((s.ends_with("ang") || s.ends_with("eng") ||
             (v2 && s.ends_with("ung"))) &&
            n >= 5 && consonant(n - 4) && consonant(n - 5));
  if (last == 'l')
    return prev == 'b' || prev == 'p' || prev == 't' || prev == 'd' ||
           prev == 'g' || prev == 'k' || prev == 'c' || prev == 'z';
  if (last == 'r' && n >= 3 && consonant(n - 3))
    return prev == 'a' || prev == 'i' || prev == 'u' ||
           (prev == 'o' && n >= 4 && consonant(n - 4));
  if (n >= 3 && consonant(n - 3) &&
      (prev == 'i' || prev == 'u' || prev == 'o' || prev == 'a')) {
    if (last == 'd') return true;  // decid, includ, explod, persuad
    if (last == 'n' && prev == 'i') return true;        // combin, determin
    if (last == 't' && prev == 'u') return true;        // execut, contribut
    if (last == 'k' && prev == 'o') return true;        // provok, revok
    if (v2 && last == 'k' && prev == 'u') return true;  // rebuk, nuk
    if (last == 'm' && prev == 'u') return true;        // assum, resum
  }
  // One syllable, one short vowel, one final consonant, not doubled:
  // blam(ed), vot(ed), fir(ed), nam(ed).
  size_t groups = 0, vowels = 0;
  for (size_t i = 0; i < n; ++i) {
    if (Vowel(s[i])) {
      ++vowels;
      if (i == 0 || !Vowel(s[i - 1])) ++groups;
    }
  }
  return groups == 1 && vowels == 1 && Vowel(prev) && !Vowel(last) &&
         last != 'w' && last != 'x' && last != 'y' && n <= 5;
}

std::string VerbRule(const std::string& w, std::string_view xpos, bool v2) {
  if (xpos == "VBZ") return NounRule(w);
  if (xpos == "VBD" || xpos == "VBN") {
    if (EndsWith(w, "ied")) return Cut(w, 3, "y");
    if (EndsWith(w, "ed")) {
      const std::string stem = Cut(w, 2);
      const size_t n = stem.size();
      if (n >= 2 && stem[n - 1] == stem[n - 2] && stem[n - 1] != 'l' &&
          stem[n - 1] != 's')
        return stem.substr(0, n - 1);
      // British doubling after a stressed final syllable: expelled,
      // controlled, cancelled (but shelled, called, killed keep "ll").
      if (n >= 5 && (stem.ends_with("ell") || stem.ends_with("oll"))) {
        size_t groups = 0;
        for (size_t i = 0; i < n; ++i)
          groups += Vowel(stem[i]) && (i == 0 || !Vowel(stem[i - 1]));
        if (groups >= 2) return stem.substr(0, n - 1);
      }
      // create(d), negotiate(d); but (v2) defeat(ed), treat(ed), heat(ed).
      if (EndsWith(w, "ated") && (!v2 || !Vowel(w[w.size() - 5])))
        return Cut(w, 1);
      if (EndsWith(w, "ized") || EndsWith(w, "ised")) return Cut(w, 1);
      return LostE(stem, v2) ? stem + "e" : stem;
    }
  }
  if (xpos == "VBG" && EndsWith(w, "ing")) {
    const std::string stem = Cut(w, 3);
    if (EndsWith(w, "ating") || EndsWith(w, "izing")) return stem + "e";
    const size_t n = stem.size();
    if (n >= 3 && stem[n - 1] == stem[n - 2] && stem[n - 1] != 'l' &&
        stem[n - 1] != 's' && !Vowel(stem[n - 1]))
      return stem.substr(0, n - 1);  // bombing stays, stopping -> stop
    return stem.back() != 'e' && LostE(stem, v2) ? stem + "e" : stem;
  }
  return w;
}

}  // namespace

std::string Lemmatize(const TaggerModel& m, std::string_view form,
                      std::string_view upos, std::string_view xpos, bool v2) {
  const std::string lower = ToLowerAscii(form);
  auto it = m.lemmas.find(lower + "\t" + std::string(xpos));
  if (it != m.lemmas.end()) return it->second;
  if (upos == "PROPN") return std::string(form);
  if (v2 && (upos == "VERB" || upos == "AUX")) {
    // Irregular past forms the treebank lacks ("fled", "froze"), also when
    // the tagger took them for a base form ("The EU froze the assets").
    std::string_view past = PastLemma(lower);
    if (!past.empty()) return std::string(past);
  }
  if (xpos == "NNS") return NounRule(lower);
  if (upos == "VERB" || upos == "AUX") return VerbRule(lower, xpos, v2);
  if (xpos == "JJR" && EndsWith(lower, "er")) return Cut(lower, 2);
  if (xpos == "JJS" && EndsWith(lower, "est")) return Cut(lower, 3);
  return lower;
}

void RefineLemmas(const TaggerModel& m, Sentence* s) {
  for (Token& t : s->tokens)
    if (t.upos == "VERB" || t.upos == "AUX")
      t.lemma = Lemmatize(m, t.form, t.upos, t.xpos, /*v2=*/true);
}

}  // namespace dipgraph::syntax
