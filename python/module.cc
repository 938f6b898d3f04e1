// _dipgraph: the C++ half of `import dipgraph`. python/dipgraph/__init__.py
// is the public face (keyword arguments, defaults, NetworkX and pandas);
// docs/python.md is the guide.
//
// Contracts kept here:
// - the same libraries and the same calls as the `dipgraph` program, so an
//   event dict is the JSON object `dipgraph extract` writes, and a network
//   is the one `dipgraph graph --json` prints;
// - the GIL is released while articles are coded, events read and networks
//   built, so Python threads run in parallel and other threads go on;
// - a Status becomes a dipgraph.Error subclass carrying the CLI's message.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "common/event_io.h"
#include "common/files.h"
#include "extract/dict/actor_names.h"
#include "extract/extract.h"
#include "graph/graph.h"
#include "graph/names.h"
#include "graph/store.h"
#include "python/convert.h"

namespace dipgraph::python {
namespace {

Status CheckDate(const std::string& name, const std::string& date) {
  if (date.empty() || IsValidDate(date)) return Status::Ok();
  return UsageError(name + ": \"" + date + "\" is not a date (YYYY-MM-DD)");
}

// ---------------------------------------------------------------------------
// Articles in, events out.

class Extractor {
 public:
  static std::unique_ptr<Extractor> Load(const std::string& model,
                                         const std::string& dict,
                                         size_t max_sentence_tokens,
                                         bool keep_targetless) {
    ExtractOptions options;
    options.model = model;
    options.dict = dict;
    options.max_sentence_tokens = max_sentence_tokens;
    options.keep_targetless = keep_targetless;
    Result<std::unique_ptr<EventExtractor>> loaded = Status::Ok();
    {
      py::gil_scoped_release release;
      if (max_sentence_tokens < 10)
        loaded = UsageError("max_sentence_tokens must be 10 or more");
      else
        loaded = EventExtractor::Load(options);
    }
    return std::unique_ptr<Extractor>(
        new Extractor(ValueOrRaise(std::move(loaded))));
  }

  // The events of one article given as text (or HTML).
  py::list Extract(std::string text, const std::string& id,
                   const std::string& date, const std::string& title,
                   const std::string& source, const std::string& format) const {
    std::vector<Event> events;
    Status status;
    {
      py::gil_scoped_release release;
      status = ExtractText(std::move(text), id, date, title, source, format,
                           &events);
    }
    RaiseIfError(status);
    return EventsToPython(events);
  }

  // The events of files and folders, as `dipgraph extract` codes them:
  // (events, warnings) with a warning per skipped input or lossy decoding.
  py::tuple ExtractFiles(const std::vector<std::string>& paths, int jobs,
                         bool keep_going, const std::string& encoding,
                         const std::string& date,
                         int64_t max_document_bytes) const {
    std::vector<Event> events;
    std::vector<std::string> warnings;
    Status status;
    bool interrupted = false;
    {
      py::gil_scoped_release release;
      status =
          ExtractPaths(paths, jobs, keep_going, encoding, date,
                       max_document_bytes, &events, &warnings, &interrupted);
    }
    if (interrupted) throw py::error_already_set();
    RaiseIfError(status);
    py::list list = EventsToPython(events);
    return py::make_tuple(list, py::cast(warnings));
  }

 private:
  explicit Extractor(std::unique_ptr<EventExtractor> impl)
      : impl_(std::move(impl)) {}

  Status ExtractText(std::string text, const std::string& id,
                     const std::string& date, const std::string& title,
                     const std::string& source, const std::string& format,
                     std::vector<Event>* events) const {
    RETURN_IF_ERROR(CheckDate("date", date));
    if (format != "text" && format != "html")
      return UsageError("format must be \"text\" or \"html\", not \"" + format +
                        "\"");
    ReadOptions read;
    read.forced_date = date;
    const std::string origin = "<" + id + ">";
    ASSIGN_OR_RETURN(Document doc,
                     format == "html"
                         ? DocumentFromHtml(text, id, origin, read)
                         : DocumentFromText(std::move(text), id, origin, read));
    if (!title.empty()) doc.info.title = title;
    if (!source.empty()) doc.info.source = source;
    ASSIGN_OR_RETURN(*events, impl_->Extract(doc));
    return Status::Ok();
  }

