// Verb dictionaries (TABARI .verbs, PETRARCH2 CAMEO verbs) -> verb entries.
#include <algorithm>
#include <map>
#include <sstream>
#include <vector>

#include "common/text.h"
#include "extract/dict/import.h"
#include "extract/dict/pattern.h"

namespace dipgraph::dict {
namespace {

std::string Lower(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '_') c = ' ';
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return out;
}

std::string StripComment(const std::string& line) {
  size_t hash = line.find('#');
  return hash == std::string::npos ? line : line.substr(0, hash);
}

// "[112]" -> "112", "[042:043]" -> "042", "[:075]" -> "075"; "" when the
// line has no usable code. `rest` gets the text before the bracket.
std::string TakeEventCode(std::string_view line, std::string* rest) {
  size_t open = line.rfind('[');
  *rest = std::string(TrimSpace(line.substr(0, open)));
  if (open == std::string_view::npos) return "";
  size_t close = line.find(']', open);
  std::string inside(line.substr(open + 1, close - open - 1));
  std::string code;
  std::istringstream parts(inside);
  for (std::string part; std::getline(parts, part, ':');) {
    part = std::string(TrimSpace(part));
    if (!part.empty()) {
      code = part;
      break;
    }
  }
  bool digits =
      !code.empty() && std::all_of(code.begin(), code.end(),
                                   [](char c) { return c >= '0' && c <= '9'; });
  return digits ? code : "";
}

// Splits a pattern body into items: words, "{...}" and "(...)" groups.
std::vector<std::string> Items(std::string_view body) {
  std::vector<std::string> items;
  size_t i = 0;
  while (i < body.size()) {
    char c = body[i];
    if (c == ' ' || c == '\t') {
      ++i;
    } else if (c == '{' || c == '(') {
      size_t close = body.find(c == '{' ? '}' : ')', i);
      if (close == std::string_view::npos) close = body.size();
      items.emplace_back(body.substr(i, close - i + 1));
      i = close + 1;
    } else {
      size_t end = body.find_first_of(" \t{(", i);
      if (end == std::string_view::npos) end = body.size();
      items.emplace_back(body.substr(i, end - i));
      i = end;
    }
  }
  return items;
}

// Translates a pattern body ("* CLAIM (AGAINST) +") into the words after
// the head ("claim against $T"); false when it has words before the verb.
bool Translate(std::string_view body, std::string* out, std::string* why) {
  std::vector<std::string> words;
  bool seen_verb = false, target = false;
  for (std::string item : Items(body)) {
    if (item == "*") {
      seen_verb = true;
      continue;
    }
    if (item == "$" || item == "%") continue;
    if (!seen_verb) {
      *why = "words before the verb";
      return false;
    }
    if (item == "+") {
      words.push_back("$T");
      target = true;
      continue;
    }
    bool paren = item[0] == '(';
    if (item[0] == '{' || paren) item = item.substr(1, item.size() - 2);
    std::istringstream in(item);
    std::vector<std::string> group;
    for (std::string w; in >> w;) {
      if (w[0] == '&') w = w.substr(1);
      if (w == "+") {
        group.push_back("$T");
        target = true;
      } else {
        group.push_back(Lower(w));
      }
    }
    if (paren && group.size() == 1 && IsPreposition(group[0]) && !target) {
      group.push_back("$T");
      target = true;
    }
    words.insert(words.end(), group.begin(), group.end());
  }
  if (!target && !words.empty() && IsPreposition(words.back()))
    words.push_back("$T");
  *out = "";
  for (const std::string& w : words) *out += " " + w;
  return true;
}

struct Head {
  std::string lemma, code;
};
struct PatternLine {
  std::string code, body;
  int line = 0;
};
struct Block {
  std::vector<Head> heads;
  std::vector<PatternLine> patterns;
  int line = 0;
};

Head ParseHead(std::string_view text) {
  std::string rest;
  std::string code = TakeEventCode(text, &rest);
  size_t brace = rest.find('{');
  if (brace != std::string::npos) rest = rest.substr(0, brace);
  std::string_view word = TrimSpace(rest);
  if (!word.empty() && word[0] == '+') word.remove_prefix(1);
  return {Lower(TrimSpace(word)), code};
}

std::vector<Block> ReadBlocks(std::string_view text) {
  std::vector<Block> blocks;
  bool petrarch = text.find("\n---") != std::string_view::npos ||
                  text.substr(0, 3) == "---";
  bool last_was_pattern = true;
  std::istringstream in{std::string(text)};
  int n = 0;
  for (std::string raw; std::getline(in, raw);) {
    ++n;
    std::string uncommented = StripComment(raw);
    std::string_view line = TrimSpace(uncommented);
    if (line.empty() || line[0] == '<') continue;
    if (line.size() > 3 && line.substr(0, 3) == "---") {
      std::string_view inner = TrimSpace(line.substr(3, line.size() - 6));
      blocks.push_back({{ParseHead(inner)}, {}, n});
      last_was_pattern = false;
    } else if (line[0] == '-') {
      if (blocks.empty()) continue;
      PatternLine p;
      p.code = TakeEventCode(line.substr(1), &p.body);
      p.line = n;
      blocks.back().patterns.push_back(p);
      last_was_pattern = true;
    } else if (!petrarch && (blocks.empty() || last_was_pattern)) {
      blocks.push_back({{ParseHead(line)}, {}, n});
      last_was_pattern = false;
    } else if (!blocks.empty()) {
      blocks.back().heads.push_back(ParseHead(line));
    }
  }
  return blocks;
}

void AddPattern(std::map<std::string, std::vector<std::string>>* by_code,
                const std::string& code, const std::string& pattern) {
  std::vector<std::string>& v = (*by_code)[code];
  if (std::find(v.begin(), v.end(), pattern) == v.end()) v.push_back(pattern);
}

void WriteBlock(const Block& b, const std::string& file, std::string* out,
                std::string* notes) {
  std::map<std::string, std::vector<std::string>> by_code;
  const std::string& block_code = b.heads[0].code;
  for (const Head& h : b.heads) {
    if (h.lemma.empty()) continue;
    std::string code = h.code.empty() ? block_code : h.code;
    if (!code.empty()) AddPattern(&by_code, code, h.lemma);
  }
  for (const PatternLine& p : b.patterns) {
    std::string where = file + ":" + std::to_string(p.line);
    std::string words, why;
    if (p.code.empty()) {
      *notes += "# skipped " + where + ": no event code: " + p.body + "\n";
      continue;
    }
    if (!Translate(p.body, &words, &why)) {
      *notes += "# skipped " + where + ": " + why + ": " + p.body + "\n";
      continue;
    }
    for (const Head& h : b.heads) {
      if (h.lemma.empty()) continue;
      std::string pattern = h.lemma + words;
      Result<Pattern> compiled = CompilePattern(pattern);
      if (compiled.ok())
        AddPattern(&by_code, p.code, pattern);
      else
        *notes +=
            "# skipped " + where + ": " + compiled.status().message() + "\n";
    }
  }
  if (by_code.empty()) return;
  *out += "# " + file + ":" + std::to_string(b.line) + " " + b.heads[0].lemma +
          "\n";
  for (const auto& [code, patterns] : by_code) {
    std::string joined;
    for (const std::string& p : patterns)
      joined += (joined.empty() ? "" : "; ") + p;
    *out += "verb " + code + " | " + joined + "\n";
  }
}

}  // namespace

Result<std::string> ImportVerbs(const std::string& file,
                                std::string_view text) {
  std::string out, notes;
  for (const Block& b : ReadBlocks(text)) WriteBlock(b, file, &out, &notes);
  if (out.empty()) return InvalidInput(file + ": no verb entries found");
  return out + (notes.empty() ? "" : "\n# Not imported:\n" + notes);
}

}  // namespace dipgraph::dict
