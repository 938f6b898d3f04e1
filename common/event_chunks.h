// Reading JSON Lines files in parallel, with results in input order.
//
// Files are memory-mapped (stdin and pipes are read in blocks) and split
// into chunks of whole lines. Worker threads run `work` on chunks; the
// calling thread gets each result, in input order, in `consume`, and may
// work on chunks itself while it waits:
//
//   Status s = ReadChunks<Counts>(
//       paths, {},
//       [](const EventChunk& c) { return CountIn(c.text); },  // any thread
//       [&](Counts& r, const EventChunk& c) {                  // in order
//         total += r;  // c.first_line: line number of c's first line
//         return Status::Ok();
//       });
//
// `work` must be safe to run on several chunks at once. The text of a chunk
// stays valid until `consume` returns for it. A file that cannot be opened
// or read ends the run with its error after every chunk before it was
// consumed; an error from `consume` ends it at once.
#ifndef DIPGRAPH_COMMON_EVENT_CHUNKS_H_
#define DIPGRAPH_COMMON_EVENT_CHUNKS_H_

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "common/event_formats.h"
#include "common/event_view.h"
#include "common/status.h"

namespace dipgraph {

// A piece of one input file: whole lines, '\n' included (the last line of a
// file may lack it).
struct EventChunk {
  std::string_view text;
  const std::string* name = nullptr;  // for messages; "<stdin>" for "-"
  size_t file = 0;                    // index into the paths
  int64_t index = 0;                  // chunk number over all files
  int64_t lines = 0;                  // lines in `text`; set for `consume`
  int64_t first_line = 0;  // number of the first line in its file (1-based);
                           // set only for `consume`
  std::shared_ptr<const std::string> owner;     // the block, when not mapped
  EventFormat format = EventFormat::kDipgraph;  // of the file: given or
                                                // detected, never kDetect
};

struct ChunkOptions {
  int threads = 0;         // threads in all, the caller's included; 0: cores
  size_t chunk_bytes = 0;  // 0: chosen from the input size and threads
  // The largest chunk chosen when chunk_bytes is 0 (0: 4 MB).
  size_t max_chunk_bytes = 0;
  // The format of every file, or kDetect: each file's own, from its first
  // non-blank line (DetectEventFormat); a file it fits none of is an error
  // "file:line: …" like a bad line.
  EventFormat format = EventFormat::kDetect;
  // Where the readers of event_io.h add the rows a format holds and the
  // event record cannot (GDELT rows without Actor1), when not null.
  int64_t* skipped = nullptr;
};

// Calls f(line, n) for each line of `text` that is not blank (only spaces
// and tabs), with '\r' before the '\n' removed; n counts every line from 1.
// Returns the number of lines (CountLines(text)).
template <typename F>
int64_t ForEachLine(std::string_view text, F&& f) {
  int64_t n = 0;
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    ++n;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    f(line, n);
  }
  return n;
}

// Lines in `text`, a last line without '\n' included.
int64_t CountLines(std::string_view text);

// ChunkOptions::max_chunk_bytes for readers that keep a chunk's decoded
// views until it is consumed: a vector of views is about 1.2 times the
// chunk's text, and the fewer bytes in flight, the less fresh memory (which
// the kernel must zero). Counting readers keep the default: fewer, larger
// chunks are merged faster.
inline constexpr size_t kViewsChunkBytes = 512 << 10;

// Produces the chunks of a list of files in order (internal to ReadChunks);
// the chunks' lines are counted on the thread that works on them (LinesOf).
class ChunkSource {
 public:
  ChunkSource(const std::vector<std::string>& paths, const ChunkOptions& opt);
  ~ChunkSource();
  ChunkSource(const ChunkSource&) = delete;
  ChunkSource& operator=(const ChunkSource&) = delete;

  // The next chunk; false at the end; an error for a file that cannot be
  // opened or read.
  Result<bool> Next(EventChunk* chunk);
  // Gives back the memory of a consumed chunk (mapped pages).
  void Release(const EventChunk& chunk);
  // Threads worth using: 1 when the whole input is one chunk.
  int threads() const { return threads_; }

 private:
  struct Input;
  Status Open(size_t file);
  Result<bool> NextFromStream(EventChunk* chunk);
  Status Detect(EventChunk* chunk);

