// Test support for the tests over dictionaries: the shipped CAMEO codebook,
// loaded once per test binary, test dictionaries loaded against it, the
// tables of what they find (testdata/*.cases), and dates written as in the
// dictionaries.
#ifndef DIPGRAPH_EXTRACT_DICT_TEST_CODEBOOK_H_
#define DIPGRAPH_EXTRACT_DICT_TEST_CODEBOOK_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/files.h"
#include "common/text.h"
#include "extract/dict/codebook.h"
#include "extract/dict/dictionary.h"

namespace dipgraph::dict {

// The codebook of data/cameo/cameo.tsv; an empty one, and a failure of the
// test that first asked, when it does not load.
inline const Codebook& TestCodebook() {
  static const Codebook* book = [] {
    Result<Codebook> b = Codebook::LoadDefault();
    EXPECT_TRUE(b.ok()) << b.status().ToString();
    return new Codebook(b.ok() ? std::move(*b) : Codebook());
  }();
  return *book;
}

// The dictionary at `path` loaded against TestCodebook(), owned by the
// caller (a suite keeps it for all its tests); null, and a failure, when it
// does not load.
inline Dictionary* LoadTestDictionary(const std::string& path) {
  Result<Dictionary> d = Dictionary::Load(path, KnownCodes(TestCodebook()));
  EXPECT_TRUE(d.ok()) << d.status().ToString();
  return d.ok() ? new Dictionary(std::move(*d)) : nullptr;
}

// REQUIRES: `s` is a valid date ("2016-07-07", "2016-07", "2016").
inline Day D(std::string_view s) { return *ParseDay(s); }

// The actors `dict` finds in `text`, tokenized, on `day`.
inline std::vector<FoundActor> FindIn(const Dictionary& dict,
                                      std::string_view text,
                                      std::string_view day) {
  std::vector<Token> toks = Tokenize(text);
  return dict.FindActors(Texts(toks), D(day));
}

// A case of a find table (testdata/*.cases): who is found in a text on a
// day. `where` is "file:line", for failure messages.
struct FindCase {
  std::string where, text, day, want;
};

// The cases of the table at `path`: one a line, "text | day | want"; # starts
// a comment. A malformed line is a failure (and no case).
inline std::vector<FindCase> LoadFindCases(const std::string& path) {
  Result<std::string> content = ReadFile(path);
  EXPECT_TRUE(content.ok()) << content.status().ToString();
  std::vector<FindCase> out;
  std::string_view rest = content.ok() ? std::string_view(*content) : "";
  for (int line = 1; !rest.empty(); ++line) {
    const size_t end = std::min(rest.find('\n'), rest.size());
    std::string_view text = rest.substr(0, end);
    rest.remove_prefix(std::min(end + 1, rest.size()));
    text = TrimSpace(text.substr(0, text.find('#')));
    if (text.empty()) continue;
    const size_t a = text.find('|'), b = text.find('|', a + 1);
    const std::string where = path + ":" + std::to_string(line);
    if (b == std::string_view::npos || text.find('|', b + 1) != text.npos) {
      ADD_FAILURE() << where << ": want text | day | want";
      continue;
    }
    out.push_back({where, std::string(TrimSpace(text.substr(0, a))),
                   std::string(TrimSpace(text.substr(a + 1, b - a - 1))),
                   std::string(TrimSpace(text.substr(b + 1)))});
  }
  EXPECT_FALSE(out.empty()) << path << ": no cases";
  return out;
}

// A suite over the test dictionary at `kPath`, loaded once for all its
// tests: `using GoodDict = DictionarySuite<kGoodDictPath>;`.
template <const char* kPath>
class DictionarySuite : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { dict_ = LoadTestDictionary(kPath); }
  static void TearDownTestSuite() {
    delete dict_;
    dict_ = nullptr;
  }
  static inline Dictionary* dict_ = nullptr;
};

#ifdef DICT_TESTDATA
// The file `name` of extract/dict/testdata/ (the dict_test binary).
inline std::string TestData(std::string_view name) {
  return std::string(DICT_TESTDATA "/") + std::string(name);
}

// The suites over the test dictionaries.
inline constexpr char kGoodDictPath[] = DICT_TESTDATA "/good.dict";
inline constexpr char kHistoryDictPath[] = DICT_TESTDATA "/history.dict";
using GoodDict = DictionarySuite<kGoodDictPath>;
using History = DictionarySuite<kHistoryDictPath>;
#endif  // DICT_TESTDATA

}  // namespace dipgraph::dict

#endif  // DIPGRAPH_EXTRACT_DICT_TEST_CODEBOOK_H_
