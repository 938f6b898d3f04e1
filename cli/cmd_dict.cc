// dipgraph dict: check, look up, count and import dictionaries.
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "common/files.h"
#include "common/output_file.h"
#include "extract/dict/codebook.h"
#include "extract/dict/dictionary.h"
#include "extract/dict/import.h"
#include "extract/dict/stats.h"

namespace dipgraph::cli {
namespace {

namespace fs = std::filesystem;

struct DictOptions {
  std::string data;  // --data: a data folder, a dict folder or a .dict file
  std::string query, date = "2016-07-07";
  bool json = false;
  std::string from, file, output = "-";
};

// The root dictionary file for --data (or the shipped one).
std::string RootFile(const std::string& data) {
  if (data.empty()) return DataPath("dict/dipgraph.dict");
  std::error_code ec;
  if (fs::is_regular_file(data, ec)) return data;
  if (fs::is_regular_file(fs::path(data) / "dict" / "dipgraph.dict", ec))
    return (fs::path(data) / "dict" / "dipgraph.dict").string();
  return (fs::path(data) / "dipgraph.dict").string();
}

Result<Codebook> LoadBook(const std::string& data) {
  std::error_code ec;
  fs::path tsv = fs::path(data) / "cameo" / "cameo.tsv";
  if (!data.empty() && fs::is_regular_file(tsv, ec))
    return Codebook::Load(tsv.string());
  return Codebook::LoadDefault();
}

Status RunCheck(const DictOptions& opt, const GlobalOptions& global) {
  ASSIGN_OR_RETURN(Codebook book, LoadBook(opt.data));
  std::vector<Status> errors;
  dict::Dictionary d = dict::Dictionary::LoadAll(
      RootFile(opt.data), dict::KnownCodes(book), &errors);
  for (const Status& e : errors) std::cout << e.message() << "\n";
  if (!global.quiet)
    std::cerr << d.files().size() << " files, " << d.actors().size()
              << " actors, " << d.people().size() << " people, "
              << d.verbs().size() + d.nouns().size() << " patterns, "
              << errors.size() << " errors\n";
  if (errors.empty()) return Status::Ok();
  return InvalidInput(std::to_string(errors.size()) +
                      " errors in the dictionaries");
}

void PrintFound(const dict::FoundActor& f, const std::vector<dict::Token>& t,
                std::string_view text) {
  size_t b = t[f.begin].begin, e = t[f.end - 1].end;
  std::cout << text.substr(b, e - b) << "\n"
            << "  code:  " << f.actor.code << "\n"
            << "  name:  " << f.actor.name << "\n"
            << "  role:  " << f.actor.title << "\n"
            << "  type:  " << f.actor.type << "\n"
            << "  entry: " << f.where->ToString() << " (" << f.kind << ")\n";
}

void PrintPatterns(const char* kind,
                   const std::vector<const dict::Pattern*>& ps) {
  for (const dict::Pattern* p : ps)
    std::cout << kind << " " << p->code << "  " << p->text
              << (p->speech ? "  [speech]" : "")
              << (p->symmetric ? "  [symmetric]" : "")
              << (p->negative ? "  [negative]" : "") << "\n";
}

// Every entry that loads; the bad ones are counted on stderr (`dict check`
// lists them).
dict::Dictionary LoadForUse(const std::string& data, const Codebook& book) {
  std::vector<Status> errors;
  dict::Dictionary d = dict::Dictionary::LoadAll(
      RootFile(data), dict::KnownCodes(book), &errors);
  if (!errors.empty())
    std::cerr << errors.size() << " dictionary errors (see dict check)\n";
  return d;
}

Status RunLookup(const DictOptions& opt) {
  ASSIGN_OR_RETURN(dict::Day day, dict::ParseDay(opt.date));
  ASSIGN_OR_RETURN(Codebook book, LoadBook(opt.data));
  dict::Dictionary d = LoadForUse(opt.data, book);
  std::vector<dict::Token> toks = dict::Tokenize(opt.query);
  std::vector<dict::FoundActor> found = d.FindActors(dict::Texts(toks), day);
  for (const dict::FoundActor& f : found) PrintFound(f, toks, opt.query);
  std::string lemma = dict::FoldToken(opt.query);
  auto verbs = d.VerbPatterns(lemma);
  auto nouns = d.NounPatterns(lemma);
  PrintPatterns("verb", verbs);
  PrintPatterns("noun", nouns);
  if (found.empty() && verbs.empty() && nouns.empty())
    return NoResult("nothing in the dictionaries matches \"" + opt.query +
                    "\"");
  return Status::Ok();
}

Status RunStats(const DictOptions& opt) {
  ASSIGN_OR_RETURN(Codebook book, LoadBook(opt.data));
  dict::Dictionary d = LoadForUse(opt.data, book);
  dict::DictStats stats = dict::ComputeStats(d, book);
  if (opt.json)
    std::cout << dict::StatsToJson(stats).dump(2) << "\n";
  else
    std::cout << dict::StatsToTable(stats);
  return Status::Ok();
}

Status RunImport(const DictOptions& opt) {
  ASSIGN_OR_RETURN(std::string text, ReadFile(opt.file));
  ASSIGN_OR_RETURN(std::string out,
                   dict::ImportDictionary(opt.from, opt.file, text));
  return WriteFileAtomically(opt.output, out);
}

}  // namespace

Runner SetupDict(CLI::App* app, const GlobalOptions* global) {
  auto opt = std::make_shared<DictOptions>();
  app->require_subcommand(1);
  CLI::App* check =
      app->add_subcommand("check", "Load all dictionaries, list every error");
  CLI::App* lookup = app->add_subcommand(
      "lookup", "Show what a phrase matches: code, name, role, entry");
  lookup->add_option("text", opt->query, "Words to look up")->required();
  lookup->add_option("--date", opt->date, "Day for dated roles (YYYY-MM-DD)")
      ->capture_default_str();
  CLI::App* stats = app->add_subcommand("stats", "Count dictionary entries");
  stats->add_flag("--json", opt->json, "Print JSON");
  CLI::App* import = app->add_subcommand(
      "import", "Convert TABARI or PETRARCH dictionaries to dipgraph's format");
  import->add_option("--from", opt->from, "tabari or petrarch")
      ->required()
      ->check(CLI::IsMember({"tabari", "petrarch"}));
  import->add_option("file", opt->file, "Dictionary file to convert")
      ->required();
  AddOutputOption(import, &opt->output);
  for (CLI::App* sub : {check, lookup, stats})
    sub->add_option("--data", opt->data,
                    "Data folder, dict folder or root .dict file (default: "
                    "the shipped data)");
  return [=]() -> Status {
    if (check->parsed()) return RunCheck(*opt, *global);
    if (lookup->parsed()) return RunLookup(*opt);
    if (stats->parsed()) return RunStats(*opt);
    if (import->parsed()) return RunImport(*opt);
    return UsageError("dict needs a subcommand: check, lookup, stats, import");
  };
}

}  // namespace dipgraph::cli
