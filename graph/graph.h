// The graph stage: events in; counts, the relationship network, who said
// what to whom, exports and the event store out.
//
// This header is the stage's contract: what other stages, the CLI and
// library users call. Boost.Graph computes inside the stage and never
// appears here: a Network is plain data, its nodes sorted by id and its
// edges by (source, target), so every output built from it is
// deterministic.
//
//   ASSIGN_OR_RETURN(std::vector<Event> events,
//                    ReadEventsFile("events.jsonl"));   // common/event_io.h
//   NetworkOptions opt;
//   opt.level = Level::kCountry;
//   opt.from = "2016-01-01";
//   ASSIGN_OR_RETURN(Network net, BuildNetwork(events, opt));
//   std::cout << NetworkTable(net, /*top=*/10);        // or ToGexf(net) …
//
//   QueryOptions q;                                     // who said what
//   q.between = {"Putin", "Obama"};
//   q.said = true;
//   ASSIGN_OR_RETURN(std::vector<Event> said, QueryEvents(events, q));
//
// What it offers:
//   Network, Node, Edge, Level       the network as plain data
//   NetworkOptions, BuildNetwork,    filters, aggregation by dyad, metrics
//   NetworkBuilder                   (the builder takes one event at a time)
//   NetworkTable, NetworkJson        the network as a table or JSON
//   QueryOptions, QueryEvents,       who said what to whom
//   QueryTable, EventsCsv
//   ToGraphMl, ToGexf, ToCytoscape,  exports for Gephi, Cytoscape, NetworkX,
//   ToD3, ToNeo4j…                   D3 and Neo4j
//   EventStats                       counts by actor, root, QuadClass, date
//   EventStore (graph/store.h)       the SQLite event store
//   Names (graph/names.h)            display names of actors and countries
// The pictures of a network are the render stage's (render/render.h).
#ifndef DIPGRAPH_GRAPH_GRAPH_H_
#define DIPGRAPH_GRAPH_GRAPH_H_

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/event.h"
#include "common/event_chunks.h"
#include "common/event_view.h"
#include "common/status.h"
#include "graph/store.h"

