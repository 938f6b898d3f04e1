// A whole-program run of the network stage, for peak memory under
// /usr/bin/time -v (Google Benchmark cannot see the resident set):
//
//   bench_network_run gen 1000000 > /tmp/events-1m.jsonl
//   /usr/bin/time -v bench_network_run build /tmp/events-1m.jsonl actor
//
// `gen` writes the events of bench/event_generator.h (2,000 Zipf actors,
// seed 42) as JSON Lines; `build` reads them as `dipgraph graph` does (one
// at a time into a NetworkBuilder) and builds the network with its metrics;
// `build-all` first reads every event into memory, as `dipgraph report`
// still does, then calls BuildNetwork.
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

double Ms(std::chrono::steady_clock::time_point a,
          std::chrono::steady_clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

int Build(const std::string& path, const std::string& level, bool all) {
  NetworkOptions o;
  Result<Level> l = ParseLevel(level);
  if (!l.ok()) return 2;
  o.level = *l;
  auto start = std::chrono::steady_clock::now();
  size_t count = 0;
  Result<Network> net = Network{};
  if (all) {
    Result<std::vector<Event>> events = ReadEventsFile(path);
    if (!events.ok()) {
      std::fprintf(stderr, "%s\n", events.status().message().c_str());
      return 2;
    }
    count = events->size();
    auto read = std::chrono::steady_clock::now();
    net = BuildNetwork(*events, o);
    std::printf("read_ms=%.0f build_ms=%.0f ", Ms(start, read),
                Ms(read, std::chrono::steady_clock::now()));
  } else {
    NetworkBuilder builder(o);
    Status s = ReadEvents(path, [&](Event&& e) {
      builder.Add(e);
      ++count;
      return Status::Ok();
    });
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.message().c_str());
      return 2;
    }
    auto read = std::chrono::steady_clock::now();
    net = builder.Finish();
    std::printf("read_and_fold_ms=%.0f finish_ms=%.0f ", Ms(start, read),
                Ms(read, std::chrono::steady_clock::now()));
  }
  if (!net.ok()) return 2;
  std::printf("events=%zu nodes=%zu edges=%zu\n", count, net->nodes.size(),
              net->edges.size());
  return 0;
}

}  // namespace
}  // namespace dipgraph

int main(int argc, char** argv) {
  std::string cmd = argc > 1 ? argv[1] : "";
  if (cmd == "gen" && argc == 3) return dipgraph::Gen(std::stoll(argv[2]));
  if ((cmd == "build" || cmd == "build-all") && argc >= 3)
    return dipgraph::Build(argv[2], argc > 3 ? argv[3] : "actor",
                           cmd == "build-all");
  std::fprintf(stderr,
               "usage: bench_network_run gen COUNT > events.jsonl\n"
               "       bench_network_run build|build-all EVENTS.jsonl "
               "[LEVEL]\n");
  return 2;
}
