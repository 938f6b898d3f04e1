// One event, many reports: the events that several articles (or several
// sentences of one) report of the same happening, linked into one.
//
// Two reports are of one event when they have the same source, target,
// CAMEO code and negation, their dates are at most `window_days` apart
// (counted from the first report of the event) and their content is alike:
// when both say what was said, proposed or demanded (Event::content), at
// least `similarity` of the content words of the shorter one are in the
// other (word stems: lowercased, cut to 5 letters, stop words left out);
// when either has no content, the actors, code and dates decide. A report
// joins the open event of its key it is most alike to, else starts one;
// reports are taken in (date, id) order, so the result does not depend on
// the order they are given in. The first report names the event.
//
//   ReportLinker linker({.window_days = 2});
//   for (const Event& e : events) linker.Add(ViewOf(e));
//   std::vector<ReportLink> links = linker.Finish();
//
// The counts follow GDELT's events table: NumMentions (all mentions,
// Event::mentions summed), NumSources (distinct doc.source) and NumArticles
// (distinct documents).
#ifndef DIPGRAPH_GRAPH_DEDUP_H_
#define DIPGRAPH_GRAPH_DEDUP_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "common/event_view.h"
#include "common/status.h"

namespace dipgraph {

struct DedupOptions {
  int window_days = 2;      // the reports of one event span at most this
  double similarity = 0.3;  // share of content words in common (0..1)
};

// One report and the event it belongs to.
struct ReportLink {
  std::string id;       // the report (an event id)
  std::string event;    // the event's id: its first report's
  int64_t reports = 0;  // of the event
  int64_t mentions = 0, sources = 0, articles = 0;  // of the event
};

struct DedupResult {
  int64_t reports = 0;  // events looked at
  int64_t events = 0;   // distinct events they make
  int64_t linked = 0;   // reports in events of two reports or more
  int64_t multi = 0;    // events of two reports or more
  int64_t largest = 0;  // reports of the most reported event
};

class ReportLinker {
 public:
  explicit ReportLinker(const DedupOptions& options);
  ~ReportLinker();
  ReportLinker(const ReportLinker&) = delete;
  ReportLinker& operator=(const ReportLinker&) = delete;

  // Copies what it needs of `report`. Events without a target are events
  // of their own.
  void Add(const EventView& report);
  // Every report added, sorted by id, with its event and the event's
  // counts; `result` (if not null) gets the totals.
  std::vector<ReportLink> Finish(DedupResult* result = nullptr);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Checks the options: window 0..3650 days, similarity 0..1.
Status CheckDedupOptions(const DedupOptions& options);

}  // namespace dipgraph

#endif  // DIPGRAPH_GRAPH_DEDUP_H_
