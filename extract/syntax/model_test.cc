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

// A version-2 file (greedy parser: u64 keys, u16 counts, f32 weights),
// written by hand: still read, as a greedy parser.
TEST(Model, ReadsVersion2Files) {
  std::string payload;
  const auto pod = [&](auto v) {
    payload.append(reinterpret_cast<const char*>(&v), sizeof v);
  };
  const auto str = [&](const std::string& v) {
    pod(static_cast<uint32_t>(v.size()));
    payload += v;
  };
  str("dev UPOS 1\n");
  pod(uint32_t{1}), str("NOUN\tNN");                     // tagger labels
  pod(uint32_t{0}), pod(uint32_t{0}), pod(uint32_t{0});  // dict, lemmas, rows
  pod(uint32_t{2}), str("dep"), str("root");  // parser labels: 5 classes
  pod(uint32_t{2});
  pod(uint64_t{0xFEDC000000000001}), pod(uint16_t{1});  // 64-bit key
  pod(uint8_t{0}), pod(2.5f);
  pod(uint64_t{0xFEDC000000000002}), pod(uint16_t{2});
  pod(uint8_t{1}), pod(-1.0f), pod(uint8_t{4}), pod(0.5f);
  std::string file("DGMODEL\0", 8);
  const uint32_t version = 2, reserved = 0;
  const uint64_t size = payload.size(), sum = PayloadChecksum(payload);
  file.append(reinterpret_cast<const char*>(&version), 4);
  file.append(reinterpret_cast<const char*>(&reserved), 4);
  file.append(reinterpret_cast<const char*>(&size), 8);
  file.append(reinterpret_cast<const char*>(&sum), 8);
  file += payload;
  const std::string path = TempPath("v2.dgm");
  std::ofstream(path, std::ios::binary | std::ios::trunc) << file;
  Result<Model> m = Model::Load(path);
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_TRUE(m->has_parser());
  EXPECT_EQ(m->parser_beam(), 1);
  std::vector<Sentence> doc = Segment("Iran warned.");
  m->Annotate(&doc[0]);
  int roots = 0;
  for (const Token& t : doc[0].tokens) roots += t.head == 0;
  EXPECT_EQ(roots, 1);
  // Saved again, it is a version-3 file that parses the same.
  ASSERT_TRUE(m->Save(path).ok());
  Result<Model> again = Model::Load(path);
  ASSERT_TRUE(again.ok()) << again.status().message();
  std::vector<Sentence> doc2 = Segment("Iran warned.");
  again->Annotate(&doc2[0]);
  for (size_t i = 0; i < doc[0].tokens.size(); ++i) {
    EXPECT_EQ(doc[0].tokens[i].head, doc2[0].tokens[i].head);
    EXPECT_EQ(doc[0].tokens[i].deprel, doc2[0].tokens[i].deprel);
  }
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
