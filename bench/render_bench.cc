// Render and report benchmarks on generated networks (5 edges per node, as
// in the 1,000-node / 5,000-edge target).
//
//   ./build/release/bench/bench_render --benchmark_filter='Engine/dot'
//
// BM_Engine/<engine>/<nodes> times one layout + SVG with edge labels;
// it is how the --engine auto threshold (kNeatoMaxNodes) was chosen.
#include <benchmark/benchmark.h>

#include "render/render.h"
#include "render/test_network.h"

namespace dipgraph {
namespace {

void RenderSvg(benchmark::State& state, const std::string& engine) {
  size_t nodes = static_cast<size_t>(state.range(0));
  Network net = testing::GenerateNetwork(nodes, nodes * 5);
  RenderOptions opt;
  opt.engine = engine;
  opt.max_nodes = nodes;
  for (auto _ : state) {
    Result<std::string> svg = RenderNetwork(net, opt);
    if (!svg.ok()) state.SkipWithError(svg.status().message().c_str());
    benchmark::DoNotOptimize(svg);
  }
  state.counters["edges"] = static_cast<double>(net.edges.size());
}

void BM_EngineDot(benchmark::State& s) { RenderSvg(s, "dot"); }
void BM_EngineSfdp(benchmark::State& s) { RenderSvg(s, "sfdp"); }
void BM_EngineNeato(benchmark::State& s) { RenderSvg(s, "neato"); }
void BM_EngineAuto(benchmark::State& s) { RenderSvg(s, "auto"); }

BENCHMARK(BM_EngineDot)
    ->Arg(50)
    ->Arg(100)
    ->Arg(150)
    ->Arg(200)
    ->Arg(300)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK(BM_EngineSfdp)
    ->Arg(50)
    ->Arg(100)
    ->Arg(200)
    ->Arg(300)
    ->Arg(500)
    ->Arg(1000)
    ->Arg(2000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK(BM_EngineNeato)
    ->Arg(30)
    ->Arg(100)
    ->Arg(200)
    ->Arg(300)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK(BM_EngineAuto)
    ->Arg(100)
    ->Arg(1000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

void BM_Report(benchmark::State& state) {
  size_t events = static_cast<size_t>(state.range(0));
  Network net = testing::GenerateNetwork(300, 1500);
  std::vector<Event> list = testing::GenerateEvents(events, 300);
  for (auto _ : state) {
    Result<std::string> html = RenderReport(net, list, ReportOptions{});
    if (!html.ok()) state.SkipWithError(html.status().message().c_str());
    state.counters["MB"] = static_cast<double>(html->size()) / 1e6;
  }
}
BENCHMARK(BM_Report)
    ->Arg(10000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

}  // namespace
}  // namespace dipgraph

BENCHMARK_MAIN();
