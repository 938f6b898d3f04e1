#include "common/text.h"

#include <gtest/gtest.h>

namespace dipgraph {
namespace {

TEST(TextTest, AsciiLowerChangesOnlyAsciiLetters) {
  EXPECT_EQ(AsciiLower("RUSGOV Putin 19"), "rusgov putin 19");
  EXPECT_EQ(AsciiLower("\xC3\x89tat"), "\xC3\x89tat");  // "État": É kept
  EXPECT_EQ(AsciiLower(""), "");
}

TEST(TextTest, EscapeMarkupMakesHostileTextInert) {
  EXPECT_EQ(EscapeHtml("<img src=x onerror=alert(1)>"),
            "&lt;img src=x onerror=alert(1)&gt;");
  EXPECT_EQ(EscapeHtml("a & \"b\" 'c'"), "a &amp; &quot;b&quot; &#39;c&#39;");
  EXPECT_EQ(EscapeHtml("Путин"), "Путин");
  EXPECT_EQ(EscapeHtml("a\tb\nc"), "a\tb\nc");
  // XML: the quote as &apos;, line breaks and tabs kept as references,
  // other control bytes (not allowed in XML 1.0) dropped.
  EXPECT_EQ(EscapeXml("a & 'b' <c>"), "a &amp; &apos;b&apos; &lt;c&gt;");
  EXPECT_EQ(EscapeXml("a\tb\nc\rd\x01"
                      "e"),
            "a&#9;b&#10;c&#13;de");
  EXPECT_EQ(EscapeXml("Москва 北京"), "Москва 北京");
}

TEST(TextTest, CsvFieldQuotesOnlyWhenNeeded) {
  // {field, as written in CSV}.
  const std::pair<const char*, const char*> kFields[] = {
      {"RUSGOV", "RUSGOV"},
      {"a,b", "\"a,b\""},
      {"say \"no\"", "\"say \"\"no\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"", ""},
  };
  for (const auto& [field, csv] : kFields) EXPECT_EQ(CsvField(field), csv);
}

TEST(TextTest, TrimSpaceTrimsBothEnds) {
  EXPECT_EQ(TrimSpace(" \ta b\r\n"), "a b");
  EXPECT_EQ(TrimSpace(" \t\r\n"), "");
  EXPECT_EQ(TrimSpace("x"), "x");
}

TEST(TextTest, Utf8LengthAndReplacement) {
  EXPECT_EQ(Utf8Length("a", 0), 1u);
  EXPECT_EQ(Utf8Length("\xC3\xA9", 0), 2u);          // é
  EXPECT_EQ(Utf8Length("\xE2\x80\x94", 0), 3u);      // em dash
  EXPECT_EQ(Utf8Length("\xF0\x9F\x98\x80", 0), 4u);  // emoji
  EXPECT_EQ(Utf8Length("\xFF", 0), 0u);
  EXPECT_EQ(Utf8Length("\xC0\xAF", 0), 0u);      // overlong
  EXPECT_EQ(Utf8Length("\xED\xA0\x80", 0), 0u);  // surrogate
  EXPECT_EQ(Utf8Length("\xE2\x80", 0), 0u);      // truncated
  size_t first = 0;
  EXPECT_EQ(ReplaceInvalidUtf8("Putin \xFF spoke", &first),
            "Putin \xEF\xBF\xBD spoke");
  EXPECT_EQ(first, 6u);
  EXPECT_EQ(ReplaceInvalidUtf8("ok \xC3\xA9", &first), "ok \xC3\xA9");
  EXPECT_EQ(first, 5u);  // the size: none
}

}  // namespace
}  // namespace dipgraph
