#include "extract/pipeline/extractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "common/files.h"
#include "extract/coder/test_lexicon.h"

namespace dipgraph {
namespace {

// Finds each known sentence in the text and returns its hand-written parse.
class FakeAnalyzer : public SentenceAnalyzer {
 public:
  // Knows `text` from now on, parsed as testdata/parses.conllu has it
  // (each sentence there ends with a blank line).
  void Add(const std::string& text) {
    const std::string& parses = Parses();
    const size_t at = parses.find("# text = " + text + "\n");
    ASSERT_NE(at, std::string::npos) << text;
    const size_t from = parses.find('\n', at) + 1;
    parses_.emplace_back(
        text, parses.substr(from, parses.find("\n\n", from) + 1 - from));
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
  static const std::string& Parses() {
    static const std::string text =
        *ReadFile(std::string(DIPGRAPH_PIPELINE_TESTDATA) + "/parses.conllu");
    return text;
  }
  std::vector<std::pair<std::string, std::string>> parses_;
};

const Codebook& Book() {
  static const Codebook book = *Codebook::LoadDefault();
  return book;
}

// The events `extractor` gives for the text document `id`.
Result<std::vector<Event>> ExtractText(const Extractor& extractor,
                                       const std::string& text,
                                       const std::string& id,
                                       ExtractTrace* trace = nullptr) {
  ASSIGN_OR_RETURN(Document doc, DocumentFromText(text, id, id + ".txt", {}));
  return extractor.Extract(doc, trace);
}

TEST(ExtractorTest, CodesADocumentEndToEnd) {
  FakeAnalyzer analyzer;
  analyzer.Add("Putin called Obama on Wednesday .");
  analyzer.Add("File photo : Putin called Obama");
  TestLexicon lexicon;
  Extractor extractor(analyzer, lexicon, Book());
  std::string text =
      "Title: Call\nDate: 2016-07-07\n\n"
      "MOSCOW, July 7 (Wire) - Putin called Obama on Wednesday .\n\n"
      "File photo : Putin called Obama\n\n"
      "Putin called Obama on Wednesday .\n";
  ExtractTrace trace;
  Result<std::vector<Event>> events =
      ExtractText(extractor, text, "call", &trace);
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

// "The rebels" with no country of their own in the sentence belong to the
// dateline's country; without a dateline they have none and are dropped.
TEST(ExtractorTest, DomesticAgentsTakeTheDatelineCountry) {
  FakeAnalyzer analyzer;
  analyzer.Add("The rebels attacked Obama .");
  TestLexicon lexicon;
  Extractor extractor(analyzer, lexicon, Book());
  auto extract = [&](const std::string& text) {
    Result<std::vector<Event>> events = ExtractText(extractor, text, "d");
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

// A document longer than one window of sentences: coreference goes on
// across the windows ("He" in the first sentence of the second window is
// Putin of the last sentence of the first), and duplicates are merged over
// the whole document.
TEST(ExtractorTest, LongDocumentsAreCodedInWindows) {
  FakeAnalyzer analyzer;
  analyzer.Add("Putin called Obama on Wednesday .");
  analyzer.Add("He called Obama on Wednesday .");
  TestLexicon lexicon;
  Extractor extractor(analyzer, lexicon, Book());
  // "He" opens the sixth window; 2,560 events are merged in steps.
  const int n = 5 * Extractor::kWindowSentences;
  std::string text = "Date: 2016-07-07\n\n";
  for (int i = 0; i < n; ++i) text += "Putin called Obama on Wednesday .\n\n";
  text += "He called Obama on Wednesday .\n";
  Result<std::vector<Event>> events = ExtractText(extractor, text, "long");
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
  analyzer.Add("Putin called Obama on Wednesday .");
  analyzer.Add("He called Obama on Wednesday .");
  PeopleDateLexicon lexicon;
  Extractor extractor(analyzer, lexicon, Book());
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
