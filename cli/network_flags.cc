#include "cli/network_flags.h"

#include <iostream>
#include <unordered_set>

#include "common/event_io.h"
#include "common/files.h"
#include "extract/dict/actor_names.h"

namespace dipgraph::cli {

CLI::Option* Repeatable(CLI::Option* option) {
  return option->expected(1)->allow_extra_args(false)->multi_option_policy(
      CLI::MultiOptionPolicy::TakeAll);
}

std::vector<std::string> SqlCodes(const std::vector<std::string>& codes,
                                  const std::vector<std::string>& roots) {
  if (codes.empty()) return roots;
  if (roots.empty()) return codes;
  return {};
}

CLI::Option* AddEventsFiles(CLI::App* app, const std::string& name,
                            std::vector<std::string>* files) {
  return app->add_option(name, *files,
                         "Events files (dipgraph JSON Lines, GDELT, ICEWS or "
                         "PLOVER: see --from); - or nothing for stdin");
}

void AddDbOption(CLI::App* app, std::string* db) {
  app->add_option("--db", *db,
                  "Read the events from this event store (dipgraph store "
                  "add): an SQLite file or postgresql://… ; instead of files");
}

void AddFromOption(CLI::App* app, std::string* date, EventFormat* format) {
  auto set = [date, format](const std::vector<std::string>& values) {
    for (const std::string& v : values) {
      if (IsEventFormatName(v) && v != "detect") {
        *format = *ParseEventFormat(v);
      } else if (date != nullptr) {
        *date = v;
      } else {
        throw CLI::ValidationError(
            "--from", "\"" + v +
                          "\" is not a format (dipgraph, gdelt1, gdelt2, "
                          "icews, polecat)");
      }
    }
  };
  std::string help =
      "Format of the events files: dipgraph, gdelt1, gdelt2, icews or "
      "polecat (default: detected from each file's first line)";
  if (date != nullptr)
    help =
        "First date kept (YYYY-MM-DD), or the format of the events "
        "files: dipgraph, gdelt1, gdelt2, icews or polecat (default: "
        "detected); give it twice for both";
  Repeatable(
      app->add_option_function<std::vector<std::string>>("--from", set, help));
}

ChunkOptions EventReadOptions(EventFormat format, int64_t* skipped) {
  ChunkOptions o;
  o.format = format;
  o.skipped = skipped;
  return o;
}

void NoteSkipped(int64_t skipped) {
  if (skipped > 0)
    std::cerr << "dipgraph: note: " << skipped
              << " rows without a source actor (GDELT Actor1) passed over: "
                 "the event record needs one\n";
}

std::string EventsInFormat(const std::vector<Event>& events,
                           EventFormat format) {
  EventWriter writer(format);
  std::string out = writer.Header();
  for (const Event& e : events) writer.Append(e, &out);
  return out;
}

void AddNamesOption(CLI::App* app, std::string* dict) {
  app->add_option("--dict", *dict,
                  "Dictionary whose actor names label the nodes (default: "
                  "data/dict/dipgraph.dict)");
}

Result<Names> LoadNames(const std::string& dict_path) {
  ASSIGN_OR_RETURN(Names names, Names::LoadDefault());
  ASSIGN_OR_RETURN(auto actors, dict::LoadActorNames(dict_path));
  for (const auto& [code, name] : actors) names.AddActorName(code, name);
  return names;
}

Result<std::vector<Event>> LoadEvents(const std::vector<std::string>& inputs,
                                      const std::string& db,
                                      const StoreQuery& query,
                                      EventFormat format) {
  if (db.empty()) return ReadAllEvents(inputs, format);
  if (!(inputs.size() == 1 && inputs[0] == "-"))
    return UsageError("give events files or --db, not both");
  ASSIGN_OR_RETURN(std::unique_ptr<EventStore> store,
                   EventStore::Open(db, /*create=*/false));
  return store->Read(query);
}

namespace {

// The store query that does the date and code filters of `o` in SQL.
StoreQuery Pushdown(const NetworkOptions& o) {
  StoreQuery q;
  q.from = o.from;
  q.to = o.to;
  q.codes = SqlCodes(o.codes, o.roots);
  return q;
}

}  // namespace

Result<std::vector<Event>> NetworkFlags::Load() const {
  return LoadEvents(inputs, db, Pushdown(options), format);
}

Result<std::unordered_map<std::string, ReportLink>> NetworkFlags::LoadLinks()
    const {
  std::unordered_map<std::string, ReportLink> links;
  if (db.empty()) return links;
  ASSIGN_OR_RETURN(std::unique_ptr<EventStore> store,
                   EventStore::Open(db, /*create=*/false));
  RETURN_IF_ERROR(store->ForEachLink(Pushdown(options), [&](ReportLink&& l) {
    std::string id = l.id;
    links.emplace(std::move(id), std::move(l));
  }));
  return links;
}

Result<Network> NetworkFlags::Build(const NetworkOptions& o,
                                    const Names& names) const {
  NetworkBuilder builder(o);
  if (db.empty()) {
    // Decoded on several threads, folded here in input order.
    int64_t skipped = 0;
    RETURN_IF_ERROR(ReadEventViews(
        inputs,
        [&](const EventView& e) {
          builder.Add(e);
          return Status::Ok();
        },
        EventReadOptions(format, &skipped)));
    NoteSkipped(skipped);
  } else {
    if (!(inputs.size() == 1 && inputs[0] == "-"))
      return UsageError("give events files or --db, not both");
    ASSIGN_OR_RETURN(std::unique_ptr<EventStore> store,
                     EventStore::Open(db, /*create=*/false));
    // Distinct events: of the reports a store dedup linked into one event,
    // the first read (events come by date, then id) counts.
    std::unordered_map<std::string, std::string> event_of;
    if (o.weight == Weight::kEvents)
      RETURN_IF_ERROR(
          store->ForEachLink(Pushdown(options), [&](ReportLink&& l) {
            event_of.emplace(std::move(l.id), std::move(l.event));
          }));
    std::unordered_set<std::string> counted;
    RETURN_IF_ERROR(
        store->ForEachView(Pushdown(options), [&](const EventView& e) {
          if (!event_of.empty()) {
            auto it = event_of.find(std::string(e.id));
            if (it != event_of.end() && !counted.insert(it->second).second)
              return Status::Ok();
          }
          builder.Add(e);
          return Status::Ok();
        }));
  }
  ASSIGN_OR_RETURN(Network net, builder.Finish());
  ApplyNames(names, &net);
  return net;
}

void EventSource::Register(CLI::App* app, const std::string& name) {
  AddEventsFiles(app, name, &files);
  AddDbOption(app, &db);
  AddFromOption(app, nullptr, &format);
}

void NetworkFlags::Register(CLI::App* app) {
  AddEventsFiles(app, "events", &inputs);
  AddDbOption(app, &db);
  AddNamesOption(app, &dict);
  app->add_option("--level", level, "Nodes: person, actor or country")
      ->capture_default_str();
  AddFromOption(app, &options.from, &format);
  app->add_option("--to", options.to, "Last date kept (YYYY-MM-DD)");
  Repeatable(app->add_option(
      "--actor", options.actors,
      "Ego network around this actor (code, name or alias, * wildcard)"));
  app->add_option("--depth", options.depth, "Hops around --actor")
      ->capture_default_str();
  Repeatable(
      app->add_option("--root", options.roots, "Keep CAMEO roots (e.g. 19)"));
  Repeatable(app->add_option("--code", options.codes,
                             "Keep CAMEO codes or prefixes (e.g. 036)"));
  Repeatable(app->add_option("--quad", options.quads, "Keep QuadClasses 1..4"));
  Repeatable(app->add_option("--exclude", options.exclude,
                             "Drop events of these actors"));
  app->add_option("--weight", weight,
                  "What an edge counts: events (distinct: the reports a "
                  "`store dedup` linked count once) or mentions")
      ->capture_default_str();
  app->add_option("--min-weight", options.min_weight,
                  "Drop edges with fewer events")
      ->capture_default_str();
  app->add_option("--top", options.top, "Keep the top N nodes (0 = all)")
      ->capture_default_str();
  app->add_option("--rank", rank, "Rank --top by degree or pagerank")
      ->capture_default_str();
  app->add_option("--damping", options.damping, "PageRank damping")
      ->capture_default_str();
  app->add_option("--betweenness", betweenness,
                  "Betweenness: auto (exact on small networks, sampled on "
                  "large), exact, sampled or off")
      ->capture_default_str();
}

Result<NetworkOptions> NetworkFlags::Resolve() const {
  NetworkOptions o = options;
  ASSIGN_OR_RETURN(o.level, ParseLevel(level));
  if (rank != "degree" && rank != "pagerank")
    return UsageError("--rank must be degree or pagerank, not \"" + rank +
                      "\"");
  o.rank_by_pagerank = rank == "pagerank";
  if (weight != "events" && weight != "mentions")
    return UsageError("--weight must be events or mentions, not \"" + weight +
                      "\"");
  o.weight = weight == "mentions" ? Weight::kMentions : Weight::kEvents;
  ASSIGN_OR_RETURN(o.betweenness, ParseBetweennessMode(betweenness));
  for (const std::string* d : {&o.from, &o.to})
    if (!d->empty() && !IsValidDate(*d))
      return UsageError("\"" + *d + "\" is not a YYYY-MM-DD date");
  if (o.depth < 0) return UsageError("--depth must be 0 or more");
  return o;
}

Result<std::vector<Event>> ReadAllEvents(const std::vector<std::string>& inputs,
                                         EventFormat format) {
  std::vector<Event> events;
  int64_t skipped = 0;
  RETURN_IF_ERROR(ReadEventViews(
      inputs,
      [&](const EventView& e) {
        events.push_back(ToEvent(e));
        return Status::Ok();
      },
      EventReadOptions(format, &skipped)));
  NoteSkipped(skipped);
  return events;
}

}  // namespace dipgraph::cli
