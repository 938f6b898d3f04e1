#include "extract/dict/actor_names.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <sstream>

#include "common/files.h"
#include "common/output_file.h"
#include "extract/dict/dictionary.h"

namespace dipgraph::dict {
namespace {

using NameList = std::vector<std::pair<std::string, std::string>>;

// Loading a dictionary parses every entry and merges its layers (0.3 s for
// the shipped one); a network command needs only the names. They are kept
// in a cache file per dictionary, valid while every file the dictionary
// was read from has the size and contents it had (checked by a hash of the
// contents, a few milliseconds): the names are always those a full load
// gives.
constexpr std::string_view kMagic = "dipgraph-actor-names 1";

std::string CacheDir() {
  if (const char* d = std::getenv("DIPGRAPH_CACHE_DIR"))
    return std::string_view(d) == "off" ? std::string() : std::string(d);
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x)
    return std::string(x) + "/dipgraph";
  if (const char* h = std::getenv("HOME"); h && *h)
    return std::string(h) + "/.cache/dipgraph";
  return {};
}

std::string Hex(uint64_t v) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string s(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) s[i] = kDigits[v & 15];
  return s;
}

uint64_t HashOf(std::string_view s) { return std::hash<std::string_view>{}(s); }

// "<size> <hash>" of a file's contents; empty when it cannot be read.
std::string Fingerprint(const std::string& path) {
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return {};
  return std::to_string(text->size()) + " " + Hex(HashOf(*text));
}

std::string CachePath(const std::string& dir, const std::string& dict) {
  std::error_code ec;
  std::string canonical = std::filesystem::weakly_canonical(dict, ec).string();
  if (ec) canonical = dict;
  return dir + "/names-" + Hex(HashOf(canonical)) + ".tsv";
}

// The names of a cache file that is still valid; false otherwise.
bool ReadCache(const std::string& path, NameList* out) {
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return false;
  std::istringstream in(*text);
  std::string line;
  if (!std::getline(in, line) || line != kMagic) return false;
  while (std::getline(in, line) && line != "names") {
    // "file <size> <hash> <path>"
    if (line.rfind("file ", 0) != 0) return false;
    size_t a = line.find(' ', 5), b = a == std::string::npos
                                          ? std::string::npos
                                          : line.find(' ', a + 1);
    if (b == std::string::npos) return false;
    if (Fingerprint(line.substr(b + 1)) != line.substr(5, b - 5)) return false;
  }
  if (line != "names") return false;
  NameList names;
  while (std::getline(in, line)) {
    size_t tab = line.find('\t');
    if (tab == std::string::npos) return false;
    names.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  *out = std::move(names);
  return true;
}

void WriteCache(const std::string& dir, const std::string& path,
                const std::vector<std::string>& files, const NameList& names) {
  std::string text(kMagic);
  text += '\n';
  for (const std::string& f : files) {
    std::string print = Fingerprint(f);
    if (print.empty() || f.find('\n') != std::string::npos) return;
    text += "file " + print + " " + f + "\n";
  }
  text += "names\n";
  for (const auto& [code, name] : names) {
    if ((code + name).find_first_of("\t\n") != std::string::npos) return;
    text += code + "\t" + name + "\n";
  }
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return;
  // A cache that cannot be written is no error: the next run loads again.
  (void)WriteFileAtomically(path, text);
}

}  // namespace

Result<std::vector<std::pair<std::string, std::string>>> LoadActorNames(
    const std::string& path) {
  const std::string dict = path.empty() ? DataPath("dict/dipgraph.dict") : path;
  const std::string dir = CacheDir();
  const std::string cache = dir.empty() ? std::string() : CachePath(dir, dict);
  NameList out;
  if (!cache.empty() && ReadCache(cache, &out)) return out;
  ASSIGN_OR_RETURN(Dictionary d, Dictionary::Load(dict, {}));
  for (const ActorEntry& a : d.actors())
    if (!a.metonym && !a.place && !a.adjective)
      out.emplace_back(a.code, a.name);
  if (!cache.empty()) WriteCache(dir, cache, d.files(), out);
  return out;
}

}  // namespace dipgraph::dict
