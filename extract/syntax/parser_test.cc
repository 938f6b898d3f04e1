#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "common/files.h"
#include "extract/syntax/parser_model.h"
#include "extract/syntax/syntax.h"

namespace dipgraph::syntax {
namespace {

std::vector<Sentence> ReadConllu(const std::string& path, size_t limit) {
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return {};
  Result<std::vector<Sentence>> doc = ParseConllu(*text, path);
  EXPECT_TRUE(doc.ok()) << doc.status().message();
  if (!doc.ok()) return {};
  if (doc->size() > limit) doc->resize(limit);
  return *doc;
}

std::vector<Sentence> Fixture() {
  return ReadConllu(DIPGRAPH_SYNTAX_TESTDATA "/tiny.conllu", 1000);
}

struct Attachment {
  size_t tokens = 0, uas = 0, las = 0;
};

Attachment Score(const ParserModel& m, const std::vector<Sentence>& gold) {
  Attachment a;
  for (const Sentence& g : gold) {
    Sentence s = g;
    for (Token& t : s.tokens) t.head = -1, t.deprel.clear();
    m.Parse(&s);
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      ++a.tokens;
      const bool head = s.tokens[i].head == g.tokens[i].head;
      a.uas += head;
      a.las += head && s.tokens[i].deprel == g.tokens[i].deprel;
    }
  }
  return a;
}

// Every token gets a head in range, exactly one token is the root, and
// following heads from any token reaches the root (a tree).
void ExpectTree(const Sentence& s) {
  const int n = static_cast<int>(s.tokens.size());
  int roots = 0;
  for (int i = 1; i <= n; ++i) {
    const Token& t = s.tokens[size_t(i - 1)];
    ASSERT_GE(t.head, 0);
    ASSERT_LE(t.head, n);
    roots += t.head == 0;
    EXPECT_EQ(t.head == 0, t.deprel == "root") << t.form;
    int at = i, steps = 0;
    while (at != 0 && steps++ <= n) at = s.tokens[size_t(at - 1)].head;
    EXPECT_EQ(at, 0) << "cycle through " << t.form;
  }
  EXPECT_EQ(roots, 1);
}

TEST(Projectivize, LiftsNonProjectiveArcsOnly) {
  // 1 <- 3, 2 <- 4 cross (heads: 1:3 2:4 3:0 4:3).
  std::vector<int> heads = {3, 4, 0, 3};
  EXPECT_EQ(Projectivize(&heads), 1);
  EXPECT_EQ(heads, (std::vector<int>{3, 3, 0, 3}));
  std::vector<int> projective = {2, 0, 4, 2};
  EXPECT_EQ(Projectivize(&projective), 0);
  EXPECT_EQ(projective, (std::vector<int>{2, 0, 4, 2}));
  std::vector<int> cycle = {2, 1};
  EXPECT_EQ(Projectivize(&cycle), -1);
}

TEST(HalfFloat, RoundsToNearestAndClamps) {
  for (float f : {0.0f, 1.0f, -2.5f, 0.000061035156f, 1024.0f, 65504.0f})
    EXPECT_EQ(HalfToFloat(FloatToHalf(f)), f) << f;
  // Half an ulp (2^-10 at 1) goes to the even neighbour.
  EXPECT_EQ(HalfToFloat(FloatToHalf(1.0f + 1.0f / 2048)), 1.0f);
  EXPECT_EQ(HalfToFloat(FloatToHalf(1.0f + 3.0f / 2048)), 1.0f + 1.0f / 512);
  EXPECT_EQ(HalfToFloat(FloatToHalf(1.0f + 3.0f / 4096)), 1.0f + 1.0f / 1024);
  EXPECT_EQ(HalfToFloat(FloatToHalf(1e6f)), 65504.0f);
  EXPECT_EQ(HalfToFloat(FloatToHalf(-1e6f)), -65504.0f);
  EXPECT_EQ(HalfToFloat(FloatToHalf(5.9604645e-8f)), 5.9604645e-8f);  // 2^-24
  for (float f = -300; f < 300; f += 0.37f)
    EXPECT_NEAR(HalfToFloat(FloatToHalf(f)), f, std::abs(f) / 2048 + 1e-7);
}

TEST(Parser, LearnsTheFixture) {
  const std::vector<Sentence> data = Fixture();
  ASSERT_FALSE(data.empty());
  ParserTrainOptions options;
  options.epochs = 8;
  options.min_weight = 0;  // 24 sentences: the averaged weights stay small
  options.parse_beam = 6;  // no wider than the training width: greedy
  std::string figures;
  const ParserModel m = TrainParser(data, data, options, &figures);
  EXPECT_EQ(m.beam, 1);
  EXPECT_NE(figures.find("dev LAS"), std::string::npos);
  const Attachment a = Score(m, data);
  EXPECT_GE(a.uas, a.tokens * 95 / 100);
  EXPECT_GE(a.las, a.tokens * 90 / 100);
  for (const Sentence& g : data) {
    Sentence s = g;
    m.Parse(&s);
    ExpectTree(s);
  }
}

TEST(Parser, BeamSearchLearnsTheFixture) {
  const std::vector<Sentence> data = Fixture();
  ASSERT_FALSE(data.empty());
  ParserTrainOptions options;
  options.epochs = 8;
  options.beam = 4;
  options.min_weight = 0;
  std::string figures;
  ParserModel m = TrainParser(data, data, options, &figures);
  EXPECT_EQ(m.beam, 4);
  const Attachment a = Score(m, data);
  EXPECT_GE(a.uas, a.tokens * 95 / 100);
  EXPECT_GE(a.las, a.tokens * 90 / 100);
  for (int beam : {4, 1, 2, 16}) {  // any width decodes to a tree
    m.beam = beam;
    for (const Sentence& g : data) {
      Sentence s = g;
      m.Parse(&s);
      ExpectTree(s);
    }
  }
}

// A few hundred treebank sentences, trained in about a second: far from the
// shipped model's accuracy but far above chance.
TEST(Parser, TrainsOnAFewHundredTreebankSentences) {
  const std::string dir = "/work/shared/treebank";
  const std::vector<Sentence> train =
      ReadConllu(dir + "/en_ewt-ud-train.conllu", 400);
  const std::vector<Sentence> dev =
      ReadConllu(dir + "/en_ewt-ud-dev.conllu", 200);
  if (train.empty() || dev.empty()) GTEST_SKIP() << "no treebank in " << dir;
  ParserTrainOptions options;
  options.epochs = 4;
  std::string figures;
  const ParserModel m = TrainParser(train, dev, options, &figures);
  const Attachment a = Score(m, dev);
  EXPECT_GT(a.uas, a.tokens * 60 / 100) << a.uas << " of " << a.tokens;
  EXPECT_GT(a.las, a.tokens * 50 / 100) << a.las << " of " << a.tokens;
}

class ParserRoundTrip : public testing::TestWithParam<int> {};

TEST_P(ParserRoundTrip, KeepsTheParses) {
  TrainOptions options;
  options.epochs = 2;
  options.parser_epochs = 4;
  options.parser_beam = GetParam();
  const std::vector<Sentence> data = Fixture();
  Result<Model> model = TrainModel(data, data, options);
  ASSERT_TRUE(model.ok());
  ASSERT_TRUE(model->has_parser());
  const std::string path = testing::TempDir() + "/parser-round.dgm";
  ASSERT_TRUE(model->Save(path).ok());
  Result<Model> loaded = Model::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  ASSERT_TRUE(loaded->has_parser());
  EXPECT_EQ(loaded->figures(), model->figures());
  for (const Sentence& g : data) {
    Sentence a = g, b = g;
    model->Annotate(&a);
    loaded->Annotate(&b);
    for (size_t i = 0; i < a.tokens.size(); ++i) {
      EXPECT_EQ(a.tokens[i].head, b.tokens[i].head);
      EXPECT_EQ(a.tokens[i].deprel, b.tokens[i].deprel);
    }
  }
  const TagScores sa = EvaluateTagging(*model, data);
  const TagScores sb = EvaluateTagging(*loaded, data);
  EXPECT_EQ(sa.las, sb.las);
  EXPECT_GT(sa.uas, 0u);
}

INSTANTIATE_TEST_SUITE_P(GreedyAndBeam, ParserRoundTrip, testing::Values(1, 4));

// The relations the event coder depends on, with the shipped model.
class ShippedParser : public testing::Test {
 protected:
  void SetUp() override {
    Result<Model> m = Model::Load(DataPath("model/en_ewt.dgm"));
    if (!m.ok() || !m->has_parser()) GTEST_SKIP() << "no shipped parser";
    model_ = std::make_unique<Model>(*m);
  }

