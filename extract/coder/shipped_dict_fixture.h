// Test fixture shared by the tests over the shipped dictionaries: the
// codebook, the dictionaries and their lexicon, loaded once per suite, and
// a coder run over hand-written parses (`Rows`).
#ifndef DIPGRAPH_EXTRACT_CODER_SHIPPED_DICT_FIXTURE_H_
#define DIPGRAPH_EXTRACT_CODER_SHIPPED_DICT_FIXTURE_H_

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "extract/coder/coder.h"
#include "extract/pipeline/dict_lexicon.h"

namespace dipgraph {

class DictLexiconTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<Codebook> book = Codebook::LoadDefault();
    ASSERT_TRUE(book.ok()) << book.status().ToString();
    book_ = new Codebook(std::move(*book));
    Result<dict::Dictionary> d =
        dict::Dictionary::LoadDefault(dict::KnownCodes(*book_));
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    dict_ = new dict::Dictionary(std::move(*d));
    lex_ = new DictLexicon(*dict_);
  }
  static void TearDownTestSuite() {
    delete lex_;
    delete dict_;
    delete book_;
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

  static std::vector<Event> Code(const std::string& text,
                                 const std::string& conllu,
                                 const std::string& date) {
    Result<ParsedSentence> s = ParseConllu("# text = " + text + "\n" + conllu);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    if (!s.ok()) return {};
    Coder coder(*lex_, *book_);
    DocumentContext ctx{DocInfo{"doc", "", "", date}, date, ""};
    CorefState coref;
    return coder.CodeSentence(*s, ctx, &coref);
  }

  // Codes the sentences of one document in order, sharing the
  // document's coreference state: `Sentence(text, conllu)` for each.
  class Document {
   public:
    explicit Document(const std::string& date)
        : coder_(*lex_, *book_), ctx_{DocInfo{"doc", "", "", date}, date, ""} {}
    std::vector<Event> Sentence(const std::string& text,
                                const std::string& conllu) {
      Result<ParsedSentence> s =
          ParseConllu("# text = " + text + "\n" + conllu);
      EXPECT_TRUE(s.ok()) << s.status().ToString();
      return s.ok() ? coder_.CodeSentence(*s, ctx_, &coref_)
                    : std::vector<Event>{};
    }

   private:
    Coder coder_;
    DocumentContext ctx_;
    CorefState coref_;
  };

  static inline Codebook* book_ = nullptr;
  static inline dict::Dictionary* dict_ = nullptr;
  static inline DictLexicon* lex_ = nullptr;
};

// Rows "form lemma upos head deprel" (heads 1-based, 0 = root) to CoNLL-U.
inline std::string Rows(const std::vector<std::string>& rows) {
  std::string out;
  int i = 0;
  for (const std::string& r : rows) {
    std::istringstream in(r);
    std::string form, lemma, upos, head, rel, xpos = "_";
    in >> form >> lemma >> upos >> head >> rel >> xpos;  // XPOS optional
    out += std::to_string(++i) + "\t" + form + "\t" + lemma + "\t" + upos +
           "\t" + xpos + "\t_\t" + head + "\t" + rel + "\t_\t_\n";
  }
  return out;
}

}  // namespace dipgraph

#endif  // DIPGRAPH_EXTRACT_CODER_SHIPPED_DICT_FIXTURE_H_
