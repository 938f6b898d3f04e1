#include "graph/dedup.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace dipgraph {
namespace {

// Days since 1970-01-01 of "YYYY-MM-DD" (H. Hinnant's days_from_civil), or
// false when `date` is not one.
bool DayNumber(std::string_view date, int64_t* out) {
  if (date.size() < 10 || date[4] != '-' || date[7] != '-') return false;
  auto num = [&](size_t at, size_t n, int64_t* v) {
    *v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(date[i]))) return false;
      *v = *v * 10 + (date[i] - '0');
    }
    return true;
  };
  int64_t y, m, d;
  if (!num(0, 4, &y) || !num(5, 2, &m) || !num(8, 2, &d) || m < 1 || m > 12 ||
      d < 1 || d > 31)
    return false;
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  *out = era * 146097 + doe - 719468;
  return true;
}

// Words that say nothing of what was said.
bool IsStopWord(std::string_view w) {
  static const std::set<std::string_view> kStop = {
      "the",   "and",    "for",   "that", "this",  "with",  "from",  "will",
      "would", "should", "could", "its",  "their", "they",  "them",  "has",
      "have",  "had",    "was",   "were", "are",   "been",  "being", "not",
      "but",   "all",    "any",   "his",  "her",   "who",   "which", "what",
      "into",  "over",   "than",  "then", "also",  "about", "after", "more"};
  return kStop.count(w) > 0;
}

// The content's word stems, sorted and distinct.
std::vector<std::string> Stems(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    if (word.size() >= 3 && !IsStopWord(word)) out.push_back(word.substr(0, 5));
    word.clear();
  };
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) ||
        (static_cast<unsigned char>(c) & 0x80))
      word.push_back(
          static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    else
      flush();
  }
  flush();
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// |a ∩ b| / min(|a|, |b|) of sorted sets; 1 when either is empty (no
// content to tell them apart).
double Overlap(const std::vector<std::string>& a,
               const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 1.0;
  size_t common = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j])
      ++common, ++i, ++j;
    else if (a[i] < b[j])
      ++i;
    else
      ++j;
  }
  return static_cast<double>(common) /
         static_cast<double>(std::min(a.size(), b.size()));
}

struct Report {
  std::string id, key, doc, source;
  int64_t day = 0;
  bool dated = false;
  int64_t mentions = 1;
  std::vector<std::string> words;
};

struct Cluster {
  size_t first;  // index of its first report
  int64_t first_day;
  std::vector<std::string> words;  // union of its reports' stems
  std::vector<size_t> members;
};

}  // namespace

struct ReportLinker::State {
  DedupOptions o;
  std::vector<Report> reports;
};

ReportLinker::ReportLinker(const DedupOptions& options)
    : state_(std::make_unique<State>()) {
  state_->o = options;
}

ReportLinker::~ReportLinker() = default;

void ReportLinker::Add(const EventView& e) {
  Report r;
  r.id = std::string(e.id);
  r.doc = std::string(e.doc.id);
  r.source = e.doc.source.empty() ? "doc:" + r.doc : std::string(e.doc.source);
  r.mentions = e.mentions > 0 ? e.mentions : 1;
  r.dated = DayNumber(e.date.empty() ? e.doc.date : e.date, &r.day);
  if (e.has_target && r.dated) {
    r.key.append(e.source.id).push_back('\0');
    r.key.append(e.target.id).push_back('\0');
    r.key.append(e.action.cameo).push_back(e.negated ? '1' : '0');
    r.words = Stems(e.content);
  } else {
    r.key = std::string("\x01") + r.id;  // an event of its own
  }
  state_->reports.push_back(std::move(r));
}

std::vector<ReportLink> ReportLinker::Finish(DedupResult* result) {
  std::vector<Report>& rs = state_->reports;
  const DedupOptions& o = state_->o;
  std::vector<size_t> order(rs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return std::tie(rs[a].key, rs[a].day, rs[a].id) <
           std::tie(rs[b].key, rs[b].day, rs[b].id);
  });
  std::vector<Cluster> done;
  std::vector<Cluster> open;
  auto close_all = [&] {
    for (Cluster& c : open) done.push_back(std::move(c));
    open.clear();
  };
  for (size_t k = 0; k < order.size(); ++k) {
    const Report& r = rs[order[k]];
    if (k > 0 && rs[order[k - 1]].key != r.key) close_all();
    // Events whose first report is too old for this one are closed.
    size_t kept = 0;
    for (size_t c = 0; c < open.size(); ++c) {
      if (r.day - open[c].first_day > o.window_days)
        done.push_back(std::move(open[c]));
      else if (kept++ != c)  // (a self-move would empty it)
        open[kept - 1] = std::move(open[c]);
    }
    open.resize(kept);
    int best = -1;
    double best_sim = -1;
    for (size_t c = 0; c < open.size(); ++c) {
      double sim = Overlap(r.words, open[c].words);
      if (sim >= o.similarity && sim > best_sim) {
        best = static_cast<int>(c);
        best_sim = sim;
      }
    }
    if (best < 0) {
      open.push_back({order[k], r.day, r.words, {order[k]}});
      continue;
    }
    Cluster& c = open[static_cast<size_t>(best)];
    c.members.push_back(order[k]);
    std::vector<std::string> merged;
    std::set_union(c.words.begin(), c.words.end(), r.words.begin(),
                   r.words.end(), std::back_inserter(merged));
    c.words = std::move(merged);
  }
  close_all();
  DedupResult totals;
  totals.reports = static_cast<int64_t>(rs.size());
  totals.events = static_cast<int64_t>(done.size());
  std::vector<ReportLink> links(rs.size());
  for (const Cluster& c : done) {
    std::set<std::string_view> sources, docs;
    int64_t mentions = 0;
    for (size_t m : c.members) {
      sources.insert(rs[m].source);
      docs.insert(rs[m].doc);
      mentions += rs[m].mentions;
    }
    int64_t n = static_cast<int64_t>(c.members.size());
    if (n > 1) {
      ++totals.multi;
      totals.linked += n;
    }
    totals.largest = std::max(totals.largest, n);
    for (size_t m : c.members)
      links[m] = {rs[m].id,
                  rs[c.first].id,
                  n,
                  mentions,
                  static_cast<int64_t>(sources.size()),
                  static_cast<int64_t>(docs.size())};
  }
  std::sort(
      links.begin(), links.end(),
      [](const ReportLink& a, const ReportLink& b) { return a.id < b.id; });
  rs.clear();
  if (result != nullptr) *result = totals;
  return links;
}

Status CheckDedupOptions(const DedupOptions& o) {
  if (o.window_days < 0 || o.window_days > 3650)
    return UsageError("--window must be 0..3650 days");
  if (!(o.similarity >= 0 && o.similarity <= 1))
    return UsageError("--similarity must be within 0..1");
  return Status::Ok();
}

}  // namespace dipgraph
