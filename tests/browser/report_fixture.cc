// Writes the HTML report the browser test opens: generated events among 30
// actors over the twelve months of 2016, one actor named like an XSS
// payload; the network is built from the same events, so that tooltips,
// table and picture must agree.
// Usage: report_fixture OUT.html
#include <iostream>
#include <map>
#include <string>

#include "common/output_file.h"
#include "graph/graph.h"
#include "render/render.h"
#include "render/test_network.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: report_fixture OUT.html\n";
    return 2;
  }
  const char* hostile = "<img src=x onerror=alert(1)>";
  std::vector<dipgraph::Event> events =
      dipgraph::testing::GenerateEvents(230, 30);
  const std::string first = events[0].source.id;
  std::map<std::string, std::string> names;
  for (size_t i = 0; i < events.size(); ++i) {  // a document a week
    dipgraph::Event& e = events[i];
    int month = static_cast<int>(i / 4 % 52 / 4.34) + 1;  // 1..12
    e.date = "2016-" + std::string(month < 10 ? "0" : "") +
             std::to_string(month) + "-1" + std::to_string(i / 4 % 4);
    e.doc.date = e.date;
  }
  for (dipgraph::Event& e : events) {
    if (e.source.id == first) e.source.name = hostile;
    if (e.target && e.target->id == first) e.target->name = hostile;
    names[e.source.id] = e.source.name;
    if (e.target) names[e.target->id] = e.target->name;
  }
  events[3].content = "</script><script>alert(3)</script>";
  events[5].content = "=HYPERLINK(\"x\"), \"quoted\"\nnext line";
  auto net = dipgraph::BuildNetwork(events, dipgraph::NetworkOptions{});
  if (!net.ok()) {
    std::cerr << net.status().ToString() << "\n";
    return 1;
  }
  for (dipgraph::Node& n : net->nodes) n.label = names[n.id];
  dipgraph::ReportOptions options;
  options.title = "dipgraph report <b>test</b>";
  auto html = dipgraph::RenderReport(*net, events, options);
  if (!html.ok()) {
    std::cerr << html.status().ToString() << "\n";
    return 1;
  }
  dipgraph::Status s = dipgraph::WriteFileAtomically(argv[1], *html);
  if (!s.ok()) std::cerr << s.ToString() << "\n";
  return s.ok() ? 0 : 1;
}
