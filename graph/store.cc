// The event store's interface: what both backends share (adding from
// events or files, reading, the query's conditions) and the choice of
// backend.
#include "graph/store.h"

#include <sys/stat.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

#include "common/event_chunks.h"
#include "common/event_io.h"
#include "graph/store_sql.h"

namespace dipgraph {
namespace store_internal {
namespace {

// Appends one placeholder for `value`.
class Args {
 public:
  Args(bool numbered, Where* w) : numbered_(numbered), w_(*w) {}
  std::string operator()(std::string value) {
    w_.args.push_back(std::move(value));
    return numbered_ ? "$" + std::to_string(w_.args.size()) : "?";
  }

 private:
  bool numbered_;
  Where& w_;
};

// "RUS*" -> prefix match; else exact.
void ActorCondition(const std::string& column,
                    const std::vector<std::string>& codes, Args& arg,
                    std::string* sql) {
  std::string part;
  for (const std::string& c : codes) {
    if (!part.empty()) part += " OR ";
    if (!c.empty() && c.back() == '*') {
      std::string lo = c.substr(0, c.size() - 1), hi = lo;
      hi.push_back('\x7f');
      std::string p_lo = arg(lo);
      part += column + " >= " + p_lo + " AND " + column + " < " + arg(hi);
    } else {
      part += column + " = " + arg(c);
    }
  }
  if (!part.empty()) *sql += " AND (" + part + ")";
}

}  // namespace

Where BuildWhere(const StoreQuery& q, bool numbered) {
  Where w;
  Args arg(numbered, &w);
  ActorCondition("source", q.sources, arg, &w.sql);
  ActorCondition("target", q.targets, arg, &w.sql);
  if (q.between.size() == 2) {
    // One argument per placeholder: SQLite's ? are positional.
    std::string a1 = arg(q.between[0]), b1 = arg(q.between[1]);
    std::string b2 = arg(q.between[1]), a2 = arg(q.between[0]);
    w.sql += " AND ((source = " + a1 + " AND target = " + b1 +
             ") OR (source = " + b2 + " AND target = " + a2 + "))";
  }
  if (!q.from.empty()) w.sql += " AND date >= " + arg(q.from);
  if (!q.to.empty()) w.sql += " AND date <= " + arg(q.to);
  if (!q.codes.empty()) {
    std::string part;
    for (const std::string& c : q.codes) {
      if (!part.empty()) part += " OR ";
      if (c.size() <= 2) {
        part += "root = " + arg(c);
      } else {  // a code and the codes under it: "036" takes "0361"
        std::string lo = arg(c);
        part += "(code >= " + lo + " AND code < " + arg(c + "\x7f") + ")";
      }
    }
    w.sql += " AND (" + part + ")";
  }
  if (!q.document.empty()) w.sql += " AND doc = " + arg(q.document);
  return w;
}

}  // namespace store_internal

bool EventStore::IsPostgres(const std::string& path) {
  return path.rfind("postgresql://", 0) == 0 ||
         path.rfind("postgres://", 0) == 0;
}

Result<std::unique_ptr<EventStore>> EventStore::Open(const std::string& path,
                                                     bool create, int busy_ms) {
  if (IsPostgres(path)) return store_internal::OpenPostgres(path, create);
  return store_internal::OpenSqlite(path, create, busy_ms);
}

EventStore::~EventStore() = default;

Result<AddResult> EventStore::Add(const std::vector<Event>& events) {
  return AddFrom(
      [&](const auto& sink) -> Status {
        std::string json;
        for (const Event& e : events) {
          json.clear();
          AppendEventJson(ViewOf(e), &json);
          RETURN_IF_ERROR(sink(ViewOf(e), json));
        }
        return Status::Ok();
      },
      static_cast<int64_t>(events.size()));
}

namespace {

// The events of one chunk of a file with their canonical JSON lines, made
// on a worker thread.
struct EncodedChunk {
  DecodedChunk decoded;
  std::string json;          // the lines, one after the other
  std::vector<size_t> ends;  // where each line ends in `json`
};

EncodedChunk EncodeChunk(const EventChunk& chunk) {
  EncodedChunk out{DecodeChunk(chunk), {}, {}};
  out.json.reserve(chunk.text.size());
  out.ends.reserve(out.decoded.views.size());
  for (const EventView& v : out.decoded.views) {
    AppendEventJson(v, &out.json);
    out.ends.push_back(out.json.size());
  }
  return out;
}

// About how many events regular files hold (events are rarely over 1 KB);
// 0 for a stream.
int64_t ExpectedEvents(const std::vector<std::string>& paths) {
  int64_t bytes = 0;
  for (const std::string& p : paths) {
    struct stat st;
    if (p == "-" || ::stat(p.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
      return 0;
    bytes += static_cast<int64_t>(st.st_size);
  }
  return bytes / 1024;
}

}  // namespace

Result<AddResult> EventStore::AddFiles(const std::vector<std::string>& paths,
                                       const ChunkOptions& read) {
  return AddFrom(
      [&](const auto& sink) -> Status {
        ChunkOptions small = read;
        if (small.max_chunk_bytes == 0)
          small.max_chunk_bytes = kViewsChunkBytes;
        return ReadChunks<EncodedChunk>(
            paths, small, EncodeChunk,
            [&](EncodedChunk& c, EventChunk& chunk) -> Status {
              if (read.skipped != nullptr) *read.skipped += c.decoded.skipped;
              const std::vector<EventView>& views = c.decoded.views;
              for (size_t i = 0; i < views.size(); ++i) {
                size_t begin = i == 0 ? 0 : c.ends[i - 1];
                std::string_view json(c.json.data() + begin, c.ends[i] - begin);
                RETURN_IF_ERROR(sink(views[i], json));
              }
              if (c.decoded.error_line == 0) return Status::Ok();
              return InputError(*chunk.name,
                                chunk.first_line + c.decoded.error_line - 1,
                                c.decoded.error.message());
            });
      },
      ExpectedEvents(paths));
}

Result<std::vector<Event>> EventStore::Read(const StoreQuery& q) const {
  std::vector<Event> out;
  RETURN_IF_ERROR(ForEach(q, [&](Event&& e) {
    out.push_back(std::move(e));
    return Status::Ok();
  }));
  return out;
}

Status EventStore::ForEach(const StoreQuery& q,
                           const std::function<Status(Event&&)>& sink) const {
  return Query(q, [&](std::string_view json) -> Status {
    Result<Event> e = EventFromJson(json);
    if (!e.ok())
      return InvalidInput(
          path_ + ": a stored event does not parse: " + e.status().message());
    return sink(std::move(*e));
  });
}

namespace {

// A queue between two threads of ForEachView, holding at most `cap` items.
template <typename T>
class Pipe {
 public:
  explicit Pipe(size_t cap) : cap_(cap) {}
  // False when the reader has stopped.
  bool Put(T item) {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return items_.size() < cap_ || stopped_; });
    if (stopped_) return false;
    items_.push_back(std::move(item));
    cv_.notify_all();
    return true;
  }
  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    cv_.notify_all();
  }
  // False at the end.
  bool Get(T* item) {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return !items_.empty() || closed_; });
    if (items_.empty()) return false;
    *item = std::move(items_.front());
    items_.pop_front();
    cv_.notify_all();
    return true;
  }
  // The reader gives up: writers stop at their next Put.
  void Stop() {
    std::lock_guard<std::mutex> lock(mu_);
    stopped_ = true;
    cv_.notify_all();
  }

 private:
  size_t cap_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<T> items_;
  bool closed_ = false, stopped_ = false;
};

