// End-to-end tests of the dipgraph program: exit codes, the stdout/stderr
// split, --help, validate and stats on the samples.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "common/files.h"
#include "tests/pg_test_server.h"

namespace {

namespace fs = std::filesystem;
using dipgraph::PgSchema;
using dipgraph::TestPostgresUri;

struct CliRun {
  int code = -1;
  std::string out, err;
};

// Runs dipgraph with `args` (shell words), capturing stdout and stderr.
CliRun Dipgraph(const std::string& args, const std::string& stdin_file = "") {
  fs::path dir = fs::temp_directory_path();
  std::string tag = std::to_string(::getpid());
  fs::path out = dir / ("cli-out-" + tag), err = dir / ("cli-err-" + tag);
  std::string cmd = std::string(DIPGRAPH_BIN) + " " + args + " >" +
                    out.string() + " 2>" + err.string();
  if (!stdin_file.empty())
    cmd += " <" + stdin_file;
  else
    cmd += " </dev/null";
  int status = std::system(cmd.c_str());
  CliRun r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = *dipgraph::ReadFile(out.string());
  r.err = *dipgraph::ReadFile(err.string());
  fs::remove(out);
  fs::remove(err);
  return r;
}

std::string Samples() {
  return std::string(DIPGRAPH_SOURCE_DIR) + "/data/samples/events.jsonl";
}
std::string Fixture(const std::string& name) {
  return std::string(DIPGRAPH_SOURCE_DIR) + "/tests/fixtures/" + name;
}

// `parse --beam` overrides the model's beam width: greedy (1) and beam
// parses are both trees over the same tokens; a width out of range is a
// usage error.
TEST(CliTest, ParseBeamWidth) {
  const std::string text = std::string(DIPGRAPH_SOURCE_DIR) +
                           "/data/samples/01-kremlin-white-house-call.txt";
  CliRun beam = Dipgraph("parse " + text);
  CliRun greedy = Dipgraph("parse --beam 1 " + text);
  ASSERT_EQ(beam.code, 0) << beam.err;
  ASSERT_EQ(greedy.code, 0) << greedy.err;
  const auto lines = [](const std::string& s) {
    return std::count(s.begin(), s.end(), '\n');
  };
  EXPECT_EQ(lines(beam.out), lines(greedy.out));
  EXPECT_NE(beam.out.find("\troot\t"), std::string::npos);
  EXPECT_EQ(Dipgraph("parse --beam 99 " + text).code, 2);
}

// Invalid UTF-8 given to `parse` is reported with its byte offset and
// written as U+FFFD; the offsets stay those of the input.
TEST(CliTest, ParseReportsInvalidUtf8) {
  const fs::path in =
      fs::temp_directory_path() / ("bad-utf8-" + std::to_string(::getpid()));
  std::ofstream(in) << "Putin \xff spoke with Obama.\n";
  CliRun r = Dipgraph("parse " + in.string());
  fs::remove(in);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("invalid UTF-8 at byte 6"), std::string::npos) << r.err;
  EXPECT_EQ(r.out.find('\xff'), std::string::npos);
  EXPECT_NE(r.out.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_NE(r.out.find("TokenRange=8:13"), std::string::npos) << r.out;
}

// The whole pipeline on news sentences the web-trained tagger gets wrong:
// a country name tagged as an adjective ("Germany suspended aid"), and
// insurgents acting on their own state.
TEST(CliTest, ExplainCodesNewsSentences) {
  CliRun aid = Dipgraph(
      "explain 'Germany suspended development aid to Afghanistan.' --date "
      "2021-08-16");
  EXPECT_EQ(aid.code, 0) << aid.err;
  EXPECT_NE(aid.out.find("DEU -[162"), std::string::npos) << aid.out;
  CliRun kabul = Dipgraph(
      "explain 'Taliban fighters seized the Afghan capital on Sunday.' --date "
      "2021-08-16");
  EXPECT_EQ(kabul.code, 0) << kabul.err;
  EXPECT_NE(kabul.out.find("-[192"), std::string::npos) << kabul.out;
}

// Regression (issue 15): "X said Y and Z must V" gives a demand of each
// addressee; adding the second one used to free the candidate being read
// (a heap-use-after-free that crashed the batch).
TEST(CliTest, ExplainDemandOfTwoAddressees) {
  CliRun r = Dipgraph(
      "explain 'Iran said the US and Britain must leave.' --date 2000-01-01");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("IRN -[100 Demand, not specified below]-> USA"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("IRN -[100 Demand, not specified below]-> GBR"),
            std::string::npos)
      << r.out;
}

// --encoding: a stray Latin-1 byte in an article. lenient (the default)
// codes the article and warns once with the byte offset; utf-8 refuses it
// as before; latin-1 reads it as a letter, silently.
TEST(CliTest, ExtractEncodings) {
  fs::path dir =
      fs::temp_directory_path() / ("enc-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string in = (dir / "caf.txt").string();
  std::ofstream(in, std::ios::binary)
      << "Date: 2016-07-07\n\nPutin urged Obama at the caf\xE9 to leave "
         "Syria. Putin met Obama in caf\xE9s.\n";
  CliRun lenient = Dipgraph("extract " + in);
  EXPECT_EQ(lenient.code, 0) << lenient.err;
  EXPECT_NE(lenient.out.find("caf\xEF\xBF\xBD to leave"), std::string::npos)
      << lenient.out;
  EXPECT_NE(lenient.err.find("warning: " + in +
                             ": invalid UTF-8 at byte 46 (2 bytes read as "
                             "U+FFFD)"),
            std::string::npos)
      << lenient.err;
  CliRun strict = Dipgraph("extract --encoding utf-8 " + in);
  EXPECT_EQ(strict.code, 2);
  EXPECT_NE(strict.err.find(in + ": invalid UTF-8 at byte 46"),
            std::string::npos)
      << strict.err;
  CliRun latin1 = Dipgraph("extract --encoding latin-1 " + in);
  EXPECT_EQ(latin1.code, 0) << latin1.err;
  EXPECT_NE(latin1.out.find("caf\xC3\xA9 to leave"), std::string::npos);
  EXPECT_EQ(latin1.err.find("warning"), std::string::npos) << latin1.err;
  CliRun bad = Dipgraph("extract --encoding ebcdic " + in);
  EXPECT_EQ(bad.code, 2);
  fs::remove_all(dir);
}

// `eval events --events` scores events written earlier (by any build, or
// converted from another coder) against real-news items, without coding:
// each item takes the events of its article whose sentence it overlaps.
TEST(CliTest, EvalEventsScoresGivenEvents) {
  const fs::path gold =
      fs::temp_directory_path() / ("news-gold-" + std::to_string(::getpid()));
  std::ofstream(gold)
      << R"({"id": "n1", "article": "01-kremlin-white-house-call", "start": )"
      << R"(114, "end": 338, "events": [{"source": "RUSGOV", "target": )"
      << R"("USAGOV", "code": "041"}, {"source": "RUSGOV", "target": "SYR", )"
      << R"("code": "190"}]})"
      << "\n"
      << R"({"id": "n2", "article": "01-kremlin-white-house-call", "start": )"
      << R"(0, "end": 60, "events": []})"
      << "\n";
  CliRun r =
      Dipgraph("eval events --json --gold " + gold.string() + " --events " +
               dipgraph::DataDir() + "/samples/events.jsonl");
  ASSERT_EQ(r.code, 0) << r.err;
  // Four events in the sentence (041 and 0312, both ways): root 04 matches
  // once at the country level (RUS>USA:04), the 190 is missed.
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["levels"]["country"]["tp"], 1) << r.out;
  EXPECT_EQ(j["levels"]["country"]["fp"], 3) << r.out;
  EXPECT_EQ(j["levels"]["country"]["fn"], 1) << r.out;
  EXPECT_EQ(j["no_event_items_clean"], 1) << r.out;
  // Invented items have no article to take events from: an input error.
  std::ofstream(gold) << R"({"id": "g1", "text": "Putin met Obama.", )"
                      << R"("events": []})"
                      << "\n";
  CliRun bad = Dipgraph("eval events --gold " + gold.string() + " --events " +
                        dipgraph::DataDir() + "/samples/events.jsonl");
  fs::remove(gold);
  EXPECT_EQ(bad.code, 2) << bad.err;
  EXPECT_NE(bad.err.find("g1: --events scores real-news items only"),
            std::string::npos)
      << bad.err;
}

TEST(CliTest, VersionAndHelp) {
  CliRun v = Dipgraph("--version");
  EXPECT_EQ(v.code, 0);
  EXPECT_EQ(v.out.rfind("dipgraph ", 0), 0u);
  CliRun h = Dipgraph("--help");
  EXPECT_EQ(h.code, 0);
  EXPECT_NE(h.out.find("validate"), std::string::npos);
  EXPECT_NE(h.out.find("stats"), std::string::npos);
  for (const char* sub : {"validate", "stats"}) {
    CliRun s = Dipgraph(std::string(sub) + " --help");
    EXPECT_EQ(s.code, 0) << sub;
    EXPECT_NE(s.out.find("Usage"), std::string::npos) << sub;
  }
}

TEST(CliTest, UsageErrorsExit2OnStderr) {
  CliRun none = Dipgraph("");
  EXPECT_EQ(none.code, 2);
  CliRun bad = Dipgraph("no-such-command");
  EXPECT_EQ(bad.code, 2);
  EXPECT_TRUE(bad.out.empty());
  EXPECT_FALSE(bad.err.empty());
  CliRun opt = Dipgraph("stats --no-such-option");
  EXPECT_EQ(opt.code, 2);
}

TEST(CliTest, ValidateAcceptsTheSamples) {
  CliRun r = Dipgraph("validate " + Samples());
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("events valid"), std::string::npos);
}

