#include "render/gv.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace dipgraph::gv {
namespace {

// The one place where our const strings meet Graphviz's char* API. Graphviz
// copies (interns) every string it is given and never writes through these.
char* Mutable(const std::string& s) { return const_cast<char*>(s.c_str()); }

std::recursive_mutex& GraphvizMutex() {
  static std::recursive_mutex mu;
  return mu;
}

// Messages Graphviz reported since the last Failure(); guarded by the mutex.
std::string& Captured() {
  static std::string text;
  return text;
}

int CaptureError(char* message) {
  Captured() += message;
  return 0;
}

struct ContextFreer {
  void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};

// REQUIRES: the mutex is held. Created once, freed at exit.
GVC_t* Context() {
  static std::unique_ptr<GVC_t, ContextFreer> gvc = [] {
    agseterr(AGERR);  // warnings are not failures
    agseterrf(CaptureError);
    return std::unique_ptr<GVC_t, ContextFreer>(gvContext());
  }();
  return gvc.get();
}

}  // namespace

void GraphCloser::operator()(Agraph_t* g) const {
  std::lock_guard<std::recursive_mutex> lock(GraphvizMutex());
  agclose(g);
}

Layout::~Layout() {
  std::lock_guard<std::recursive_mutex> lock(GraphvizMutex());
  gvFreeLayout(gvc_, graph_);
}

void Set(void* object, std::string_view name, std::string_view value) {
  std::string n(name), v(value), empty;
  agsafeset(object, Mutable(n), Mutable(v), Mutable(empty));
}

void SetHtml(Agraph_t* graph, void* object, std::string_view name,
             std::string_view html) {
  std::string n(name), v(html), empty;
  Agsym_t* sym = agattr(graph, AGTYPE(object), Mutable(n), nullptr);
  if (sym == nullptr)
    sym = agattr(graph, AGTYPE(object), Mutable(n), Mutable(empty));
  char* value = agstrdup_html(graph, Mutable(v));
  agxset(object, sym, value);
  agstrfree(graph, value);
}

Session::Session() : lock_(GraphvizMutex()), gvc_(Context()) {
  Captured().clear();
  agreseterrors();
}

Session::~Session() = default;

Status Session::Failure(std::string_view what) {
  std::string message = "graphviz: " + std::string(what);
  std::string captured = Captured();
  while (!captured.empty() &&
         (captured.back() == '\n' || captured.back() == ' '))
    captured.pop_back();
  if (!captured.empty()) message += ": " + captured;
  Captured().clear();
  return Internal(message);
}

Result<GraphPtr> Session::NewDigraph(std::string_view name) {
  std::string n(name);
  Agraph_t* g = agopen(Mutable(n), Agstrictdirected, nullptr);
  if (g == nullptr) return Failure("cannot create a graph");
  return GraphPtr(g);
}

Agnode_t* Session::Node(Agraph_t* graph, std::string_view name) {
  std::string n(name);
  return agnode(graph, Mutable(n), 1);
}

Agedge_t* Session::AddEdge(Agraph_t* graph, Agnode_t* tail, Agnode_t* head) {
  std::string empty;
  return agedge(graph, tail, head, Mutable(empty), 1);
}

Agraph_t* Session::Subgraph(Agraph_t* graph, std::string_view name) {
  std::string n(name);
  return agsubg(graph, Mutable(n), 1);
}

void Session::Default(Agraph_t* graph, int kind, std::string_view name,
                      std::string_view value) {
  std::string n(name), v(value);
  agattr(graph, kind, Mutable(n), Mutable(v));
}

Result<std::unique_ptr<Layout>> Session::LayOut(Agraph_t* graph,
                                                std::string_view engine) {
  std::string e(engine);
  // Some engines (sfdp, overlap removal) draw from the C library's random
  // generators without reseeding them; reseed so output is reproducible.
  std::srand(1);
  srand48(1);
  if (gvLayout(gvc_, graph, e.c_str()) != 0) {
    gvFreeLayout(gvc_, graph);
    return Failure("layout with engine '" + e + "' failed");
  }
  return std::make_unique<Layout>(gvc_, graph);
}

Result<std::string> Session::Render(const Layout& layout,
                                    std::string_view format) {
  std::string f(format);
  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(gvc_, layout.graph(), f.c_str(), &data, &length) != 0) {
    if (data != nullptr) gvFreeRenderData(data);
    return Failure("cannot render format '" + f + "'");
  }
  std::string out(data == nullptr ? "" : std::string(data, length));
  gvFreeRenderData(data);
  return out;
}

Result<std::string> Session::WriteDot(Agraph_t* graph) {
  char* buffer = nullptr;
  size_t size = 0;
  FILE* stream = open_memstream(&buffer, &size);
  if (stream == nullptr) return Failure("cannot open a memory stream");
  int rc = agwrite(graph, stream);
  std::fclose(stream);
  std::string out(buffer == nullptr ? "" : std::string(buffer, size));
  std::free(buffer);
  if (rc != 0) return Failure("cannot write DOT");
  return out;
}

}  // namespace dipgraph::gv
