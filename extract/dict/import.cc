#include "extract/dict/import.h"

#include <algorithm>
#include <map>
#include <sstream>
#include <vector>

#include "common/text.h"
#include "extract/dict/date.h"
#include "extract/dict/matcher.h"
#include "extract/dict/pattern.h"

namespace dipgraph::dict {
namespace {

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

// Source lines with `#` comments and `<!-- -->` comments removed.
std::vector<std::string> CleanLines(std::string_view text) {
  std::vector<std::string> lines;
  bool in_html = false;
  std::istringstream in{std::string(text)};
  for (std::string line; std::getline(in, line);) {
    std::string out;
    for (size_t i = 0; i < line.size(); ++i) {
      if (in_html) {
        if (line.compare(i, 3, "-->") == 0) in_html = false, i += 2;
      } else if (line.compare(i, 2, "<!") == 0) {
        in_html = true;
      } else if (line[i] == '#') {
        break;
      } else {
        out += line[i];
      }
    }
    lines.push_back(out);
  }
  return lines;
}

bool ValidActorCode(std::string_view code) {
  if (code.size() < 3 || code.size() % 3 != 0) return false;
  return std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  });
}

// "VLADIMIR_PUTIN_" -> "Vladimir Putin"; a short single word keeps its
// capitals when it has a period or at most three letters ("UN_" -> "UN",
// "U.S." -> "U.S.").
std::string NiceName(std::string_view raw) {
  std::string spaced;
  for (char c : raw) spaced += c == '_' ? ' ' : c;
  std::istringstream in(spaced);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  if (words.size() == 1 &&
      (words[0].size() <= 3 || words[0].find('.') != std::string::npos))
    return words[0];
  static const char* kSmall[] = {"of", "the", "and", "for", "al", "de", "in"};
  std::string out;
  for (std::string& w : words) {
    w = Lower(w);
    bool small = !out.empty() && std::find(std::begin(kSmall), std::end(kSmall),
                                           w) != std::end(kSmall);
    if (!small && !w.empty() && w[0] >= 'a' && w[0] <= 'z')
      w[0] = static_cast<char>(w[0] - 32);
    out += (out.empty() ? "" : " ") + w;
  }
  return out;
}

// YYMMDD (19YY from 50) or YYYYMMDD -> YYYY-MM-DD, or "" when bad.
std::string ImportDate(std::string_view d) {
  std::string s;
  if (d.size() == 6) {
    s = (d.substr(0, 2) >= "50" ? "19" : "20") + std::string(d);
  } else if (d.size() == 8) {
    s = std::string(d);
  } else {
    return "";
  }
  std::string iso = s.substr(0, 4) + "-" + s.substr(4, 2) + "-" + s.substr(6);
  return ParseDay(iso).ok() ? iso : "";
}

struct CodeSpec {
  std::string code, from, to;
  bool dated = false;
};