TEST(CliTest, ValidateNamesEveryBadLine) {
  CliRun r = Dipgraph("validate " + Fixture("bad_line7.jsonl"));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("bad_line7.jsonl:7:"), std::string::npos) << r.err;
  CliRun many = Dipgraph("validate " + Fixture("bad_values.jsonl"));
  EXPECT_EQ(many.code, 2);
  for (const char* where : {":2: ", ":3: ", ":4: ", ":5: "})
    EXPECT_NE(many.err.find(std::string("bad_values.jsonl") + where),
              std::string::npos)
        << where << "\n"
        << many.err;
  EXPECT_EQ(many.err.find("bad_values.jsonl:1:"), std::string::npos);
}

TEST(CliTest, ValidateMissingFileExits2) {
  CliRun r = Dipgraph("validate /no/such/file.jsonl");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("/no/such/file.jsonl"), std::string::npos);
}

TEST(CliTest, StatsTableAndJson) {
  CliRun t = Dipgraph("stats " + Samples());
  EXPECT_EQ(t.code, 0) << t.err;
  EXPECT_NE(t.out.find("CAMEO root"), std::string::npos);
  CliRun j = Dipgraph("stats --json " + Samples());
  EXPECT_EQ(j.code, 0) << j.err;
  auto parsed = nlohmann::json::parse(j.out);
  EXPECT_GT(parsed["events"].get<int>(), 10);
  EXPECT_GE(parsed["documents"].get<int>(), 8);
  // stdin works too and gives the same answer.
  CliRun s = Dipgraph("stats --json -", Samples());
  EXPECT_EQ(s.out, j.out);
}