// Stored lines, one per row, each ending in '\n' (a stored line holds no
// raw line break: it is canonical JSON).
struct RowBatch {
  std::shared_ptr<std::string> text;
  std::shared_ptr<DecodedChunk> decoded;
  Status error;  // the query's, after the last batch
};

// Small batches and their memory used again: fresh pages cost the kernel's
// zeroing (on this project's VM about 1 ms per MB), and batches of 4 MB,
// each a new string and a new vector of views, were a sixth of the reading
// thread's time and most of the command's resident memory.
constexpr size_t kBatchBytes = 512 << 10;

// Strings handed back once their batch is used, for the next batches.
class Buffers {
 public:
  std::shared_ptr<std::string> Take() {
    std::lock_guard<std::mutex> lock(mu_);
    if (free_.empty()) {
      auto s = std::make_shared<std::string>();
      s->reserve(kBatchBytes + (64 << 10));
      return s;
    }
    std::shared_ptr<std::string> s = std::move(free_.back());
    free_.pop_back();
    return s;
  }
  void Give(std::shared_ptr<std::string> s) {
    s->clear();
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(std::move(s));
  }

 private:
  std::mutex mu_;
  std::vector<std::shared_ptr<std::string>> free_;
};

}  // namespace

// Three threads, each in order: the query's rows are read into batches on
// one, decoded on another, and handed to `sink` on the calling thread.
Status EventStore::ForEachView(
    const StoreQuery& q,
    const std::function<Status(const EventView&)>& sink) const {
  Pipe<RowBatch> read(4), decoded(4);
  Buffers buffers;
  ViewVectors views;
  std::thread reader([&] {
    auto batch = buffers.Take();
    bool stopped = false;  // the consumer gave up
    auto flush = [&] {
      if (batch->empty()) return true;
      RowBatch b{std::move(batch), nullptr, Status::Ok()};
      batch = buffers.Take();
      return read.Put(std::move(b));
    };
    Status s = Query(q, [&](std::string_view json) -> Status {
      batch->append(json);
      batch->push_back('\n');
      if (batch->size() >= kBatchBytes && !flush()) {
        stopped = true;
        return Internal("stopped");
      }
      return Status::Ok();
    });
    if (s.ok()) flush();
    if (!s.ok() && !stopped) read.Put(RowBatch{nullptr, nullptr, s});
    read.Close();
  });
  std::thread decoder([&] {
    RowBatch b;
    while (read.Get(&b)) {
      if (b.text != nullptr) {
        EventChunk chunk;
        chunk.text = *b.text;
        chunk.format = EventFormat::kDipgraph;
        b.decoded = std::make_shared<DecodedChunk>(DecodeChunk(chunk, &views));
      }
      if (!decoded.Put(std::move(b))) {
        read.Stop();
        break;
      }
    }
    decoded.Close();
  });
  Status status;
  RowBatch b;
  while (status.ok() && decoded.Get(&b)) {
    if (b.text == nullptr) {
      status = b.error;
      break;
    }
    for (const EventView& v : b.decoded->views) {
      status = sink(v);
      if (!status.ok()) break;
    }
    if (status.ok() && b.decoded->error_line != 0)
      status = InvalidInput(path_ + ": a stored event does not parse: " +
                            b.decoded->error.message());
    views.Give(std::move(b.decoded->views));
    b.decoded.reset();
    buffers.Give(std::move(b.text));
  }
  decoded.Stop();
  read.Stop();
  reader.join();
  decoder.join();
  return status;
}

Result<DedupResult> EventStore::Dedup(const DedupOptions& options) {
  RETURN_IF_ERROR(CheckDedupOptions(options));
  ReportLinker linker(options);
  RETURN_IF_ERROR(ForEachView({}, [&](const EventView& e) {
    linker.Add(e);
    return Status::Ok();
  }));
  DedupResult result;
  std::vector<ReportLink> links = linker.Finish(&result);
  // Only reports of events of two reports or more are stored.
  links.erase(std::remove_if(links.begin(), links.end(),
                             [](const ReportLink& l) { return l.reports < 2; }),
              links.end());
  RETURN_IF_ERROR(WriteLinks(links));
  return result;
}

Status EventStore::ForEachLink(
    const StoreQuery& query,
    const std::function<void(ReportLink&&)>& sink) const {
  return QueryLinks(query, sink);
}

}  // namespace dipgraph
