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

std::string VerbRule(const std::string& w, std::string_view xpos) {
  if (xpos == "VBZ") return NounRule(w);
  if (xpos == "VBD" || xpos == "VBN") {
    if (EndsWith(w, "ied")) return Cut(w, 3, "y");
    if (EndsWith(w, "ed")) {
      const std::string stem = Cut(w, 2);
      const size_t n = stem.size();
      if (n >= 2 && stem[n - 1] == stem[n - 2] && stem[n - 1] != 'l' &&
          stem[n - 1] != 's')
        return stem.substr(0, n - 1);
      if (EndsWith(w, "ated") || EndsWith(w, "ized") || EndsWith(w, "ised"))
        return Cut(w, 1);
      return stem;
    }
  }
  if (xpos == "VBG" && EndsWith(w, "ing")) {
    const std::string stem = Cut(w, 3);
    if (EndsWith(w, "ating") || EndsWith(w, "izing")) return stem + "e";
    return stem;
  }
  return w;
}

}  // namespace

std::string Lemmatize(const TaggerModel& m, std::string_view form,
                      std::string_view upos, std::string_view xpos) {
  const std::string lower = ToLowerAscii(form);
  auto it = m.lemmas.find(lower + "\t" + std::string(xpos));
  if (it != m.lemmas.end()) return it->second;
  if (upos == "PROPN") return std::string(form);
  if (xpos == "NNS") return NounRule(lower);
  if (upos == "VERB" || upos == "AUX") return VerbRule(lower, xpos);
  if (xpos == "JJR" && EndsWith(lower, "er")) return Cut(lower, 2);
  if (xpos == "JJS" && EndsWith(lower, "est")) return Cut(lower, 3);
  return lower;
}

}  // namespace dipgraph::syntax