namespace dipgraph {

// ---------------------------------------------------------------------------
// The relationship network.

// What a node stands for.
enum class Level {
  kPerson,   // named people (actors without a person name fall back to code)
  kActor,    // full actor code: RUSGOV, USAMIL
  kCountry,  // country part of the code: RUS, USA, IGO
};

struct Node {
  std::string id;     // key at the level: "Vladimir Putin", "RUSGOV", "RUS"
  std::string label;  // display name ("Vladimir Putin", "Russia (government)")
  std::string country;  // ISO 3166 alpha-3 or IGO/NGO/IMG, "" when unknown
  std::string type;     // actor type of the event record ("person", "igo", ...)
  int64_t events_out = 0, events_in = 0;     // events as source / as target
  int64_t degree_out = 0, degree_in = 0;     // distinct neighbours
  double weighted_out = 0, weighted_in = 0;  // = events_out / events_in
  double pagerank = 0;                       // normalized to sum 1
  double betweenness = 0;                    // normalized to 0..1
  int component = -1;                        // weakly connected component index
  int community = -1;                        // community index (Louvain)
};

struct Edge {
  size_t source = 0, target = 0;      // indexes into Network::nodes
  int64_t events = 0;                 // weight
  int64_t documents = 0;              // distinct documents
  std::array<int64_t, 21> by_root{};  // events per CAMEO root, index 1..20
  std::array<int64_t, 5> by_quad{};   // events per QuadClass, index 1..4
  double goldstein_sum = 0, goldstein_mean = 0;
  std::string first_date, last_date;     // YYYY-MM-DD, "" when unknown
  std::vector<std::string> dates;        // distinct event dates, sorted
  std::vector<std::string> example_ids;  // a few event ids, sorted
  std::string top_code, top_label;       // most frequent CAMEO code
  // Cooperation minus conflict, over all events: (q1+q2-q3-q4)/events.
  double balance = 0;
};

struct Network {
  Level level = Level::kActor;
  std::vector<Node> nodes;
  std::vector<Edge> edges;
  std::string first_date, last_date;  // over the events kept
  int64_t events = 0;                 // events kept after filters
  double modularity = 0;              // of the community partition
  double reciprocity = 0;             // share of edges whose reverse exists
};

// What an edge's weight counts (NetworkOptions::weight).
enum class Weight { kEvents, kMentions };

// How betweenness is computed. Exact Brandes is O(V·E); beyond
// kExactBetweennessWork (V·E) the automatic mode samples pivot sources.
enum class BetweennessMode {
  kAuto,     // exact when V·E <= kExactBetweennessWork, else sampled
  kExact,    // Brandes from every node
  kSampled,  // Brandes from `betweenness_pivots` sources, scaled by V/k
  kOff,      // not computed: every node's betweenness is 0
};
inline constexpr double kExactBetweennessWork = 5e7;

// What to keep and how to draw nodes. Actor patterns match a node's id, an
// actor code, a canonical name or the text as written, case-insensitively,
// with `*` as a wildcard ("RUS*", "Putin", "the Kremlin").
struct NetworkOptions {
  Level level = Level::kActor;
  std::string from, to;              // dates, inclusive ("" = open)
  std::vector<std::string> actors;   // ego network around these
  int depth = 1;                     // hops around --actor
  std::vector<std::string> roots;    // CAMEO roots to keep ("19")
  std::vector<std::string> codes;    // CAMEO codes or prefixes ("036", "19")
  std::vector<int> quads;            // QuadClasses to keep (1..4)
  std::vector<std::string> exclude;  // actors to drop
  // What an edge's weight counts: distinct events (the reports a store
  // dedup linked count once: the caller leaves the later ones out), or
  // mentions (each event as often as its article mentioned it, GDELT's
  // NumMentions).
  Weight weight = Weight::kEvents;
  int64_t min_weight = 1;         // edges with fewer events are dropped
  size_t top = 0;                 // keep the top N nodes (0 = all)
  bool rank_by_pagerank = false;  // rank --top by PageRank, not degree
  double damping = 0.85;          // PageRank damping
  BetweennessMode betweenness = BetweennessMode::kAuto;
  // Pivot sources when sampled, drawn by a fixed-seed generator so the same
  // network always gives the same values (docs/graph.md).
  size_t betweenness_pivots = 128;
  // Each edge's distinct dates and example event ids (Edge::dates,
  // example_ids). Off, they stay empty; first_date and last_date are still
  // set. For callers that show a summary only (`graph` without --json).
  bool edge_details = true;
};

// Parses "auto", "exact", "sampled", "off".
Result<BetweennessMode> ParseBetweennessMode(std::string_view name);

// The events that pass the per-event filters of `options` (dates, roots,
// codes, QuadClasses, --exclude on either actor): those BuildNetwork can
// fold into a dyad, plus the ones without a target that pass. In order.
// The report's event table shows these beside the network.
std::vector<Event> FilterEvents(std::vector<Event> events,
                                const NetworkOptions& options);

// Builds the network of `events`: filters, aggregation, metrics.
Result<Network> BuildNetwork(const std::vector<Event>& events,
                             const NetworkOptions& options);

// Builds a network from events given one at a time, so that they need not
// be held in memory: strings are interned and each event is folded into its
// dyad as it arrives. The per-event filters (dates, roots, codes, quads,
// exclude) apply in Add; the graph-level ones (ego network, minimum weight,
// top N) and the metrics in Finish. The same events in the same order give
// the same network as BuildNetwork.
//
//   NetworkBuilder builder(options);
//   while (reader.Next(&event)) builder.Add(event);
//   ASSIGN_OR_RETURN(Network net, builder.Finish());
class NetworkBuilder {
 public:
  explicit NetworkBuilder(const NetworkOptions& options);
  ~NetworkBuilder();
  NetworkBuilder(const NetworkBuilder&) = delete;
  NetworkBuilder& operator=(const NetworkBuilder&) = delete;

