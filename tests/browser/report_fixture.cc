// Writes the HTML report the browser test opens: generated events among 30
// actors, one of them named like an XSS payload.
// Usage: report_fixture OUT.html
#include <iostream>

#include "common/output_file.h"
#include "render/render.h"
#include "render/test_network.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: report_fixture OUT.html\n";
    return 2;
  }
  const char* hostile = "<img src=x onerror=alert(1)>";
  dipgraph::Network net = dipgraph::testing::GenerateNetwork(30, 60);
  net.nodes[0].label = hostile;
  std::vector<dipgraph::Event> events =
      dipgraph::testing::GenerateEvents(230, 30);
  for (dipgraph::Event& e : events) {
    if (e.source.id == net.nodes[0].id) e.source.name = hostile;
    if (e.target && e.target->id == net.nodes[0].id) e.target->name = hostile;
  }
  events[3].content = "</script><script>alert(3)</script>";
  dipgraph::ReportOptions options;
  options.title = "dipgraph report <b>test</b>";
  auto html = dipgraph::RenderReport(net, events, options);
  if (!html.ok()) {
    std::cerr << html.status().ToString() << "\n";
    return 1;
  }
  dipgraph::Status s = dipgraph::WriteFileAtomically(argv[1], *html);
  if (!s.ok()) std::cerr << s.ToString() << "\n";
  return s.ok() ? 0 : 1;
}
