// Who said what to whom: event filters, close-match suggestions for unknown
// actors, and the table and CSV forms of the answer.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>
#include <sstream>

#include "graph/graph.h"

namespace dipgraph {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
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
  std::string p = Lower(pattern);
  for (const std::string& n : names) {
    size_t d = EditDistance(p, Lower(n));
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
  std::string root =
      e.action.root.empty() ? e.action.cameo.substr(0, 2) : e.action.root;
  if (o.said && root != "01" && root != "02" && e.content.empty()) return false;
  if (!o.roots.empty() &&
      std::find(o.roots.begin(), o.roots.end(), root) == o.roots.end())
    return false;
  if (!o.codes.empty() &&
      std::none_of(o.codes.begin(), o.codes.end(), [&](const std::string& c) {
        return e.action.cameo.compare(0, c.size(), c) == 0;
      }))
    return false;
  if (!o.quads.empty() && std::find(o.quads.begin(), o.quads.end(),
                                    e.action.quad_class) == o.quads.end())
    return false;
  const std::string& date = e.date.empty() ? e.doc.date : e.date;
  if (!o.from.empty() && (date.empty() || date < o.from)) return false;
  if (!o.to.empty() && (date.empty() || date > o.to)) return false;
  if (!o.contains.empty() &&
      Lower(e.content).find(Lower(o.contains)) == std::string::npos)
    return false;
  return true;
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
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
    const std::string& da = a.date.empty() ? a.doc.date : a.date;
    const std::string& db = b.date.empty() ? b.doc.date : b.date;
    return da != db ? da < db : a.id < b.id;
  });
  return out;
}

std::string QueryTable(const std::vector<Event>& events) {
  std::ostringstream out;
  for (const Event& e : events) {
    std::string src = e.source.name.empty() ? e.source.id : e.source.name;
    std::string tgt = !e.target                ? "-"
                      : e.target->name.empty() ? e.target->id
                                               : e.target->name;
    out << (e.date.empty() ? e.doc.date : e.date) << "  " << src << " ("
        << e.source.id << ")  " << (e.negated ? "NOT " : "") << e.action.text
        << " [" << e.action.cameo << " " << e.action.label << "]  " << tgt;
    if (e.target) out << " (" << e.target->id << ")";
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
std::string EventsCsv(const std::vector<Event>& events) {
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
    out << CsvField(e.id) << ',' << (e.date.empty() ? e.doc.date : e.date)
        << ',' << CsvField(e.source.name) << ',' << CsvField(e.source.id) << ','
        << CsvField(e.source.country) << ',' << CsvField(t.name) << ','
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
