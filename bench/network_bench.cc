// The network at scale: events in memory -> network + PageRank + betweenness
// + communities, at 10k, 100k and 1M events over 2,000 Zipf-distributed
// actors. Run: build/release/bench/bench_network
#include <benchmark/benchmark.h>

#include "bench/event_generator.h"
#include "graph/graph.h"

namespace dipgraph {
namespace {

void BM_BuildNetwork(benchmark::State& state) {
  std::vector<Event> events = bench::GenerateEvents(state.range(0), 2000);
  size_t nodes = 0, edges = 0;
  for (auto _ : state) {
    Result<Network> n = BuildNetwork(events, {});
    nodes = n->nodes.size();
    edges = n->edges.size();
    benchmark::DoNotOptimize(n);
  }
  state.counters["nodes"] = static_cast<double>(nodes);
  state.counters["edges"] = static_cast<double>(edges);
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_BuildNetwork)
    ->Arg(10'000)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond);

void BM_CountryLevel(benchmark::State& state) {
  std::vector<Event> events = bench::GenerateEvents(state.range(0), 2000);
  NetworkOptions o;
  o.level = Level::kCountry;
  for (auto _ : state) benchmark::DoNotOptimize(BuildNetwork(events, o));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_CountryLevel)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dipgraph

BENCHMARK_MAIN();
