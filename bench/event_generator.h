// Realistic synthetic events for benchmarks: actors drawn from a Zipf
// distribution (a few actors dominate, as in news), codes weighted toward
// statements, consultations and appeals, dates over two years. Deterministic
// for a given seed.
#ifndef DIPGRAPH_BENCH_EVENT_GENERATOR_H_
#define DIPGRAPH_BENCH_EVENT_GENERATOR_H_

#include <cstdint>
#include <vector>

#include "common/event.h"

namespace dipgraph::bench {

std::vector<Event> GenerateEvents(int64_t count, int actors,
                                  uint64_t seed = 42);

}  // namespace dipgraph::bench

#endif  // DIPGRAPH_BENCH_EVENT_GENERATOR_H_
