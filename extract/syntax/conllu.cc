// CoNLL-U reading and writing.
#include <charconv>
#include <sstream>
#include <string_view>

#include "extract/syntax/syntax.h"

namespace dipgraph::syntax {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t b = 0;
  while (true) {
    const size_t t = line.find('\t', b);
    cols.push_back(line.substr(b, t == std::string_view::npos ? t : t - b));
    if (t == std::string_view::npos) break;
    b = t + 1;
  }
  return cols;
}

bool ParseInt(std::string_view s, int* out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

// Gives each token the byte span of its form in the sentence text, searching
// left to right; tokens not found get the position reached so far.
void LocateTokens(Sentence* s) {
  size_t pos = 0;
  for (Token& t : s->tokens) {
    const size_t at = s->text.find(t.form, pos);
    if (at == std::string::npos || at > pos + 64) {
      t.begin = t.end = pos;
      continue;
    }
    t.begin = at;
    t.end = at + t.form.size();
    pos = t.end;
  }
  s->end = s->text.size();
}

class Reader {
 public:
  explicit Reader(std::string_view file) : file_(file) {}

  Status Line(std::string_view line, int64_t line_no) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) return Flush();
    if (line[0] == '#') return Comment(line);
    const std::vector<std::string_view> cols = SplitTabs(line);
    if (cols.size() != 10)
      return InputError(file_, line_no,
                        "expected 10 tab-separated columns, found " +
                            std::to_string(cols.size()));
    if (cols[0].find_first_of("-.") != std::string_view::npos)
      return Status::Ok();  // multiword token or empty node
    return Word(cols, line_no);
  }

  Status Flush() {
    if (!cur_.tokens.empty()) {
      LocateTokens(&cur_);
      out_.push_back(std::move(cur_));
    }
    cur_ = Sentence();
    return Status::Ok();
  }

  std::vector<Sentence> Take() { return std::move(out_); }

 private:
  Status Comment(std::string_view line) {
    if (line.starts_with("# text = ")) cur_.text = line.substr(9);
    if (line.starts_with("# sent_id = ")) cur_.id = line.substr(12);
    if (line.starts_with("# newpar") || line.starts_with("# newdoc"))
      cur_.new_paragraph = true;
    return Status::Ok();
  }

  Status Word(const std::vector<std::string_view>& cols, int64_t line_no) {
    int id = 0;
    if (!ParseInt(cols[0], &id) ||
        id != static_cast<int>(cur_.tokens.size()) + 1)
      return InputError(file_, line_no,
                        "word ID \"" + std::string(cols[0]) + "\" should be " +
                            std::to_string(cur_.tokens.size() + 1));
    Token t;
    t.form = cols[1];
    t.lemma = cols[2];
    t.upos = cols[3];
    t.xpos = cols[4];
    if (cols[6] != "_" && !ParseInt(cols[6], &t.head))
      return InputError(file_, line_no,
                        "HEAD \"" + std::string(cols[6]) + "\" is no number");
    t.deprel = cols[7];
    cur_.tokens.push_back(std::move(t));
    return Status::Ok();
  }

  std::string file_;
  Sentence cur_;
  std::vector<Sentence> out_;
};

std::string Field(const std::string& s) { return s.empty() ? "_" : s; }

}  // namespace

Result<std::vector<Sentence>> ParseConllu(std::string_view content,
                                          std::string_view file_name) {
  Reader reader(file_name);
  int64_t line_no = 0;
  size_t b = 0;
  while (b < content.size()) {
    size_t e = content.find('\n', b);
    if (e == std::string_view::npos) e = content.size();
    RETURN_IF_ERROR(reader.Line(content.substr(b, e - b), ++line_no));
    b = e + 1;
  }
  RETURN_IF_ERROR(reader.Flush());
  return reader.Take();
}

std::string FormatConllu(const std::vector<Sentence>& sentences) {
  std::ostringstream out;
  for (size_t n = 0; n < sentences.size(); ++n) {
    const Sentence& s = sentences[n];
    std::string text = s.text;
    for (char& ch : text)
      if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
    out << "# sent_id = " << (s.id.empty() ? std::to_string(n + 1) : s.id)
        << "\n# text = " << text << "\n";
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      const Token& t = s.tokens[i];
      out << i + 1 << '\t' << t.form << '\t' << Field(t.lemma) << '\t'
          << Field(t.upos) << '\t' << Field(t.xpos) << "\t_\t"
          << (t.head < 0 ? std::string("_") : std::to_string(t.head)) << '\t'
          << Field(t.deprel) << "\t_\tTokenRange=" << t.begin << ':' << t.end
          << '\n';
    }
    out << '\n';
  }
  return out.str();
}

}  // namespace dipgraph::syntax
