// A program outside dipgraph, built against the installed package with only
// the stage contracts: it codes an article (extract), reads events back
// (common), builds their network (graph) and draws it (render).
//
//   consumer ARTICLE EVENTS   prints one line of counts
#include <dipgraph/common/event_io.h>
#include <dipgraph/extract/extract.h>
#include <dipgraph/graph/graph.h>
#include <dipgraph/render/render.h>

#include <iostream>
#include <memory>

namespace {

dipgraph::Status Run(const std::string& article, const std::string& events) {
  using namespace dipgraph;
  ASSIGN_OR_RETURN(std::unique_ptr<EventExtractor> extractor,
                   EventExtractor::Load(ExtractOptions{}));
  DocumentStream in({article}, ReadOptions{});
  Document doc;
  ASSIGN_OR_RETURN(bool read, in.Next(&doc));
  if (!read) return NotFound(article + ": no document");
  ASSIGN_OR_RETURN(std::vector<Event> coded, extractor->Extract(doc));

  ASSIGN_OR_RETURN(std::vector<Event> all, ReadEventsFile(events));
  EventStats stats;
  for (const Event& e : all) stats.Add(e);
  NetworkOptions level;
  level.level = Level::kCountry;
  ASSIGN_OR_RETURN(Network net, BuildNetwork(all, level));
  RenderOptions dot;
  dot.format = "dot";
  ASSIGN_OR_RETURN(std::string drawing, RenderNetwork(net, dot));

  std::cout << coded.size() << " events coded, " << stats.events()
            << " events read, " << net.nodes.size() << " countries, "
            << (drawing.find("digraph") != std::string::npos ? "a DOT graph"
                                                             : "no graph")
            << ", codebook " << extractor->codebook().codes().size()
            << " codes\n";
  return Status::Ok();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) return 2;
  dipgraph::Status s = Run(argv[1], argv[2]);
  if (!s.ok()) std::cerr << s.ToString() << "\n";
  return dipgraph::ExitCode(s);
}
