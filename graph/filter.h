// Internal to graph/: the event filters that the network and the query
// share, so that `--from/--to/--root/--code/--quad` mean the same thing in
// `dipgraph graph` and `dipgraph query`.
#ifndef DIPGRAPH_GRAPH_FILTER_H_
#define DIPGRAPH_GRAPH_FILTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "common/event.h"
#include "common/event_view.h"

namespace dipgraph {

// The event's date: its own, else its document's ("" when neither).
const std::string& EventDate(const Event& e);
std::string_view EventDate(const EventView& e);
// The two-digit CAMEO root: Action::root, else the code's first two digits.
std::string_view EventRoot(const Event& e);
std::string_view EventRoot(const EventView& e);

// What both filters test; an empty field keeps everything.
struct ActionFilter {
  const std::string& from;  // inclusive dates; undated events fail a bound
  const std::string& to;
  const std::vector<std::string>& roots;  // exact two-digit roots
  const std::vector<std::string>& codes;  // CAMEO code prefixes
  const std::vector<int>& quads;          // QuadClasses
};

bool PassesActionFilter(const Event& e, const ActionFilter& f);
bool PassesActionFilter(const EventView& e, const ActionFilter& f);

}  // namespace dipgraph

#endif  // DIPGRAPH_GRAPH_FILTER_H_
