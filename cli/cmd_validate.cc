// dipgraph validate: check events files against the event record.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/network_flags.h"
#include "common/event_io.h"
#include "common/event_view.h"
#include "extract/dict/codebook.h"

namespace dipgraph::cli {
namespace {

struct ValidateOptions {
  std::vector<std::string> files;
  EventFormat format = EventFormat::kDetect;
  bool no_codebook = false;
  int max_errors = 100;
};

// Checks one event against the codebook: the code must exist and the
// derived fields, when given, must agree with it.
void CheckAgainstCodebook(const EventView& e, const Codebook& book,
                          std::vector<std::string>* problems) {
  const CameoCode* c = book.Find(e.action.cameo);
  if (c == nullptr) {
    problems->push_back("action.cameo \"" + std::string(e.action.cameo) +
                        "\" is not a CAMEO 1.1b3 code");
    return;
  }
  if (e.action.quad_class != 0 && e.action.quad_class != c->quad_class)
    problems->push_back("action.quad_class " +
                        std::to_string(e.action.quad_class) + " but code " +
                        c->code + " is QuadClass " +
                        std::to_string(c->quad_class));
}

// What one chunk's lines are found to have: the bad lines, each with its
// problems, in order.
struct ChunkProblems {
  int64_t events = 0;
  int64_t skipped = 0;  // rows without a source actor
  int64_t lines = 0;    // lines of the chunk (ReadChunks' LinesOf)
  std::vector<std::pair<int64_t, std::vector<std::string>>> bad;
};

ChunkProblems CheckChunk(const EventChunk& chunk, const Codebook* book) {
  ChunkProblems out;
  LineDecoder decoder;
  EventView view;
  bool no_source = false;
  out.lines = ForEachLine(chunk.text, [&](std::string_view line, int64_t n) {
    std::vector<std::string> problems;
    Result<bool> got = decoder.Decode(chunk.format, line, &view, &no_source);
    if (got.ok() && !*got) {  // a header, or a row the record cannot hold
      if (no_source) ++out.skipped;
      decoder.Clear();
      return;
    }
    ++out.events;
    if (!got.ok()) {
      problems.push_back(got.status().message());
    } else {
      problems = ValidateEventView(view);
      if (book != nullptr) CheckAgainstCodebook(view, *book, &problems);
    }
    if (!problems.empty()) out.bad.emplace_back(n, std::move(problems));
    decoder.Clear();
  });
  return out;
}

// Every line of `files`, checked on several threads; the problems are
// printed in input order, as "file:line: problem".
Status ValidateFiles(const Codebook* book, const ValidateOptions& opt,
                     int64_t* events, int64_t* bad, int64_t* skipped) {
  return ReadChunks<ChunkProblems>(
      opt.files, EventReadOptions(opt.format, nullptr),
      [&](const EventChunk& chunk) { return CheckChunk(chunk, book); },
      [&](ChunkProblems& r, EventChunk& chunk) {
        *events += r.events;
        *skipped += r.skipped;
        for (const auto& [n, problems] : r.bad) {
          if (++*bad > opt.max_errors) continue;
          std::string where = *chunk.name + ":" +
                              std::to_string(chunk.first_line + n - 1) + ": ";
          for (const std::string& p : problems) std::cerr << where << p << "\n";
        }
        return Status::Ok();
      });
}

}  // namespace

Runner SetupValidate(CLI::App* app, const GlobalOptions* global) {
  auto opt = std::make_shared<ValidateOptions>();
  app->add_option("files", opt->files,
                  "Events files (dipgraph JSON Lines, GDELT, ICEWS or "
                  "PLOVER: see --from); - for stdin")
      ->required();
  AddFromOption(app, nullptr, &opt->format);
  app->add_flag("--no-codebook", opt->no_codebook,
                "Do not check CAMEO codes against data/cameo/cameo.tsv");
  app->add_option("--max-errors", opt->max_errors,
                  "Print at most this many bad lines")
      ->capture_default_str();
  return [opt, global]() -> Status {
    std::unique_ptr<Codebook> book;
    if (!opt->no_codebook) {
      ASSIGN_OR_RETURN(Codebook loaded, Codebook::LoadDefault());
      book = std::make_unique<Codebook>(std::move(loaded));
    }
    int64_t events = 0, bad = 0, skipped = 0;
    RETURN_IF_ERROR(ValidateFiles(book.get(), *opt, &events, &bad, &skipped));
    if (!global->quiet) NoteSkipped(skipped);
    if (bad > 0)
      return InvalidInput(std::to_string(bad) + " bad line(s) among " +
                          std::to_string(events) + " read");
    if (!global->quiet) std::cerr << "ok: " << events << " events valid\n";
    return Status::Ok();
  };
}

}  // namespace dipgraph::cli
