// Who said what to whom: event filters, close-match suggestions for unknown
// actors, and the table and CSV forms of the answer.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>
#include <sstream>
#include <unordered_map>

#include "common/event_io.h"
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

// The error for a pattern that matches none of `names`, naming close ones.
Status NoActorMatches(const std::string& pattern,
                      const std::set<std::string>& names) {
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
  return NoActorMatches(pattern, names);
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

// ---------------------------------------------------------------------------
// The query over files, chunk by chunk on several threads: each distinct
// actor of a chunk is matched against the patterns once, and only the events
// that pass are copied out of the chunk.

// Case-insensitive (ASCII) substring test, as AsciiLower(h).find(lower) does.
bool ContainsCaseless(std::string_view h, std::string_view lower) {
  if (lower.size() > h.size()) return false;
  for (size_t i = 0; i + lower.size() <= h.size(); ++i) {
    size_t j = 0;
    while (j < lower.size()) {
      char c = h[i + j];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != lower[j]) break;
      ++j;
    }
    if (j == lower.size()) return true;
  }
  return false;
}

struct ActorNames {
  std::string_view id, name, text;
  bool operator==(const ActorNames&) const = default;
};

struct ActorNamesHash {
  size_t operator()(const ActorNames& a) const {
    std::hash<std::string_view> h;
    return h(a.id) ^ (h(a.name) * 31) ^ (h(a.text) * 1000003);
  }
};

// The patterns in the order their "no actor matches" errors are given:
// sources, targets, then the two of --between.
class PatternSet {
 public:
  explicit PatternSet(const QueryOptions& o) : o_(o) {
    for (const auto* list : {&o.sources, &o.targets, &o.between})
      for (const std::string& p : *list) all_.push_back(&p);
  }
  size_t size() const { return all_.size(); }
  const std::string& operator[](size_t i) const { return *all_[i]; }
  uint64_t AllBits() const {
    return size() == 64 ? ~uint64_t{0} : (uint64_t{1} << size()) - 1;
  }
  // Bits of the patterns that match the actor.
  uint64_t Match(const ActorNames& a) const {
    uint64_t bits = 0;
    for (size_t i = 0; i < all_.size(); ++i)
      for (std::string_view n : {a.id, a.name, a.text})
        if (!n.empty() && ActorPatternMatches(*all_[i], n)) {
          bits |= uint64_t{1} << i;
          break;
        }
    return bits;
  }
  // KeepForQuery's actor tests, on the bits of the two actors.
  bool Keep(uint64_t source, const uint64_t* target) const {
    size_t ns = o_.sources.size(), nt = o_.targets.size();
    auto range = [](size_t from, size_t n) {
      return n == 0
                 ? 0
                 : ((n == 64 ? ~uint64_t{0} : (uint64_t{1} << n) - 1) << from);
    };
    if (ns > 0 && (source & range(0, ns)) == 0) return false;
    if (nt > 0 && (target == nullptr || (*target & range(ns, nt)) == 0))
      return false;
    if (o_.between.size() == 2) {
      if (target == nullptr) return false;
      uint64_t a = uint64_t{1} << (ns + nt), b = a << 1;
      bool ab = (source & a) && (*target & b);
      bool ba = (source & b) && (*target & a);
      if (!ab && !ba) return false;
    }
    return true;
  }

 private:
  const QueryOptions& o_;
  std::vector<const std::string*> all_;
};

// What one chunk gives: the events kept, the patterns some actor matched,
// and the chunk's distinct actors (views into it) for "did you mean".
struct QueryPart {
  DecodedChunk decoded;
  std::vector<Event> kept;
  uint64_t matched = 0;
  std::vector<ActorNames> actors;
};

