#include "extract/pipeline/extractor.h"

#include "extract/read/boilerplate.h"
#include "extract/read/dates.h"

namespace dipgraph {

Result<std::vector<Event>> Extractor::Extract(const Document& doc,
                                              ExtractTrace* trace) const {
  // The dateline ("MOSCOW, July 7 (Wire) - ") is not part of the first
  // sentence's grammar; parsing starts after it.
  std::string_view body = std::string_view(doc.text).substr(doc.body_start);
  const Dateline dateline = FindDateline(body);
  size_t from = doc.body_start + dateline.length;
  ASSIGN_OR_RETURN(std::vector<ParsedSentence> sentences,
                   analyzer_.Analyze(doc.text, from));
  DocumentContext ctx{doc.info, doc.info.date, ""};
  // Without an article date, people's roles are taken at the time the
  // people the article names held office together.
  if (ctx.date.empty()) ctx.roles_date = lexicon_.DateOfPeople(sentences);
  CorefState coref;
  if (!dateline.place.empty()) {
    // The dateline's place as a sentence of its own, for the dictionaries.
    ParsedSentence place;
    size_t start = 0;
    const std::string& p = dateline.place;
    while (start < p.size()) {
      size_t end = p.find(' ', start);
      if (end == std::string::npos) end = p.size();
      if (end > start) {
        ParsedToken t;
        t.text = p.substr(start, end - start);
        t.lemma = t.text;
        t.upos = "PROPN";
        place.tokens.push_back(std::move(t));
      }
      start = end + 1;
    }
    for (const ActorSpan& sp : lexicon_.FindActors(place, ctx.date)) {
      if (sp.kind == ActorSpan::kAgent) continue;
      const std::string c = sp.actor.country.empty() ? sp.actor.id.substr(0, 3)
                                                     : sp.actor.country;
      if (c.size() == 3 && c != "IGO" && c != "IMG") coref.home = c;
      break;
    }
  }
  std::vector<Event> events;
  for (const ParsedSentence& s : sentences) {
    std::string kind = BoilerplateKind(s.text);
    if (!kind.empty()) {
      if (trace)
        trace->lines.push_back("sentence " + std::to_string(s.index) +
                               ": skipped (" + kind + ")");
      continue;
    }
    std::vector<Event> found =
        coder_.CodeSentence(s, ctx, &coref, trace ? &trace->lines : nullptr,
                            trace ? &trace->unknown : nullptr);
    for (Event& e : found) events.push_back(std::move(e));
  }
  MergeDuplicates(&events);
  return events;
}

}  // namespace dipgraph
