// The coder's rule tests, as tables: each case of extract/coder/testdata/
// *.cases is a sentence with its hand-written parse, the article's date
// and the events the coder must make of it, and runs as its own test named
// by the case ("Rules/ShippedDictCases.Codes/AllegedActsAreNotCoded").
// Adding a rule test is adding a case; a failure names the case, its file
// and line, and lists the events coded.
//
// The format (one item a line; `#` starts a comment line):
//
//   case AllegedActsAreNotCoded        the case's name: letters and digits
//   date 2022-03-10                    the article's date
//   text Ukraine accused Russia of shelling a hospital.
//   1 Ukraine  Ukraine PROPN 2 nsubj   the parse, one token a line:
//   2 accused  accuse  VERB  0 root    index form lemma UPOS head deprel
//   …                                  [XPOS] (heads 1-based, 0 = root)
//   event UKR>RUS:1124 |shelling a hospital
//
// Several `text` blocks make one document: the sentences are coded in
// order, sharing the coreference state, and the events checked are those
// of the last one. `option keep_targetless` and `option general_patterns`
// set those CoderOptions fields.
//
// `event` lines give the events coded, all of them and in order; a case
// without any codes nothing, and `event ...` stands for any number of
// events (so `event ...` alone allows anything). An event is written as in
// the gold sets (tests/gold/README.md): `SOURCE>TARGET:CODE [flags]
// [|content]`, with `*` for any actor or code, `-` for no target, a
// two-digit code for a CAMEO root, and the flags neg (negated), rep
// (reported: it has a parent event), hyp/fut/dem/pro (modality); as in
// the gold sets, a flag left out is checked too (not negated, asserted,
// not reported). `|content` is a phrase the content contains. Other
// fields follow as `; field=value` (or `!=`, or `<` for numbers), before
// any `|`: content, attribution, date, id, parent (the index of the
// expected event that is the parent), source.text, source.name,
// source.country, target.text, target.name, target.country, target.role,
// action.label, action.pattern, action.lemma, action.text, confidence,
// symmetric (0 or 1).
//
// `never` lines give events no coded event may be; they are matched on
// what they state only (a flag left out is not checked). `trace TEXT`: a
// line of the coder's trace contains TEXT. `unknown TEXT` lines: the
// proper nouns reported as unknown actors are these, in order.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "extract/coder/coder.h"
#include "extract/coder/shipped_dict_fixture.h"
#include "extract/coder/test_lexicon.h"