TEST(CliTest, StatsOnEmptyInputIsNoResult) {
  CliRun r = Dipgraph("stats /dev/null");
  EXPECT_EQ(r.code, 1);
}

TEST(CliTest, StatsWritesAtomicallyAndNotOnError) {
  fs::path out = fs::temp_directory_path() /
                 ("stats-" + std::to_string(::getpid()) + ".json");
  CliRun ok = Dipgraph("stats --json -o " + out.string() + " " + Samples());
  EXPECT_EQ(ok.code, 0);
  EXPECT_TRUE(ok.out.empty());
  EXPECT_TRUE(fs::exists(out));
  std::string before = *dipgraph::ReadFile(out.string());
  CliRun bad = Dipgraph("stats --json -o " + out.string() + " " +
                        Fixture("bad_line7.jsonl"));
  EXPECT_EQ(bad.code, 2);
  EXPECT_EQ(*dipgraph::ReadFile(out.string()), before);
  fs::remove(out);
}

TEST(CliTest, GraphBuildsTheNetworkWithFilters) {
  CliRun j = Dipgraph("graph --json " + Samples());
  ASSERT_EQ(j.code, 0) << j.err;
  auto net = nlohmann::json::parse(j.out);
  EXPECT_GT(net["nodes"].size(), 10u);
  EXPECT_GT(net["edges"].size(), 10u);
  EXPECT_GT(net["modularity"].get<double>(), 0.0);
  // Flags before the input file, repeated flags, ego network by name.
  CliRun ego = Dipgraph("graph --json --actor Putin --depth 1 " + Samples());
  ASSERT_EQ(ego.code, 0) << ego.err;
  auto e = nlohmann::json::parse(ego.out);
  bool has_rusgov = false;
  for (const auto& n : e["nodes"]) has_rusgov |= n["id"] == "RUSGOV";
  EXPECT_TRUE(has_rusgov);
  EXPECT_LT(e["nodes"].size(), net["nodes"].size());
  CliRun top = Dipgraph("graph --json --level country --top 3 " + Samples());
  ASSERT_EQ(top.code, 0) << top.err;
  EXPECT_EQ(nlohmann::json::parse(top.out)["nodes"].size(), 3u);
  EXPECT_EQ(Dipgraph("graph --level planet " + Samples()).code, 2);
  EXPECT_EQ(Dipgraph("graph --from 2016-13-01 " + Samples()).code, 2);
  EXPECT_EQ(Dipgraph("graph --actor Nobody " + Samples()).code, 1);
}