// "RUSGOV 000816-080507", "HOB < 950601", "ZBW" -> CodeSpec; false if bad.
bool ParseCodeSpec(std::string_view inside, CodeSpec* spec) {
  std::string s;
  for (char c : inside)
    if (c != ' ' && c != '\t') s += c;
  size_t i = 0;
  while (i < s.size() &&
         ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z')))
    ++i;
  spec->code = Upper(s.substr(0, i));
  std::string rest = s.substr(i);
  if (!ValidActorCode(spec->code)) return false;
  if (rest.empty()) return true;
  spec->dated = true;
  if (rest[0] == '<') return !(spec->to = ImportDate(rest.substr(1))).empty();
  if (rest[0] == '>') return !(spec->from = ImportDate(rest.substr(1))).empty();
  size_t dash = rest.find('-');
  if (dash == std::string::npos) return false;
  spec->from = ImportDate(rest.substr(0, dash));
  spec->to = ImportDate(rest.substr(dash + 1));
  if (spec->from.empty() || spec->to.empty()) return false;
  // Two-digit years before 1950 read as 20YY: a range that would start
  // after it ends starts a century earlier ("480101-850311").
  if (dash == 6 && spec->from >= spec->to && spec->from[0] == '2')
    spec->from = "19" + spec->from.substr(2);
  return spec->from < spec->to;
}

struct ActorRecord {
  std::string name;
  std::vector<std::string> aliases;
  std::vector<CodeSpec> codes;
  int line = 0;
  bool bad = false;
  std::string why;
};

// Moves the [..] groups of `line` into `rec`; returns the text outside them.
std::string TakeCodes(std::string_view line, ActorRecord* rec) {
  std::string outside;
  size_t i = 0;
  while (i < line.size()) {
    if (line[i] != '[') {
      outside += line[i++];
      continue;
    }
    size_t close = line.find(']', i);
    if (close == std::string_view::npos) close = line.size();
    CodeSpec spec;
    if (ParseCodeSpec(line.substr(i + 1, close - i - 1), &spec)) {
      rec->codes.push_back(spec);
    } else {
      rec->bad = true;
      rec->why = "unusable code [" +
                 std::string(line.substr(i + 1, close - i - 1)) + "]";
    }
    i = close + 1;
  }
  return std::string(TrimSpace(outside));
}

std::vector<ActorRecord> ReadActorRecords(std::string_view text) {
  std::vector<ActorRecord> recs;
  std::vector<std::string> lines = CleanLines(text);
  for (size_t n = 0; n < lines.size(); ++n) {
    std::string_view line = TrimSpace(lines[n]);
    if (line.empty()) continue;
    if (line[0] == '+' || line[0] == '[') {
      if (recs.empty()) continue;  // an alias or code with no entry
      std::string alias = TakeCodes(line, &recs.back());
      if (line[0] == '+' && alias.size() > 1)
        recs.back().aliases.push_back(NiceName(alias.substr(1)));
      continue;
    }
    ActorRecord rec;
    rec.line = static_cast<int>(n + 1);
    rec.name = NiceName(TakeCodes(line, &rec));
    // Name lines with no codes of their own before the next name share the
    // codes that follow them (PETRARCH's blocks of names): the earlier
    // record takes this name as an alias.
    if (!recs.empty() && recs.back().codes.empty() && !recs.back().bad &&
        !rec.bad && !rec.name.empty()) {
      ActorRecord& prev = recs.back();
      prev.aliases.push_back(rec.name);
      prev.codes = std::move(rec.codes);
      continue;
    }
    recs.push_back(std::move(rec));
  }
  return recs;
}

std::string GuessType(std::string_view code) {
  std::string_view prefix = code.substr(0, 3), role = code.substr(3);
  if (prefix == "IGO") return "igo";
  if (prefix == "NGO") return "ngo";
  if (prefix == "IMG") return "armed_group";
  if (role.empty()) return "state";
  static const std::map<std::string_view, std::string_view> kRoles = {
      {"GOV", "government"},  {"MIL", "military"},    {"COP", "police"},
      {"REB", "armed_group"}, {"INS", "armed_group"}, {"OPP", "party"},
      {"PTY", "party"},       {"LEG", "legislature"}, {"JUD", "judiciary"},
      {"MED", "media"},       {"CVL", "civilian"},    {"BUS", "business"},
      {"REL", "religious"},   {"UAF", "armed_group"}, {"SEP", "armed_group"}};
  auto it = kRoles.find(role.substr(0, 3));
  return it == kRoles.end() ? "other" : std::string(it->second);
}

// Dated codes of one record merged where the same code's ranges overlap
// or touch (a president's terms listed one by one, or a role repeated
// inside another: "[RUSGOV 850311-910824] [RUSGOV 881001-890525]"), since
// one office must not overlap itself; in order of first start. Undated
// codes stay, once each, after the dated ones.
std::vector<CodeSpec> MergeRoles(const std::vector<CodeSpec>& codes) {
  std::vector<CodeSpec> dated, undated;
  for (const CodeSpec& c : codes) {
    if (!c.dated) {
      if (std::none_of(undated.begin(), undated.end(),
                       [&](const CodeSpec& u) { return u.code == c.code; }))
        undated.push_back(c);
      continue;
    }
    dated.push_back(c);
  }
  // Open ends compare as the earliest FROM and the latest TO.
  auto end_of = [](const CodeSpec& c) {
    return c.to.empty() ? std::string("9999") : c.to;
  };
  std::stable_sort(
      dated.begin(), dated.end(),
      [](const CodeSpec& a, const CodeSpec& b) { return a.from < b.from; });
  std::vector<CodeSpec> out;
  for (const CodeSpec& c : dated) {
    auto same = std::find_if(out.rbegin(), out.rend(), [&](const CodeSpec& o) {
      return o.code == c.code && c.from <= end_of(o);
    });
    if (same == out.rend()) {
      out.push_back(c);
    } else if (end_of(c) > end_of(*same)) {
      same->to = c.to;
    }
  }
  out.insert(out.end(), undated.begin(), undated.end());
  return out;
}

std::string RoleText(const CodeSpec& c) {
  if (!c.dated) return c.code;
  return c.code + " " + c.from + ".." + c.to;
}

// Writes one record; aliases already taken by another code are dropped
// with a note.
void WriteActor(const ActorRecord& r, const std::string& file,
                std::map<std::string, std::string>* owners, std::string* out,
                std::string* notes) {
  std::string where = file + ":" + std::to_string(r.line);
  if (r.bad || r.codes.empty() || r.name.empty()) {
    *notes += "# skipped " + where + ": " + r.name + ": " +
              (r.bad ? r.why : "no code") + "\n";
    return;
  }
  bool dated = std::any_of(r.codes.begin(), r.codes.end(),
                           [](const CodeSpec& c) { return c.dated; });
  std::string owner = dated ? "person " + r.name : r.codes[0].code;
  std::vector<std::string> aliases;
  for (const std::string& a : r.aliases) {
    std::string key = Matcher::Key(a);
    if (key.empty() || key == Matcher::Key(r.name)) continue;
    auto [it, fresh] = owners->try_emplace(key, owner);
    if (!fresh && it->second != owner) {
      *notes += "# dropped alias \"" + a + "\" of " + r.name + " (" + where +
                "): already " + it->second + "\n";
      continue;
    }
    if (std::find(aliases.begin(), aliases.end(), a) == aliases.end())
      aliases.push_back(a);
  }
  auto joined = [](const std::vector<std::string>& v) {
    std::string s;
    for (const std::string& x : v) s += (s.empty() ? "" : "; ") + x;
    return s;
  };
  if (!dated) {
    *out += "actor " + r.codes[0].code + " | " + r.name + " | " +
            joined(aliases) + " | type=" + GuessType(r.codes[0].code) + "\n";
    return;
  }
  std::vector<std::string> roles;
  for (const CodeSpec& c : MergeRoles(r.codes)) roles.push_back(RoleText(c));
  *out += "person " + r.name + " | " + joined(aliases) + " | " + joined(roles) +
          "\n";
}

}  // namespace