namespace dipgraph {
namespace {

struct CaseSentence {
  std::string text;
  std::string conllu;  // built from the token lines
};

struct CodedCase {
  std::string name;
  std::string where;  // "file:line" of the `case` line
  std::string date;
  std::vector<CaseSentence> sentences;  // the last one is checked
  CoderOptions options;
  std::vector<std::string> events, never, trace, unknown;
  std::string error;  // a malformed case: the test fails with this
};

// ---------------------------------------------------------------------------
// Matching events against `event` and `never` lines.

std::string Trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t");
  size_t b = s.find_last_not_of(" \t\r");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

struct Spec {
  std::string source, target, code, content;
  std::vector<std::string> flags;
  std::vector<std::string> fields;  // "key=value", "key!=value", "key<value"
};

Spec ParseSpec(const std::string& text) {
  Spec spec;
  std::string head = text;
  if (size_t bar = text.find('|'); bar != std::string::npos) {
    spec.content = Trim(text.substr(bar + 1));
    head = text.substr(0, bar);
  }
  std::istringstream parts(head);
  std::string part;
  std::getline(parts, part, ';');
  std::istringstream words(part);
  std::string dyad, flag;
  words >> dyad;
  while (words >> flag) spec.flags.push_back(flag);
  size_t gt = dyad.find('>'), colon = dyad.find(':');
  spec.source = dyad.substr(0, gt);
  spec.target =
      gt == std::string::npos ? "" : dyad.substr(gt + 1, colon - gt - 1);
  spec.code = colon == std::string::npos ? "" : dyad.substr(colon + 1);
  while (std::getline(parts, part, ';')) spec.fields.push_back(Trim(part));
  return spec;
}

bool Has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// The value of `key` for event `i` of `events`; nullopt for an unknown key.
std::optional<std::string> Field(const std::string& key,
                                 const std::vector<Event>& events, size_t i) {
  const Event& e = events[i];
  const Actor none;
  const Actor& s = e.source;
  const Actor& t = e.target ? *e.target : none;
  if (key == "parent") {
    for (size_t k = 0; k < events.size(); ++k)
      if (!e.parent.empty() && events[k].id == e.parent)
        return std::to_string(k);
    return "-";
  }
  const std::pair<const char*, std::string> fields[] = {
      {"content", e.content},
      {"attribution", e.attribution},
      {"date", e.date},
      {"id", e.id},
      {"source.text", s.text},
      {"source.name", s.name},
      {"source.country", s.country},
      {"target.text", t.text},
      {"target.name", t.name},
      {"target.country", t.country},
      {"target.role", t.role},
      {"action.label", e.action.label},
      {"action.pattern", e.action.pattern},
      {"action.lemma", e.action.lemma},
      {"action.text", e.action.text},
      {"confidence", std::to_string(e.confidence)},
      {"symmetric", e.symmetric ? "1" : "0"}};
  for (const auto& [name, value] : fields)
    if (key == name) return value;
  return std::nullopt;
}

// A field condition split into key, operator ("=", "!=", "<") and value.
struct Condition {
  std::string key, op, value;
};
std::optional<Condition> SplitCondition(const std::string& field) {
  size_t op = field.find_first_of("!=<");
  if (op == std::string::npos || op == 0) return std::nullopt;
  size_t len = field.compare(op, 2, "!=") == 0 ? 2 : 1;
  if (field[op] == '!' && len == 1) return std::nullopt;
  return Condition{Trim(field.substr(0, op)), field.substr(op, len),
                   Trim(field.substr(op + len))};
}

bool FieldMatches(const std::string& field, const std::vector<Event>& events,
                  size_t i) {
  std::optional<Condition> c = SplitCondition(field);
  std::string actual = Field(c->key, events, i).value_or("");
  if (c->op == "<") return std::stod(actual) < std::stod(c->value);
  return (actual == c->value) == (c->op == "=");
}

// What is wrong with an `event` or `never` line, "" when nothing.
std::string SpecError(const std::string& text, bool gap_allowed) {
  if (text == "...") return gap_allowed ? "" : "\"...\" in a never line";
  Spec spec = ParseSpec(text);
  if (spec.source.empty() || spec.target.empty() || spec.code.empty())
    return "expected SOURCE>TARGET:CODE";
  for (const std::string& f : spec.flags)
    if (!Has({"neg", "rep", "hyp", "fut", "dem", "pro"}, f))
      return "unknown flag " + f;
  const std::vector<Event> one(1);
  for (const std::string& f : spec.fields) {
    std::optional<Condition> c = SplitCondition(f);
    if (!c || !Field(c->key, one, 0)) return "expected field=value: " + f;
    char* end = nullptr;
    if (c->op == "<" && (std::strtod(c->value.c_str(), &end), *end != '\0'))
      return "expected a number: " + f;
  }
  return "";
}

// Whether event `i` is what `spec` says. `strict`: flags left out are
// checked too (not negated, asserted, not reported), as in the gold sets.
bool Matches(const Spec& spec, const std::vector<Event>& events, size_t i,
             bool strict) {
  const Event& e = events[i];
  if (spec.source != "*" && spec.source != e.source.id) return false;
  if (spec.target == "-" && e.target) return false;
  if (spec.target != "*" && spec.target != "-" &&
      (!e.target || e.target->id != spec.target))
    return false;
  if (spec.code != "*" &&
      spec.code != (spec.code.size() == 2 ? e.action.root : e.action.cameo))
    return false;
  std::string modality = "asserted";
  for (const char* m : {"hypothetical", "future", "demanded", "proposed"})
    if (Has(spec.flags, std::string(m, 3))) modality = m;
  if ((strict || Has(spec.flags, "neg")) && Has(spec.flags, "neg") != e.negated)
    return false;
  if ((strict || modality != "asserted") && modality != e.modality)
    return false;
  if ((strict || Has(spec.flags, "rep")) &&
      Has(spec.flags, "rep") == e.parent.empty())
    return false;
  if (!spec.content.empty() &&
      e.content.find(spec.content) == std::string::npos)
    return false;
  for (const std::string& f : spec.fields)
    if (!FieldMatches(f, events, i)) return false;
  return true;
}

// ---------------------------------------------------------------------------
// Reading a .cases file.

// "3 Russia Russia PROPN 2 obj [XPOS]" as a CoNLL-U line, or "" when the
// token line is malformed or not the sentence's next index.
std::string TokenLine(const std::string& line, size_t index) {
  std::istringstream in(line);
  size_t id = 0;
  std::string form, lemma, upos, head, rel, xpos = "_", more;
  if (!(in >> id >> form >> lemma >> upos >> head >> rel) || id != index)
    return "";
  in >> xpos;
  if (in >> more) return "";
  return std::to_string(id) + "\t" + form + "\t" + lemma + "\t" + upos + "\t" +
         xpos + "\t_\t" + head + "\t" + rel + "\t_\t_\n";
}

// Applies one line to the case being read; what is wrong with the line,
// "" when nothing.
std::string ReadLine(const std::string& key, const std::string& rest,
                     CodedCase* c) {
  if (key == "event" || key == "never") {
    (key == "event" ? c->events : c->never).push_back(rest);
    return SpecError(rest, key == "event");
  }
  std::vector<std::string>* list = key == "trace"     ? &c->trace
                                   : key == "unknown" ? &c->unknown
                                                      : nullptr;
  if (list) return list->push_back(rest), "";
  if (key == "date") return c->date = rest, "";
  if (key == "text") return c->sentences.push_back({rest, ""}), "";
  if (key == "option" && rest == "keep_targetless")
    return c->options.keep_targetless = true, "";
  if (key == "option" && rest == "general_patterns")
    return c->options.general_patterns = true, "";
  if (key.empty() || !std::isdigit(static_cast<unsigned char>(key[0])))
    return "unknown line";
  if (c->sentences.empty()) return "a token line before any text line";
  CaseSentence& s = c->sentences.back();
  size_t index = std::count(s.conllu.begin(), s.conllu.end(), '\n') + 1;
  std::string token = TokenLine(key + " " + rest, index);
  s.conllu += token;
  return token.empty() ? "expected token " + std::to_string(index) +
                             " as: index form lemma UPOS head deprel [XPOS]"
                       : "";
}

CodedCase NewCase(const std::string& name, const std::string& where) {
  CodedCase c;
  c.name = name;
  c.where = where;
  return c;
}

std::vector<CodedCase> LoadCases(const std::string& name) {
  const std::string path = std::string(DIPGRAPH_CODER_TESTDATA) + "/" + name;
  std::vector<CodedCase> cases;
  std::ifstream in(path);
  if (!in) {
    cases.push_back(NewCase("Unreadable", path));
    cases.back().error = path + ": cannot read";
  }
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    line = Trim(line);
    if (line.empty() || line[0] == '#') continue;
    size_t space = line.find_first_of(" \t");
    std::string key = line.substr(0, space);
    std::string rest =
        space == std::string::npos ? "" : Trim(line.substr(space));
    std::string where = name + ":" + std::to_string(n);
    if (key == "case") {
      bool ok = !rest.empty();
      for (char ch : rest)
        ok &= std::isalnum(static_cast<unsigned char>(ch)) != 0;
      for (const CodedCase& c : cases) ok &= c.name != rest;
      cases.push_back(NewCase(ok ? rest : "Line" + std::to_string(n), where));
      if (!ok)
        cases.back().error =
            where + ": a case name is letters and digits, and unique";
      continue;
    }
    if (cases.empty()) cases.push_back(NewCase("Malformed", where));
    std::string error = ReadLine(key, rest, &cases.back());
    if (!error.empty() && cases.back().error.empty())
      cases.back().error = where + ": " + error + ": \"" + line + "\"";
  }
  return cases;
}

// gtest prints a failing parameter with this: the case's place and name.
void PrintTo(const CodedCase& c, std::ostream* os) {
  *os << c.where << ": " << c.name;
}

std::string CaseName(const ::testing::TestParamInfo<CodedCase>& info) {
  return info.param.name;
}

// An event as an `event` line would give it.
std::string Describe(const Event& e) {
  std::string out = e.source.id + ">" + (e.target ? e.target->id : "-") + ":" +
                    e.action.cameo;
  if (e.negated) out += " neg";
  if (!e.parent.empty()) out += " rep";
  if (e.modality != "asserted") out += " " + e.modality.substr(0, 3);
  if (!e.content.empty()) out += " |" + e.content;
  return out;
}

// Whether `events[from..]` is what `specs[at..]` says, "..." standing for
// any number of events.
bool ListMatches(const std::vector<Spec>& specs, size_t at,
                 const std::vector<Event>& events, size_t from) {
  if (at == specs.size()) return from == events.size();
  if (specs[at].source == "...")
    return ListMatches(specs, at + 1, events, from) ||
           (from < events.size() && ListMatches(specs, at, events, from + 1));
  return from < events.size() && Matches(specs[at], events, from, true) &&
         ListMatches(specs, at + 1, events, from + 1);
}

// ---------------------------------------------------------------------------
// Running a case.

void RunCase(const Lexicon& lexicon, const Codebook& codebook,
             const CodedCase& c) {
  ASSERT_TRUE(c.error.empty()) << c.error;
  ASSERT_FALSE(c.sentences.empty()) << c.where << ": no text";
  SCOPED_TRACE(c.where + ": " + c.name);
  Coder coder(lexicon, codebook, c.options);
  DocumentContext doc{DocInfo{"doc", "", "", c.date}, c.date, ""};
  CorefState coref;
  std::vector<Event> events;
  std::vector<std::string> trace;
  std::vector<UnknownActor> unknown;
  for (const CaseSentence& s : c.sentences) {
    Result<ParsedSentence> parsed =
        ParseConllu("# text = " + s.text + "\n" + s.conllu);
    ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
    trace.clear();
    unknown.clear();
    events = coder.CodeSentence(*parsed, doc, &coref, &trace, &unknown);
  }
  std::string coded;
  for (const Event& e : events) coded += "\n  " + Describe(e);
  std::vector<Spec> specs;
  std::string expected;
  for (const std::string& s : c.events) {
    specs.push_back(ParseSpec(s));
    expected += "\n  " + s;
  }
  EXPECT_TRUE(ListMatches(specs, 0, events, 0))
      << "expected:" << (expected.empty() ? " no events" : expected)
      << "\ncoded:" << (coded.empty() ? " no events" : coded);
  for (const std::string& s : c.never)
    for (size_t i = 0; i < events.size(); ++i)
      EXPECT_FALSE(Matches(ParseSpec(s), events, i, false))
          << "coded " << Describe(events[i]) << ", never " << s;
  for (const std::string& t : c.trace) {
    bool found = false;
    for (const std::string& line : trace)
      found |= line.find(t) != std::string::npos;
    EXPECT_TRUE(found) << "no trace line contains \"" << t << "\"";
  }
  if (c.unknown.empty()) return;
  std::vector<std::string> unknown_texts;
  for (const UnknownActor& u : unknown) {
    unknown_texts.push_back(u.text);
    EXPECT_EQ(u.sentence, c.sentences.back().text);
  }
  EXPECT_EQ(unknown_texts, c.unknown);
}

// The cases over the shipped dictionaries and codebook.
class ShippedDictCases : public DictLexiconTest,
                         public ::testing::WithParamInterface<CodedCase> {};

TEST_P(ShippedDictCases, Codes) { RunCase(*lex_, *book_, GetParam()); }

// A noun whose every pattern needs a modifier, seen without one, codes
// nothing (and does not crash). The noun is found in the dictionaries.
TEST_F(DictLexiconTest, NounWithoutItsModifierCodesNothing) {
  std::string head;
  for (const dict::Pattern& p : dict_->nouns()) {
    Pattern c = DictLexicon::Convert(p, true);
    const std::vector<Pattern>& all = lex_->NounPatterns(c.head);
    if (!all.empty() &&
        std::all_of(all.begin(), all.end(),
                    [](const Pattern& q) { return !q.modifiers.empty(); })) {
      head = c.head;
      break;
    }
  }
  ASSERT_FALSE(head.empty()) << "no noun needs a modifier any more";
  CodedCase c = NewCase("NounWithoutItsModifier", "(built)");
  c.date = "2016-07-07";
  c.sentences = {{"The " + head + " ended.", ""}};
  const std::vector<std::string> tokens = {
      "1 The the DET 2 det DT", "2 " + head + " " + head + " NOUN 3 nsubj NN",
      "3 ended end VERB 0 root VBD", "4 . . PUNCT 3 punct ."};
  for (const std::string& token : tokens)
    ASSERT_EQ(ReadLine(token.substr(0, 1), token.substr(2), &c), "");
  c.events = {"..."};
  c.never = {"*>*:* ; action.text=" + head};
  RunCase(*lex_, *book_, c);
}

INSTANTIATE_TEST_SUITE_P(Rules, ShippedDictCases,
                         ::testing::ValuesIn(LoadCases("rules.cases")),
                         CaseName);
INSTANTIATE_TEST_SUITE_P(Sentences, ShippedDictCases,
                         ::testing::ValuesIn(LoadCases("sentences.cases")),
                         CaseName);
INSTANTIATE_TEST_SUITE_P(Discourse, ShippedDictCases,
                         ::testing::ValuesIn(LoadCases("discourse.cases")),
                         CaseName);

// The cases over the small lexicon of test_lexicon.h: one phenomenon each.
class SmallLexiconCases : public ::testing::TestWithParam<CodedCase> {
 protected:
  static void SetUpTestSuite() {
    Result<Codebook> book = Codebook::LoadDefault();
    ASSERT_TRUE(book.ok()) << book.status().ToString();
    book_ = new Codebook(std::move(*book));
    lex_ = new TestLexicon;
  }
  static void TearDownTestSuite() {
    delete lex_;
    delete book_;
  }
  static inline Codebook* book_ = nullptr;
  static inline TestLexicon* lex_ = nullptr;
};

TEST_P(SmallLexiconCases, Codes) { RunCase(*lex_, *book_, GetParam()); }

INSTANTIATE_TEST_SUITE_P(Coder, SmallLexiconCases,
                         ::testing::ValuesIn(LoadCases("small_lexicon.cases")),
                         CaseName);

}  // namespace
}  // namespace dipgraph
