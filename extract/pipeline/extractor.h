// From a document to its events: splits and parses the body (through a
// SentenceAnalyzer), skips page furniture, codes each sentence with the
// coder (coreference runs across the document), and merges duplicates.
//
//   Extractor extractor(analyzer, lexicon, codebook);
//   Result<std::vector<Event>> events = extractor.Extract(doc);
//
// Extract() is const and keeps no state between calls, so one Extractor
// serves every thread of `--jobs N`.
#ifndef DIPGRAPH_EXTRACT_PIPELINE_EXTRACTOR_H_
#define DIPGRAPH_EXTRACT_PIPELINE_EXTRACTOR_H_

#include <string_view>
#include <vector>

#include "extract/coder/coder.h"
#include "extract/dict/codebook.h"
#include "extract/read/document.h"

namespace dipgraph {

// Splits text into sentences and parses them.
class SentenceAnalyzer {
 public:
  virtual ~SentenceAnalyzer() = default;
  // Sentences of `text` from byte `from` on, with offsets into `text`.
  virtual Result<std::vector<ParsedSentence>> Analyze(std::string_view text,
                                                      size_t from) const = 0;
};

struct ExtractTrace {
  std::vector<std::string> lines;     // decisions, sentence by sentence
  std::vector<UnknownActor> unknown;  // proper nouns no entry matched
};

class Extractor {
 public:
  Extractor(const SentenceAnalyzer& analyzer, const Lexicon& lexicon,
            const Codebook& codebook, CoderOptions options = {})
      : analyzer_(analyzer),
        lexicon_(lexicon),
        coder_(lexicon, codebook, options) {}

  // The events of `doc`, in sentence order. `trace`, when given, receives
  // the coder's decisions and the unknown actors.
  Result<std::vector<Event>> Extract(const Document& doc,
                                     ExtractTrace* trace = nullptr) const;

 private:
  const SentenceAnalyzer& analyzer_;
  const Lexicon& lexicon_;
  Coder coder_;
};

}  // namespace dipgraph

#endif  // DIPGRAPH_EXTRACT_PIPELINE_EXTRACTOR_H_
