// dipgraph query: who said what to whom.
#include <algorithm>
#include <memory>

#include "cli/commands.h"
#include "cli/network_flags.h"
#include "common/event_io.h"
#include "common/output_file.h"

namespace dipgraph::cli {
namespace {

// An actor given as a code ("RUSGOV", "RUS*") can be looked up in the
// store's index; names and aliases are resolved after loading.
bool IsCode(const std::string& a) {
  if (a.size() < 3) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    bool ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
              (c == '*' && i + 1 == a.size());
    if (!ok) return false;
  }
  return true;
}

bool AllCodes(const std::vector<std::string>& v) {
  return !v.empty() && std::all_of(v.begin(), v.end(), IsCode);
}

// The part of a query SQL can do; the rest runs on the loaded events.
StoreQuery StorePushdown(const QueryOptions& q) {
  StoreQuery s;
  s.from = q.from;
  s.to = q.to;
  if (AllCodes(q.sources)) s.sources = q.sources;
  if (AllCodes(q.targets)) s.targets = q.targets;
  if (q.between.size() == 2 && AllCodes(q.between) &&
      q.between[0].back() != '*' && q.between[1].back() != '*')
    s.between = q.between;
  s.codes = SqlCodes(q.codes, q.roots);
  return s;
}

}  // namespace

Runner SetupQuery(CLI::App* app, const GlobalOptions*) {
  struct Opts {
    std::vector<std::string> inputs{"-"};
    std::string db, dict;
    QueryOptions q;
    EventFormat read_format = EventFormat::kDetect;
    std::string format = "table";
    std::string output = "-";
  };
  auto opt = std::make_shared<Opts>();
  app->add_option("events", opt->inputs,
                  "Events files (JSON Lines); - or nothing for stdin");
  AddDbOption(app, &opt->db);
  AddNamesOption(app, &opt->dict);
  Repeatable(app->add_option("--source", opt->q.sources,
                             "Source actor (code, name, alias, * wildcard)"));
  Repeatable(app->add_option("--target", opt->q.targets, "Target actor"));
  app->add_option("--between", opt->q.between, "Two actors, both directions")
      ->expected(2)
      ->allow_extra_args(false);
  app->add_flag("--said", opt->q.said,
                "Only statements and appeals, or events with content");
  Repeatable(app->add_option("--root", opt->q.roots, "CAMEO roots (e.g. 02)"));
  Repeatable(
      app->add_option("--code", opt->q.codes, "CAMEO codes or prefixes"));
  Repeatable(app->add_option("--quad", opt->q.quads, "QuadClasses 1..4"));
  AddFromOption(app, &opt->q.from, &opt->read_format);
  app->add_option("--to", opt->q.to, "Last date (YYYY-MM-DD)");
  app->add_option("--contains", opt->q.contains,
                  "Word or phrase in what was said");
  app->add_option("--format", opt->format,
                  "table, jsonl, csv, or gdelt1, gdelt2, icews, polecat")
      ->capture_default_str();
  AddOutputOption(app, &opt->output);
  return [opt]() -> Status {
    const bool foreign = IsEventFormatName(opt->format) &&
                         opt->format != "detect" && opt->format != "dipgraph";
    if (opt->format != "table" && opt->format != "jsonl" &&
        opt->format != "csv" && !foreign)
      return UsageError(
          "--format must be table, jsonl, csv, gdelt1, gdelt2, icews or "
          "polecat");
    std::vector<Event> found;
    if (opt->db.empty()) {
      int64_t skipped = 0;
      ASSIGN_OR_RETURN(
          found, QueryEventFiles(opt->inputs, opt->q,
                                 EventReadOptions(opt->read_format, &skipped)));
      NoteSkipped(skipped);
    } else {
      ASSIGN_OR_RETURN(std::vector<Event> events,
                       LoadEvents(opt->inputs, opt->db, StorePushdown(opt->q),
                                  opt->read_format));
      ASSIGN_OR_RETURN(found, QueryEvents(events, opt->q));
    }
    ASSIGN_OR_RETURN(Names names, LoadNames(opt->dict));
    ASSIGN_OR_RETURN(auto out, OutputFile::Open(opt->output));
    if (foreign) {
      out->stream() << EventsInFormat(found, *ParseEventFormat(opt->format));
    } else if (opt->format == "csv") {
      out->stream() << EventsCsv(found, &names);
    } else if (opt->format == "jsonl") {
      for (const Event& e : found) WriteEvent(out->stream(), e);
    } else {
      out->stream() << QueryTable(found, &names);
    }
    RETURN_IF_ERROR(out->Commit());
    if (found.empty()) return NoResult("no event matches the query");
    return Status::Ok();
  };
}

}  // namespace dipgraph::cli
