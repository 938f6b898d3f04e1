// dipgraph export: the network (or the events) for Gephi, Cytoscape,
// NetworkX, D3 and Neo4j.
#include <filesystem>
#include <memory>

#include "cli/commands.h"
#include "cli/network_flags.h"
#include "common/output_file.h"

namespace dipgraph::cli {
namespace {

Status WriteNeo4j(const Network& net, const std::string& dir) {
  if (dir == "-")
    return UsageError("--format neo4j writes two files: give -o FOLDER");
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return IoError(dir + ": " + ec.message());
  RETURN_IF_ERROR(WriteFileAtomically(dir + "/nodes.csv", ToNeo4jNodes(net)));
  return WriteFileAtomically(dir + "/relationships.csv",
                             ToNeo4jRelationships(net));
}

}  // namespace

Runner SetupExport(CLI::App* app, const GlobalOptions*) {
  struct Opts {
    NetworkFlags flags;
    std::string format;
    std::string output = "-";
  };
  auto opt = std::make_shared<Opts>();
  opt->flags.Register(app);
  app->add_option(
         "--format", opt->format,
         "graphml, gexf, cytoscape, d3, neo4j (a folder with nodes.csv and "
         "relationships.csv), events-csv (also csv-events), or the events as "
         "gdelt1, gdelt2, icews or polecat")
      ->required();
  app->add_option("-o,--output", opt->output,
                  "Output file (folder for neo4j); - for stdout")
      ->capture_default_str();
  return [opt]() -> Status {
    const std::string f =
        opt->format == "events-csv" ? "csv-events" : opt->format;
    const bool foreign =
        f == "gdelt1" || f == "gdelt2" || f == "icews" || f == "polecat";
    if (f != "graphml" && f != "gexf" && f != "cytoscape" && f != "d3" &&
        f != "neo4j" && f != "csv-events" && !foreign)
      return UsageError(
          "unknown --format \"" + f +
          "\" (graphml, gexf, cytoscape, d3, neo4j, events-csv, gdelt1, "
          "gdelt2, icews, polecat)");
    ASSIGN_OR_RETURN(NetworkOptions options, opt->flags.Resolve());
    ASSIGN_OR_RETURN(Names names, LoadNames(opt->flags.dict));
    if (f == "csv-events" || foreign) {
      QueryOptions q;
      q.from = options.from;
      q.to = options.to;
      q.roots = options.roots;
      q.codes = options.codes;
      q.quads = options.quads;
      std::vector<Event> kept;
      if (opt->flags.db.empty()) {
        int64_t skipped = 0;
        ASSIGN_OR_RETURN(
            kept,
            QueryEventFiles(opt->flags.inputs, q,
                            EventReadOptions(opt->flags.format, &skipped)));
        NoteSkipped(skipped);
      } else {
        ASSIGN_OR_RETURN(std::vector<Event> events, opt->flags.Load());
        ASSIGN_OR_RETURN(kept, QueryEvents(events, q));
      }
      if (foreign)
        return WriteFileAtomically(opt->output,
                                   EventsInFormat(kept, *ParseEventFormat(f)));
      ASSIGN_OR_RETURN(auto links, opt->flags.LoadLinks());
      return WriteFileAtomically(opt->output, EventsCsv(kept, &names, &links));
    }
    ASSIGN_OR_RETURN(Network net, opt->flags.Build(options, names));
    if (f == "neo4j") return WriteNeo4j(net, opt->output);
    std::string text = f == "graphml"     ? ToGraphMl(net)
                       : f == "gexf"      ? ToGexf(net)
                       : f == "cytoscape" ? ToCytoscape(net)
                                          : ToD3(net);
    return WriteFileAtomically(opt->output, text);
  };
}

}  // namespace dipgraph::cli
