// Who said what to whom: event filters, close-match suggestions for unknown
// actors, and the table and CSV forms of the answer.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>
#include <sstream>

#include "common/text.h"
#include "graph/filter.h"
#include "graph/graph.h"
#include "graph/names.h"

namespace dipgraph {
namespace {

// An actor's name in query output: by `names` when given, else the event's.
std::string NameOf(const Actor& a, const Names* names) {
  if (names != nullptr) return names->Of(a);
  return a.name.empty() ? a.id : a.name;
}

bool ActorMatches(const std::string& pattern, const Actor& a) {
  for (const std::string* n : {&a.id, &a.name, &a.text})
    if (!n->empty() && ActorPatternMatches(pattern, *n)) return true;
  return false;
}

bool AnyMatches(const std::vector<std::string>& patterns, const Actor* a) {
  if (patterns.empty()) return true;
  if (a == nullptr) return false;
  for (const std::string& p : patterns)
    if (ActorMatches(p, *a)) return true;
  return false;
}

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1,
                         prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    prev.swap(cur);
  }
  return prev[b.size()];
}

// Fails when `pattern` matches no actor of `events`, naming close matches.
Status CheckKnown(const std::string& pattern,
                  const std::vector<Event>& events) {
  std::set<std::string> names;
  for (const Event& e : events) {
    for (const Actor* a : {&e.source, e.target ? &*e.target : nullptr}) {
      if (a == nullptr) continue;
      if (ActorMatches(pattern, *a)) return Status::Ok();
      for (const std::string* n : {&a->id, &a->name, &a->text})
        if (!n->empty()) names.insert(*n);
    }
  }
  std::vector<std::pair<size_t, std::string>> close;
  std::string p = AsciiLower(pattern);
  for (const std::string& n : names) {
    size_t d = EditDistance(p, AsciiLower(n));
    if (d <= std::max<size_t>(2, p.size() / 3)) close.emplace_back(d, n);
  }
  std::sort(close.begin(), close.end());
  std::string msg = "no actor matches \"" + pattern + "\"";
  if (!close.empty()) {
    msg += "; did you mean ";
    for (size_t i = 0; i < close.size() && i < 3; ++i)
      msg += (i ? ", \"" : "\"") + close[i].second + "\"";
    msg += "?";
  }
  return InvalidInput(msg);
}

bool KeepForQuery(const Event& e, const QueryOptions& o) {
  const Actor* target = e.target ? &*e.target : nullptr;
  if (!AnyMatches(o.sources, &e.source) || !AnyMatches(o.targets, target))
    return false;
  if (o.between.size() == 2) {
    bool ab = ActorMatches(o.between[0], e.source) && target &&
              ActorMatches(o.between[1], *target);
    bool ba = ActorMatches(o.between[1], e.source) && target &&
              ActorMatches(o.between[0], *target);
    if (!ab && !ba) return false;
  }
  std::string_view root = EventRoot(e);
  if (o.said && root != "01" && root != "02" && e.content.empty()) return false;
  if (!PassesActionFilter(e, {o.from, o.to, o.roots, o.codes, o.quads}))
    return false;
  if (!o.contains.empty() &&
      AsciiLower(e.content).find(AsciiLower(o.contains)) == std::string::npos)
    return false;
  return true;
}

}  // namespace

Result<std::vector<Event>> QueryEvents(const std::vector<Event>& events,
                                       const QueryOptions& o) {
  if (!o.between.empty() && o.between.size() != 2)
    return UsageError("--between takes two actors");
  for (const auto* list : {&o.sources, &o.targets, &o.between})
    for (const std::string& p : *list) RETURN_IF_ERROR(CheckKnown(p, events));
  std::vector<Event> out;
  for (const Event& e : events)
    if (KeepForQuery(e, o)) out.push_back(e);
  std::stable_sort(out.begin(), out.end(), [](const Event& a, const Event& b) {
    const std::string& da = EventDate(a);
    const std::string& db = EventDate(b);
    return da != db ? da < db : a.id < b.id;
  });
  return out;
}

std::string QueryTable(const std::vector<Event>& events, const Names* names) {
  std::ostringstream out;
  for (const Event& e : events) {
    std::string src = NameOf(e.source, names);
    std::string tgt = e.target ? NameOf(*e.target, names) : "-";
    out << EventDate(e) << "  " << src << " [" << e.source.id << "]  "
        << (e.negated ? "NOT " : "") << e.action.text << " (" << e.action.cameo
        << " " << e.action.label << ")  " << tgt;
    if (e.target) out << " [" << e.target->id << "]";
    out << "\n";
    if (!e.content.empty()) out << "    what: " << e.content << "\n";
    if (!e.attribution.empty()) out << "    per:  " << e.attribution << "\n";
    out << "    in:   " << e.doc.id << " #" << e.sentence.index << ": "
        << e.sentence.text << "\n";
  }
  return out.str();
}

// Columns follow GDELT/ICEWS event tables: date, actors with their codes and
// countries, event code, root, QuadClass, Goldstein, then provenance.
std::string EventsCsv(const std::vector<Event>& events, const Names* names) {
  std::ostringstream out;
  out << "EventId,Date,SourceName,SourceCode,SourceCountry,TargetName,"
         "TargetCode,"
         "TargetCountry,EventCode,EventRootCode,QuadClass,GoldsteinScale,"
         "Plover,"
         "Negated,Modality,Content,Attribution,Confidence,DocId,DocSource,"
         "SentenceIndex,SentenceText\n";
  char num[32];
  for (const Event& e : events) {
    const Actor none;
    const Actor& t = e.target ? *e.target : none;
    std::snprintf(num, sizeof num, "%g", e.action.goldstein);
    out << CsvField(e.id) << ',' << EventDate(e) << ','
        << CsvField(names ? names->Of(e.source) : e.source.name) << ','
        << CsvField(e.source.id) << ',' << CsvField(e.source.country) << ','
        << CsvField(names && e.target ? names->Of(t) : t.name) << ','
        << CsvField(t.id) << ',' << CsvField(t.country) << ',' << e.action.cameo
        << ','
        << (e.action.root.empty() ? e.action.cameo.substr(0, 2) : e.action.root)
        << ',' << e.action.quad_class << ',' << num << ','
        << CsvField(e.action.plover) << ',' << (e.negated ? 1 : 0) << ','
        << e.modality << ',' << CsvField(e.content) << ','
        << CsvField(e.attribution) << ',' << e.confidence << ','
        << CsvField(e.doc.id) << ',' << CsvField(e.doc.source) << ','
        << e.sentence.index << ',' << CsvField(e.sentence.text) << '\n';
  }
  return out.str();
}

}  // namespace dipgraph
