#include "extract/pipeline/extractor.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "extract/coder/test_lexicon.h"

namespace dipgraph {
namespace {

// Finds each known sentence in the text and returns its hand-written parse.
class FakeAnalyzer : public SentenceAnalyzer {
 public:
  void Add(const std::string& text, const std::string& conllu) {
    parses_.emplace_back(text, conllu);
  }
  Result<std::vector<ParsedSentence>> Analyze(std::string_view text,
                                              size_t from) const override {
    std::vector<std::pair<size_t, const std::pair<std::string, std::string>*>>
        hits;
    for (const auto& p : parses_) {
      for (size_t at = text.find(p.first, from); at != std::string_view::npos;
           at = text.find(p.first, at + 1))
        hits.emplace_back(at, &p);
    }
    std::sort(hits.begin(), hits.end());
    ++calls;
    std::vector<ParsedSentence> out;
    for (const auto& [at, p] : hits) {
      ASSIGN_OR_RETURN(ParsedSentence s,
                       ParseConllu("# text = " + p->first + "\n" + p->second));
      s.index = static_cast<int64_t>(out.size());
      s.start = static_cast<int64_t>(at);
      s.end = s.start + static_cast<int64_t>(s.text.size());
      for (ParsedToken& t : s.tokens) t.start += s.start, t.end += s.start;
      out.push_back(std::move(s));
    }
    return out;
  }

  mutable int calls = 0;  // of Analyze()