TEST(CliTest, QueryAnswersWhoSaidWhatToWhom) {
  CliRun t = Dipgraph("query --source Putin --said " + Samples());
  ASSERT_EQ(t.code, 0) << t.err;
  EXPECT_NE(t.out.find("what: "), std::string::npos);
  CliRun j =
      Dipgraph("query --format jsonl --between Putin Obama " + Samples());
  ASSERT_EQ(j.code, 0) << j.err;
  EXPECT_GE(std::count(j.out.begin(), j.out.end(), '\n'), 6);
  CliRun c = Dipgraph("query --format csv --root 11 " + Samples());
  ASSERT_EQ(c.code, 0) << c.err;
  EXPECT_EQ(c.out.rfind("EventId,Date,", 0), 0u);
  CliRun unknown = Dipgraph("query --source Putn " + Samples());
  EXPECT_EQ(unknown.code, 2);
  EXPECT_NE(unknown.err.find("did you mean \"Putin\""), std::string::npos)
      << unknown.err;
  EXPECT_EQ(Dipgraph("query --contains zzzz " + Samples()).code, 1);
}

TEST(CliTest, StoreAddIsIdempotentAndFeedsTheOtherCommands) {
  fs::path db = fs::temp_directory_path() /
                ("cli-store-" + std::to_string(::getpid()) + ".db");
  fs::remove(db);
  CliRun a = Dipgraph("store add " + Samples() + " --db " + db.string());
  ASSERT_EQ(a.code, 0) << a.err;
  EXPECT_NE(a.err.find("0 replaced"), std::string::npos) << a.err;
  CliRun b = Dipgraph("store add " + Samples() + " --db " + db.string());
  ASSERT_EQ(b.code, 0) << b.err;
  EXPECT_NE(b.err.find("66 replaced"), std::string::npos) << b.err;
  CliRun st = Dipgraph("store stats --json --db " + db.string());
  ASSERT_EQ(st.code, 0) << st.err;
  EXPECT_NE(st.out.find("\"events\": 66"), std::string::npos) << st.out;
  // The same answers from the store as from the file.
  std::string q = "query --format jsonl --between Putin Obama ";
  CliRun from_file = Dipgraph(q + Samples());
  CliRun from_db = Dipgraph(q + "--db " + db.string());
  ASSERT_EQ(from_db.code, 0) << from_db.err;
  EXPECT_EQ(from_db.out, from_file.out);
  CliRun coded = Dipgraph("query --format jsonl --between RUSGOV USAGOV --db " +
                          db.string());
  ASSERT_EQ(coded.code, 0) << coded.err;
  EXPECT_EQ(Dipgraph("graph --json --level country --db " + db.string()).out,
            Dipgraph("graph --json --level country " + Samples()).out);
  // Files and --db together are a usage error.
  EXPECT_EQ(Dipgraph("graph --db " + db.string() + " " + Samples()).code, 2);
  fs::remove(db);
}

