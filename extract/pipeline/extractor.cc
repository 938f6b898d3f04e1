#include "extract/pipeline/extractor.h"

#include <algorithm>
#include <iterator>
#include <set>

#include "extract/read/boilerplate.h"
#include "extract/read/dates.h"

namespace dipgraph {

Status SentenceAnalyzer::AnalyzeInWindows(std::string_view text, size_t from,
                                          size_t window,
                                          const WindowVisitor& visit) const {
  ASSIGN_OR_RETURN(std::vector<ParsedSentence> all, Analyze(text, from));
  if (window == 0) window = 1;
  for (size_t i = 0; i < all.size(); i += window) {
    const size_t end = std::min(all.size(), i + window);
    visit(std::vector<ParsedSentence>(
        std::make_move_iterator(all.begin() + i),
        std::make_move_iterator(all.begin() + end)));
  }
  return Status::Ok();
}

Result<std::vector<Event>> Extractor::Extract(const Document& doc,
                                              ExtractTrace* trace) const {
  // The dateline ("MOSCOW, July 7 (Wire) - ") is not part of the first
  // sentence's grammar; parsing starts after it.
  std::string_view body = std::string_view(doc.text).substr(doc.body_start);
  const Dateline dateline = FindDateline(body);
  size_t from = doc.body_start + dateline.length;
  DocumentContext ctx{doc.info, doc.info.date, ""};
  // Without an article date, people's roles are taken at the time the
  // people the article names held office together: a first pass over the
  // windows notes them. A document of one window (most are) is kept from
  // that pass and not parsed twice.
  std::vector<ParsedSentence> only_window;
  bool undated_one_window = false;
  if (ctx.date.empty()) {
    std::set<const void*> people;
    size_t windows = 0;
    RETURN_IF_ERROR(
        analyzer_.AnalyzeInWindows(doc.text, from, kWindowSentences,
                                   [&](std::vector<ParsedSentence>&& window) {
                                     lexicon_.NotePeople(window, &people);
                                     only_window.clear();
                                     if (++windows == 1)
                                       only_window = std::move(window);
                                   }));
    undated_one_window = windows <= 1;
    ctx.roles_date = lexicon_.DateOfPeople(people);
  }
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
  // Duplicates are merged as the events grow, so that a long document that
  // repeats itself holds each event once; merging in steps gives what one
  // merge at the end gives (the first of each is kept, in order).
  size_t merged = 0;
  auto code = [&](std::vector<ParsedSentence>&& window) {
    for (const ParsedSentence& s : window) {
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
    if (events.size() >= 2 * merged + 1024) {
      MergeDuplicates(&events);
      merged = events.size();
    }
  };
  if (undated_one_window)
    code(std::move(only_window));
  else
    RETURN_IF_ERROR(
        analyzer_.AnalyzeInWindows(doc.text, from, kWindowSentences, code));
  MergeDuplicates(&events);
  return events;
}

}  // namespace dipgraph
