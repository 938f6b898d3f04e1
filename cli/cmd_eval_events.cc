// dipgraph eval events: code every item of a gold set and score the events
// at the country, actor and code levels (extract/eval/eval.h).
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/extract_flags.h"
#include "common/output_file.h"
#include "extract/eval/eval.h"

namespace dipgraph::cli {
namespace {

struct EvalEventsOptions {
  std::string gold;
  bool json = false;
  int list = 20;
  std::string output = "-";
  ExtractOptions extract;
};

Status RunEvalEvents(const EvalEventsOptions& opt) {
  ASSIGN_OR_RETURN(std::vector<GoldItem> gold, ReadGold(opt.gold));
  if (gold.empty()) return NoResult(opt.gold + ": no gold items");
  ASSIGN_OR_RETURN(std::unique_ptr<EventExtractor> extractor,
                   EventExtractor::Load(opt.extract));
  std::vector<std::vector<Event>> found;
  found.reserve(gold.size());
  for (const GoldItem& item : gold) {
    ReadOptions read;
    read.forced_date = item.date;
    ASSIGN_OR_RETURN(
        Document doc,
        DocumentFromText(item.text, item.id, opt.gold + ":" + item.id, read));
    ASSIGN_OR_RETURN(std::vector<Event> events, extractor->Extract(doc));
    found.push_back(std::move(events));
  }
  EvalReport report = ScoreEvents(gold, found);
  ASSIGN_OR_RETURN(auto out, OutputFile::Open(opt.output));
  if (opt.json)
    out->stream() << report.ToJson().dump(2) << "\n";
  else
    out->stream() << report.ToText(static_cast<size_t>(opt.list));
  return out->Commit();
}

}  // namespace

Runner SetupEvalEvents(CLI::App* app) {
  auto opt = std::make_shared<EvalEventsOptions>();
  app->add_option("--gold", opt->gold,
                  "Gold set (JSON Lines, e.g. tests/gold/gold.jsonl)")
      ->required();
  app->add_flag("--json", opt->json, "Print JSON instead of a table");
  app->add_option("--list", opt->list,
                  "How many misses and false events to list")
      ->capture_default_str();
  app->add_option("-o,--output", opt->output, "Output file; - for stdout")
      ->capture_default_str();
  RegisterExtractFlags(app, &opt->extract);
  return [opt]() { return RunEvalEvents(*opt); };
}

}  // namespace dipgraph::cli
