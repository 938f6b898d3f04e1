#include "extract/dict/codebook.h"

#include <charconv>
#include <sstream>

#include "common/files.h"

namespace dipgraph {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return out;
}

}  // namespace

Result<Codebook> Codebook::Load(const std::string& path) {
  ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  Codebook book;
  std::istringstream in(text);
  std::string line;
  int64_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitTabs(line);
    if (f.size() != 9)
      return InputError(path, n,
                        "expected 9 tab-separated columns, found " +
                            std::to_string(f.size()));
    CameoCode c{f[0], f[1], f[2], f[3], 0, 0, f[6], f[7], f[8]};
    if (c.code.size() < 2 || c.code.size() > 4 || c.code.substr(0, 2) != c.root)
      return InputError(path, n, "bad code \"" + c.code + "\"");
    char* end = nullptr;
    c.goldstein = std::strtod(f[4].c_str(), &end);
    if (end == f[4].c_str() || c.goldstein < -10 || c.goldstein > 10)
      return InputError(path, n, "bad Goldstein weight \"" + f[4] + "\"");
    auto [p, ec] =
        std::from_chars(f[5].data(), f[5].data() + f[5].size(), c.quad_class);
    if (ec != std::errc() || c.quad_class < 1 || c.quad_class > 4)
      return InputError(path, n, "bad QuadClass \"" + f[5] + "\"");
    if (!book.codes_.emplace(c.code, c).second)
      return InputError(path, n, "code \"" + c.code + "\" listed twice");
  }
  if (book.codes_.empty()) return InvalidInput(path + ": no codes");
  return book;
}

Result<Codebook> Codebook::LoadDefault() {
  return Load(DataPath("cameo/cameo.tsv"));
}

const CameoCode* Codebook::Find(std::string_view code) const {
  auto it = codes_.find(code);
  return it == codes_.end() ? nullptr : &it->second;
}

bool Codebook::FillAction(Action* action) const {
  const CameoCode* c = Find(action->cameo);
  if (c == nullptr) return false;
  action->root = c->root;
  action->label = c->name;
  action->quad_class = c->quad_class;
  action->goldstein = c->goldstein;
  action->plover = c->plover_event;
  return true;
}

}  // namespace dipgraph
