// Internal to render/: the pieces of the HTML report (report.cc puts them
// together). docs/render.md, "dipgraph report", describes the page.
#ifndef DIPGRAPH_RENDER_REPORT_DATA_H_
#define DIPGRAPH_RENDER_REPORT_DATA_H_

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/event.h"
#include "graph/graph.h"

namespace dipgraph {
class Names;
}

namespace dipgraph::report {

// Tooltip examples per node and per edge, and the top actions they list.
inline constexpr size_t kExamples = 2;
inline constexpr size_t kTopActions = 3;

// The data block the page's script reads: the event rows (one array per
// event, in `events` order, named by "fields"), the table's columns, the
// months of the time slider, and per node and per edge of `net` what its
// tooltip shows (counts, top actions, dates, example rows, events per
// month). Deterministic: built in event and network order only.
nlohmann::json Data(const Network& net, const std::vector<Event>& events,
                    size_t page_size, const Names* names);

// JSON safe inside <script>: <, >, &, U+2028 and U+2029 are \u-escaped,
// so that no "</script>", "<!--" or JavaScript line break gets in.
std::string ScriptJson(const nlohmann::json& value);

// The weekly timeline by QuadClass, as an inline SVG section.
std::string Timeline(const std::vector<Event>& events);

// "YYYY-MM" months since year 0 (year * 12 + month - 1); -1 when `date`
// is not a valid date.
int MonthIndex(const std::string& date);

}  // namespace dipgraph::report

#endif  // DIPGRAPH_RENDER_REPORT_DATA_H_