 private:
  std::vector<std::pair<std::string, std::string>> parses_;
};

constexpr char kCall[] =
    "1\tPutin\tPutin\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
    "2\tcalled\tcall\tVERB\t_\t_\t0\troot\t_\t_\n"
    "3\tObama\tObama\tPROPN\t_\t_\t2\tobj\t_\t_\n"
    "4\ton\ton\tADP\t_\t_\t5\tcase\t_\t_\n"
    "5\tWednesday\tWednesday\tPROPN\t_\t_\t2\tobl\t_\t_\n"
    "6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n";
constexpr char kCaption[] =
    "1\tFile\tfile\tNOUN\t_\t_\t2\tcompound\t_\t_\n"
    "2\tphoto\tphoto\tNOUN\t_\t_\t0\troot\t_\t_\n"
    "3\t:\t:\tPUNCT\t_\t_\t4\tpunct\t_\t_\n"
    "4\tPutin\tPutin\tPROPN\t_\t_\t2\tappos\t_\t_\n"
    "5\tcalled\tcall\tVERB\t_\t_\t4\tacl\t_\t_\n"
    "6\tObama\tObama\tPROPN\t_\t_\t5\tobj\t_\t_\n";

TEST(ExtractorTest, CodesADocumentEndToEnd) {
  FakeAnalyzer analyzer;
  analyzer.Add("Putin called Obama on Wednesday .", kCall);
  analyzer.Add("File photo : Putin called Obama", kCaption);
  TestLexicon lexicon;
  Codebook book = *Codebook::LoadDefault();
  Extractor extractor(analyzer, lexicon, book);
  std::string text =
      "Title: Call\nDate: 2016-07-07\n\n"
      "MOSCOW, July 7 (Wire) - Putin called Obama on Wednesday .\n\n"
      "File photo : Putin called Obama\n\n"
      "Putin called Obama on Wednesday .\n";
  Result<Document> doc = DocumentFromText(text, "call", "call.txt", {});
  ASSERT_TRUE(doc.ok());
  ExtractTrace trace;
  Result<std::vector<Event>> events = extractor.Extract(*doc, &trace);
  ASSERT_TRUE(events.ok()) << events.status().message();
  // The repeat is merged, the caption skipped; the call goes both ways.
  ASSERT_EQ(events->size(), 2u);
  const Event& e = (*events)[0];
  EXPECT_EQ(e.id, "call-0-0");
  EXPECT_EQ(e.source.id, "RUSGOV");
  EXPECT_EQ(e.target->id, "USAGOV");
  EXPECT_EQ(e.mentions, 2);
  EXPECT_EQ(e.date, "2016-07-06");
  EXPECT_EQ(e.doc.title, "Call");
  EXPECT_EQ(text.substr(e.sentence.start, e.sentence.end - e.sentence.start),
            e.sentence.text);
  bool skipped = false;
  for (const std::string& line : trace.lines)
    skipped |= line.find("skipped (caption)") != std::string::npos;
  EXPECT_TRUE(skipped);
}

constexpr char kRebels[] =
    "1\tThe\tthe\tDET\t_\t_\t2\tdet\t_\t_\n"
    "2\trebels\trebel\tNOUN\t_\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\t_\t_\t0\troot\t_\t_\n"
    "4\tObama\tObama\tPROPN\t_\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n";

// "The rebels" with no country of their own in the sentence belong to the
// dateline's country; without a dateline they have none and are dropped.
TEST(ExtractorTest, DomesticAgentsTakeTheDatelineCountry) {
  FakeAnalyzer analyzer;
  analyzer.Add("The rebels attacked Obama .", kRebels);
  TestLexicon lexicon;
  Codebook book = *Codebook::LoadDefault();
  Extractor extractor(analyzer, lexicon, book);
  auto extract = [&](const std::string& text) {
    Result<Document> doc = DocumentFromText(text, "d", "d.txt", {});
    EXPECT_TRUE(doc.ok());
    Result<std::vector<Event>> events = extractor.Extract(*doc, nullptr);
    EXPECT_TRUE(events.ok());
    return events.ok() ? *events : std::vector<Event>{};
  };
  std::vector<Event> with = extract(
      "Date: 2016-07-07\n\nMOSCOW, July 7 (Wire) - The rebels attacked Obama "
      ".\n");
  ASSERT_EQ(with.size(), 1u);
  EXPECT_EQ(with[0].source.id, "RUSREB");
  EXPECT_EQ(with[0].target->id, "USAGOV");
  std::vector<Event> without =
      extract("Date: 2016-07-07\n\nThe rebels attacked Obama .\n");
  for (const Event& e : without) EXPECT_NE(e.source.id, "RUSREB");
}

constexpr char kHeCalled[] =
    "1\tHe\the\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
    "2\tcalled\tcall\tVERB\t_\t_\t0\troot\t_\t_\n"
    "3\tObama\tObama\tPROPN\t_\t_\t2\tobj\t_\t_\n"
    "4\ton\ton\tADP\t_\t_\t5\tcase\t_\t_\n"
    "5\tWednesday\tWednesday\tPROPN\t_\t_\t2\tobl\t_\t_\n"
    "6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n";

// A document longer than one window of sentences: coreference goes on
// across the windows ("He" in the first sentence of the second window is
// Putin of the last sentence of the first), and duplicates are merged over
// the whole document.
TEST(ExtractorTest, LongDocumentsAreCodedInWindows) {
  FakeAnalyzer analyzer;
  analyzer.Add("Putin called Obama on Wednesday .", kCall);
  analyzer.Add("He called Obama on Wednesday .", kHeCalled);
  TestLexicon lexicon;
  Codebook book = *Codebook::LoadDefault();
  Extractor extractor(analyzer, lexicon, book);
  // "He" opens the sixth window; 2,560 events are merged in steps.
  const int n = 5 * Extractor::kWindowSentences;
  std::string text = "Date: 2016-07-07\n\n";
  for (int i = 0; i < n; ++i) text += "Putin called Obama on Wednesday .\n\n";
  text += "He called Obama on Wednesday .\n";
  Result<Document> doc = DocumentFromText(text, "long", "long.txt", {});
  ASSERT_TRUE(doc.ok());
  Result<std::vector<Event>> events = extractor.Extract(*doc, nullptr);
  ASSERT_TRUE(events.ok()) << events.status().message();
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[0].source.id, "RUSGOV");
  EXPECT_EQ((*events)[0].mentions, n + 1);
  EXPECT_EQ((*events)[1].mentions, n + 1);
}

// An undated article: the people it names anywhere, in any window, give
// the day at which every sentence's actors are resolved; an article of one
// window is parsed once.
class PeopleDateLexicon : public TestLexicon {
 public:
  void NotePeople(const std::vector<ParsedSentence>& sentences,
                  std::set<const void*>* people) const override {
    for (const ParsedSentence& s : sentences)
      if (s.text.rfind("He ", 0) == 0) people->insert(this);
  }
  std::string DateOfPeople(const std::set<const void*>& people) const override {
    return people.empty() ? "" : "2016-07-07";
  }
  std::vector<ActorSpan> FindActors(const ParsedSentence& s,
                                    const std::string& date) const override {
    dates.push_back(date);
    return TestLexicon::FindActors(s, date);
  }
  mutable std::vector<std::string> dates;
};

TEST(ExtractorTest, UndatedDocumentsTakeTheDateOfAllTheirPeople) {
  FakeAnalyzer analyzer;
  analyzer.Add("Putin called Obama on Wednesday .", kCall);
  analyzer.Add("He called Obama on Wednesday .", kHeCalled);
  PeopleDateLexicon lexicon;
  Codebook book = *Codebook::LoadDefault();
  Extractor extractor(analyzer, lexicon, book);
  struct Case {
    int sentences_before;  // then "He called …" (what gives the date)
    int analyses;          // passes of the analyzer
  };
  const Case cases[] = {{3, 1}, {2 * Extractor::kWindowSentences, 2}};
  for (const Case& c : cases) {
    SCOPED_TRACE(c.sentences_before);
    std::string text;
    for (int i = 0; i < c.sentences_before; ++i)
      text += "Putin called Obama on Wednesday .\n\n";
    text += "He called Obama on Wednesday .\n";
    Result<Document> doc = DocumentFromText(text, "undated", "u.txt", {});
    ASSERT_TRUE(doc.ok());
    ASSERT_TRUE(doc->info.date.empty());
    analyzer.calls = 0;
    lexicon.dates.clear();
    ASSERT_TRUE(extractor.Extract(*doc, nullptr).ok());
    EXPECT_EQ(analyzer.calls, c.analyses);
    ASSERT_FALSE(lexicon.dates.empty());
    EXPECT_EQ(lexicon.dates.front(), "2016-07-07");
  }
}

}  // namespace
}  // namespace dipgraph
