// Test support for graph/ tests: events built in one line.
#ifndef DIPGRAPH_GRAPH_TEST_EVENT_H_
#define DIPGRAPH_GRAPH_TEST_EVENT_H_

#include <optional>
#include <string>
#include <utility>

#include "common/event.h"

namespace dipgraph {

// An event of document "d" coded `code` (its root, the code's first two
// digits) from `source` to `target` on `date`.
inline Event TestEvent(std::string id, std::string date, Actor source,
                       std::optional<Actor> target, std::string code) {
  Event e;
  e.id = std::move(id);
  e.doc.id = "d";
  e.date = std::move(date);
  e.source = std::move(source);
  e.target = std::move(target);
  e.action.cameo = std::move(code);
  e.action.root = e.action.cameo.substr(0, 2);
  return e;
}

}  // namespace dipgraph

#endif  // DIPGRAPH_GRAPH_TEST_EVENT_H_
