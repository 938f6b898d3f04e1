// From a document to its events: splits and parses the body (through a
// SentenceAnalyzer) a window of sentences at a time, skips page furniture,
// codes each sentence with the coder (coreference runs across the whole
// document, from window to window), and merges duplicates. Memory is
// bounded by the window, not by the length of the document.
//
//   Extractor extractor(analyzer, lexicon, codebook);
//   Result<std::vector<Event>> events = extractor.Extract(doc);
//
// Extract() is const and keeps no state between calls, so one Extractor
// serves every thread of `--jobs N`.
#ifndef DIPGRAPH_EXTRACT_PIPELINE_EXTRACTOR_H_
#define DIPGRAPH_EXTRACT_PIPELINE_EXTRACTOR_H_

#include <functional>
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
  // The same sentences, with the same indexes, handed to `visit` in order
  // at most `window` at a time, so that a long document is never held
  // parsed whole. The default calls Analyze() once and hands on its
  // sentences in windows.
  using WindowVisitor = std::function<void(std::vector<ParsedSentence>&&)>;
  virtual Status AnalyzeInWindows(std::string_view text, size_t from,
                                  size_t window,
                                  const WindowVisitor& visit) const;
};

struct ExtractTrace {
  std::vector<std::string> lines;     // decisions, sentence by sentence
  std::vector<UnknownActor> unknown;  // proper nouns no entry matched
};

class Extractor {
 public:
  // Sentences parsed and held at once (see SentenceAnalyzer).
  static constexpr size_t kWindowSentences = 256;

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
