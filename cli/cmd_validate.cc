// dipgraph validate: check events files against the event record.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "common/event_io.h"
#include "extract/dict/codebook.h"

namespace dipgraph::cli {
namespace {

struct ValidateOptions {
  std::vector<std::string> files;
  bool no_codebook = false;
  int max_errors = 100;
};

// Checks one event against the codebook: the code must exist and the
// derived fields, when given, must agree with it.
void CheckAgainstCodebook(const Event& e, const Codebook& book,
                          std::vector<std::string>* problems) {
  const CameoCode* c = book.Find(e.action.cameo);
  if (c == nullptr) {
    problems->push_back("action.cameo \"" + e.action.cameo +
                        "\" is not a CAMEO 1.1b3 code");
    return;
  }
  if (e.action.quad_class != 0 && e.action.quad_class != c->quad_class)
    problems->push_back("action.quad_class " +
                        std::to_string(e.action.quad_class) + " but code " +
                        c->code + " is QuadClass " +
                        std::to_string(c->quad_class));
}

Status ValidateFile(const std::string& path, const Codebook* book,
                    const ValidateOptions& opt, int64_t* events, int64_t* bad) {
  ASSIGN_OR_RETURN(std::unique_ptr<EventReader> opened,
                   EventReader::Open(path));
  EventReader& reader = *opened;
  Event e;
  while (true) {
    Result<bool> more = reader.Next(&e);
    if (more.ok() && !*more) break;
    ++*events;
    std::vector<std::string> problems;
    if (!more.ok()) {
      if (more.status().code() != StatusCode::kInvalidInput)
        return more.status();
      problems.push_back(more.status().message());
    } else {
      for (std::string& p : ValidateEvent(e))
        problems.push_back(reader.name() + ":" + std::to_string(reader.line()) +
                           ": " + p);
      std::vector<std::string> code_problems;
      if (book != nullptr) CheckAgainstCodebook(e, *book, &code_problems);
      for (std::string& p : code_problems)
        problems.push_back(reader.name() + ":" + std::to_string(reader.line()) +
                           ": " + p);
    }
    if (problems.empty()) continue;
    ++*bad;
    for (const std::string& p : problems) {
      if (*bad <= opt.max_errors) std::cerr << p << "\n";
    }
  }
  return Status::Ok();
}

}  // namespace

Runner SetupValidate(CLI::App* app, const GlobalOptions* global) {
  auto opt = std::make_shared<ValidateOptions>();
  app->add_option("files", opt->files, "Events files (JSON Lines); - for stdin")
      ->required();
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
    int64_t events = 0, bad = 0;
    for (const std::string& f : opt->files)
      RETURN_IF_ERROR(ValidateFile(f, book.get(), *opt, &events, &bad));
    if (bad > 0)
      return InvalidInput(std::to_string(bad) + " bad line(s) among " +
                          std::to_string(events) + " read");
    if (!global->quiet) std::cerr << "ok: " << events << " events valid\n";
    return Status::Ok();
  };
}

}  // namespace dipgraph::cli