// The same commands on a PostgreSQL store (the test server's, see
// tests/pg_test_server.h) answer as on the file.
TEST(CliTest, PostgresStoreFeedsTheOtherCommands) {
  std::string why, base = TestPostgresUri(&why);
  if (base.empty()) GTEST_SKIP() << why;
  PgSchema schema(base);
  const std::string db = "'" + schema.uri() + "'";
  CliRun a = Dipgraph("store add " + Samples() + " --db " + db);
  ASSERT_EQ(a.code, 0) << a.err;
  CliRun b = Dipgraph("store add " + Samples() + " --db " + db);
  ASSERT_EQ(b.code, 0) << b.err;
  EXPECT_NE(b.err.find("66 replaced"), std::string::npos) << b.err;
  CliRun st = Dipgraph("store stats --json --db " + db);
  ASSERT_EQ(st.code, 0) << st.err;
  EXPECT_NE(st.out.find("\"events\": 66"), std::string::npos) << st.out;
  EXPECT_NE(st.out.find("\"backend\": \"postgresql\""), std::string::npos);
  std::string q = "query --format jsonl --between Putin Obama ";
  EXPECT_EQ(Dipgraph(q + "--db " + db).out, Dipgraph(q + Samples()).out);
  for (const char* cmd :
       {"graph --json --level country", "graph --json --from 2017-01-01",
        "export --format gexf", "export --format events-csv --root 04"})
    EXPECT_EQ(Dipgraph(std::string(cmd) + " --db " + db).out,
              Dipgraph(std::string(cmd) + " " + Samples()).out)
        << cmd;
  CliRun none = Dipgraph("graph --db 'postgresql:///nodb?host=/nonexistent'");
  EXPECT_NE(none.code, 0);
  EXPECT_NE(none.err.find("cannot connect"), std::string::npos) << none.err;
}

// One event, many reports, on a real case: the sample articles and their
// paraphrases (tests/fixtures/paraphrases, another outlet a day later).
// `store dedup` links every paraphrased event it finds to the sample's; no
// two events of one article are linked; distinct events weigh the graph.
TEST(CliTest, DedupLinksTheReportsOfOneEvent) {
  fs::path dir =
      fs::temp_directory_path() / ("cli-dedup-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string events = (dir / "events.jsonl").string();
  const std::string db = (dir / "events.db").string();
  const std::string samples =
      std::string(DIPGRAPH_SOURCE_DIR) + "/data/samples";
  CliRun x = Dipgraph("extract " + samples + "/0*.txt " +
                      Fixture("paraphrases") + "/*.txt -o " + events);
  ASSERT_EQ(x.code, 0) << x.err;
  ASSERT_EQ(Dipgraph("store add " + events + " --db " + db).code, 0);
  CliRun d = Dipgraph("store dedup --json --window 2 --db " + db);
  ASSERT_EQ(d.code, 0) << d.err;
  nlohmann::json r = nlohmann::json::parse(d.out);
  EXPECT_GE(r["events_of_several_reports"].get<int>(), 18) << d.out;
  EXPECT_EQ(r["largest"].get<int>(), 2) << d.out;
  EXPECT_EQ(r["reports"].get<int>() - r["events"].get<int>(),
            r["linked_reports"].get<int>() -
                r["events_of_several_reports"].get<int>());
  // Every linked pair is a sample and its paraphrase.
  CliRun csv = Dipgraph("export --format events-csv --db " + db);
  ASSERT_EQ(csv.code, 0) << csv.err;
  std::map<std::string, std::set<std::string>> docs_of;  // group -> docs
  std::istringstream lines(csv.out);
  std::string line;
  std::getline(lines, line);
  EXPECT_NE(line.find(",EventGroup,NumMentions,NumSources,NumArticles"),
            std::string::npos);
  while (std::getline(lines, line)) {
    // EventGroup is the fourth field from the end; DocId the first field
    // starts with it.
    std::vector<std::string> f;
    for (size_t end = line.size(), n = 0; n < 4; ++n) {
      size_t comma = line.rfind(',', end - 1);
      f.push_back(line.substr(comma + 1, end - comma - 1));
      end = comma;
    }
    const std::string id = line.substr(0, line.find(','));
    docs_of[f[3]].insert(id.substr(0, id.find('-')));
  }
  int pairs = 0;
  for (const auto& [group, docs] : docs_of) {
    if (docs.size() < 2) continue;
    ++pairs;
    ASSERT_EQ(docs.size(), 2u) << group;
    EXPECT_EQ("p" + *docs.begin(), *docs.rbegin()) << group;
  }
  EXPECT_EQ(pairs, r["events_of_several_reports"].get<int>());
  // The graph counts distinct events unless asked for mentions.
  auto weight = [&](const std::string& flags) {
    CliRun g = Dipgraph("graph --json --db " + db + " " + flags);
    EXPECT_EQ(g.code, 0) << g.err;
    return nlohmann::json::parse(g.out)["events"].get<int>();
  };
  int distinct = weight(""), mentions = weight("--weight mentions");
  EXPECT_GE(mentions - distinct, pairs);
  fs::remove_all(dir);
}

TEST(CliTest, StoreRefusesWhatIsNotAStore) {
  CliRun r = Dipgraph("store stats --db " + Samples());
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("not a dipgraph event store"), std::string::npos)
      << r.err;
  CliRun missing = Dipgraph("graph --db /nonexistent/events.db");
  EXPECT_EQ(missing.code, 2);
  EXPECT_NE(missing.err.find("/nonexistent/events.db"), std::string::npos);
}