QueryPart QueryChunk(const EventChunk& chunk, const QueryOptions& o,
                     const PatternSet& patterns, const std::string& contains) {
  QueryPart part;
  part.decoded = DecodeChunk(chunk);
  std::unordered_map<ActorNames, uint64_t, ActorNamesHash> cache;
  auto bits = [&](const ActorView& a) {
    ActorNames key{a.id, a.name, a.text};
    auto [it, fresh] = cache.try_emplace(key, 0);
    if (fresh) {
      it->second = patterns.Match(key);
      part.matched |= it->second;
      part.actors.push_back(key);
    }
    return it->second;
  };
  for (const EventView& e : part.decoded.views) {
    uint64_t source = bits(e.source), target = 0;
    if (e.has_target) target = bits(e.target);
    if (!patterns.Keep(source, e.has_target ? &target : nullptr)) continue;
    std::string_view root = EventRoot(e);
    if (o.said && root != "01" && root != "02" && e.content.empty()) continue;
    if (!PassesActionFilter(e, {o.from, o.to, o.roots, o.codes, o.quads}))
      continue;
    if (!contains.empty() && !ContainsCaseless(e.content, contains)) continue;
    part.kept.push_back(ToEvent(e));
  }
  return part;
}

void SortForQuery(std::vector<Event>* events) {
  std::stable_sort(events->begin(), events->end(),
                   [](const Event& a, const Event& b) {
                     const std::string& da = EventDate(a);
                     const std::string& db = EventDate(b);
                     return da != db ? da < db : a.id < b.id;
                   });
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
  SortForQuery(&out);
  return out;
}

Result<std::vector<Event>> QueryEventFiles(
    const std::vector<std::string>& paths, const QueryOptions& o,
    const ChunkOptions& read) {
  if (!o.between.empty() && o.between.size() != 2)
    return UsageError("--between takes two actors");
  PatternSet patterns(o);
  if (patterns.size() > 64) {  // more than the bits: the simple way
    std::vector<Event> events;
    for (const std::string& path : paths)
      RETURN_IF_ERROR(ReadEvents(
          path,
          [&](Event&& e) {
            events.push_back(std::move(e));
            return Status::Ok();
          },
          read));
    return QueryEvents(events, o);
  }
  const std::string contains = AsciiLower(o.contains);
  std::vector<Event> out;
  uint64_t matched = 0;
  std::set<std::string> names;  // of every actor, while a pattern is unmatched
  ChunkOptions small = read;
  if (small.max_chunk_bytes == 0) small.max_chunk_bytes = kViewsChunkBytes;
  RETURN_IF_ERROR(ReadChunks<QueryPart>(
      paths, small,
      [&](const EventChunk& chunk) {
        return QueryChunk(chunk, o, patterns, contains);
      },
      [&](QueryPart& part, EventChunk& chunk) -> Status {
        if (read.skipped != nullptr) *read.skipped += part.decoded.skipped;
        if (part.decoded.error_line != 0)
          return InputError(*chunk.name,
                            chunk.first_line + part.decoded.error_line - 1,
                            part.decoded.error.message());
        matched |= part.matched;
        if (matched != patterns.AllBits())
          for (const ActorNames& a : part.actors)
            for (std::string_view n : {a.id, a.name, a.text})
              if (!n.empty()) names.emplace(n);
        for (Event& e : part.kept) out.push_back(std::move(e));
        return Status::Ok();
      }));
  for (size_t i = 0; i < patterns.size(); ++i)
    if (!(matched & (uint64_t{1} << i)))
      return NoActorMatches(patterns[i], names);
  SortForQuery(&out);
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
std::string EventsCsv(
    const std::vector<Event>& events, const Names* names,
    const std::unordered_map<std::string, ReportLink>* links) {
  std::ostringstream out;
  out << "EventId,Date,SourceName,SourceCode,SourceCountry,TargetName,"
         "TargetCode,"
         "TargetCountry,EventCode,EventRootCode,QuadClass,GoldsteinScale,"
         "Plover,"
         "Negated,Modality,Content,Attribution,Confidence,DocId,DocSource,"
         "SentenceIndex,SentenceText,EventGroup,NumMentions,NumSources,"
         "NumArticles\n";
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
        << e.sentence.index << ',' << CsvField(e.sentence.text) << ',';
    const ReportLink* link = nullptr;
    if (links != nullptr) {
      auto it = links->find(e.id);
      if (it != links->end()) link = &it->second;
    }
    if (link != nullptr)
      out << CsvField(link->event) << ',' << link->mentions << ','
          << link->sources << ',' << link->articles;
    else
      out << CsvField(e.id) << ',' << e.mentions << ",1,1";
    out << '\n';
  }
  return out.str();
}

}  // namespace dipgraph