  Sentence Parse(const std::string& text) {
    std::vector<Sentence> doc = Segment(text);
    EXPECT_EQ(doc.size(), 1u) << text;
    model_->Annotate(&doc[0]);
    ExpectTree(doc[0]);
    return doc[0];
  }

  // "dependent deprel head" for the first token spelled `form`.
  static std::string Arc(const Sentence& s, const std::string& form) {
    for (const Token& t : s.tokens) {
      if (t.form != form) continue;
      const std::string head =
          t.head == 0 ? "ROOT" : s.tokens[size_t(t.head - 1)].form;
      return form + " " + t.deprel + " " + head;
    }
    return form + " not found";
  }

  std::unique_ptr<Model> model_;
};

// A sentence and arcs ("dependent deprel head") its parse must have.
struct ArcCase {
  const char* text;
  std::vector<const char*> arcs;
};

// ("... the convoy fled." goes wrong in the tagger: "fled" is not in EWT
// and is tagged VBN, so the parser reads it as a participle.)
const ArcCase kArcs[] = {
    {"Iran warned the envoys.",
     {"Iran nsubj warned", "envoys obj warned", "warned root ROOT"}},
    {"The talks were proposed by Moscow.",
     {"talks nsubj:pass proposed", "were aux:pass proposed",
      "Moscow obl:agent proposed"}},
    {"The rebels who attacked the convoy escaped.",
     {"attacked acl:relcl rebels", "who nsubj attacked", "convoy obj attacked",
      "rebels nsubj escaped"}},
    {"Obama and Putin discussed Syria.",
     {"Obama nsubj discussed", "Putin conj Obama", "and cc Putin",
      "Syria obj discussed"}},
    {"Putin urged Obama to facilitate the talks.",
     {"Putin nsubj urged", "Obama obj urged", "facilitate xcomp urged",
      "to mark facilitate", "talks obj facilitate"}},
    {"The minister said that Russia would send more troops.",
     {"minister nsubj said", "send ccomp said", "that mark send",
      "Russia nsubj send", "troops obj send"}},
};

TEST_F(ShippedParser, RelationsTheCoderNeeds) {
  for (const ArcCase& c : kArcs) {
    SCOPED_TRACE(c.text);
    const Sentence s = Parse(c.text);
    for (std::string_view want : c.arcs) {
      const std::string form(want.substr(0, want.find(' ')));
      EXPECT_EQ(Arc(s, form), want);
    }
  }
}

}  // namespace
}  // namespace dipgraph::syntax
