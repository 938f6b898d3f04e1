#include "extract/extractor.h"

#include "extract/boilerplate.h"
#include "extract/dates.h"

namespace dipgraph {

Result<std::vector<Event>> Extractor::Extract(const Document& doc,
                                              ExtractTrace* trace) const {
  // The dateline ("MOSCOW, July 7 (Wire) - ") is not part of the first
  // sentence's grammar; parsing starts after it.
  std::string_view body = std::string_view(doc.text).substr(doc.body_start);
  size_t from = doc.body_start + FindDateline(body).length;
  ASSIGN_OR_RETURN(std::vector<ParsedSentence> sentences,
                   analyzer_.Analyze(doc.text, from));
  DocumentContext ctx{doc.info, doc.info.date};
  CorefState coref;
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
