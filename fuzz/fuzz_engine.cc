#include "fuzz/fuzz_engine.h"

#include <cstdlib>
#include <iostream>

namespace dipgraph::fuzz {

const cli::Engine& SharedEngine() {
  static const cli::Engine* engine = [] {
    Result<std::unique_ptr<cli::Engine>> e = cli::LoadEngine({});
    if (!e.ok()) {
      std::cerr << "fuzz: cannot load the engine: " << e.status().message()
                << "\n";
      std::abort();
    }
    return e->release();  // lives as long as the process
  }();
  return *engine;
}

}  // namespace dipgraph::fuzz
