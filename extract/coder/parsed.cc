#include "extract/coder/parsed.h"

#include <sstream>

namespace dipgraph {

std::vector<int> ParsedSentence::Children(int i) const {
  std::vector<int> out;
  for (size_t k = 0; k < tokens.size(); ++k)
    if (tokens[k].head == i) out.push_back(static_cast<int>(k));
  return out;
}

std::vector<int> ParsedSentence::Children(int i, std::string_view rel,
                                          bool exact) const {
  std::vector<int> out;
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (tokens[k].head != i) continue;
    std::string_view d = tokens[k].deprel;
    if (d == rel || (!exact && d.substr(0, d.find(':')) == rel))
      out.push_back(static_cast<int>(k));
  }
  return out;
}

std::pair<int, int> ParsedSentence::Span(int i) const {
  int first = i, last = i;
  bool grew = true;
  std::vector<char> in(tokens.size(), 0);
  in[i] = 1;
  while (grew) {  // fixed point: a token is in when its head is in
    grew = false;
    for (size_t k = 0; k < tokens.size(); ++k) {
      int h = tokens[k].head;
      if (!in[k] && h >= 0 && in[h]) {
        in[k] = 1;
        grew = true;
        first = std::min(first, static_cast<int>(k));
        last = std::max(last, static_cast<int>(k));
      }
    }
  }
  return {first, last};
}

std::string ParsedSentence::SpanText(int first, int last) const {
  if (first < 0 || last < first || last >= static_cast<int>(tokens.size()))
    return "";
  const ParsedToken& a = tokens[first];
  const ParsedToken& b = tokens[last];
  int64_t from = a.start - start, to = b.end - start;
  if (from >= 0 && to <= static_cast<int64_t>(text.size()) && from < to)
    return text.substr(from, to - from);
  std::string out;
  for (int k = first; k <= last; ++k) {
    if (k > first) out += ' ';
    out += tokens[k].text;
  }
  return out;
}

Result<ParsedSentence> ParseConllu(std::string_view conllu) {
  ParsedSentence s;
  std::istringstream in{std::string(conllu)};
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty()) continue;
    if (line[0] == '#') {
      if (line.rfind("# text = ", 0) == 0) s.text = line.substr(9);
      continue;
    }
    std::vector<std::string> f;
    std::istringstream cols(line);
    std::string col;
    while (std::getline(cols, col, '\t')) f.push_back(col);
    if (f.size() < 8) return InputError("conllu", n, "expected 10 columns");
    if (f[0].find_first_of("-.") != std::string::npos) continue;
    ParsedToken t{f[1], f[2], f[3], f[4], f[7], std::stoi(f[6]) - 1, 0, 0};
    s.tokens.push_back(std::move(t));
  }
  // Offsets by finding the tokens in the text, left to right.
  size_t pos = 0;
  for (ParsedToken& t : s.tokens) {
    size_t at = s.text.find(t.text, pos);
    if (at == std::string::npos) continue;
    t.start = static_cast<int64_t>(at);
    t.end = static_cast<int64_t>(at + t.text.size());
    pos = at + t.text.size();
  }
  s.end = static_cast<int64_t>(s.text.size());
  return s;
}

}  // namespace dipgraph
