#include "extract/eval/eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace dipgraph {
namespace {

GoldEvent G(std::string s, std::string t, std::string code) {
  GoldEvent g;
  g.source = std::move(s);
  g.target = std::move(t);
  g.code = std::move(code);
  return g;
}

Event Ev(std::string s, std::string t, std::string code) {
  Event e;
  e.source.id = std::move(s);
  if (!t.empty()) e.target = Actor{"", t, "", "", "", ""};
  e.action.cameo = std::move(code);
  return e;
}

TEST(EvalTest, ScoresThreeLevels) {
  std::vector<GoldItem> gold(3);
  gold[0].id = "g1";
  gold[0].phenomenon = "appeal";
  gold[0].events = {G("RUSGOV", "USAGOV", "0234")};
  gold[1].id = "g2";
  gold[1].phenomenon = "compound";
  gold[1].events = {G("USAGOV", "RUSGOV", "040"), G("RUSGOV", "USAGOV", "040")};
  gold[2].id = "g3";  // no event expected
  std::vector<std::vector<Event>> found = {
      {Ev("RUSGOV", "USAGOV", "020")},  // right root only
      {Ev("USAGOV", "RUSGOV", "040"), Ev("USA", "RUS", "040")},  // one right
      {Ev("BRA", "ARG", "190")}};                                // false event
  EvalReport r = ScoreEvents(gold, found);
  const Score& country = r.levels[EvalLevel::kCountry];
  EXPECT_EQ(country.tp, 2);  // USA>RUS found twice, RUS>USA:04 missed
  EXPECT_EQ(country.fp, 2);
  EXPECT_EQ(country.fn, 1);
  const Score& actor = r.levels[EvalLevel::kActor];
  EXPECT_EQ(actor.tp, 2);
  EXPECT_EQ(actor.fp, 2);
  const Score& code = r.levels[EvalLevel::kCode];
  EXPECT_EQ(code.tp, 1);
  EXPECT_EQ(code.fn, 2);
  EXPECT_NEAR(code.f1(), 2.0 * 0.25 * (1.0 / 3) / (0.25 + 1.0 / 3), 1e-9);
  EXPECT_EQ(r.empty_items, 1);
  EXPECT_EQ(r.empty_items_clean, 0);
  EXPECT_EQ(r.false_events.back(), "g3: BRA>ARG:190");
  EXPECT_EQ(r.misses.front(), "g1: RUSGOV>USAGOV:0234");
  EXPECT_EQ(r.ToJson()["levels"]["actor"]["tp"], 2);
  EXPECT_NE(r.ToText(5).find("missed (2)"), std::string::npos);
}

TEST(EvalTest, ReadsGoldAndNamesBadLines) {
  auto path = (std::filesystem::temp_directory_path() /
               ("gold-" + std::to_string(::getpid()) + ".jsonl"))
                  .string();
  std::ofstream(path)
      << R"({"id":"g1","text":"Putin met Obama.","events":[{"source":"RUSGOV","target":"USAGOV","code":"036"}]})"
      << "\n\n"
      << R"({"id":"g2","text":"x","events":[{"source":"USA"}]})"
      << "\n";
  Result<std::vector<GoldItem>> g = ReadGold(path);
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().message().rfind(path + ":3: expected event:", 0), 0u)
      << g.status().message();
  std::remove(path.c_str());
}

TEST(EvalTest, ScoresAttributesOfMatchedEvents) {
  std::vector<GoldItem> gold(1);
  gold[0].id = "g1";
  gold[0].event_date = "2016-07-06";
  GoldEvent outer = G("RUSGOV", "USAGOV", "020");
  outer.content = "facilitate";
  GoldEvent inner = G("USAGOV", "SYRREB", "0256");
  inner.reported = true;
  inner.modality = "demanded";
  GoldEvent denied = G("RUSGOV", "", "010");
  denied.negated = true;
  gold[0].events = {outer, inner, denied};
  Event o = Ev("RUSGOV", "USAGOV", "020");
  o.content = "facilitate the separation";
  o.date = "2016-07-06";
  Event i = Ev("USAGOV", "SYRREB", "0256");
  i.parent = "doc-0-0";
  i.modality = "asserted";            // wrong: should be demanded
  i.date = "2016-07-07";              // wrong date
  Event d = Ev("RUSGOV", "", "010");  // negation missed
  d.date = "2016-07-06";
  EvalReport r = ScoreEvents(gold, {{o, i, d, Ev("USA", "RUS", "190")}});
  EXPECT_EQ(r.attributes["content"].checked, 1);
  EXPECT_EQ(r.attributes["content"].correct, 1);
  EXPECT_EQ(r.attributes["reported"].correct, 3);
  EXPECT_EQ(r.attributes["modality"].correct, 2);
  EXPECT_EQ(r.attributes["negated"].correct, 2);
  EXPECT_EQ(r.attributes["date"].checked, 3);
  EXPECT_EQ(r.attributes["date"].correct, 2);
  EXPECT_EQ(r.ToJson()["attributes"]["modality"]["checked"], 3);
}

