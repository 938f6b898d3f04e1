#include "extract/read/document.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/temp_dir.h"

namespace dipgraph {
namespace {

namespace fs = std::filesystem;

class DocumentTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& name, const std::string& data) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << data;
    return p.string();
  }
  std::vector<Document> ReadAll(std::vector<std::string> inputs,
                                std::vector<std::string>* errors,
                                ReadOptions opt = {}) {
    DocumentStream in(std::move(inputs), opt);
    std::vector<Document> docs;
    Document d;
    for (int guard = 0; guard < 100; ++guard) {
      Result<bool> more = in.Next(&d);
      if (!more.ok()) {
        errors->push_back(more.status().message());
        continue;
      }
      if (!*more) break;
      docs.push_back(d);
    }
    return docs;
  }
  // Writes the file `name` and reads it alone.
  std::vector<Document> WriteAndRead(const std::string& name,
                                     const std::string& data,
                                     std::vector<std::string>* errors) {
    return ReadAll({Write(name, data)}, errors);
  }
  std::string PathOf(const std::string& name) const {
    return (dir_ / name).string();
  }
  TempDir tmp_{"doc"};
  const fs::path dir_ = tmp_.path();
};

TEST_F(DocumentTest, PlainTextHeadersAndBody) {
  std::vector<std::string> errors;
  auto docs =
      WriteAndRead("a.txt",
                   "Title: Leaders talk\nDate: July 7, 2016\nSource: Wire\n\n"
                   "MOSCOW, July 7 (Wire) - Putin called Obama.\n",
                   &errors);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(errors.empty());
  const Document& d = docs[0];
  EXPECT_EQ(d.info.id, "a");
  EXPECT_EQ(d.info.title, "Leaders talk");
  EXPECT_EQ(d.info.date, "2016-07-07");
  EXPECT_EQ(d.info.source, "Wire");
  EXPECT_EQ(d.text.substr(d.body_start, 6), "MOSCOW");
}

TEST_F(DocumentTest, DateFromABodyDateLineAndForcedDate) {
  std::vector<std::string> errors;
  auto docs = WriteAndRead(
      "b.txt", "Leaders discuss peace\nJuly 7, 2016, 4:51 am\n\nText.\n",
      &errors);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].body_start, 0u);
  EXPECT_EQ(docs[0].info.date, "2016-07-07");
  ReadOptions opt;
  opt.forced_date = "2020-01-02";
  docs = ReadAll({PathOf("b.txt")}, &errors, opt);
  EXPECT_EQ(docs[0].info.date, "2020-01-02");
}

TEST_F(DocumentTest, HtmlKeepsArticleTextOnly) {
  std::vector<std::string> errors;
  auto docs = WriteAndRead("c.html", R"(<!doctype html><html><head>
<title>Site | Story</title><meta property="og:title" content="Leaders &amp; talks">
<meta property="article:published_time" content="2016-07-07T04:51:00Z">
<meta property="og:site_name" content="Example Wire"><script>var x = "no";</script></head>
<body><nav>Home | World</nav><div class="share-bar">Share on X</div>
<article><h1>Leaders talk</h1><p>Putin called Obama.</p>
<figure><img src="a.jpg"><figcaption>File photo: leaders</figcaption></figure>
<p>They discussed <b>Syria</b>.</p></article><footer>Contact us</footer></body></html>)",
                           &errors);
  ASSERT_EQ(docs.size(), 1u) << (errors.empty() ? "" : errors[0]);
  const Document& d = docs[0];
  EXPECT_EQ(d.info.title, "Leaders & talks");
  EXPECT_EQ(d.info.date, "2016-07-07");
  EXPECT_EQ(d.info.source, "Example Wire");
  EXPECT_EQ(d.text,
            "Leaders talk\n\nPutin called Obama.\n\nThey discussed Syria.");
}

TEST_F(DocumentTest, BrokenHtmlStillParses) {
  std::vector<std::string> errors;
  auto docs = WriteAndRead(
      "d.htm", "<html><body><p>Kyiv said <b>talks failed.<p>More", &errors);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "Kyiv said talks failed.\n\nMore");
}

TEST_F(DocumentTest, JsonLinesWithLineNumbersForErrors) {
  std::vector<std::string> errors;
  auto docs =
      WriteAndRead("e.jsonl",
                   "{\"id\":\"x1\",\"title\":\"T\",\"date\":\"2016-07-07\","
                   "\"source\":\"W\",\"text\":\"Putin called Obama.\"}\n"
                   "{\"id\":\"x2\",\"text\":\n"
                   "{\"id\":\"x3\",\"text\":\"Kyiv spoke.\"}\n",
                   &errors);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].info.id, "x1");
  EXPECT_EQ(docs[0].info.date, "2016-07-07");
  EXPECT_EQ(docs[1].info.id, "x3");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], PathOf("e.jsonl") + ":2: not a JSON object");
}

TEST_F(DocumentTest, FoldersAreRecursiveAndSorted) {
  Write("news/b.txt", "Second.");
  Write("news/a/z.txt", "First.");
  Write("news/.hidden.txt", "Never.");
  std::vector<std::string> errors;
  auto docs = ReadAll({(dir_ / "news").string()}, &errors);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].info.id, "a/z");
  EXPECT_EQ(docs[1].info.id, "b");
}

