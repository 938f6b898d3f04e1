// dipgraph extract: articles in, events out. dipgraph explain: how one
// sentence is coded, step by step.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>

#include "cli/commands.h"
#include "cli/extract_flags.h"
#include "common/checkpoint.h"
#include "common/event_io.h"
#include "common/output_file.h"
#include "common/progress.h"
#include "extract/extract.h"
#include "extract/read/dates.h"
#include "graph/store.h"

namespace dipgraph::cli {
namespace {

struct ExtractCommand {
  std::vector<std::string> inputs;
  std::string output = "-";
  int jobs = 1;
  bool keep_going = false;
  bool resume = false;
  std::string encoding = "lenient";
  std::string date;
  std::string unknown_actors;
  std::string db;
  int64_t max_document_bytes = 20 << 20;
  ExtractOptions extract;
};

Status CheckDate(const std::string& date) {
  if (date.empty()) return Status::Ok();
  bool shape = date.size() == 10 && date[4] == '-' && date[7] == '-';
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    shape = shape && i < date.size() && date[i] >= '0' && date[i] <= '9';
  if (!shape || !ParseDate(date).has_value())
    return UsageError("--date: \"" + date + "\" is not a date (YYYY-MM-DD)");
  return Status::Ok();
}

struct UnknownCount {
  int64_t count = 0;
  std::string example;
};

Status WriteUnknown(const std::string& path,
                    const std::map<std::string, UnknownCount>& unknown) {
  std::vector<std::pair<std::string, UnknownCount>> rows(unknown.begin(),
                                                         unknown.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.second.count > b.second.count;
  });
  ASSIGN_OR_RETURN(auto out, OutputFile::Open(path));
  out->stream() << "count\tphrase\texample\n";
  for (const auto& [phrase, u] : rows) {
    std::string example = u.example;
    std::replace(example.begin(), example.end(), '\t', ' ');
    std::replace(example.begin(), example.end(), '\n', ' ');
    out->stream() << u.count << "\t" << phrase << "\t" << example << "\n";
  }
  return out->Commit();
}

// What a checkpoint must agree on to be resumed: the inputs (with the size
// and time of each file named), and every option that changes the events.
std::string Fingerprint(const ExtractCommand& opt,
                        const std::vector<std::string>& inputs) {
  std::string key = std::string("dipgraph ") + DIPGRAPH_VERSION;
  for (const std::string& in : inputs) {
    key += "\n" + in;
    struct stat st;
    if (in != "-" && ::stat(in.c_str(), &st) == 0 && S_ISREG(st.st_mode))
      key += " " + std::to_string(st.st_size) + " " +
             std::to_string(st.st_mtim.tv_sec) + "." +
             std::to_string(st.st_mtim.tv_nsec);
  }
  key += "\n" + opt.date + "\n" + opt.encoding + "\n" +
         std::to_string(opt.max_document_bytes) + "\n" + opt.extract.model +
         "\n" + opt.extract.dict + "\n" +
         std::to_string(opt.extract.max_sentence_tokens) +
         (opt.extract.keep_targetless ? " targetless" : "") +
         (opt.extract.general_patterns ? " general" : "");
  uint64_t h = 14695981039346656037ull;  // FNV-1a
  for (unsigned char c : key) h = (h ^ c) * 1099511628211ull;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return hex;
}

Status RunExtract(const ExtractCommand& opt, const GlobalOptions& global) {
  RETURN_IF_ERROR(CheckDate(opt.date));
  const std::optional<Encoding> encoding = ParseEncoding(opt.encoding);
  if (!encoding)
    return UsageError("--encoding: \"" + opt.encoding +
                      "\" is not utf-8, latin-1 or lenient");
  ASSIGN_OR_RETURN(std::unique_ptr<EventExtractor> extractor,
                   EventExtractor::Load(opt.extract));
  ReadOptions read;
  read.max_bytes = opt.max_document_bytes;
  read.forced_date = opt.date;
  read.encoding = *encoding;
  std::vector<std::string> inputs = opt.inputs;
  if (inputs.empty()) inputs.push_back("-");
  DocumentStream stream(inputs, read);
  ASSIGN_OR_RETURN(
      auto out, CheckpointedOutput::Open(opt.output, Fingerprint(opt, inputs),
                                         opt.resume));
  if (opt.resume && out->resumed_items() > 0 && !global.quiet)
    std::cerr << "dipgraph extract: resuming after " << out->resumed_items()
              << " documents (" << out->resumed_events() << " events)\n";

  const bool want_unknown = !opt.unknown_actors.empty();
  std::mutex unknown_mu;
  std::map<std::string, UnknownCount> unknown;
  Progress bar("extracting", 0, global.quiet || !isatty(STDERR_FILENO));

  PipelineOptions popt;
  popt.jobs = std::max(1, opt.jobs);
  popt.keep_going = opt.keep_going;
  popt.skip = out->resumed_items();
  popt.on_item_done = [&](int64_t events) { return out->EndItem(events); };
  popt.on_skip = [&](const Status& s) {
    std::cerr << "dipgraph extract: skipped " << s.message() << "\n";
  };
  popt.on_progress = [&](int64_t done, int64_t total) {
    if (!bar.enabled()) return;
    (void)total;
    bar.Update(done);
  };
  std::vector<Event> for_store;
  std::unique_ptr<EventStore> store;
  if (!opt.db.empty()) {
    // Opened first, so that a bad store stops the run before any work.
    ASSIGN_OR_RETURN(store, EventStore::Open(opt.db, /*create=*/true));
    if (out->resumed_items() > 0)  // the events the earlier run wrote
      RETURN_IF_ERROR(ReadEvents(out->partial_path(), [&](Event&& e) {
        for_store.push_back(std::move(e));
        return Status::Ok();
      }));
  }
  PipelineStats stats;
  Status s = RunPipeline(
      stream, popt,
      [&](const Document& doc) -> Result<std::vector<Event>> {
        if (!want_unknown) return extractor->Extract(doc);
        std::vector<UnknownName> names;
        ASSIGN_OR_RETURN(std::vector<Event> events,
                         extractor->Extract(doc, &names));
        std::lock_guard<std::mutex> lock(unknown_mu);
        for (const UnknownName& u : names) {
          UnknownCount& c = unknown[u.text];
          if (c.count++ == 0) c.example = u.sentence;
        }
        return events;
      },
      [&](const Document& doc, std::vector<Event>&& events) -> Status {
        if (!doc.warning.empty() && !global.quiet)
          std::cerr << "dipgraph extract: warning: " << doc.warning << "\n";
        for (const Event& e : events) WriteEvent(out->stream(), e);
        if (!opt.db.empty())
          for (Event& e : events) for_store.push_back(std::move(e));
        if (!out->stream()) return IoError(opt.output + ": write failed");
        return Status::Ok();
      },
      &stats);
  bar.Finish();
  if (!s.ok() && out->items() > 0 && !out->partial_path().empty())
    std::cerr << "dipgraph extract: the events of the first " << out->items()
              << " documents are kept in " << out->partial_path()
              << "; run the same command with --resume to go on\n";
  RETURN_IF_ERROR(s);
  RETURN_IF_ERROR(out->Commit());
  stats.documents += out->resumed_items();
  stats.events += out->resumed_events();
  if (store) {
    ASSIGN_OR_RETURN(AddResult added, store->Add(for_store));
    if (!global.quiet)
      std::cerr << "dipgraph extract: " << opt.db << ": " << added.added
                << " events stored, " << added.replaced << " replaced\n";
  }
  if (want_unknown) RETURN_IF_ERROR(WriteUnknown(opt.unknown_actors, unknown));
  if (!global.quiet)
    std::cerr << "dipgraph extract: " << stats.documents << " documents, "
              << stats.events << " events"
              << (stats.skipped
                      ? ", " + std::to_string(stats.skipped) + " inputs skipped"
                      : "")
              << "\n";
  if (stats.skipped > 0 && stats.documents == 0)
    return InvalidInput("no input could be read");
  if (stats.events == 0) return NoResult("no events found");
  return Status::Ok();
}

struct ExplainOptions {
  std::string sentence;
  std::string date;
  bool json = false;
  ExtractOptions extract;
};

void PrintSentence(const Explanation::Sentence& s, std::ostream& out) {
  out << "\nsentence " << s.index << ": " << s.text << "\n\nparse:\n";
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const Explanation::Token& t = s.tokens[i];
    out << "  " << std::setw(3) << i + 1 << "  " << std::left << std::setw(16)
        << t.text << std::setw(14) << t.lemma << std::setw(6) << t.upos
        << std::right << std::setw(4) << t.head << "  "
        << (t.deprel.empty() ? "_" : t.deprel) << "\n";
  }
  out << "\nactors:\n";
  if (s.actors.empty()) out << "  (none)\n";
  for (const Explanation::ActorMention& a : s.actors)
    out << "  \"" << a.text << "\"  " << a.kind << "  "
        << (a.id.empty() ? "(role " + a.role + ")" : a.id)
        << (a.name.empty() ? "" : "  " + a.name) << "  [" << a.entry << "]\n";
}