// Real-news items: read by article and offsets, events given to the
// sentence they lie in, names and PLOVER types scored, and the share of
// sentences with at least one right event counted.
TEST(EvalTest, RealNewsItems) {
  const std::string path = ::testing::TempDir() + "/news-gold.jsonl";
  std::ofstream(path)
      << R"({"id": "n1", "article": "a1", "collection": "bbc", "start": 10,)"
      << R"( "end": 60, "events": [{"source": "GBRGOV", "source_name":)"
      << R"( "Tony Blair", "target": "USAGOV", "target_name": null, "code":)"
      << R"( "111", "plover": "ACCUSE"}]})"
      << "\n"
      << R"({"id": "n2", "article": "a1", "start": 60, "end": 90,)"
      << R"( "date": null, "events": []})"
      << "\n"
      << R"({"id": "n3", "article": "a1", "start": 90, "end": 80,)"
      << R"( "events": []})"
      << "\n";
  Result<std::vector<GoldItem>> bad = ReadGold(path);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message().rfind(path + ":3:", 0), 0u);
  {  // keep the first two lines only
    std::ifstream in(path);
    std::string a, b;
    std::getline(in, a);
    std::getline(in, b);
    std::ofstream(path) << a << "\n" << b << "\n";
  }
  Result<std::vector<GoldItem>> gold = ReadGold(path);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold->size(), 2u);
  EXPECT_EQ((*gold)[0].article, "a1");
  EXPECT_EQ((*gold)[0].phenomenon, "bbc");
  EXPECT_EQ((*gold)[0].events[0].source_name, "Tony Blair");
  EXPECT_EQ((*gold)[0].events[0].plover, "ACCUSE");
  // Events of the whole article: one in each sentence, one straddling.
  Event blair = Ev("GBRGOV", "USAGOV", "111");
  blair.source.name = "Tony Blair";
  blair.action.plover = "ACCUSE";
  blair.sentence.start = 10, blair.sentence.end = 60;
  Event other = Ev("GBRGOV", "USAGOV", "111");
  other.source.name = "Gordon Brown";
  other.action.plover = "ACCUSE";
  other.sentence.start = 58, other.sentence.end = 90;
  std::vector<Event> first = EventsOfSentence((*gold)[0], {blair, other});
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].source.name, "Tony Blair");
  EXPECT_EQ(EventsOfSentence((*gold)[1], {blair, other}).size(), 1u);
  EvalReport r = ScoreEvents(*gold, {first, {}});
  EXPECT_EQ(r.levels[EvalLevel::kName].tp, 1);
  EXPECT_EQ(r.levels[EvalLevel::kPlover].tp, 1);
  EXPECT_EQ(r.event_items, 1);
  EXPECT_EQ(r.event_items_hit, 1);
  // Brown is not Blair at the name level, though the codes agree.
  EvalReport wrong = ScoreEvents(*gold, {{other}, {}});
  EXPECT_EQ(wrong.levels[EvalLevel::kActor].tp, 1);
  EXPECT_EQ(wrong.levels[EvalLevel::kName].tp, 0);
  EXPECT_EQ(wrong.levels[EvalLevel::kName].fp, 1);
  EXPECT_TRUE(NameAgrees("Mikhail Gorbachev", "Gorbachev"));
  EXPECT_TRUE(NameAgrees("Recep Tayyip Erdo\u011fan", "Erdo\u011fan"));
  EXPECT_FALSE(NameAgrees("Paul Volcker", "Baker"));
  std::remove(path.c_str());
}

}  // namespace
}  // namespace dipgraph