bool LooksLikeVerbs(std::string_view text) {
  for (const std::string& raw : CleanLines(text)) {
    std::string_view line = TrimSpace(raw);
    if (line.size() > 3 && line.substr(0, 3) == "---" &&
        line.substr(line.size() - 3) == "---")
      return true;
    if (line.size() > 2 && line.substr(0, 2) == "- " &&
        line.find('*') != std::string_view::npos)
      return true;
  }
  return false;
}

Result<std::string> ImportActors(const std::string& file,
                                 std::string_view text) {
  std::string out, notes;
  std::map<std::string, std::string> owners;
  for (const ActorRecord& r : ReadActorRecords(text))
    WriteActor(r, file, &owners, &out, &notes);
  if (out.empty()) return InvalidInput(file + ": no actor entries found");
  return out + (notes.empty() ? "" : "\n# Not imported:\n" + notes);
}

Result<std::string> ImportDictionary(std::string_view from,
                                     const std::string& file,
                                     std::string_view text) {
  if (from != "tabari" && from != "petrarch")
    return UsageError("--from must be tabari or petrarch");
  bool verbs = LooksLikeVerbs(text);
  Result<std::string> body =
      verbs ? ImportVerbs(file, text) : ImportActors(file, text);
  if (!body.ok()) return body;
  return "# Imported by `dipgraph dict import --from " + std::string(from) +
         "` from " + file + " (" + (verbs ? "verbs" : "actors") +
         ").\n# Review before use: types, titles and patterns are guesses; "
         "run `dipgraph dict check`.\n\n" +
         *body;
}

}  // namespace dipgraph::dict