  Status ExtractPaths(const std::vector<std::string>& paths, int jobs,
                      bool keep_going, const std::string& encoding,
                      const std::string& date, int64_t max_document_bytes,
                      std::vector<Event>* events,
                      std::vector<std::string>* warnings,
                      bool* interrupted) const {
    RETURN_IF_ERROR(CheckDate("date", date));
    std::optional<Encoding> decoding = ParseEncoding(encoding);
    if (!decoding)
      return UsageError("encoding: \"" + encoding +
                        "\" is not utf-8, latin-1 or lenient");
    if (jobs < 1) return UsageError("jobs must be 1 or more");
    if (paths.empty()) return UsageError("no input files");
    ReadOptions read;
    read.max_bytes = max_document_bytes;
    read.forced_date = date;
    read.encoding = *decoding;
    DocumentStream stream(paths, read);
    PipelineOptions options;
    options.jobs = jobs;
    options.keep_going = keep_going;
    options.on_skip = [&](const Status& s) {
      warnings->push_back("skipped " + s.message());
    };
    PipelineStats stats;
    RETURN_IF_ERROR(RunPipeline(
        stream, options,
        [&](const Document& doc) { return impl_->Extract(doc); },
        [&](const Document& doc, std::vector<Event>&& found) -> Status {
          if (!doc.warning.empty()) warnings->push_back(doc.warning);
          for (Event& e : found) events->push_back(std::move(e));
          return CheckSignals(interrupted);
        },
        &stats));
    if (stats.skipped > 0 && stats.documents == 0)
      return InvalidInput("no input could be read");
    return Status::Ok();
  }

  // Ctrl-C while the GIL is released: the run stops after the document in
  // progress, leaving the KeyboardInterrupt set for the caller to raise.
  // REQUIRES: called on the thread that released the GIL (the pipeline
  // calls its sink on the thread that runs it).
  static Status CheckSignals(bool* interrupted) {
    py::gil_scoped_acquire acquire;
    if (PyErr_CheckSignals() == 0) return Status::Ok();
    *interrupted = true;
    return Internal("interrupted");
  }

  std::unique_ptr<EventExtractor> impl_;
};

// ---------------------------------------------------------------------------
// Events in.

py::list ReadEventFiles(const std::vector<std::string>& paths) {
  std::vector<Event> events;
  Status status;
  {
    py::gil_scoped_release release;
    status = ReadEventViews(paths, [&](const EventView& e) {
      events.push_back(ToEvent(e));
      return Status::Ok();
    });
  }
  RaiseIfError(status);
  return EventsToPython(events);
}

StoreQuery MakeStoreQuery(const std::string& from, const std::string& to,
                          const std::vector<std::string>& codes) {
  StoreQuery q;
  q.from = from;
  q.to = to;
  q.codes = codes;
  return q;
}

py::list ReadStore(const std::string& path, const std::string& from,
                   const std::string& to,
                   const std::vector<std::string>& codes) {
  Result<std::vector<Event>> events = Status::Ok();
  {
    py::gil_scoped_release release;
    Status dates = CheckDate("from_", from);
    if (dates.ok()) dates = CheckDate("to", to);
    if (!dates.ok()) {
      events = dates;
    } else {
      Result<std::unique_ptr<EventStore>> store =
          EventStore::Open(path, /*create=*/false);
      events = store.ok() ? (*store)->Read(MakeStoreQuery(from, to, codes))
                          : Result<std::vector<Event>>(store.status());
    }
  }
  return EventsToPython(ValueOrRaise(std::move(events)));
}

// ---------------------------------------------------------------------------
// The network.

// The names nodes are labelled with, as the CLI's LoadNames
// (cli/network_flags.cc) gives them: countries.tsv and the actor names of
// the dictionary (dict::LoadActorNames). Loaded once per dictionary path.
Result<std::shared_ptr<const Names>> NamesFor(const std::string& dict_path) {
  static std::mutex mu;
  static std::map<std::string, std::shared_ptr<const Names>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(dict_path);
  if (it != cache.end()) return it->second;
  ASSIGN_OR_RETURN(Names names, Names::LoadDefault());
  ASSIGN_OR_RETURN(auto actors, dict::LoadActorNames(dict_path));
  for (const auto& [code, name] : actors) names.AddActorName(code, name);
  auto shared = std::make_shared<const Names>(std::move(names));
  cache[dict_path] = shared;
  return shared;
}

struct NetworkArgs {
  std::string level = "actor", from, to;
  std::vector<std::string> actors;
  int depth = 1;
  std::vector<std::string> roots, codes;
  std::vector<int> quads;
  std::vector<std::string> exclude;
  int64_t min_weight = 1;
  int64_t top = 0;
  std::string rank = "degree";
  double damping = 0.85;
  std::string betweenness = "auto";
  std::string dict;

