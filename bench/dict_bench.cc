// Dictionary load time and matching throughput.
// Run: build/release/bench/bench_dict
//      DIPGRAPH_DATA=/path/to/data build/release/bench/bench_dict
// Load: the shipped dictionaries (data/dict/dipgraph.dict) and a generated
// 3,000-entry file. Matching: a generated news-like text, tokenized and
// matched (bytes/s is the MB/s figure in docs/performance.md).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "common/files.h"
#include "extract/dict/codebook.h"
#include "extract/dict/dictionary.h"

namespace dipgraph::dict {
namespace {

const Codebook& Book() {
  static const Codebook book = [] {
    Result<Codebook> b = Codebook::LoadDefault();
    return b.ok() ? std::move(*b) : Codebook();
  }();
  return book;
}

std::string Letters(int i) {
  std::string s;
  for (int k = 0; k < 3; ++k, i /= 26) s += static_cast<char>('A' + i % 26);
  return s;
}

// 2,000 actors and 1,000 people, with aliases, in the shipped format.
const std::string& GeneratedFile() {
  static const std::string path = [] {
    std::string p =
        (std::filesystem::temp_directory_path() / "dipgraph_bench_3000.dict")
            .string();
    std::ofstream out(p);
    for (int i = 0; i < 2000; ++i)
      out << "actor " << Letters(i) << (i % 2 ? "GOV" : "") << " | Land "
          << Letters(i) << " " << i << " | the Land " << Letters(i) << " " << i
          << "; Ministry of " << Letters(i) << " " << i << "; " << Letters(i)
          << i << "ian | type=" << (i % 2 ? "government" : "state") << "\n";
    for (int i = 0; i < 1000; ++i)
      out << "person Person " << Letters(i) << " Name" << i << " | Name" << i
          << "; P. " << Letters(i) << " Name" << i << " | " << Letters(i)
          << "GOV 2001-01-01..2009-01-20 Minister; " << Letters(i)
          << "GOV 2012-05-07.. President\n";
    return p;
  }();
  return path;
}

std::string ShippedFile() { return DataPath("dict/dipgraph.dict"); }

void BM_LoadShipped(benchmark::State& state) {
  size_t entries = 0;
  for (auto _ : state) {
    std::vector<Status> errors;
    Dictionary d =
        Dictionary::LoadAll(ShippedFile(), KnownCodes(Book()), &errors);
    entries = d.actors().size() + d.people().size() + d.agents().size() +
              d.verbs().size() + d.nouns().size() + d.discards().size();
    benchmark::DoNotOptimize(d);
  }
  state.counters["entries"] = static_cast<double>(entries);
}
BENCHMARK(BM_LoadShipped)->Unit(benchmark::kMillisecond);

void BM_LoadGenerated3000(benchmark::State& state) {
  const std::string& path = GeneratedFile();
  for (auto _ : state) {
    std::vector<Status> errors;
    Dictionary d = Dictionary::LoadAll(path, KnownCodes(Book()), &errors);
    benchmark::DoNotOptimize(d);
  }
}
BENCHMARK(BM_LoadGenerated3000)->Unit(benchmark::kMillisecond);

// About 1 MB of news-like text: common words, punctuation and actor names.
const std::string& Text() {
  static const std::string text = [] {
    const char* words[] = {
        "the",       "said",     "on",         "Wednesday", "talks",   "with",
        "Putin",     "Obama",    "Kremlin",    "urged",     "to",      "of",
        "Syrian",    "rebels",   "government", "forces",    "in",      "and",
        "U.S.",      "Moscow",   "ceasefire",  "al-Nusra",  "Front",   "UN",
        "Erdoğan",   "minister", "foreign",    "meeting",   "a",       "that",
        "Ukraine",   "Islamic",  "State",      "White",     "House",   "peace",
        "agreement", "military", "army",       "strikes",   "Russian", "leader",
        "would",     "not",      "has",        "been",      "after",   "which"};
    std::mt19937 rng(42);
    std::uniform_int_distribution<size_t> pick(0, std::size(words) - 1);
    std::string t;
    while (t.size() < (1 << 20)) {
      for (int w = 0; w < 22; ++w) {
        t += words[pick(rng)];
        t += w % 7 == 6 ? ", " : " ";
      }
      t += ".\n";
    }
    return t;
  }();
  return text;
}

const Dictionary& MatchDict() {
  static const Dictionary dict = [] {
    std::vector<Status> errors;
    Dictionary d =
        Dictionary::LoadAll(ShippedFile(), KnownCodes(Book()), &errors);
    if (d.actors().empty())
      d = Dictionary::LoadAll(GeneratedFile(), KnownCodes(Book()), &errors);
    return d;
  }();
  return dict;
}

// Tokenize + find actors, sentence by sentence (a line is a sentence).
void BM_MatchText(benchmark::State& state) {
  const Dictionary& d = MatchDict();
  const std::string& text = Text();
  Day day = 20160707;
  size_t found = 0;
  for (auto _ : state) {
    found = 0;
    std::string_view rest = text;
    while (!rest.empty()) {
      size_t nl = rest.find('\n');
      std::string_view line = rest.substr(0, nl);
      rest = nl == std::string_view::npos ? "" : rest.substr(nl + 1);
      std::vector<Token> toks = Tokenize(line);
      found += d.FindActors(Texts(toks), day).size();
    }
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["actors"] = static_cast<double>(found);
  state.counters["aliases"] = static_cast<double>(d.matcher().aliases());
}
BENCHMARK(BM_MatchText)->Unit(benchmark::kMillisecond);

// The matcher alone over pre-tokenized text.
void BM_MatcherOnly(benchmark::State& state) {
  const Dictionary& d = MatchDict();
  std::vector<Token> toks = Tokenize(Text());
  std::vector<std::string_view> texts = Texts(toks);
  for (auto _ : state) {
    std::vector<MatchSpan> spans = d.matcher().FindAll(texts);
    benchmark::DoNotOptimize(spans);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(Text().size()));
}
BENCHMARK(BM_MatcherOnly)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dipgraph::dict

BENCHMARK_MAIN();