  std::vector<std::string> paths_, names_;
  EventFormat format_;
  int threads_ = 1;
  size_t chunk_bytes_;
  size_t file_ = 0;
  int64_t index_ = 0;
  std::unique_ptr<Input> in_;
  std::vector<std::unique_ptr<Input>> finished_;
};

// The lines of a chunk: counted by `work` on its way through the chunk when
// its result says so (a `lines` member, or one of its `decoded` member),
// else counted here.
template <typename R>
int64_t LinesOf(const R& r, std::string_view text) {
  if constexpr (requires { r.lines; })
    return r.lines;
  else if constexpr (requires { r.decoded.lines; })
    return r.decoded.lines;
  else
    return CountLines(text);
}

template <typename R>
Status ReadChunks(const std::vector<std::string>& paths,
                  const ChunkOptions& options,
                  const std::function<R(const EventChunk&)>& work,
                  const std::function<Status(R&, EventChunk&)>& consume) {
  ChunkSource source(paths, options);
  size_t file = SIZE_MAX;
  int64_t line = 1;
  auto finish = [&](R& result, EventChunk& chunk) {
    if (chunk.file != file) file = chunk.file, line = 1;
    chunk.first_line = line;
    line += chunk.lines;
    Status s = consume(result, chunk);
    source.Release(chunk);
    return s;
  };
  if (source.threads() <= 1) {
    EventChunk chunk;
    while (true) {
      Result<bool> more = source.Next(&chunk);
      if (!more.ok()) return more.status();
      if (!*more) return Status::Ok();
      R result = work(chunk);
      chunk.lines = LinesOf(result, chunk.text);
      RETURN_IF_ERROR(finish(result, chunk));
    }
  }
  struct Slot {
    EventChunk chunk;
    std::optional<R> result;
    Status error;  // the source's, for the slot after the last chunk
    bool done = false;
  };
  std::mutex mu;
  std::condition_variable cv;
  std::deque<Slot> slots;  // in flight, in input order
  int64_t base = 0;        // chunk index of slots.front()
  int64_t next_claim = 0;  // first chunk no thread has taken
  bool source_done = false, stop = false;
  const size_t max_slots = static_cast<size_t>(source.threads()) * 3;
  // With the lock held: runs one step of work (claims a chunk, or reads
  // one from the source). False when there is nothing to do now.
  auto step = [&](std::unique_lock<std::mutex>& lock) {
    if (next_claim < base + static_cast<int64_t>(slots.size())) {
      Slot& s = slots[static_cast<size_t>(next_claim++ - base)];
      lock.unlock();
      R r = work(s.chunk);
      s.chunk.lines = LinesOf(r, s.chunk.text);
      lock.lock();
      s.result.emplace(std::move(r));
      s.done = true;
      cv.notify_all();
      return true;
    }
    if (!source_done && slots.size() < max_slots) {
      EventChunk chunk;
      Result<bool> more = source.Next(&chunk);
      if (more.ok() && *more) {
        slots.push_back(Slot{std::move(chunk), std::nullopt, {}, false});
      } else {
        source_done = true;
        if (!more.ok()) {
          slots.push_back(Slot{{}, std::nullopt, more.status(), true});
          ++next_claim;
        }
      }
      cv.notify_all();
      return true;
    }
    return false;
  };
  std::vector<std::thread> workers;
  for (int t = 1; t < source.threads(); ++t)
    workers.emplace_back([&] {
      std::unique_lock<std::mutex> lock(mu);
      while (!stop) {
        if (step(lock)) continue;
        if (source_done &&
            next_claim >= base + static_cast<int64_t>(slots.size()))
          return;
        cv.wait(lock);
      }
    });
  Status status;
  {
    std::unique_lock<std::mutex> lock(mu);
    while (true) {
      if (!slots.empty() && slots.front().done) {
        Slot slot = std::move(slots.front());
        slots.pop_front();
        ++base;
        cv.notify_all();
        if (!slot.error.ok()) {
          status = slot.error;
          break;
        }
        lock.unlock();
        status = finish(*slot.result, slot.chunk);
        lock.lock();
        if (!status.ok()) break;
        continue;
      }
      if (slots.empty() && source_done) break;
      if (!step(lock)) cv.wait(lock);
    }
    stop = true;
    cv.notify_all();
  }
  for (std::thread& t : workers) t.join();
  return status;
}

}  // namespace dipgraph

#endif  // DIPGRAPH_COMMON_EVENT_CHUNKS_H_
