// Dictionary files (docs/dictionaries.md): every entry kind, dated roles,
// aliases, patterns, discards and @include. What loads is then used: actor
// lookup over a few sentences, and the event coder over them with this
// dictionary as its lexicon (a user's dictionary must not crash the coder).
#include <cstdint>
#include <string>
#include <vector>

#include "extract/coder/coder.h"
#include "extract/dict/dictionary.h"
#include "extract/pipeline/dict_lexicon.h"
#include "fuzz/fuzz_engine.h"
#include "fuzz/fuzz_util.h"

namespace {

const char* const kSentences[] = {
    "Putin urged Obama to lift the sanctions on Russia.",
    "The rebels said the army must leave Aleppo, the Kremlin said.",
    "Syrian and Russian forces attacked a convoy near Damascus on Wednesday.",
    "He met the foreign minister, who rejected talks with Ukraine."};

const std::vector<dipgraph::ParsedSentence>& Parsed() {
  static const std::vector<dipgraph::ParsedSentence> parsed = [] {
    std::vector<dipgraph::ParsedSentence> out;
    const auto& engine = dipgraph::fuzz::SharedEngine();
    for (const char* s : kSentences) {
      auto p = engine.analyzer->Analyze(s, 0);
      if (p.ok())
        for (auto& sentence : *p) out.push_back(std::move(sentence));
    }
    return out;
  }();
  return parsed;
}

// An @include of anything but a plain file name of the scratch folder
// (a device, stdin, a path of the host) is not what this target tests.
bool IncludesOutside(std::string_view text) {
  for (size_t at = text.find("@include"); at != std::string_view::npos;
       at = text.find("@include", at + 1)) {
    const size_t eol = text.find('\n', at);
    const std::string_view rest = text.substr(at, eol - at);
    if (rest.find('/') != std::string_view::npos ||
        rest.find("..") != std::string_view::npos)
      return true;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)Parsed();
  dipgraph::fuzz::WriteScratch(
      "other.dict",
      "actor RUS | Russia | state\nperson Vladimir Putin | Putin | "
      "RUSGOV 2000-05-07.. President\nverb 0234 | urge $T to $C | speech\n");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (IncludesOutside(text)) return 0;
  const auto& engine = dipgraph::fuzz::SharedEngine();
  const std::string path = dipgraph::fuzz::WriteScratch("main.dict", text);
  std::vector<dipgraph::Status> errors;
  const dipgraph::dict::Dictionary d = dipgraph::dict::Dictionary::LoadAll(
      path, dipgraph::dict::KnownCodes(engine.codebook), &errors);
  (void)d.alias_count();
  const dipgraph::DictLexicon lexicon(d);
  const dipgraph::Coder coder(lexicon, engine.codebook);
  dipgraph::fuzz::DocumentCoding doc;
  for (const dipgraph::ParsedSentence& s : Parsed()) {
    std::vector<std::string_view> forms;
    for (const auto& t : s.tokens) forms.push_back(t.text);
    for (dipgraph::dict::Day day : {20160707, 19990101})
      (void)d.FindActors(forms, day);
    (void)doc.Code(coder, s);
  }
  return 0;
}
