// Test fixture shared by the tests over the shipped dictionaries: the
// codebook, the dictionaries and their lexicon, loaded once per suite.
#ifndef DIPGRAPH_EXTRACT_CODER_SHIPPED_DICT_FIXTURE_H_
#define DIPGRAPH_EXTRACT_CODER_SHIPPED_DICT_FIXTURE_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/coder/coder.h"
#include "extract/dict/test_codebook.h"
#include "extract/pipeline/dict_lexicon.h"

namespace dipgraph {

class DictLexiconTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    book_ = &dict::TestCodebook();
    Result<dict::Dictionary> d =
        dict::Dictionary::LoadDefault(dict::KnownCodes(*book_));
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    dict_ = new dict::Dictionary(std::move(*d));
    lex_ = new DictLexicon(*dict_);
  }
  static void TearDownTestSuite() {
    delete lex_;
    delete dict_;
  }

  // A sentence from words and lemmas (no parse).
  static ParsedSentence Words(const std::vector<std::string>& words,
                              const std::vector<std::string>& lemmas = {}) {
    ParsedSentence s;
    for (size_t i = 0; i < words.size(); ++i) {
      ParsedToken t;
      t.text = words[i];
      t.lemma = i < lemmas.size() ? lemmas[i] : words[i];
      s.tokens.push_back(t);
    }
    return s;
  }

  static inline const Codebook* book_ = nullptr;
  static inline dict::Dictionary* dict_ = nullptr;
  static inline DictLexicon* lex_ = nullptr;
};

}  // namespace dipgraph

#endif  // DIPGRAPH_EXTRACT_CODER_SHIPPED_DICT_FIXTURE_H_