  void Add(const Event& event);
  void Add(const EventView& event);
  // The network, or a UsageError for bad options.
  // REQUIRES: called once, after the last Add.
  Result<Network> Finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Parses "person", "actor", "country".
Result<Level> ParseLevel(std::string_view name);
const char* LevelName(Level level);

// A summary table (top nodes and edges) and the full network as JSON.
std::string NetworkTable(const Network& network, size_t top);
nlohmann::ordered_json NetworkJson(const Network& network);

// ---------------------------------------------------------------------------
// Who said what to whom.
struct QueryOptions {
  std::vector<std::string> sources, targets;  // actor patterns (any matches)
  std::vector<std::string> between;           // two patterns, both directions
  bool said = false;  // speech and appeals: roots 01, 02 or content
  std::vector<std::string> roots, codes;
  std::vector<int> quads;
  std::string from, to;  // dates, inclusive
  std::string contains;  // case-insensitive, in the content
};

// The events that answer the query, sorted by date, then id. Unknown actor
// patterns (matching no actor of `events`) are an InvalidInput error that
// names close matches ("did you mean …").
Result<std::vector<Event>> QueryEvents(const std::vector<Event>& events,
                                       const QueryOptions& options);

// The same answer over every event of `paths` ("-" for stdin), read on
// several threads; only the events that pass are held. A malformed line is
// an InvalidInput "file:line: message".
// `read` gives the files' format (event_formats.h) and where the rows the
// record cannot hold are counted.
Result<std::vector<Event>> QueryEventFiles(
    const std::vector<std::string>& paths, const QueryOptions& options,
    const ChunkOptions& read = {});

// Output forms of a query answer. Actors are named by `names` (graph/
// names.h: a person's name, else the name of the code) when given, else by
// the events' own names.
class Names;
std::string QueryTable(const std::vector<Event>& events,
                       const Names* names = nullptr);
// The last columns say which event each report belongs to, with its
// counts as GDELT gives them: EventGroup (the id of its first report),
// NumMentions, NumSources, NumArticles, from the store's links (`store
// dedup`, `links` by report id); an event not in `links` is an event of its
// own (its mentions, one source, one article).
std::string EventsCsv(
    const std::vector<Event>& events, const Names* names = nullptr,
    const std::unordered_map<std::string, ReportLink>* links = nullptr);

// ---------------------------------------------------------------------------
// Exports of a network for the tools analysts use. Node and edge order is
// the network's (sorted), so the same network gives the same bytes.
std::string ToGraphMl(const Network& network);     // GraphML, typed keys
std::string ToGexf(const Network& network);        // GEXF 1.3, edge spells
std::string ToCytoscape(const Network& network);   // Cytoscape.js elements
std::string ToD3(const Network& network);          // D3 node-link JSON
std::string ToNeo4jNodes(const Network& network);  // nodes.csv
std::string ToNeo4jRelationships(const Network& network);  // relationships.csv

// Counts of events by actor, CAMEO root, QuadClass and date. Counts of parts
// of the input can be kept apart and merged, in any order, to the same
// counts.
class EventStats {
 public:
  using Counts = std::map<std::string, int64_t, std::less<>>;
  // Counting is done in hash tables (a sorted map's string comparisons
  // were a third of `stats`' CPU); the accessors sort.
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>()(s);
    }
  };
  using HashCounts =
      std::unordered_map<std::string, int64_t, KeyHash, std::equal_to<>>;
  void Add(const Event& event);
  void Add(const EventView& event);
  void Merge(const EventStats& other);

  int64_t events() const { return events_; }
  int64_t documents() const { return static_cast<int64_t>(docs_.size()); }
  // Sorted by count (descending), then key (ascending).
  std::vector<std::pair<std::string, int64_t>> TopActors(size_t n) const;
  Counts by_root() const { return {by_root_.begin(), by_root_.end()}; }
  const std::map<int, int64_t>& by_quad() const { return by_quad_; }
  Counts by_date() const { return {by_date_.begin(), by_date_.end()}; }

  // A human-readable table; `top` limits the actor list.
  std::string ToTable(size_t top) const;
  nlohmann::ordered_json ToJson(size_t top) const;

 private:
  int64_t events_ = 0;
  HashCounts docs_;
  HashCounts by_actor_;  // source and target, by code
  HashCounts by_root_;
  std::map<int, int64_t> by_quad_;
  HashCounts by_date_;
  std::string last_doc_;  // events come grouped by document
};

}  // namespace dipgraph

#endif  // DIPGRAPH_GRAPH_GRAPH_H_
