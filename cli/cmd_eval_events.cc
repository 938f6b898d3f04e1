// dipgraph eval events: code every item of a gold set and score the events
// at the country, actor and code levels (extract/eval/eval.h).
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

#include "cli/commands.h"
#include "cli/extract_flags.h"
#include "common/event_io.h"
#include "common/files.h"
#include "common/output_file.h"
#include "extract/eval/eval.h"
#include "extract/read/document.h"

namespace dipgraph::cli {
namespace {

struct EvalEventsOptions {
  std::string gold;
  std::string news;    // "" = ../shared/news/articles.jsonl beside the repo
  std::string events;  // score these extracted events instead of coding
  bool json = false;
  int list = 20;
  std::string output = "-";
  ExtractOptions extract;
};

// The articles of ../shared/news beside the repository (research-use text,
// never in the repository itself).
std::string DefaultNews() {
  return (std::filesystem::path(DataDir()) / ".." / ".." / "shared" / "news" /
          "articles.jsonl")
      .lexically_normal()
      .string();
}

// Codes the articles that real-news items name, whole (so that coreference
// and dates work as in `extract`), and gives each item the events of its
// sentence.
Status CodeNewsItems(const std::vector<GoldItem>& gold,
                     const EventExtractor& extractor, const std::string& news,
                     std::vector<std::vector<Event>>* found) {
  std::map<std::string, std::vector<Event>> by_article;
  for (const GoldItem& item : gold)
    if (!item.article.empty()) by_article[item.article];
  if (by_article.empty()) return Status::Ok();
  if (!std::filesystem::exists(news))
    return NoResult("eval events: the gold set names articles of " + news +
                    ", which is absent; give its path with --news");
  DocumentStream in({news}, ReadOptions{});
  Document doc;
  size_t coded = 0;
  while (true) {
    ASSIGN_OR_RETURN(bool more, in.Next(&doc));
    if (!more) break;
    auto it = by_article.find(doc.info.id);
    if (it == by_article.end()) continue;
    ASSIGN_OR_RETURN(it->second, extractor.Extract(doc));
    ++coded;
  }
  if (coded < by_article.size())
    return InvalidInput(news + ": " +
                        std::to_string(by_article.size() - coded) +
                        " articles of the gold set are missing");
  for (size_t i = 0; i < gold.size(); ++i)
    if (!gold[i].article.empty())
      (*found)[i] = EventsOfSentence(gold[i], by_article[gold[i].article]);
  return Status::Ok();
}

Status WriteReport(const EvalEventsOptions& opt, const EvalReport& report) {
  ASSIGN_OR_RETURN(auto out, OutputFile::Open(opt.output));
  if (opt.json)
    out->stream() << report.ToJson().dump(2) << "\n";
  else
    out->stream() << report.ToText(static_cast<size_t>(opt.list));
  return out->Commit();
}

// Gives each real-news item the events of its sentence among `path`'s
// (events that `extract` wrote, by this or another build, or converted from
// another coder's output): the same scoring without coding.
Status ReadNewsItems(const std::vector<GoldItem>& gold, const std::string& path,
                     std::vector<std::vector<Event>>* found) {
  std::map<std::string, std::vector<Event>> by_article;
  for (const GoldItem& item : gold) {
    if (item.article.empty())
      return InvalidInput(item.id +
                          ": --events scores real-news items only (items "
                          "with an article id and offsets)");
    by_article[item.article];
  }
  RETURN_IF_ERROR(ReadEvents(path, [&](Event&& e) {
    auto it = by_article.find(e.doc.id);
    if (it != by_article.end()) it->second.push_back(std::move(e));
    return Status::Ok();
  }));
  for (size_t i = 0; i < gold.size(); ++i)
    (*found)[i] = EventsOfSentence(gold[i], by_article[gold[i].article]);
  return Status::Ok();
}

Status RunEvalEvents(const EvalEventsOptions& opt) {
  ASSIGN_OR_RETURN(std::vector<GoldItem> gold, ReadGold(opt.gold));
  if (gold.empty()) return NoResult(opt.gold + ": no gold items");
  std::vector<std::vector<Event>> found(gold.size());
  if (!opt.events.empty()) {
    RETURN_IF_ERROR(ReadNewsItems(gold, opt.events, &found));
    return WriteReport(opt, ScoreEvents(gold, found));
  }
  ASSIGN_OR_RETURN(std::unique_ptr<EventExtractor> extractor,
                   EventExtractor::Load(opt.extract));
  RETURN_IF_ERROR(CodeNewsItems(
      gold, *extractor, opt.news.empty() ? DefaultNews() : opt.news, &found));
  for (size_t i = 0; i < gold.size(); ++i) {
    const GoldItem& item = gold[i];
    if (!item.article.empty()) continue;
    ReadOptions read;
    read.forced_date = item.date;
    ASSIGN_OR_RETURN(
        Document doc,
        DocumentFromText(item.text, item.id, opt.gold + ":" + item.id, read));
    ASSIGN_OR_RETURN(found[i], extractor->Extract(doc));
  }
  return WriteReport(opt, ScoreEvents(gold, found));
}

}  // namespace

Runner SetupEvalEvents(CLI::App* app) {
  auto opt = std::make_shared<EvalEventsOptions>();
  app->add_option("--gold", opt->gold,
                  "Gold set (JSON Lines, e.g. tests/gold/gold.jsonl)")
      ->required();
  app->add_option("--news", opt->news,
                  "Articles (JSON Lines) that real-news gold items name "
                  "(default: ../shared/news/articles.jsonl beside the "
                  "repository)");
  app->add_option("--events", opt->events,
                  "Score these events (JSON Lines written by `extract` on the "
                  "articles) instead of coding; real-news gold sets only");
  AddJsonFlag(app, &opt->json);
  app->add_option("--list", opt->list,
                  "How many misses and false events to list")
      ->capture_default_str();
  AddOutputOption(app, &opt->output);
  RegisterExtractFlags(app, &opt->extract);
  return [opt]() { return RunEvalEvents(*opt); };
}

}  // namespace dipgraph::cli
