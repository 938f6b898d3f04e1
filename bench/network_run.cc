// A whole-program run of the network stage, for peak memory under
// /usr/bin/time -v (Google Benchmark cannot see the resident set):
//
//   bench_network_run gen 1000000 > /tmp/events-1m.jsonl
//   /usr/bin/time -v bench_network_run build /tmp/events-1m.jsonl actor
//
// `gen` writes the events of bench/event_generator.h (2,000 Zipf actors,
// seed 42) as JSON Lines; `build` reads them as `dipgraph graph` does
// (every event in memory) and builds the network with its metrics.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include "bench/event_generator.h"
#include "common/event_io.h"
#include "graph/graph.h"

namespace dipgraph {
namespace {

int Gen(int64_t count) {
  std::ios::sync_with_stdio(false);
  for (const Event& e : bench::GenerateEvents(count, 2000))
    WriteEvent(std::cout, e);
  return 0;
}

int Build(const std::string& path, const std::string& level) {
  auto start = std::chrono::steady_clock::now();
  Result<std::vector<Event>> events = ReadEventsFile(path);
  if (!events.ok()) {
    std::fprintf(stderr, "%s\n", events.status().message().c_str());
    return 2;
  }
  auto read = std::chrono::steady_clock::now();
  NetworkOptions o;
  Result<Level> l = ParseLevel(level);
  if (!l.ok()) return 2;
  o.level = *l;
  Result<Network> net = BuildNetwork(*events, o);
  if (!net.ok()) return 2;
  auto built = std::chrono::steady_clock::now();
  auto ms = [](auto a, auto b) {
    return std::chrono::duration<double, std::milli>(b - a).count();
  };
  std::printf("events=%zu nodes=%zu edges=%zu read_ms=%.0f build_ms=%.0f\n",
              events->size(), net->nodes.size(), net->edges.size(),
              ms(start, read), ms(read, built));
  return 0;
}

}  // namespace
}  // namespace dipgraph

int main(int argc, char** argv) {
  std::string cmd = argc > 1 ? argv[1] : "";
  if (cmd == "gen" && argc == 3) return dipgraph::Gen(std::stoll(argv[2]));
  if (cmd == "build" && argc >= 3)
    return dipgraph::Build(argv[2], argc > 3 ? argv[3] : "actor");
  std::fprintf(stderr,
               "usage: bench_network_run gen COUNT > events.jsonl\n"
               "       bench_network_run build EVENTS.jsonl [LEVEL]\n");
  return 2;
}