std::string FormatFixture(const std::string& name) {
  return Fixture("formats/" + name);
}

size_t Lines(const std::string& s) {
  return static_cast<size_t>(std::count(s.begin(), s.end(), '\n'));
}

// Every command that takes events files reads GDELT 1.0 and 2.0, ICEWS and
// PLOVER files, detected from their first line or given with --from.
// (graph and query load the dictionary: each runs once a file.)
TEST(CliTest, ReadsTheStandardFormats) {
  struct Case {
    std::string file, from;
    size_t events;
    std::string edge;  // "SOURCE TARGET" at country level
  } cases[] = {
      {"20160106.export.CSV", "gdelt2", 4, "RUS USA"},
      {"20140301.export.CSV", "gdelt1", 3, "UKR RUS"},
      {"icews.2015.tab", "icews", 4, "Russian Federation United States"},
      {"polecat.jsonl", "polecat", 3, "RUS UKR"},
  };
  for (const Case& c : cases) {
    const std::string f = FormatFixture(c.file);
    for (const std::string& from : {std::string(), "--from " + c.from + " "}) {
      CliRun v = Dipgraph("validate --no-codebook " + from + f);
      EXPECT_EQ(v.code, 0) << c.file << " " << v.err;
      EXPECT_NE(v.err.find("ok: " + std::to_string(c.events) + " events"),
                std::string::npos)
          << c.file << " " << v.err;
    }
    CliRun q = Dipgraph("query --format jsonl " + f);  // detected
    ASSERT_EQ(q.code, 0) << c.file << " " << q.err;
    EXPECT_EQ(Lines(q.out), c.events) << c.file;
    CliRun g = Dipgraph("graph --json --level country --from " + c.from +
                        " --from 2000-01-01 " + f);
    ASSERT_EQ(g.code, 0) << c.file << " " << g.err;
    bool found = false;
    const auto net = nlohmann::json::parse(g.out);
    for (const auto& e : net["edges"])
      found |= e["source"].get<std::string>() + " " +
                   e["target"].get<std::string>() ==
               c.edge;
    EXPECT_TRUE(found) << c.file << ": no edge " << c.edge << "\n" << g.out;
    // The row without an Actor1 is passed over, and said so.
    if (c.from == "gdelt2") {
      EXPECT_NE(g.err.find("1 rows without a source actor"), std::string::npos)
          << g.err;
    }
  }
  fs::path db = fs::temp_directory_path() /
                ("cli-formats-" + std::to_string(::getpid()) + ".db");
  fs::remove(db);
  CliRun add = Dipgraph("store add --db " + db.string() + " " +
                        FormatFixture("20160106.export.CSV") + " " +
                        FormatFixture("icews.2015.tab") + " " +
                        FormatFixture("polecat.jsonl"));
  EXPECT_EQ(add.code, 0) << add.err;
  EXPECT_NE(add.err.find("11 events added"), std::string::npos) << add.err;
  fs::remove(db);
  CliRun stats = Dipgraph("stats --json " + FormatFixture("icews.2015.tab"));
  EXPECT_EQ(stats.code, 0) << stats.err;
  EXPECT_NE(stats.out.find("\"events\": 4"), std::string::npos) << stats.out;
}

