#include "graph/dedup.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "common/event.h"

namespace dipgraph {
namespace {

// A report: source, target, code, date, document, outlet, content.
struct R {
  const char* source;
  const char* target;
  const char* code;
  const char* date;
  const char* doc;
  const char* outlet;
  const char* content = "";
  bool negated = false;
};

Event MakeEvent(const R& r, int i) {
  Event e;
  e.id = std::string(r.doc) + "-" + std::to_string(i);
  e.doc.id = r.doc;
  e.doc.source = r.outlet;
  e.date = r.date;
  e.source.id = r.source;
  if (*r.target) {
    e.target = Actor{};
    e.target->id = r.target;
  }
  e.action.cameo = r.code;
  e.content = r.content;
  e.negated = r.negated;
  return e;
}

// The groups the linker makes, as sorted lists of report numbers.
std::vector<std::vector<int>> Groups(const std::vector<R>& reports,
                                     DedupOptions options = {}) {
  std::vector<Event> events;
  for (size_t i = 0; i < reports.size(); ++i)
    events.push_back(MakeEvent(reports[i], static_cast<int>(i)));
  // Given in reverse: the result must not depend on the order.
  ReportLinker linker(options);
  for (auto it = events.rbegin(); it != events.rend(); ++it)
    linker.Add(ViewOf(*it));
  std::map<std::string, std::vector<int>> by_event;
  for (const ReportLink& l : linker.Finish()) {
    int n = std::stoi(l.id.substr(l.id.rfind('-') + 1));
    by_event[l.event].push_back(n);
  }
  std::vector<std::vector<int>> out;
  for (auto& [event, members] : by_event) {
    std::sort(members.begin(), members.end());
    out.push_back(members);
  }
  std::sort(out.begin(), out.end());
  return out;
}

using G = std::vector<std::vector<int>>;

TEST(DedupTest, LinksWhatTheRuleSays) {
  struct Case {
    const char* name;
    std::vector<R> reports;
    G groups;
  };
  const Case cases[] = {
      {"same dyad, code, day: one event",
       {{"RUS", "USA", "036", "2020-01-01", "a", "A"},
        {"RUS", "USA", "036", "2020-01-01", "b", "B"}},
       {{0, 1}}},
      {"within the window",
       {{"RUS", "USA", "036", "2020-01-01", "a", "A"},
        {"RUS", "USA", "036", "2020-01-03", "b", "B"}},
       {{0, 1}}},
      {"outside the window, counted from the first report",
       {{"RUS", "USA", "036", "2020-01-01", "a", "A"},
        {"RUS", "USA", "036", "2020-01-02", "b", "B"},
        {"RUS", "USA", "036", "2020-01-04", "c", "C"}},
       {{0, 1}, {2}}},
      {"other code, other direction, other target",
       {{"RUS", "USA", "036", "2020-01-01", "a", "A"},
        {"RUS", "USA", "0361", "2020-01-01", "b", "B"},
        {"USA", "RUS", "036", "2020-01-01", "c", "C"},
        {"RUS", "UKR", "036", "2020-01-01", "d", "D"}},
       {{0}, {1}, {2}, {3}}},
      {"negated is another event",
       {{"RUS", "USA", "036", "2020-01-01", "a", "A"},
        {"RUS", "USA", "036", "2020-01-01", "b", "B", "", true}},
       {{0}, {1}}},
      {"content alike links, content apart does not",
       {{"RUS", "USA", "1041", "2020-01-01", "a", "A",
         "withdraw its troops from the border"},
        {"RUS", "USA", "1041", "2020-01-01", "b", "B",
         "troops withdrawn from the border region"},
        {"RUS", "USA", "1041", "2020-01-02", "c", "C",
         "lift sanctions on banks"}},
       {{0, 1}, {2}}},
      {"no target: an event of its own",
       {{"RUS", "", "010", "2020-01-01", "a", "A"},
        {"RUS", "", "010", "2020-01-01", "b", "B"}},
       {{0}, {1}}},
      {"across a month end",
       {{"RUS", "USA", "036", "2020-01-31", "a", "A"},
        {"RUS", "USA", "036", "2020-02-01", "b", "B"}},
       {{0, 1}}},
  };
  for (const Case& c : cases) EXPECT_EQ(Groups(c.reports), c.groups) << c.name;
  // A window of 0 days keeps days apart.
  EXPECT_EQ(Groups(cases[1].reports, {.window_days = 0}), (G{{0}, {1}}));
}

TEST(DedupTest, CountsMentionsSourcesArticles) {
  std::vector<Event> events = {
      MakeEvent({"RUS", "USA", "036", "2020-01-01", "a", "Wire"}, 0),
      MakeEvent({"RUS", "USA", "036", "2020-01-01", "a", "Wire"}, 1),
      MakeEvent({"RUS", "USA", "036", "2020-01-02", "b", "Wire"}, 2),
      MakeEvent({"RUS", "USA", "036", "2020-01-02", "c", "Herald"}, 3),
      MakeEvent({"CHN", "USA", "036", "2020-01-02", "c", "Herald"}, 4)};
  events[3].mentions = 3;
  ReportLinker linker({});
  for (const Event& e : events) linker.Add(ViewOf(e));
  DedupResult totals;
  std::vector<ReportLink> links = linker.Finish(&totals);
  ASSERT_EQ(links.size(), 5u);
  const ReportLink& l = links[3];  // sorted by id: c-3
  EXPECT_EQ(l.id, "c-3");
  EXPECT_EQ(l.event, "a-0");
  EXPECT_EQ(l.reports, 4);
  EXPECT_EQ(l.mentions, 6);
  EXPECT_EQ(l.sources, 2);
  EXPECT_EQ(l.articles, 3);
  EXPECT_EQ(links[4].event, "c-4");
  EXPECT_EQ(totals.reports, 5);
  EXPECT_EQ(totals.events, 2);
  EXPECT_EQ(totals.multi, 1);
  EXPECT_EQ(totals.linked, 4);
  EXPECT_EQ(totals.largest, 4);
}

TEST(DedupTest, ChecksOptions) {
  EXPECT_TRUE(CheckDedupOptions({}).ok());
  EXPECT_FALSE(CheckDedupOptions({.window_days = -1}).ok());
  EXPECT_FALSE(CheckDedupOptions({.similarity = 1.5}).ok());
}

}  // namespace
}  // namespace dipgraph