TEST_F(DocumentTest, BadInputsAreNamedAndSkippable) {
  std::string empty = Write("empty.txt", "  \n");
  std::string binary = Write("bin.txt", std::string("abc\0def", 7));
  std::string utf8 = Write("utf8.txt", "ok \xC3\x28 bad");
  std::string good = Write("good.txt", "Fine.");
  std::vector<std::string> errors;
  auto docs = ReadAll(
      {empty, binary, utf8, good, (dir_ / "missing.txt").string()}, &errors);
  ASSERT_EQ(docs.size(),
            1u);  // the missing path is reported first, then skipped
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_NE(errors[0].find("missing.txt: no such file"), std::string::npos);
  errors.clear();
  docs = ReadAll({empty, binary, utf8, good}, &errors);
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0], empty + ": empty document");
  EXPECT_EQ(errors[1], binary + ": binary data (NUL byte at byte 3)");
  EXPECT_EQ(errors[2], utf8 + ": invalid UTF-8 at byte 3");
}

TEST_F(DocumentTest, OversizedDocumentIsRefused) {
  std::string big = Write("big.txt", std::string(2000, 'a'));
  ReadOptions opt;
  opt.max_bytes = 1000;
  std::vector<std::string> errors;
  auto docs = ReadAll({big}, &errors, opt);
  EXPECT_TRUE(docs.empty());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("larger than the document limit"),
            std::string::npos);
}

// --encoding: the same bad bytes in text, JSON Lines and HTML input.
TEST_F(DocumentTest, EncodingsOfTextJsonLinesAndHtml) {
  const std::string text =
      Write("t.txt", "Title: Caf\xE9\n\nOK \xC3\x28 and \xFF.");
  const std::string jsonl =
      Write("t.jsonl", "{\"id\": \"j\", \"text\": \"Caf\xE9 talks.\"}\n");
  const std::string html =
      Write("t.html", "<html><body><p>Caf\xE9 talks.</p></body></html>");
  struct Case {
    Encoding encoding;
    std::vector<std::string> texts;  // of the three documents
    std::vector<std::string> warnings_or_errors;
  };
  const Case cases[] = {
      {Encoding::kUtf8,
       {},
       {text + ": invalid UTF-8 at byte 10",
        jsonl + ":1: invalid UTF-8 at byte 24 of the line",
        html + ": invalid UTF-8 at byte 18"}},
      {Encoding::kLenient,
       {"Title: Caf\uFFFD\n\nOK \uFFFD( and \uFFFD.", "Caf\uFFFD talks.",
        "Caf\uFFFD talks."},
       {text + ": invalid UTF-8 at byte 10 (3 bytes read as U+FFFD)",
        jsonl + ":1: invalid UTF-8 at byte 24 of the line (1 byte read as "
                "U+FFFD)",
        html + ": invalid UTF-8 at byte 18 (1 byte read as U+FFFD)"}},
      {Encoding::kLatin1,
       {"Title: Caf\u00E9\n\nOK \u00C3( and \u00FF.", "Caf\u00E9 talks.",
        "Caf\u00E9 talks."},
       {"", "", ""}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(static_cast<int>(c.encoding));
    ReadOptions opt;
    opt.encoding = c.encoding;
    std::vector<std::string> errors;
    auto docs = ReadAll({text, jsonl, html}, &errors, opt);
    if (c.texts.empty()) {
      EXPECT_TRUE(docs.empty());
      EXPECT_EQ(errors, c.warnings_or_errors);
      continue;
    }
    EXPECT_TRUE(errors.empty());
    ASSERT_EQ(docs.size(), 3u);
    for (size_t i = 0; i < 3; ++i) {
      EXPECT_EQ(docs[i].text, c.texts[i]);
      EXPECT_EQ(docs[i].warning, c.warnings_or_errors[i]);
    }
    EXPECT_EQ(docs[0].info.title,
              c.encoding == Encoding::kLatin1 ? "Caf\u00E9" : "Caf\uFFFD");
  }
}

TEST(EncodingTest, NamesAndValidTextUntouched) {
  EXPECT_EQ(ParseEncoding("UTF-8"), Encoding::kUtf8);
  EXPECT_EQ(ParseEncoding("latin1"), Encoding::kLatin1);
  EXPECT_EQ(ParseEncoding("lenient"), Encoding::kLenient);
  EXPECT_EQ(ParseEncoding("ebcdic"), std::nullopt);
  std::string valid = "Caf\u00E9 \u201Cquoted\u201D \U0001F600";
  std::string copy = valid;
  size_t replaced = 7;
  EXPECT_EQ(DecodeText(&copy, Encoding::kLenient, &replaced),
            std::string::npos);
  EXPECT_EQ(copy, valid);
  EXPECT_EQ(replaced, 0u);
  // A sequence cut at the end, a surrogate, an overlong form.
  std::string bad = "a\xE2\x80";
  EXPECT_EQ(DecodeText(&bad, Encoding::kLenient, &replaced), 1u);
  EXPECT_EQ(bad, "a\uFFFD\uFFFD");
  EXPECT_EQ(replaced, 2u);
  bad = "\xED\xA0\x80\xC0\xAF";
  EXPECT_EQ(DecodeText(&bad, Encoding::kLenient, &replaced), 0u);
  EXPECT_EQ(replaced, 5u);
}

TEST(SniffTest, Kinds) {
  EXPECT_EQ(SniffKind("  {\"id\":1}"), InputKind::kJsonLines);
  EXPECT_EQ(SniffKind("<!DOCTYPE html><html>"), InputKind::kHtml);
  EXPECT_EQ(SniffKind("MOSCOW, July 7 -"), InputKind::kText);
  EXPECT_EQ(KindOfPath("a/b.HTML"), InputKind::kHtml);
  EXPECT_EQ(KindOfPath("x.ndjson"), InputKind::kJsonLines);
}

}  // namespace
}  // namespace dipgraph