void PrintEvent(const Event& e, std::ostream& out) {
  out << "  " << e.source.id << " -[" << e.action.cameo << " " << e.action.label
      << "]-> " << (e.target ? e.target->id : std::string("(none)"));
  if (e.negated) out << "  negated";
  if (!e.modality.empty() && e.modality != "asserted")
    out << "  " << e.modality;
  if (!e.parent.empty()) out << "  reported in " << e.parent;
  out << "  confidence " << e.confidence << "\n";
  if (!e.content.empty()) out << "      content: " << e.content << "\n";
}

Status RunExplain(const ExplainOptions& opt) {
  RETURN_IF_ERROR(CheckDate(opt.date));
  if (opt.sentence.empty()) return UsageError("explain: empty sentence");
  ASSIGN_OR_RETURN(std::unique_ptr<EventExtractor> extractor,
                   EventExtractor::Load(opt.extract));
  ReadOptions read;
  read.forced_date = opt.date;
  ASSIGN_OR_RETURN(Document doc, DocumentFromText(opt.sentence, "explain",
                                                  "<sentence>", read));
  ASSIGN_OR_RETURN(Explanation ex, extractor->Explain(doc));
  std::ostream& out = std::cout;
  if (opt.json) {
    for (const Event& e : ex.events) WriteEvent(out, e);
    return ex.events.empty() ? NoResult("no events") : Status::Ok();
  }
  out << "date: " << (doc.info.date.empty() ? "(none)" : doc.info.date) << "\n";
  for (const Explanation::Sentence& s : ex.sentences) PrintSentence(s, out);
  out << "\ndecisions:\n";
  if (ex.decisions.empty()) out << "  (no candidate event)\n";
  for (const std::string& line : ex.decisions) out << "  " << line << "\n";
  if (!ex.unknown.empty()) {
    out << "\nunknown actors:\n";
    for (const UnknownName& u : ex.unknown) out << "  " << u.text << "\n";
  }
  out << "\nevents: " << ex.events.size() << "\n";
  for (const Event& e : ex.events) PrintEvent(e, out);
  return ex.events.empty() ? NoResult("no events") : Status::Ok();
}

}  // namespace

