// Structure-aware: the fuzz bytes choose English-like news sentences built
// from the shipped dictionaries (actor names and aliases, people, agent
// nouns, the verb and noun patterns with their slots filled), conjunctions,
// modals, negation, relative clauses, quotes, attributions, pronouns and
// dates, so that the coder's passes (speech, content, compounds, passives,
// coreference across sentences) are reached far more often than by random
// text. The whole extractor then codes the article; every event must be a
// valid record.
#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "fuzz/english.h"
#include "fuzz/fuzz_engine.h"
#include "fuzz/fuzz_util.h"

namespace {

using dipgraph::fuzz::Choices;
using namespace dipgraph::fuzz::english;  // NOLINT

class Writer {
 public:
  explicit Writer(Choices* c) : c_(*c), v_(Vocab()) {}

  std::string Article() {
    std::string out;
    switch (c_.Below(4)) {
      case 0:
        out += "Date: 2016-07-07\nTitle: Talks\n\n";
        break;
      case 1:
        out += "MOSCOW, July 7 (Example Wire) - ";
        break;
      case 2:
        out += "July 7, 2016\n\n";
        break;
      default:
        break;
    }
    const size_t n = 1 + c_.Below(4);
    for (size_t i = 0; i < n && !c_.empty(); ++i) {
      if (i > 0) out += c_.Below(4) == 0 ? "\n\n" : " ";
      out += Sentence();
    }
    return out;
  }

 private:
  std::string Sentence() {
    depth_ = 0;
    switch (c_.Below(9)) {
      case 0:  // "…," the Kremlin said.
        return Quote(Clause(kPast)) + ", " + Attribution() + ".";
      case 1:  // …, said the Kremlin.
        return Clause(kPast) + ", said " + NounPhrase() + ".";
      case 2:  // X said that …
        return NounPhrase() + " " + Speech() + (c_.Flip() ? " that " : " ") +
               Clause(kPast) + ".";
      case 3:
        return "According to " + NounPhrase() + ", " + Clause(kPast) + ".";
      case 4:  // X said Y and Z must V …
        return NounPhrase() + " " + Speech() + " " + NounPhrase() + " and " +
               NounPhrase() + " " + Modal() + " " + VerbPhrase(kBase) + ".";
      case 5:  // passive
        return NounPhrase() + " was " + Passive() + ".";
      case 6:
        return c_.Pick(kRaw) + " " + Clause(kPast) + ".";
      case 7:  // raw bytes between generated parts
        return Clause(kPast) + std::string(c_.Bytes(12)) + ".";
      default:
        return Clause(c_.Flip() ? kPast : kThird) + ".";
    }
  }

  std::string Clause(Form form) {
    if (++depth_ > 4) return NounPhrase() + " " + Inflect("say", form);
    std::string subject = NounPhrase();
    switch (c_.Below(6)) {
      case 0:
        return subject + " " + Modal() + " " + VerbPhrase(kBase);
      case 1:
        return subject + (c_.Flip() ? " did not " : " will not ") +
               VerbPhrase(kBase);
      case 2:
        return subject + " has " + VerbPhrase(kParticiple);
      case 3:
        return subject + " and " + NounPhrase() + " " + VerbPhrase(form);
      case 4:
        return subject + " " + VerbPhrase(form) + " " + Adverbial();
      default:
        return subject + " " + VerbPhrase(form);
    }
  }

  // A verb pattern with its slots filled: "urged Obama to lift sanctions".
  std::string VerbPhrase(Form form) {
    if (v_.verbs.empty()) return Inflect("say", form);
    return Fill(c_.Pick(v_.verbs), form, /*noun=*/false);
  }

  std::string Fill(const std::string& pattern, Form form, bool noun) {
    std::string out;
    size_t pos = 0;
    bool head = true;
    while (pos < pattern.size()) {
      size_t end = pattern.find(' ', pos);
      if (end == std::string::npos) end = pattern.size();
      const std::string word = pattern.substr(pos, end - pos);
      pos = end + 1;
      if (!out.empty()) out += ' ';
      if (head) {
        out += noun ? (c_.Flip() ? word + "s" : word) : Inflect(word, form);
        head = false;
      } else if (word == "$T") {
        out += NounPhrase();
      } else if (word == "$C") {
        out += Content();
      } else {
        out += word;
      }
    }
    return out;
  }

