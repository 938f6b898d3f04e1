// The shipped engine (codebook, dictionaries, syntax model, extractor) for
// the fuzz targets that code text, loaded once per process from data/.
#ifndef DIPGRAPH_FUZZ_FUZZ_ENGINE_H_
#define DIPGRAPH_FUZZ_FUZZ_ENGINE_H_

#include "cli/engine.h"

namespace dipgraph::fuzz {

// Aborts with a message when the shipped data cannot be loaded.
const cli::Engine& SharedEngine();

}  // namespace dipgraph::fuzz

#endif  // DIPGRAPH_FUZZ_FUZZ_ENGINE_H_