// Malformed rows are "file:line:" errors (exit 2), as in our own records.
TEST(CliTest, BadRowsOfTheStandardFormatsNameFileAndLine) {
  struct Case {
    std::string command, args, where, message;
  } cases[] = {
      {"graph", "bad_fields.export.CSV", "bad_fields.export.CSV:2: ",
       "60 tab-separated fields; GDELT 2.0 has 61"},
      {"validate", "bad_date.export.CSV",
       "bad_date.export.CSV:3: ", "SQLDATE \"20161307\" is not a real date"},
      {"store add --db /tmp/dipgraph-never.db", "icews_bad.tab",
       "icews_bad.tab:3: ",
       "Event Date \"2015/02/02\" is not a YYYY-MM-DD date"},
      {"query", "polecat_bad.jsonl",
       "polecat_bad.jsonl:2: ", "event \"CRIME\" is not a PLOVER event type"},
      {"validate --from gdelt1", "20160106.export.CSV",
       "20160106.export.CSV:1: ",
       "61 tab-separated fields; GDELT 1.0 has 57 (58 with SOURCEURL)"},
      {"stats", "README.md", "README.md:1: ", "not an events file?"},
  };
  for (const Case& c : cases) {
    CliRun r = Dipgraph(c.command + " " + FormatFixture(c.args));
    EXPECT_EQ(r.code, 2) << c.command << " " << c.args;
    EXPECT_NE(r.err.find(c.where), std::string::npos) << c.command << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << c.command << r.err;
  }
  EXPECT_FALSE(fs::exists("/tmp/dipgraph-never.db"));
  EXPECT_EQ(Dipgraph("validate --from xml " + Samples()).code, 2);
}

// dipgraph → GDELT 2.0 → dipgraph keeps every field GDELT holds; the other
// formats write what reads back.
TEST(CliTest, ExportsTheStandardFormatsAndReadsThemBack) {
  fs::path dir =
      fs::temp_directory_path() / ("cli-export-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string gdelt = (dir / "events.export.CSV").string();
  CliRun w = Dipgraph("export --format gdelt2 -o " + gdelt + " " + Samples());
  ASSERT_EQ(w.code, 0) << w.err;
  CliRun orig = Dipgraph("query --format jsonl " + Samples());
  CliRun back = Dipgraph("query --format jsonl " + gdelt);
  ASSERT_EQ(back.code, 0) << back.err;
  std::vector<nlohmann::json> want, got(Lines(orig.out));
  std::istringstream a(orig.out), b(back.out);
  for (std::string line; std::getline(a, line);)
    want.push_back(nlohmann::json::parse(line));
  // The export numbers the events 1, 2, … in the order query gives them.
  for (std::string line; std::getline(b, line);) {
    auto j = nlohmann::json::parse(line);
    size_t i = std::stoul(j["id"].get<std::string>()) - 1;
    ASSERT_LT(i, got.size());
    got[i] = j;
  }
  ASSERT_EQ(want.size(), 66u);
  for (size_t i = 0; i < want.size(); ++i) {
    const auto &x = want[i], &y = got[i];
    SCOPED_TRACE(x["id"].get<std::string>());
    EXPECT_EQ(y["date"], x["date"]);
    EXPECT_EQ(y["doc"]["id"], x["doc"]["id"]);
    EXPECT_EQ(y["doc"]["date"], x["doc"]["date"]);
    for (const char* who : {"source", "target"}) {
      if (x[who].is_null()) {
        EXPECT_TRUE(y[who].is_null());
        continue;
      }
      for (const char* k : {"id", "country", "role"})
        EXPECT_EQ(y[who][k], x[who][k]) << who << "." << k;
      if (!x[who]["name"].get<std::string>().empty()) {
        EXPECT_EQ(y[who]["name"], x[who]["name"]) << who;
      }
    }
    for (const char* k : {"cameo", "root", "quad_class", "goldstein"})
      EXPECT_EQ(y["action"][k], x["action"][k]) << k;
    EXPECT_EQ(y["mentions"], x["mentions"]);
  }
  for (const char* f : {"gdelt1", "icews", "polecat"}) {
    const std::string out = (dir / f).string();
    CliRun e = Dipgraph(std::string("export --format ") + f + " -o " + out +
                        " " + Samples());
    ASSERT_EQ(e.code, 0) << f << e.err;
    CliRun v = Dipgraph("validate " + out);
    EXPECT_EQ(v.code, 0) << f << v.err;
    EXPECT_NE(v.err.find("ok: 66 events"), std::string::npos) << f << v.err;
  }
  fs::remove_all(dir);
}

}  // namespace
