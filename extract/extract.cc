// EventExtractor: the stage's contract (extract.h) over its parts.
#include "extract/extract.h"

#include <utility>

#include "common/files.h"
#include "extract/dict/dictionary.h"
#include "extract/pipeline/dict_lexicon.h"
#include "extract/pipeline/extractor.h"
#include "extract/pipeline/syntax_analyzer.h"

namespace dipgraph {

// The pieces an Extractor works with; they do not move once built.
struct EventExtractor::Parts {
  Codebook codebook;
  dict::Dictionary dictionary;
  std::unique_ptr<DictLexicon> lexicon;
  std::unique_ptr<SyntaxAnalyzer> analyzer;
  std::unique_ptr<Extractor> extractor;
};

EventExtractor::EventExtractor(std::unique_ptr<Parts> parts)
    : parts_(std::move(parts)) {}
EventExtractor::~EventExtractor() = default;

Result<std::unique_ptr<EventExtractor>> EventExtractor::Load(
    const ExtractOptions& opt) {
  auto p = std::make_unique<Parts>();
  ASSIGN_OR_RETURN(p->codebook, Codebook::LoadDefault());
  const std::string dict_path =
      opt.dict.empty() ? DataPath("dict/dipgraph.dict") : opt.dict;
  ASSIGN_OR_RETURN(
      p->dictionary,
      dict::Dictionary::Load(dict_path, dict::KnownCodes(p->codebook)));
  const std::string model_path =
      opt.model.empty() ? DataPath("model/en_ewt.dgm") : opt.model;
  ASSIGN_OR_RETURN(syntax::Model model, syntax::Model::Load(model_path));
  p->lexicon = std::make_unique<DictLexicon>(p->dictionary);
  p->analyzer = std::make_unique<SyntaxAnalyzer>(std::move(model),
                                                 opt.max_sentence_tokens);
  p->analyzer->UseNames(&p->dictionary);
  p->extractor = std::make_unique<Extractor>(
      *p->analyzer, *p->lexicon, p->codebook,
      CoderOptions{.keep_targetless = opt.keep_targetless,
                   .general_patterns = opt.general_patterns});
  return std::unique_ptr<EventExtractor>(new EventExtractor(std::move(p)));
}

Result<std::vector<Event>> EventExtractor::Extract(const Document& doc) const {
  return parts_->extractor->Extract(doc);
}

Result<std::vector<Event>> EventExtractor::Extract(
    const Document& doc, std::vector<UnknownName>* unknown) const {
  ExtractTrace trace;
  ASSIGN_OR_RETURN(std::vector<Event> events,
                   parts_->extractor->Extract(doc, &trace));
  for (UnknownActor& u : trace.unknown)
    unknown->push_back({std::move(u.text), std::move(u.sentence)});
  return events;
}

namespace {

constexpr const char* kKindNames[] = {"actor", "country", "agent"};
static_assert(ActorSpan::kNamed == 0 && ActorSpan::kCountry == 1 &&
              ActorSpan::kAgent == 2);

Explanation::Sentence ExplainSentence(const ParsedSentence& s,
                                      const Lexicon& lexicon,
                                      const std::string& date) {
  Explanation::Sentence out{s.index, s.text, {}, {}};
  for (const ParsedToken& t : s.tokens)
    out.tokens.push_back({t.text, t.lemma, t.upos, t.deprel, t.head + 1});
  for (const ActorSpan& sp : lexicon.FindActors(s, date))
    out.actors.push_back({s.SpanText(sp.first, sp.last), kKindNames[sp.kind],
                          sp.actor.id, sp.actor.role, sp.actor.name, sp.entry});
  return out;
}

}  // namespace

Result<Explanation> EventExtractor::Explain(const Document& doc) const {
  Explanation out;
  ASSIGN_OR_RETURN(std::vector<ParsedSentence> parsed,
                   parts_->analyzer->Analyze(doc.text, doc.body_start));
  for (const ParsedSentence& s : parsed)
    out.sentences.push_back(
        ExplainSentence(s, *parts_->lexicon, doc.info.date));
  ExtractTrace trace;
  ASSIGN_OR_RETURN(out.events, parts_->extractor->Extract(doc, &trace));
  out.decisions = std::move(trace.lines);
  for (UnknownActor& u : trace.unknown)
    out.unknown.push_back({std::move(u.text), std::move(u.sentence)});
  return out;
}

const Codebook& EventExtractor::codebook() const { return parts_->codebook; }

}  // namespace dipgraph
