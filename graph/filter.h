// Internal to graph/: the event filters and actor patterns that the network
// and the query share, so that `--from/--to/--root/--code/--quad` and
// `--actor` mean the same thing in `dipgraph graph` and `dipgraph query`.
#ifndef DIPGRAPH_GRAPH_FILTER_H_
#define DIPGRAPH_GRAPH_FILTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "common/event.h"

namespace dipgraph {

// The event's date: its own, else its document's ("" when neither).
const std::string& EventDate(const Event& e);
// The two-digit CAMEO root: Action::root, else the code's first two digits.
std::string_view EventRoot(const Event& e);

// What both filters test; an empty field keeps everything.
struct ActionFilter {
  const std::string& from;  // inclusive dates; undated events fail a bound
  const std::string& to;
  const std::vector<std::string>& roots;  // exact two-digit roots
  const std::vector<std::string>& codes;  // CAMEO code prefixes
  const std::vector<int>& quads;          // QuadClasses
};

bool PassesActionFilter(const Event& e, const ActionFilter& f);

// Case-insensitive match with `*` wildcards.
bool GlobMatch(std::string_view pattern, std::string_view text);
// An actor pattern matches a name when the glob matches the whole name or,
// for a pattern without `*`, when it is a whole word sequence of the name
// ("Putin" matches "Vladimir Putin").
bool ActorPatternMatches(std::string_view pattern, std::string_view name);

}  // namespace dipgraph

#endif  // DIPGRAPH_GRAPH_FILTER_H_
