// dipgraph render: the network as DOT, SVG, PNG or PDF through Graphviz;
// dipgraph report: one self-contained HTML page to explore it offline.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/network_flags.h"
#include "common/output_file.h"
#include "render/render.h"

namespace dipgraph::cli {
namespace {

struct RenderFlags {
  NetworkFlags network;
  RenderOptions render;
  std::string color_by = "community";
  std::string edge_labels = "auto";
  bool no_legend = false, no_labels = false;
  std::string output = "-";
  CLI::Option* top = nullptr;
  CLI::Option* max_nodes = nullptr;

  void Register(CLI::App* app, bool report) {
    network.Register(app);
    top = app->get_option("--top");
    if (!report) {
      app->add_option(
          "--format", render.format,
          "dot, svg, png or pdf (default: from the -o extension, else svg)");
    }
    app->add_option("--engine", render.engine,
                    "auto, dot, neato, fdp, sfdp or circo")
        ->capture_default_str();
    max_nodes =
        app->add_option("--max-nodes", render.max_nodes,
                        "Draw the top nodes by events (0 = all; default: all "
                        "when --top is given)")
            ->capture_default_str();
    app->add_option("--color-by", color_by, "community or country")
        ->capture_default_str();
    app->add_option("--edge-labels", edge_labels,
                    "auto (the 15 heaviest edges), all or none; "
                    "every edge's action is in its tooltip")
        ->capture_default_str();
    app->add_flag("--no-edge-labels", no_labels, "Same as --edge-labels none");
    app->add_flag("--no-legend", no_legend, "Leave the legend out");
    app->add_option("--title", render.title, "Title (default: the date range)");
    app->add_option("-o,--output", output, "Output file; - for stdout")
        ->capture_default_str();
  }

  // True when the automatic --max-nodes applies: neither it nor --top given.
  bool AutoTop() const { return top->count() == 0 && max_nodes->count() == 0; }

  Result<RenderOptions> Resolve(bool report) {
    RenderOptions r = render;
    if (!report && r.format.empty()) {
      r.format = output == "-" ? "svg" : FormatFromPath(output);
      if (r.format.empty())
        return UsageError("cannot tell the format from \"" + output +
                          "\": use --format dot|svg|png|pdf");
    }
    if (report) r.format = "svg";
    RETURN_IF_ERROR(CheckFormat(r.format));
    RETURN_IF_ERROR(CheckEngine(r.engine));
    if (color_by != "country" && color_by != "community")
      return UsageError("--color-by must be community or country");
    r.color_by =
        color_by == "community" ? ColorBy::kCommunity : ColorBy::kCountry;
    if (edge_labels != "auto" && edge_labels != "all" && edge_labels != "none")
      return UsageError("--edge-labels must be auto, all or none");
    r.edge_labels = no_labels || edge_labels == "none" ? EdgeLabels::kNone
                    : edge_labels == "all"             ? EdgeLabels::kAll
                                                       : EdgeLabels::kAuto;
    if (top->count() > 0 && max_nodes->count() == 0) r.max_nodes = 0;
    r.legend = !no_legend;
    return r;
  }

  // The note on stderr when the picture leaves nodes out.
  void Warn(const RenderStats& stats, size_t total_nodes,
            const GlobalOptions* global) const {
    if (stats.dropped_nodes == 0 || global->quiet) return;
    std::cerr << "dipgraph: the picture shows the "
              << total_nodes - stats.dropped_nodes << " of " << total_nodes
              << " nodes with the most events (--max-nodes " << render.max_nodes
              << (AutoTop() ? ", the default" : "") << "); "
              << stats.dropped_nodes << " nodes and " << stats.dropped_edges
              << " edges are left out. --max-nodes 0 draws them all, "
                 "--max-nodes N the top N\n";
  }
};

}  // namespace

Runner SetupRender(CLI::App* app, const GlobalOptions* global) {
  auto flags = std::make_shared<RenderFlags>();
  flags->render.format = "";
  flags->Register(app, /*report=*/false);
  return [flags, global]() -> Status {
    ASSIGN_OR_RETURN(RenderOptions ropt, flags->Resolve(false));
    ASSIGN_OR_RETURN(NetworkOptions nopt, flags->network.Resolve());
    ASSIGN_OR_RETURN(Names names, LoadNames(flags->network.dict));
    ropt.names = &names;
    ASSIGN_OR_RETURN(Network net, flags->network.Build(nopt, names));
    if (net.nodes.empty()) return NoResult("no network left after the filters");
    RenderStats stats;
    ASSIGN_OR_RETURN(std::string out, RenderNetwork(net, ropt, &stats));
    flags->Warn(stats, net.nodes.size(), global);
    return WriteFileAtomically(flags->output, out);
  };
}

Runner SetupReport(CLI::App* app, const GlobalOptions* global) {
  auto flags = std::make_shared<RenderFlags>();
  auto title = std::make_shared<std::string>("dipgraph report");
  flags->Register(app, /*report=*/true);
  app->add_option("--report-title", *title, "Heading of the page")
      ->capture_default_str();
  return [flags, title, global]() -> Status {
    ASSIGN_OR_RETURN(RenderOptions ropt, flags->Resolve(true));
    ASSIGN_OR_RETURN(NetworkOptions nopt, flags->network.Resolve());
    ASSIGN_OR_RETURN(Names names, LoadNames(flags->network.dict));
    ropt.names = &names;
    ASSIGN_OR_RETURN(std::vector<Event> events, flags->network.Load());
    // The table holds the events the filters keep, as the network does.
    events = FilterEvents(std::move(events), nopt);
    ASSIGN_OR_RETURN(Network net, BuildNetwork(events, nopt));
    ApplyNames(names, &net);
    ReportOptions opt;
    opt.title = *title;
    opt.render = ropt;
    RenderStats stats;
    ASSIGN_OR_RETURN(std::string html, RenderReport(net, events, opt, &stats));
    flags->Warn(stats, net.nodes.size(), global);
    return WriteFileAtomically(flags->output, html);
  };
}

}  // namespace dipgraph::cli
