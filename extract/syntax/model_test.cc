#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <string>

#include "common/files.h"
#include "extract/syntax/syntax.h"
#include "extract/syntax/tagger_model.h"

namespace dipgraph::syntax {
namespace {

std::vector<Sentence> Fixture() {
  Result<std::string> text = ReadFile(DIPGRAPH_SYNTAX_TESTDATA "/tiny.conllu");
  EXPECT_TRUE(text.ok());
  Result<std::vector<Sentence>> doc = ParseConllu(*text, "tiny.conllu");
  EXPECT_TRUE(doc.ok()) << doc.status().message();
  return *doc;
}

Model TrainTiny() {
  const std::vector<Sentence> data = Fixture();
  TrainOptions options;
  options.epochs = 3;
  Result<Model> model = TrainModel(data, data, options);
  EXPECT_TRUE(model.ok());
  return *model;
}

std::string TempPath(const char* name) {
  return testing::TempDir() + "/" + name;
}

TEST(Model, TrainsOnTinyFixtureAndTags) {
  const Model model = TrainTiny();
  const TagScores scores = EvaluateTagging(model, Fixture());
  EXPECT_EQ(scores.upos, scores.tokens);
  std::vector<Sentence> doc = Segment("Iran warned the envoys.");
  model.Tag(&doc[0]);
  EXPECT_EQ(doc[0].tokens[1].xpos, "VBD");
  EXPECT_EQ(doc[0].tokens[1].lemma, "warn");
  EXPECT_EQ(doc[0].tokens[3].lemma, "envoy");
}

TEST(Model, SaveLoadRoundTrip) {
  const Model model = TrainTiny();
  const std::string path = TempPath("round.dgm");
  ASSERT_TRUE(model.Save(path).ok());
  Result<Model> loaded = Model::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->figures(), model.figures());
  const TagScores a = EvaluateTagging(model, Fixture());
  const TagScores b = EvaluateTagging(*loaded, Fixture());
  EXPECT_EQ(a.upos, b.upos);
  EXPECT_EQ(a.lemma, b.lemma);
}

TEST(Model, CorruptTruncatedAndMissingFilesAreInputErrors) {
  const std::string path = TempPath("bad.dgm");
  ASSERT_TRUE(TrainTiny().Save(path).ok());
  std::string bytes = *ReadFile(path);
  const auto write = [&](const std::string& data) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << data;
  };
  std::string flipped = bytes;
  flipped[flipped.size() / 2] ^= 0x55;
  write(flipped);
  Result<Model> m = Model::Load(path);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(ExitCode(m.status()), 2);
  EXPECT_NE(m.status().message().find("checksum"), std::string::npos);
  write(bytes.substr(0, bytes.size() - 7));
  m = Model::Load(path);
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("truncated"), std::string::npos);
  write("junk");
  EXPECT_FALSE(Model::Load(path).ok());
  std::string old_version = bytes;
  old_version[8] = 1;  // a version-1 (tagger-only) model file
  write(old_version);
  m = Model::Load(path);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(ExitCode(m.status()), 2);
  EXPECT_NE(m.status().message().find("format version 1, expected 2 to 3"),
            std::string::npos)
      << m.status().message();
  // Cut inside the parser's weights with size and checksum patched to
  // match: the payload's own bounds checks must catch it.
  std::string payload = bytes.substr(32, bytes.size() - 32 - 3);
  std::string cut = bytes.substr(0, 32) + payload;
  const uint64_t size = payload.size(), sum = PayloadChecksum(payload);
  std::memcpy(cut.data() + 16, &size, 8);
  std::memcpy(cut.data() + 24, &sum, 8);
  write(cut);
  m = Model::Load(path);
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("malformed payload"), std::string::npos)
      << m.status().message();
  m = Model::Load(TempPath("does-not-exist.dgm"));
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(ExitCode(m.status()), 2);
}

TEST(Model, ShippedModelTagsNewsSentences) {
  Result<Model> model = Model::Load(DataPath("model/en_ewt.dgm"));
  if (!model.ok()) GTEST_SKIP() << "no shipped model";
  std::vector<Sentence> doc =
      Segment("The embassy was attacked by protesters who opposed the deal.");
  model->Tag(&doc[0]);
  EXPECT_EQ(doc[0].tokens[3].upos, "VERB");
  EXPECT_EQ(doc[0].tokens[3].xpos, "VBN");
  EXPECT_EQ(doc[0].tokens[3].lemma, "attack");
  EXPECT_EQ(doc[0].tokens[5].lemma, "protester");
}

}  // namespace
}  // namespace dipgraph::syntax
