// The dipgraph command table. Each subcommand lives in its own cmd_*.cc
// file and provides one Setup function that registers its options on a
// CLI11 sub-app and returns the function that runs it. main.cc lists them
// all in one table (kCommands), with a line of help each.
#ifndef DIPGRAPH_CLI_COMMANDS_H_
#define DIPGRAPH_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

#include "common/status.h"

namespace dipgraph::cli {

struct GlobalOptions {
  bool quiet = false;  // no progress bars, no notes on stderr
};

using Runner = std::function<Status()>;

// Registers an option that takes a number from `lo` to `hi`, its default
// shown in --help.
template <typename T>
CLI::Option* AddRanged(CLI::App* app, const std::string& name, T* value,
                       const std::string& help, T lo, T hi) {
  return app->add_option(name, *value, help)
      ->capture_default_str()
      ->check(CLI::Range(lo, hi));
}
// Registers `-o,--output FILE`, "-" for stdout, its default shown.
inline CLI::Option* AddOutputOption(CLI::App* app, std::string* output) {
  return app->add_option("-o,--output", *output, "Output file; - for stdout")
      ->capture_default_str();
}

// Registers `--json`: a report as JSON instead of a table.
inline CLI::Option* AddJsonFlag(CLI::App* app, bool* json) {
  return app->add_flag("--json", *json, "Print JSON instead of a table");
}
using Setup = Runner (*)(CLI::App* app, const GlobalOptions* global);

struct CommandSpec {
  const char* name;
  const char* help;
  Setup setup;
};

Runner SetupValidate(CLI::App* app, const GlobalOptions* global);
Runner SetupStats(CLI::App* app, const GlobalOptions* global);
Runner SetupGraph(CLI::App* app, const GlobalOptions* global);
Runner SetupQuery(CLI::App* app, const GlobalOptions* global);
Runner SetupExport(CLI::App* app, const GlobalOptions* global);
Runner SetupRender(CLI::App* app, const GlobalOptions* global);
Runner SetupReport(CLI::App* app, const GlobalOptions* global);
Runner SetupParse(CLI::App* app, const GlobalOptions* global);
Runner SetupEval(CLI::App* app, const GlobalOptions* global);
Runner SetupTrain(CLI::App* app, const GlobalOptions* global);
Runner SetupDict(CLI::App* app, const GlobalOptions* global);
Runner SetupExtract(CLI::App* app, const GlobalOptions* global);
Runner SetupStore(CLI::App* app, const GlobalOptions* global);
Runner SetupExplain(CLI::App* app, const GlobalOptions* global);
// `eval events`, registered by SetupEval.
Runner SetupEvalEvents(CLI::App* app);

}  // namespace dipgraph::cli

#endif  // DIPGRAPH_CLI_COMMANDS_H_
