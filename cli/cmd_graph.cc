// dipgraph graph: the relationship network with its metrics.
#include <memory>

#include "cli/commands.h"
#include "cli/network_flags.h"
#include "common/output_file.h"

namespace dipgraph::cli {

Runner SetupGraph(CLI::App* app, const GlobalOptions*) {
  struct Opts {
    NetworkFlags flags;
    bool json = false;
    size_t rows = 20;
    std::string output = "-";
  };
  auto opt = std::make_shared<Opts>();
  opt->flags.Register(app);
  app->add_flag("--json", opt->json, "Print the whole network as JSON");
  app->add_option("--rows", opt->rows, "Rows of the summary table")
      ->capture_default_str();
  AddOutputOption(app, &opt->output);
  return [opt]() -> Status {
    ASSIGN_OR_RETURN(NetworkOptions options, opt->flags.Resolve());
    // The table shows no edge's dates or example ids: not collected.
    options.edge_details = opt->json;
    ASSIGN_OR_RETURN(Names names, LoadNames(opt->flags.dict));
    ASSIGN_OR_RETURN(Network net, opt->flags.Build(options, names));
    ASSIGN_OR_RETURN(auto out, OutputFile::Open(opt->output));
    if (opt->json)
      out->stream() << NetworkJson(net).dump(2) << "\n";
    else
      out->stream() << NetworkTable(net, opt->rows);
    RETURN_IF_ERROR(out->Commit());
    if (net.edges.empty()) return NoResult("no edges left after the filters");
    return Status::Ok();
  };
}

}  // namespace dipgraph::cli
