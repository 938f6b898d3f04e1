// dipgraph: news articles in, who-did-what-to-whom events and networks out.
// This file only wires the subcommands of the table below; each lives in its
// own cmd_*.cc file.
#include <malloc.h>
#include <sys/mman.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>

#include "cli/commands.h"
#include "common/status.h"

#ifndef DIPGRAPH_VERSION
#define DIPGRAPH_VERSION "unknown"
#endif

namespace dipgraph::cli {
namespace {

const CommandSpec kCommands[] = {
    {"validate", "Check events files against the event record", SetupValidate},
    {"stats", "Count events by actor, CAMEO root, QuadClass and date",
     SetupStats},
    {"extract",
     "Code articles (text, HTML, JSON Lines, folders, stdin) into events",
     SetupExtract},
    {"explain", "Show how one sentence is parsed, matched and coded",
     SetupExplain},
    {"store", "The SQLite event store: add events files, stats", SetupStore},
    {"graph", "Build the relationship network and its metrics", SetupGraph},
    {"query",
     "Who said what to whom: find events by actor, code, date, content",
     SetupQuery},
    {"export", "Export the network for Gephi, Cytoscape, NetworkX, D3, Neo4j",
     SetupExport},
    {"render", "Draw the network with Graphviz: DOT, SVG, PNG or PDF",
     SetupRender},
    {"report", "Write a self-contained HTML report of the network and events",
     SetupReport},
    {"parse", "Split, tokenize and parse text; print CoNLL-U with offsets",
     SetupParse},
    {"train", "Train the syntax model on UD English EWT (--treebank DIR)",
     SetupTrain},
    {"eval", "Measure accuracy: eval parse (syntax), eval events (coder)",
     SetupEval},
    {"dict", "Dictionaries: check, lookup, stats, import (TABARI, PETRARCH)",
     SetupDict},
};

int Main(int argc, char** argv) {
  CLI::App app{
      "dipgraph: turns news articles into actor-action-target events, builds "
      "the relationship network and renders it.\nData goes to stdout, "
      "diagnostics to stderr. Exit status: 0 success, 1 no result or "
      "failure, 2 usage or input error.",
      "dipgraph"};
  app.set_version_flag("--version", "dipgraph " DIPGRAPH_VERSION);
  app.require_subcommand(1);
  GlobalOptions global;
  app.add_flag("-q,--quiet", global.quiet,
               "No progress bars or notes on stderr");

  std::vector<std::pair<CLI::App*, Runner>> runners;
  for (const CommandSpec& spec : kCommands) {
    CLI::App* sub = app.add_subcommand(spec.name, spec.help);
    sub->fallthrough();  // global options (--quiet) also after the command
    runners.emplace_back(sub, spec.setup(sub, &global));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);  // prints help to stdout, exits 0
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e, std::cerr, std::cerr);
    return 2;
  }
  for (auto& [sub, run] : runners) {
    if (!sub->parsed()) continue;
    Status status;
    try {
      status = run();
    } catch (const std::exception& e) {
      status = Internal(std::string("unexpected exception: ") + e.what());
    }
    if (!status.ok())
      std::cerr << "dipgraph " << sub->get_name() << ": " << status.message()
                << "\n";
    return ExitCode(status);
  }
  return 2;
}

}  // namespace
}  // namespace dipgraph::cli

namespace dipgraph::cli {
namespace {

// The command's name: the first argument that is not an option (global
// options come first); "" when there is none.
std::string_view CommandOf(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (!a.starts_with("-")) return a;
  }
  return {};
}

// The commands that read events files or a store: they allocate in large
// blocks (a chunk's decoded events, the network's tables) and run short.
bool ReadsEvents(std::string_view command) {
  static constexpr std::string_view kCommands[] = {
      "graph", "validate", "stats",  "query",
      "store", "export",   "render", "report"};
  return std::find(std::begin(kCommands), std::end(kCommands), command) !=
         std::end(kCommands);
}

// For those commands: blocks up to 32 MB come from one heap for all
// threads, which keeps up to 1.5 GB of freed memory, and the first 1 GB of
// heap address space
// (grown here without touching it, so it costs no memory) are advised to
// use transparent huge pages. glibc's defaults map and unmap each large
// block, and every first touch of a 4 KB page is a page fault: on the
// project's VM, faults were a quarter of the time of `graph` on a 150 MB
// file (29,000 faults; 4,500 now; docs/performance.md). glibc's own switch
// (GLIBC_TUNABLES=glibc.malloc.hugetlb=1) is read before main runs. Not for
// `extract`, whose long runs are bounded in memory; no huge pages for
// `store`, whose add must stay under 200 MB (199 MB with them, 185 without,
// for 200,000 events).
void TuneAllocator(bool huge_pages) {
  // One heap for all threads: the decoding threads' blocks get the huge
  // pages too (their own arenas are mapped apart); they allocate a few
  // large blocks per chunk, so they seldom wait for each other.
  mallopt(M_ARENA_MAX, 1);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 1536 << 20);
  if (!huge_pages) return;
  constexpr size_t kBlock = 30 << 20, kBlocks = 34;
  void* blocks[kBlocks];
  for (size_t i = 0; i < kBlocks; ++i) blocks[i] = std::malloc(kBlock);
  const uintptr_t page = 2 << 20;
  uintptr_t lo = UINTPTR_MAX, hi = 0;
  for (void* b : blocks)
    if (b != nullptr) {
      lo = std::min(lo, reinterpret_cast<uintptr_t>(b));
      hi = std::max(hi, reinterpret_cast<uintptr_t>(b) + kBlock);
    }
  lo = (lo + page - 1) & ~(page - 1);
  hi &= ~(page - 1);
  if (lo < hi) ::madvise(reinterpret_cast<void*>(lo), hi - lo, MADV_HUGEPAGE);
  for (void* b : blocks) std::free(b);
}

}  // namespace
}  // namespace dipgraph::cli

// Under AddressSanitizer, whose allocator is its own, the tuning has no
// use, and growing and freeing 1 GB would cost 128 MB of shadow memory.
#if defined(__SANITIZE_ADDRESS__)
#define DIPGRAPH_TUNE_ALLOCATOR 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DIPGRAPH_TUNE_ALLOCATOR 0
#endif
#endif
#ifndef DIPGRAPH_TUNE_ALLOCATOR
#define DIPGRAPH_TUNE_ALLOCATOR 1
#endif

int main(int argc, char** argv) {
  const std::string_view command = dipgraph::cli::CommandOf(argc, argv);
  if (DIPGRAPH_TUNE_ALLOCATOR && dipgraph::cli::ReadsEvents(command))
    dipgraph::cli::TuneAllocator(/*huge_pages=*/command != "store");
  return dipgraph::cli::Main(argc, argv);
}
