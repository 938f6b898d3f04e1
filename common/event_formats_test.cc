// GDELT, ICEWS and PLOVER lines: read, written, round trips, and the
// errors bad lines give. The rows are built here in the codebooks' layouts.
#include "common/event_formats.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/event_io.h"

namespace dipgraph {
namespace {

// A GDELT row: `fields` is 61 (2.0) or 57/58 (1.0) columns, set by index.
std::string Row(size_t fields,
                std::vector<std::pair<size_t, std::string>> set) {
  std::vector<std::string> f(fields);
  for (auto& [i, v] : set) f[i] = v;
  std::string out;
  for (size_t i = 0; i < f.size(); ++i) out += (i ? "\t" : "") + f[i];
  return out;
}

std::string Gdelt2Row() {
  return Row(61, {{0, "498000001"},
                  {1, "20160106"},
                  {5, "RUSGOV"},
                  {6, "RUSSIA"},
                  {7, "RUS"},
                  {12, "GOV"},
                  {15, "IGOUNO"},
                  {16, "UNITED NATIONS"},
                  {18, "UNO"},
                  {26, "0231"},
                  {27, "023"},
                  {28, "02"},
                  {29, "1"},
                  {30, "3.4"},
                  {31, "6"},
                  {59, "20160106151500"},
                  {60, "https://news.example.org/a1"}});
}

struct Decoded {
  Result<bool> got = false;
  Event event;
  bool no_source = false;
};

Decoded Decode(EventFormat format, const std::string& line) {
  LineDecoder decoder;
  EventView view;
  Decoded d;
  d.got = decoder.Decode(format, line, &view, &d.no_source);
  if (d.got.ok() && *d.got) d.event = ToEvent(view);
  return d;
}

// `e` written as one line of `format` and read back; `line` is what was
// written, without its line end ("" when nothing was).
struct RoundTrip {
  std::string line;
  Decoded back;
};
RoundTrip WrittenAndRead(EventFormat format, const Event& e) {
  RoundTrip r;
  EventWriter(format).Append(e, &r.line);
  if (r.line.empty() || r.line.back() != '\n') {
    r.back.got = InvalidInput("no line written");
    return r;
  }
  r.line.pop_back();
  r.back = Decode(format, r.line);
  return r;
}

TEST(EventFormatsTest, ReadsGdelt2) {
  Decoded d = Decode(EventFormat::kGdelt2, Gdelt2Row());
  ASSERT_TRUE(d.got.ok()) << d.got.status().message();
  ASSERT_TRUE(*d.got);
  const Event& e = d.event;
  EXPECT_EQ(e.id, "498000001");
  EXPECT_EQ(e.date, "2016-01-06");
  EXPECT_EQ(e.doc.id, "https://news.example.org/a1");
  EXPECT_EQ(e.doc.date, "2016-01-06");
  EXPECT_EQ(e.source.id, "RUSGOV");
  EXPECT_EQ(e.source.name, "RUSSIA");
  EXPECT_EQ(e.source.country, "RUS");
  EXPECT_EQ(e.source.role, "GOV");
  ASSERT_TRUE(e.target.has_value());
  EXPECT_EQ(e.target->id, "IGOUNO");
  EXPECT_EQ(e.target->country, "IGO");  // the CAMEO group prefix
  EXPECT_EQ(e.action.cameo, "0231");
  EXPECT_EQ(e.action.root, "02");
  EXPECT_EQ(e.action.quad_class, 1);
  EXPECT_DOUBLE_EQ(e.action.goldstein, 3.4);
  EXPECT_EQ(e.mentions, 6);
  EXPECT_TRUE(ValidateEvent(e).empty());
}

TEST(EventFormatsTest, ReadsGdelt1WithAndWithoutUrl) {
  for (size_t fields : {57u, 58u}) {
    std::string row = Row(fields, {{0, "300000001"},
                                   {1, "20140301"},
                                   {5, "RUSMIL"},
                                   {7, "RUS"},
                                   {26, "150"},
                                   {29, "4"},
                                   {30, "-7.2"},
                                   {56, "20140302"}});
    if (fields == 58) row += "http://news.example.org/b1";
    Decoded d = Decode(EventFormat::kGdelt1, row);
    ASSERT_TRUE(d.got.ok()) << fields << ": " << d.got.status().message();
    EXPECT_EQ(d.event.doc.date, "2014-03-02");
    EXPECT_EQ(d.event.doc.id,
              fields == 58 ? "http://news.example.org/b1" : "300000001");
    EXPECT_FALSE(d.event.target.has_value());
  }
}

TEST(EventFormatsTest, CarriageReturnInAFieldIsASpaceBothWays) {
  // The writer turns a CR into a space; the reader kept it, so a row
  // written back read differently (the event_formats fuzz target).
  std::string row = Gdelt2Row();
  row.replace(row.find("RUSSIA"), 6, "RUS\rSIA");
  Decoded d = Decode(EventFormat::kGdelt2, row);
  ASSERT_TRUE(d.got.ok() && *d.got);
  EXPECT_EQ(d.event.source.name, "RUS SIA");
  RoundTrip r = WrittenAndRead(EventFormat::kGdelt2, d.event);
  ASSERT_TRUE(r.back.got.ok() && *r.back.got) << r.line;
  EXPECT_EQ(r.back.event.source.name, "RUS SIA");
}

TEST(EventFormatsTest, PassesOverHeadersAndRowsWithoutActor1) {
  Decoded header = Decode(EventFormat::kGdelt2,
                          Row(61, {{0, "GLOBALEVENTID"}, {1, "SQLDATE"}}));
  ASSERT_TRUE(header.got.ok());
  EXPECT_FALSE(*header.got);
  EXPECT_FALSE(header.no_source);
  Decoded orphan =
      Decode(EventFormat::kGdelt2,
             Row(61, {{0, "7"}, {1, "20160107"}, {15, "SYR"}, {26, "190"}}));
  ASSERT_TRUE(orphan.got.ok());
  EXPECT_FALSE(*orphan.got);
  EXPECT_TRUE(orphan.no_source);
}

TEST(EventFormatsTest, ReadsIcewsAndRestoresLeadingZeros) {
  struct Case {
    std::string code, want;
  } cases[] = {{"42", "042"},    {"10", "010"},    {"231", "0231"},
               {"190", "190"},   {"1822", "1822"}, {"204", "204"},
               {"0231", "0231"}, {"311", "0311"}};
  for (const Case& c : cases) {
    std::string line =
        "20731001\t2015-02-01\tSergey Lavrov\tGovernment\t"
        "Russian Federation\tMake a visit\t" +
        c.code +
        "\t1.9\tJohn Kerry\tGOV\tUnited States\t40112233\t2\t"
        "Example Wire\t\t\t\t\t\t";
    Decoded d = Decode(EventFormat::kIcews, line);
    ASSERT_TRUE(d.got.ok()) << c.code << ": " << d.got.status().message();
    EXPECT_EQ(d.event.action.cameo, c.want) << c.code;
    EXPECT_EQ(d.event.action.root, c.want.substr(0, 2));
  }
  Decoded d = Decode(EventFormat::kIcews,
                     "1\t2015-02-01\tSergey Lavrov\tGovernment\tRussian "
                     "Federation\tMake a visit\t42\t1.9\tJohn Kerry\tGOV\t"
                     "United States\t40112233\t2\tExample Wire\t\t\t\t\t\t");
  EXPECT_EQ(d.event.source.name, "Sergey Lavrov");
  EXPECT_EQ(d.event.source.country, "Russian Federation");
  EXPECT_EQ(d.event.source.role, "");  // sector words are not a role code
  EXPECT_EQ(d.event.target->role, "GOV");
  EXPECT_EQ(d.event.action.quad_class, 1);
  EXPECT_EQ(d.event.action.label, "Make a visit");
  EXPECT_EQ(d.event.doc.id, "40112233");
  EXPECT_EQ(d.event.doc.source, "Example Wire");
  EXPECT_EQ(d.event.sentence.index, 1);
}

// ICEWS has no QuadClass column: it comes from the root, as the codebook
// (data/cameo/cameo.tsv) gives it.
TEST(EventFormatsTest, IcewsQuadClassFromTheRoot) {
  struct Case {
    std::string code;
    int quad;
  } cases[] = {{"57", 1},   {"61", 2},  {"874", 2}, {"90", 3},
               {"1311", 3}, {"141", 4}, {"190", 4}};
  for (const Case& c : cases) {
    Decoded d =
        Decode(EventFormat::kIcews,
               Row(20, {{0, "1"}, {1, "2015-02-01"}, {2, "A"}, {6, c.code}}));
    ASSERT_TRUE(d.got.ok()) << c.code << ": " << d.got.status().message();
    EXPECT_EQ(d.event.action.quad_class, c.quad) << c.code;
  }
}

TEST(EventFormatsTest, ReadsPlover) {
  Event e;
  Status s = internal::DecodePloverLine(
      R"({"id":"P-1","date":"2022-03-01","actor":[{"code":"RUS","sector":"GOV",)"
      R"("entity_text":"the Kremlin"}],"recipient":[{"code":"UKR"}],)"
      R"("event":["ACCUSE"],"mode":["disapprove"],"quad_code":3,)"
      R"("event_scale":-2.5,"cite_info":{"url":"https://x.example/p1"}})",
      &e);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(e.source.id, "RUSGOV");
  EXPECT_EQ(e.source.text, "the Kremlin");
  EXPECT_EQ(e.target->id, "UKR");
  EXPECT_EQ(e.action.plover, "ACCUSE");
  EXPECT_EQ(e.action.cameo, "11");  // PLOVER's type, as its CAMEO root
  EXPECT_EQ(e.action.quad_class, 3);
  EXPECT_DOUBLE_EQ(e.action.goldstein, -2.5);
  EXPECT_EQ(e.doc.id, "https://x.example/p1");
  EXPECT_EQ(e.extra["mode"], nlohmann::ordered_json::array({"disapprove"}));
}

TEST(EventFormatsTest, DetectsFormats) {
  struct Case {
    std::string line;
    EventFormat want;
  } cases[] = {
      {Gdelt2Row(), EventFormat::kGdelt2},
      {Row(57, {{0, "1"}}), EventFormat::kGdelt1},
      {Row(58, {{0, "1"}}), EventFormat::kGdelt1},
      {"Event ID\tEvent Date\tSource Name", EventFormat::kIcews},
      {Row(20, {{0, "1"}}), EventFormat::kIcews},
      {R"({"id":"x","action":{"cameo":"01"}})", EventFormat::kDipgraph},
      {R"({"id":"x","actor":[{"code":"USA"}],"event":["AID"]})",
       EventFormat::kPolecat},
  };
  for (const Case& c : cases) {
    Result<EventFormat> f = DetectEventFormat(c.line);
    ASSERT_TRUE(f.ok()) << c.line.substr(0, 40);
    EXPECT_EQ(*f, c.want) << c.line.substr(0, 40);
  }
  EXPECT_FALSE(DetectEventFormat(Row(12, {})).ok());
  EXPECT_FALSE(DetectEventFormat("plain text").ok());
}

// Each bad line is named by the column at fault.
TEST(EventFormatsTest, BadLinesSayWhatIsWrong) {
  struct Case {
    EventFormat format;
    std::string line, message;
  } cases[] = {
      {EventFormat::kGdelt2, Row(60, {{0, "1"}}),
       "60 tab-separated fields; GDELT 2.0 has 61"},
      {EventFormat::kGdelt2,
       Row(61, {{0, "1"}, {1, "20161307"}, {5, "USA"}, {26, "010"}}),
       "SQLDATE \"20161307\" is not a real date"},
      {EventFormat::kGdelt2, Row(61, {{0, "x1"}, {1, "20160101"}}),
       "GLOBALEVENTID \"x1\" is not a number"},
      {EventFormat::kGdelt2,
       Row(61, {{0, "1"}, {1, "20160101"}, {5, "USA"}, {26, "01a"}}),
       "EventCode \"01a\" is not a CAMEO code"},
      {EventFormat::kGdelt2,
       Row(61,
           {{0, "1"}, {1, "20160101"}, {5, "USA"}, {26, "010"}, {30, "high"}}),
       "GoldsteinScale \"high\" is not a number"},
      {EventFormat::kIcews, Row(20, {{0, "1"}, {1, "2015/02/02"}}),
       "Event Date \"2015/02/02\" is not a YYYY-MM-DD date"},
      {EventFormat::kIcews, Row(19, {{0, "1"}}),
       "19 tab-separated fields; ICEWS has 20"},
      {EventFormat::kPolecat,
       R"({"id":"1","actor":[{"code":"USA"}],"event":["CRIME"]})",
       "event \"CRIME\" is not a PLOVER event type"},
      {EventFormat::kPolecat, R"({"id":"1","event":["AID"]})",
       "actor is missing"},
  };
  for (const Case& c : cases) {
    Decoded d = Decode(c.format, c.line);
    ASSERT_FALSE(d.got.ok()) << c.message;
    EXPECT_EQ(d.got.status().message(), c.message);
  }
}

Event Sample() {
  Event e;
  e.id = "doc1-2-0";
  e.doc = {"https://news.example.org/doc1", "Talks", "Example Wire",
           "2016-07-07"};
  e.sentence.index = 2;
  e.date = "2016-07-06";
  e.source = {"Putin",  "RUSGOV", "Vladimir Putin", "RUS", "GOV",
              "person", false};
  e.target =
      Actor{"the UN", "IGOUNO", "United Nations", "IGO", "", "igo", false};
  e.action.cameo = "0231";
  e.action.root = "02";
  e.action.quad_class = 1;
  e.action.goldstein = 3.4;
  e.action.plover = "REQUEST";
  e.action.text = "appealed";
  e.mentions = 3;
  return e;
}

// dipgraph → GDELT 2.0 (and 1.0) → dipgraph keeps every field GDELT holds.
TEST(EventFormatsTest, GdeltRoundTripKeepsWhatGdeltHolds) {
  for (EventFormat f : {EventFormat::kGdelt2, EventFormat::kGdelt1}) {
    Event in = Sample();
    EventWriter writer(f);
    std::string line;
    writer.Append(in, &line);
    ASSERT_EQ(line.back(), '\n');
    line.pop_back();
    ASSERT_EQ(*DetectEventFormat(line), f);
    Decoded d = Decode(f, line);
    ASSERT_TRUE(d.got.ok()) << d.got.status().message();
    const Event& out = d.event;
    EXPECT_EQ(out.id, "1");  // GLOBALEVENTID is a number
    EXPECT_EQ(out.date, in.date);
    EXPECT_EQ(out.doc.id, in.doc.id);
    EXPECT_EQ(out.doc.date, in.doc.date);
    for (auto [a, b] : {std::pair{&in.source, &out.source},
                        std::pair{&*in.target, &*out.target}}) {
      EXPECT_EQ(a->id, b->id);
      EXPECT_EQ(a->name, b->name);
      EXPECT_EQ(a->country, b->country);
      EXPECT_EQ(a->role, b->role);
    }
    EXPECT_EQ(out.action.cameo, in.action.cameo);
    EXPECT_EQ(out.action.root, in.action.root);
    EXPECT_EQ(out.action.quad_class, in.action.quad_class);
    EXPECT_EQ(out.action.goldstein, in.action.goldstein);
    EXPECT_EQ(out.mentions, in.mentions);
  }
}

TEST(EventFormatsTest, PloverUndatedEventHappenedOnItsDocumentsDay) {
  // A line without a date whose cite_info date is a YYYY-MM-DD date read
  // with no date, and was written back with the document's (the
  // event_formats fuzz target, second session of 2026-12-08).
  const std::string line =
      R"({"id": "P2", "actor": {"code": "DEU", "sector": "GOV"},)"
      R"( "event": "CONSULT", "cite_info": {"citation": "EW-2",)"
      R"( "date": "2022-03-01"}})";
  Decoded d = Decode(EventFormat::kPolecat, line);
  ASSERT_TRUE(d.got.ok() && *d.got) << d.got.status().message();
  EXPECT_EQ(d.event.date, "2022-03-01");
  RoundTrip r = WrittenAndRead(EventFormat::kPolecat, d.event);
  ASSERT_TRUE(r.back.got.ok() && *r.back.got) << r.line;
  EXPECT_EQ(r.back.event.date, d.event.date);
}

TEST(EventFormatsTest, PloverFreeTextCiteDateIsNotTheEventDate) {
  // A line without a date whose cite_info date is not a YYYY-MM-DD date was
  // written with that text as its date and did not read back (the
  // event_formats fuzz target).
  const std::string line =
      R"({"id": "P1", "actor": {"code": "DEU", "sector": "GOV"},)"
      R"( "event": "CONSULT", "cite_info": {"citation": "EW-1",)"
      R"( "date": "2022-0tps://news.example.org/p1"}})";
  Decoded d = Decode(EventFormat::kPolecat, line);
  ASSERT_TRUE(d.got.ok() && *d.got) << d.got.status().message();
  EXPECT_EQ(d.event.date, "");
  EXPECT_EQ(d.event.doc.date, "2022-0tps://news.example.org/p1");
  RoundTrip r = WrittenAndRead(EventFormat::kPolecat, d.event);
  const Decoded& again = r.back;
  ASSERT_TRUE(again.got.ok() && *again.got)
      << again.got.status().message() << "\n"
      << r.line;
  EXPECT_EQ(again.event.date, "");
  EXPECT_EQ(again.event.doc.date, d.event.doc.date);
}

TEST(EventFormatsTest, GdeltRowWithoutSqlDateHappenedWhenAdded) {
  // A GDELT row without SQLDATE was written with its DATEADDED day as
  // SQLDATE and read back with a date it did not have (defect 6 of the
  // event_formats fuzz target); it is read with that day from the start.
  std::string line = Gdelt2Row();
  const size_t tab = line.find('\t');
  line.replace(tab + 1, 8, "");  // SQLDATE empty
  Decoded d = Decode(EventFormat::kGdelt2, line);
  ASSERT_TRUE(d.got.ok() && *d.got) << d.got.status().message();
  EXPECT_EQ(d.event.date, "2016-01-06");
  EXPECT_EQ(d.event.doc.date, "2016-01-06");
  RoundTrip r = WrittenAndRead(EventFormat::kGdelt2, d.event);
  ASSERT_TRUE(r.back.got.ok() && *r.back.got)
      << r.back.got.status().message() << "\n"
      << r.line;
  EXPECT_EQ(r.back.event.date, d.event.date);
}

TEST(EventFormatsTest, IcewsAndPloverRoundTrips) {
  Event in = Sample();
  EventWriter icews(EventFormat::kIcews);
  std::string text = icews.Header();
  icews.Append(in, &text);
  std::string header = text.substr(0, text.find('\n'));
  std::string row = text.substr(header.size() + 1);
  row.pop_back();
  EXPECT_EQ(*DetectEventFormat(header), EventFormat::kIcews);
  Decoded d = Decode(EventFormat::kIcews, row);
  ASSERT_TRUE(d.got.ok()) << d.got.status().message();
  EXPECT_EQ(d.event.source.name, "Vladimir Putin");
  EXPECT_EQ(d.event.source.role, "GOV");
  EXPECT_EQ(d.event.action.cameo, "0231");
  EXPECT_EQ(d.event.doc.source, "Example Wire");
  EXPECT_EQ(d.event.sentence.index, 2);

  EventWriter plover(EventFormat::kPolecat);
  std::string line;
  plover.Append(in, &line);
  Event back;
  ASSERT_TRUE(internal::DecodePloverLine(line, &back).ok()) << line;
  EXPECT_EQ(back.id, in.id);
  EXPECT_EQ(
      back.source, in.source.type.empty() ? in.source : [&] {
        Actor a = in.source;
        a.type.clear();  // PLOVER has no actor type
        return a;
      }());
  EXPECT_EQ(back.action.cameo, "0231");
  EXPECT_EQ(back.action.plover, "REQUEST");
  EXPECT_EQ(back.doc, in.doc);
  EXPECT_EQ(back.sentence.index, 2);
}

// Tabs and line ends in a string cannot go into a tab-separated field.
TEST(EventFormatsTest, WriterKeepsOneRowPerEvent) {
  Event e = Sample();
  e.source.name = "A\tB\nC";
  EventWriter writer(EventFormat::kGdelt2);
  std::string line;
  writer.Append(e, &line);
  EXPECT_EQ(std::count(line.begin(), line.end(), '\n'), 1);
  EXPECT_EQ(std::count(line.begin(), line.end(), '\t'), 60);
  Decoded d = Decode(EventFormat::kGdelt2, line.substr(0, line.size() - 1));
  EXPECT_EQ(d.event.source.name, "A B C");
}

}  // namespace
}  // namespace dipgraph