Runner SetupExtract(CLI::App* app, const GlobalOptions* global) {
  auto opt = std::make_shared<ExtractCommand>();
  app->add_option("inputs", opt->inputs,
                  "Articles: text, HTML or JSON Lines files, folders; - or "
                  "nothing for stdin");
  app->add_option("-o,--output", opt->output, "Events file; - for stdout")
      ->capture_default_str();
  AddRanged(app, "-j,--jobs", &opt->jobs,
            "Worker threads (output stays in "
            "input order)",
            1, 256);
  app->add_flag("--keep-going", opt->keep_going,
                "Skip unreadable or bad inputs (reported on stderr)");
  app->add_flag("--resume", opt->resume,
                "Go on with an interrupted run of the same command: the "
                "documents whose events are in OUTPUT.partial are skipped");
  app->add_option("--encoding", opt->encoding,
                  "Input bytes: utf-8 (invalid UTF-8 is an error), latin-1, "
                  "or lenient (invalid bytes become U+FFFD, with a warning)")
      ->capture_default_str();
  app->add_option("--date", opt->date,
                  "Force the article date (YYYY-MM-DD) for every input");
  app->add_option("--db", opt->db,
                  "Also add the events to this event store (an SQLite file "
                  "or postgresql://…), one transaction per run (a document "
                  "extracted again is replaced)");
  app->add_option("--unknown-actors", opt->unknown_actors,
                  "Write proper nouns in event roles that no dictionary "
                  "entry matches (TSV: count, phrase, example)");
  app->add_option("--max-document-bytes", opt->max_document_bytes,
                  "Reject larger documents")
      ->capture_default_str();
  RegisterExtractFlags(app, &opt->extract);
  return [opt, global]() { return RunExtract(*opt, *global); };
}

Runner SetupExplain(CLI::App* app, const GlobalOptions*) {
  auto opt = std::make_shared<ExplainOptions>();
  app->add_option("sentence", opt->sentence, "The sentence to code")
      ->required();
  app->add_option("--date", opt->date,
                  "Article date (YYYY-MM-DD) for roles and relative dates");
  app->add_flag("--json", opt->json, "Print only the events, as JSON Lines");
  RegisterExtractFlags(app, &opt->extract);
  return [opt]() { return RunExplain(*opt); };
}

}  // namespace dipgraph::cli
