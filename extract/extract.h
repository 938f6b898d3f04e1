// The extract stage: articles in, events out.
//
// This header is the stage's contract: what other stages, the CLI and
// library users call. A program that codes a folder of articles on four
// threads and prints the events in input order:
//
//   ASSIGN_OR_RETURN(std::unique_ptr<EventExtractor> extractor,
//                    EventExtractor::Load(ExtractOptions{}));
//   DocumentStream articles({"news/"}, ReadOptions{});
//   PipelineOptions threads;
//   threads.jobs = 4;
//   RETURN_IF_ERROR(RunPipeline(
//       articles, threads,
//       [&](const Document& d) { return extractor->Extract(d); },
//       [&](const Document&, std::vector<Event>&& events) {
//         for (const Event& e : events) WriteEvent(std::cout, e);
//         return Status::Ok();
//       },
//       /*stats=*/nullptr));
//
// What it offers, and where it is declared:
//   EventExtractor, ExtractOptions  below: the model, dictionaries and coder,
//                                   loaded once; Extract() and Explain()
//   Document, ReadOptions,          extract/read/document.h: articles from
//   DocumentStream,                 text, HTML, JSON Lines, folders, stdin
//   DocumentFromText
//   RunPipeline, PipelineOptions    extract/pipeline/pipeline.h: documents on
//                                   N threads, results in input order
//   Codebook                        extract/dict/codebook.h: the CAMEO table
//                                   (labels, Goldstein, QuadClass, PLOVER)
// Events are the record of common/event.h.
//
// Everything else under extract/ is how it is done, one folder per job
// (docs/architecture.md follows an article through them): read/ (documents,
// HTML, boilerplate, dates), syntax/ (tokenizer, tagger, parser), dict/
// (dictionaries), coder/ (the event coder), pipeline/ (the extractor that
// wires them, the parallel pipeline), eval/ (scoring against gold sets).
#ifndef DIPGRAPH_EXTRACT_EXTRACT_H_
#define DIPGRAPH_EXTRACT_EXTRACT_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "common/event.h"
#include "common/status.h"
#include "extract/dict/codebook.h"
#include "extract/pipeline/pipeline.h"
#include "extract/read/document.h"

namespace dipgraph {

struct ExtractOptions {
  std::string model;  // syntax model file; "" = data/model/en_ewt.dgm
  std::string dict;   // root dictionary file; "" = data/dict/dipgraph.dict
  size_t max_sentence_tokens = 250;  // longer sentences are cut into pieces
  // Also emit acts with no target actor (attacks, appeals, praise …);
  // statements are always kept (docs/coder.md).
  bool keep_targetless = false;
  // Verbs whose frame fits no pattern take the lemma's most general one.
  bool general_patterns = false;
};

// A proper noun that filled an event role but matched no dictionary entry:
// a candidate for the user's dictionaries.
struct UnknownName {
  std::string text;      // the phrase as written
  std::string sentence;  // the sentence it was found in
};

// How one document was coded, step by step (`dipgraph explain`).
struct Explanation {
  struct Token {
    std::string text, lemma, upos, deprel;
    int head = 0;  // 1-based index of the head token, 0 for the root
  };
  struct ActorMention {
    std::string text;   // the words of the sentence
    std::string kind;   // "actor", "country" or "agent"
    std::string id;     // actor code, "" for an agent
    std::string role;   // role code (GOV, MIL, REB …)
    std::string name;   // canonical name
    std::string entry;  // the dictionary entry that matched, file:line
  };
  struct Sentence {
    int64_t index = 0;
    std::string text;
    std::vector<Token> tokens;
    std::vector<ActorMention> actors;
  };
  std::vector<Sentence> sentences;
  std::vector<std::string> decisions;  // the coder's, sentence by sentence
  std::vector<UnknownName> unknown;
  std::vector<Event> events;  // what Extract() gives for the document
};

// Articles in, events out: the syntax model, the dictionaries, the
// codebook and the event coder over them, loaded once.
//
// Extract() and Explain() are const and keep no state between calls, so one
// EventExtractor serves every thread.
class EventExtractor {
 public:
  // Loads the model, dictionaries and codebook; a bad file gives an
  // InvalidInput or NotFound status naming it (and the line).
  static Result<std::unique_ptr<EventExtractor>> Load(
      const ExtractOptions& options);
  ~EventExtractor();
  EventExtractor(const EventExtractor&) = delete;
  EventExtractor& operator=(const EventExtractor&) = delete;

  // The events of `doc`, in sentence order, duplicates merged.
  Result<std::vector<Event>> Extract(const Document& doc) const;
  // The same, and the proper nouns in event roles that no entry matched.
  Result<std::vector<Event>> Extract(const Document& doc,
                                     std::vector<UnknownName>* unknown) const;
  // The parse, the actors found, the coder's decisions and the events.
  Result<Explanation> Explain(const Document& doc) const;

  // The CAMEO codebook the events are coded with.
  const Codebook& codebook() const;

 private:
  struct Parts;
  explicit EventExtractor(std::unique_ptr<Parts> parts);
  std::unique_ptr<Parts> parts_;
};

}  // namespace dipgraph

#endif  // DIPGRAPH_EXTRACT_EXTRACT_H_