  // The options, checked as `dipgraph graph` checks its flags.
  Result<NetworkOptions> Resolve() const {
    NetworkOptions o;
    ASSIGN_OR_RETURN(o.level, ParseLevel(level));
    o.from = from;
    o.to = to;
    RETURN_IF_ERROR(CheckDate("from_", from));
    RETURN_IF_ERROR(CheckDate("to", to));
    o.actors = actors;
    if (depth < 0) return UsageError("depth must be 0 or more");
    o.depth = depth;
    o.roots = roots;
    o.codes = codes;
    for (int q : quads)
      if (q < 1 || q > 4)
        return UsageError("quads: " + std::to_string(q) + " is not 1..4");
    o.quads = quads;
    o.exclude = exclude;
    o.min_weight = min_weight;
    if (top < 0) return UsageError("top must be 0 or more");
    o.top = static_cast<size_t>(top);
    if (rank != "degree" && rank != "pagerank")
      return UsageError("rank must be \"degree\" or \"pagerank\", not \"" +
                        rank + "\"");
    o.rank_by_pagerank = rank == "pagerank";
    o.damping = damping;
    ASSIGN_OR_RETURN(o.betweenness, ParseBetweennessMode(betweenness));
    return o;
  }
};

// A built network; Python reads it as dicts or exports it.
struct PyNetwork {
  Network net;
};

// Finishes `builder` and names the nodes (GIL released by the caller).
Result<Network> Finish(NetworkBuilder* builder, const std::string& dict) {
  ASSIGN_OR_RETURN(std::shared_ptr<const Names> names, NamesFor(dict));
  ASSIGN_OR_RETURN(Network net, builder->Finish());
  ApplyNames(*names, &net);
  return net;
}

// The network of the events of files (kind "files"), of a store ("store":
// the date and code filters done in SQL, as `graph --db` does), or of a
// Python sequence of event dicts ("events").
PyNetwork BuildNetwork(const std::string& kind, py::object source,
                       const NetworkArgs& args) {
  NetworkOptions options = ValueOrRaise(args.Resolve());
  NetworkBuilder builder(options);
  Result<Network> net = Status::Ok();
  if (kind == "events") {
    size_t i = 0;
    for (py::handle item : source) {
      Event e = ValueOrRaise(
          EventFromPython(item, "events[" + std::to_string(i++) + "]"));
      builder.Add(e);
    }
    py::gil_scoped_release release;
    net = Finish(&builder, args.dict);
  } else {
    std::vector<std::string> paths;
    std::string db;
    if (kind == "files")
      paths = source.cast<std::vector<std::string>>();
    else
      db = source.cast<std::string>();
    py::gil_scoped_release release;
    auto add = [&](const EventView& e) {
      builder.Add(e);
      return Status::Ok();
    };
    Status read;
    if (db.empty()) {
      read = ReadEventViews(paths, add);
    } else {
      // As `graph --db`: SQL takes the codes or the roots, not both (the
      // builder applies every filter anyway).
      std::vector<std::string> sql_codes = options.codes;
      if (sql_codes.empty())
        sql_codes = options.roots;
      else if (!options.roots.empty())
        sql_codes.clear();
      StoreQuery q = MakeStoreQuery(options.from, options.to, sql_codes);
      Result<std::unique_ptr<EventStore>> store =
          EventStore::Open(db, /*create=*/false);
      read = store.ok() ? (*store)->ForEachView(q, add) : store.status();
    }
    net = read.ok() ? Finish(&builder, args.dict) : Result<Network>(read);
  }
  return PyNetwork{ValueOrRaise(std::move(net))};
}

py::object NetworkExport(const PyNetwork& n, const std::string& format) {
  std::string out;
  {
    py::gil_scoped_release release;
    if (format == "graphml")
      out = ToGraphMl(n.net);
    else if (format == "gexf")
      out = ToGexf(n.net);
    else if (format == "cytoscape")
      out = ToCytoscape(n.net);
    else if (format == "d3")
      out = ToD3(n.net);
    else if (format == "neo4j-nodes")
      out = ToNeo4jNodes(n.net);
    else if (format == "neo4j-relationships")
      out = ToNeo4jRelationships(n.net);
    else
      out.clear();
  }
  if (out.empty() && format != "graphml" && format != "gexf")
    Raise(
        UsageError("format must be graphml, gexf, cytoscape, d3, "
                   "neo4j-nodes or neo4j-relationships, not \"" +
                   format + "\""));
  return py::str(out);
}

}  // namespace

PYBIND11_MODULE(_dipgraph, m) {
  m.doc() = "dipgraph's C++ core; use the dipgraph package (docs/python.md)";
  m.attr("__version__") = DIPGRAPH_VERSION;
  RegisterExceptions(m);

  m.def("set_installed_data_dir", &SetInstalledDataDir, py::arg("dir"));
  m.def("data_dir", &DataDir);

  py::class_<Extractor>(m, "Extractor")
      .def(py::init(&Extractor::Load), py::arg("model"), py::arg("dict"),
           py::arg("max_sentence_tokens"), py::arg("keep_targetless"))
      .def("extract", &Extractor::Extract, py::arg("text"), py::arg("id"),
           py::arg("date"), py::arg("title"), py::arg("source"),
           py::arg("format"))
      .def("extract_files", &Extractor::ExtractFiles, py::arg("paths"),
           py::arg("jobs"), py::arg("keep_going"), py::arg("encoding"),
           py::arg("date"), py::arg("max_document_bytes"));

  m.def("read_event_files", &ReadEventFiles, py::arg("paths"));
  m.def("read_store", &ReadStore, py::arg("path"), py::arg("from_"),
        py::arg("to"), py::arg("codes"));

  py::class_<NetworkArgs>(m, "NetworkArgs")
      .def(py::init<>())
      .def_readwrite("level", &NetworkArgs::level)
      .def_readwrite("from_", &NetworkArgs::from)
      .def_readwrite("to", &NetworkArgs::to)
      .def_readwrite("actors", &NetworkArgs::actors)
      .def_readwrite("depth", &NetworkArgs::depth)
      .def_readwrite("roots", &NetworkArgs::roots)
      .def_readwrite("codes", &NetworkArgs::codes)
      .def_readwrite("quads", &NetworkArgs::quads)
      .def_readwrite("exclude", &NetworkArgs::exclude)
      .def_readwrite("min_weight", &NetworkArgs::min_weight)
      .def_readwrite("top", &NetworkArgs::top)
      .def_readwrite("rank", &NetworkArgs::rank)
      .def_readwrite("damping", &NetworkArgs::damping)
      .def_readwrite("betweenness", &NetworkArgs::betweenness)
      .def_readwrite("dict", &NetworkArgs::dict);

  py::class_<PyNetwork>(m, "Network")
      .def("to_dict",
           [](const PyNetwork& n) { return ToPython(NetworkJson(n.net)); })
      .def(
          "table",
          [](const PyNetwork& n, size_t rows) {
            return NetworkTable(n.net, rows);
          },
          py::arg("rows"))
      .def("export", &NetworkExport, py::arg("format"));
  m.def("build_network", &BuildNetwork, py::arg("kind"), py::arg("source"),
        py::arg("args"));
}

}  // namespace dipgraph::python
