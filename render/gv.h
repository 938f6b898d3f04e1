// The one wrapper around Graphviz (cgraph + gvc). Internal to render/:
// nothing outside this folder includes it or any <graphviz/...> header.
//
//   gv::Session s;                          // locks the process-wide context
//   ASSIGN_OR_RETURN(gv::GraphPtr g, s.NewDigraph("net"));
//   Agnode_t* n = s.Node(g.get(), "n0");
//   gv::Set(n, "label", "Putin");
//   ASSIGN_OR_RETURN(auto layout, s.Layout(g.get(), "dot"));
//   ASSIGN_OR_RETURN(std::string svg, s.Render(*layout, "svg"));
//
// gvc and cgraph keep global state and are not thread-safe, so every call
// happens while a Session holds the one (recursive) mutex; the destructors
// of GraphPtr and Layout take it too. Graphviz errors are captured
// with agseterrf and returned as a Status.
#ifndef DIPGRAPH_RENDER_GV_H_
#define DIPGRAPH_RENDER_GV_H_

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "common/status.h"

namespace dipgraph::gv {

struct GraphCloser {
  void operator()(Agraph_t* g) const;
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

// A laid-out graph; the destructor always calls gvFreeLayout.
class Layout {
 public:
  Layout(GVC_t* gvc, Agraph_t* graph) : gvc_(gvc), graph_(graph) {}
  ~Layout();
  Layout(const Layout&) = delete;
  Layout& operator=(const Layout&) = delete;
  Agraph_t* graph() const { return graph_; }

 private:
  GVC_t* gvc_;
  Agraph_t* graph_;
};

// Sets an attribute (declaring it with default "" when new). Values are
// copied by cgraph.
void Set(void* object, std::string_view name, std::string_view value);
// Sets an HTML-like label (`html` without the outer <>). REQUIRES: every
// piece of data in `html` went through EscapeHtml.
void SetHtml(Agraph_t* graph, void* object, std::string_view name,
             std::string_view html);

class Session {
 public:
  Session();
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  Result<GraphPtr> NewDigraph(std::string_view name);
  Agnode_t* Node(Agraph_t* graph, std::string_view name);
  Agedge_t* AddEdge(Agraph_t* graph, Agnode_t* tail, Agnode_t* head);
  Agraph_t* Subgraph(Agraph_t* graph, std::string_view name);
  // Declares a default attribute for the kind (AGRAPH, AGNODE, AGEDGE).
  void Default(Agraph_t* graph, int kind, std::string_view name,
               std::string_view value);

  // Lays `graph` out with `engine` (dot, neato, fdp, sfdp, circo).
  Result<std::unique_ptr<Layout>> LayOut(Agraph_t* graph,
                                         std::string_view engine);
  // Renders a laid-out graph in `format` (svg, png, pdf, dot, ...).
  Result<std::string> Render(const Layout& layout, std::string_view format);
  // Writes the graph as DOT without layout (agwrite).
  Result<std::string> WriteDot(Agraph_t* graph);

 private:
  Status Failure(std::string_view what);
  std::unique_lock<std::recursive_mutex> lock_;
  GVC_t* gvc_;
};

}  // namespace dipgraph::gv

#endif  // DIPGRAPH_RENDER_GV_H_
