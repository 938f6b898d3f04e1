// The network at scale: events in memory -> network + PageRank + betweenness
// + communities, at 10k, 100k and 1M events over 2,000 Zipf-distributed
// actors, at actor and country level; and the exports of a 10k-node network.
// Run: build/release/bench/bench_network --benchmark_min_time=0.3
// Peak memory of a whole-program run: bench/network_run.cc.
#include <benchmark/benchmark.h>

#include <iterator>
#include <string>

#include "bench/event_generator.h"
#include "graph/graph.h"

namespace dipgraph {
namespace {

void BuildAt(benchmark::State& state, Level level) {
  std::vector<Event> events = bench::GenerateEvents(state.range(0), 2000);
  NetworkOptions o;
  o.level = level;
  size_t nodes = 0, edges = 0;
  for (auto _ : state) {
    Result<Network> n = BuildNetwork(events, o);
    nodes = n->nodes.size();
    edges = n->edges.size();
    benchmark::DoNotOptimize(n);
  }
  state.counters["nodes"] = static_cast<double>(nodes);
  state.counters["edges"] = static_cast<double>(edges);
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_BuildNetwork(benchmark::State& state) { BuildAt(state, Level::kActor); }
BENCHMARK(BM_BuildNetwork)
    ->Arg(10'000)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond);

void BM_CountryLevel(benchmark::State& state) {
  BuildAt(state, Level::kCountry);
}
BENCHMARK(BM_CountryLevel)
    ->Arg(10'000)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond);

// A network of exactly 10,000 nodes from 100,000 events on random dyads
// (about 100,000 edges), built once, outside the timing.
const Network& TenThousandNodes() {
  static const Network net = [] {
    std::vector<Event> events;
    uint64_t x = 7;
    auto next = [&] {  // xorshift64: deterministic, platform independent
      x ^= x << 13, x ^= x >> 7, x ^= x << 17;
      return x;
    };
    auto actor = [](uint64_t i) {
      std::string code = "A" + std::to_string(10000 + i);
      return Actor{code, code, "Actor " + code, "USA", "", "state"};
    };
    for (int k = 0; k < 100'000; ++k) {
      // The first 10,000 events form a ring, so every node is present.
      uint64_t s = k < 10'000 ? k : next() % 10'000;
      uint64_t t = k < 10'000 ? (k + 1) % 10'000 : next() % 10'000;
      if (s == t) t = (t + 1) % 10'000;
      Event e;
      e.id = "x" + std::to_string(k);
      e.doc.id = "d" + std::to_string(k / 4);
      e.date =
          "2016-0" + std::to_string(1 + k % 9) + "-1" + std::to_string(k % 10);
      e.source = actor(s);
      e.target = actor(t);
      e.action.cameo = k % 3 ? "036" : "190";
      e.action.root = e.action.cameo.substr(0, 2);
      e.action.quad_class = k % 3 ? 1 : 4;
      e.action.goldstein = k % 3 ? 4.0 : -10.0;
      e.action.label = k % 3 ? "Express intent to meet" : "Use force";
      events.push_back(std::move(e));
    }
    return *BuildNetwork(events, {});
  }();
  return net;
}

// The exports BM_Export measures, by state.range(0).
const struct {
  const char* name;
  std::string (*write)(const Network&);
} kExports[] = {
    {"graphml", ToGraphMl},
    {"gexf", ToGexf},
    {"cytoscape", ToCytoscape},
    {"d3", ToD3},
    {"neo4j",
     [](const Network& net) {
       return ToNeo4jNodes(net) + ToNeo4jRelationships(net);
     }},
};

void BM_Export(benchmark::State& state) {
  const Network& net = TenThousandNodes();
  const auto& exporter = kExports[state.range(0)];
  size_t bytes = 0;
  for (auto _ : state) {
    std::string out = exporter.write(net);
    bytes = out.size();
    benchmark::DoNotOptimize(out);
  }
  state.SetLabel(exporter.name);
  state.counters["nodes"] = static_cast<double>(net.nodes.size());
  state.counters["edges"] = static_cast<double>(net.edges.size());
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_Export)
    ->DenseRange(0, static_cast<int>(std::size(kExports)) - 1)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dipgraph

BENCHMARK_MAIN();
