// The flags that load the extractor (--model, --dict, --max-sentence-tokens,
// --keep-targetless), shared by `extract`, `explain` and `eval events`.
#ifndef DIPGRAPH_CLI_EXTRACT_FLAGS_H_
#define DIPGRAPH_CLI_EXTRACT_FLAGS_H_

#include <CLI/CLI.hpp>

#include "extract/extract.h"

namespace dipgraph::cli {

// Registers the flags on `app`; they fill `options`.
void RegisterExtractFlags(CLI::App* app, ExtractOptions* options);

}  // namespace dipgraph::cli

#endif  // DIPGRAPH_CLI_EXTRACT_FLAGS_H_