  std::string Content() {
    if (depth_ > 4) return "stop";
    ++depth_;
    switch (c_.Below(4)) {
      case 0:
        return VerbPhrase(kBase);
      case 1:
        return VerbPhrase(kGerund);
      case 2:
        return "that " + Clause(kPast);
      default:
        return NounPhrase();
    }
  }

  std::string Passive() {
    std::string p = VerbPhrase(kParticiple);
    return p + " by " + NounPhrase();
  }

  std::string NounPhrase() {
    std::string np;
    switch (c_.Below(8)) {
      case 0:
        np = c_.Pick(kPronouns);
        break;
      case 1:
        np = "the " + c_.Pick(v_.adjectives) + " " +
             (v_.agents.empty() ? "leader" : c_.Pick(v_.agents));
        break;
      case 2:
        np = c_.Pick(kDescriptions);
        break;
      case 3:
        np = c_.Pick(v_.actors) + " and " + c_.Pick(v_.actors);
        break;
      case 4:
        if (!v_.nouns.empty() && depth_ < 4) {
          ++depth_;
          np = "a " + c_.Pick(v_.adjectives) + " " +
               Fill(c_.Pick(v_.nouns), kBase, /*noun=*/true);
          break;
        }
        [[fallthrough]];
      default:
        np = c_.Pick(v_.actors);
        break;
    }
    if (depth_ < 4 && c_.Below(6) == 0) {  // a relative clause
      ++depth_;
      np += (c_.Flip() ? ", who " : " that ") + VerbPhrase(kPast) +
            (c_.Flip() ? "," : "");
    }
    return np;
  }

  std::string Speech() {
    return Inflect(c_.Pick(kSpeech), c_.Flip() ? kPast : kThird);
  }
  std::string Modal() { return c_.Pick(kModals); }
  std::string Adverbial() { return c_.Pick(kAdverbials); }
  std::string Attribution() {
    return c_.Flip() ? NounPhrase() + " said" : "said " + NounPhrase();
  }
  std::string Quote(const std::string& s) {
    return c_.Flip() ? "\"" + s : "\xE2\x80\x9C" + s + "\xE2\x80\x9D";
  }

  inline static const std::vector<std::string> kPronouns = {
      "He", "She", "It", "They", "he", "it", "they", "We", "both sides"};
  inline static const std::vector<std::string> kDescriptions = {
      "the Russian leader",
      "the two presidents",
      "the ministry",
      "the two delegations",
      "the rebels",
      "police",
      "the army",
      "the US-led coalition",
      "the Syrian government",
      "the foreign minister"};
  inline static const std::vector<std::string> kSpeech = {
      "say", "add", "tell", "warn", "insist", "claim", "urge", "announce"};
  inline static const std::vector<std::string> kModals = {
      "must", "should",   "will",      "would",  "could",  "may",  "might",
      "can",  "must not", "would not", "cannot", "has to", "is to"};
  inline static const std::vector<std::string> kAdverbials = {
      "on Wednesday", "on July 5",    "yesterday",
      "next week",    "in Syria",     "in Geneva on Friday",
      "last month",   "by telephone", "in a statement"};
  inline static const std::vector<std::string> kRaw = {
      "But",   "However,",    "Meanwhile,", "In Moscow,", "On Tuesday,",
      "Also,", "Separately,", "\"",         "(",          "--"};

  Choices& c_;
  const Vocabulary& v_;
  int depth_ = 0;
};

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)Vocab();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const dipgraph::fuzz::Engine& engine = dipgraph::fuzz::SharedEngine();
  Choices choices(data, size);
  Writer writer(&choices);
  const std::string text = writer.Article();
  if (std::getenv("DIPGRAPH_FUZZ_PRINT"))
    std::fprintf(stderr, "%s\n", text.c_str());
  auto doc = dipgraph::DocumentFromText(text, "fuzz", "fuzz.txt", {});
  if (!doc.ok()) return 0;
  dipgraph::ExtractTrace trace;
  auto events = engine.extractor->Extract(*doc, &trace);
  if (!events.ok()) return 0;
  for (const dipgraph::Event& e : *events) dipgraph::fuzz::TrapOnInvalid(e);
  return 0;
}
