#include "common/event_io.h"

#include <fstream>
#include <iostream>

#include "common/event_codec.h"

namespace dipgraph {

EventReader::EventReader(std::istream& in, std::string name)
    : in_(in), name_(name == "-" ? "<stdin>" : std::move(name)) {}

Result<bool> EventReader::Next(Event* event) {
  while (std::getline(in_, buffer_)) {
    ++line_;
    bytes_ += static_cast<int64_t>(buffer_.size()) + 1;
    if (!buffer_.empty() && buffer_.back() == '\r') buffer_.pop_back();
    if (buffer_.find_first_not_of(" \t") == std::string::npos) continue;
    Result<Event> parsed = EventFromJson(buffer_);
    if (!parsed.ok())
      return InputError(name_, line_, parsed.status().message());
    *event = std::move(*parsed);
    return true;
  }
  if (in_.bad()) return IoError(name_ + ": read error");
  return false;
}

Status LineDecoder::Decode(std::string_view line, EventView* view) {
  if (DecodeEventView(line, view, &arena_)) return Status::Ok();
  Result<Event> event = internal::DecodeEventGeneral(line);
  if (!event.ok()) return event.status();
  general_.push_back(std::move(*event));
  *view = ViewOf(general_.back());
  return Status::Ok();
}

Result<bool> LineDecoder::Decode(EventFormat format, std::string_view line,
                                 EventView* view, bool* no_source) {
  *no_source = false;
  switch (format) {
    case EventFormat::kGdelt1:
    case EventFormat::kGdelt2:
    case EventFormat::kIcews:
      return internal::DecodeTsvLine(format, line, view, &arena_, no_source);
    case EventFormat::kPolecat: {
      Event e;
      RETURN_IF_ERROR(internal::DecodePloverLine(line, &e));
      general_.push_back(std::move(e));
      *view = ViewOf(general_.back());
      return true;
    }
    default:
      RETURN_IF_ERROR(Decode(line, view));
      return true;
  }
}

void LineDecoder::Clear() {
  arena_.Clear();
  general_.clear();
}

DecodedChunk DecodeChunkEach(
    const EventChunk& chunk,
    const std::function<void(const EventView&)>& each) {
  DecodedChunk out;
  EventView view;
  bool no_source = false;
  out.lines = ForEachLine(chunk.text, [&](std::string_view line, int64_t n) {
    if (out.error_line != 0) return;
    Result<bool> got =
        out.decoder.Decode(chunk.format, line, &view, &no_source);
    if (!got.ok()) {
      out.error_line = n;
      out.error = got.status();
    } else if (*got) {
      each(view);
    } else if (no_source) {
      ++out.skipped;
    }
  });
  return out;
}

std::vector<EventView> ViewVectors::Take() {
  std::lock_guard<std::mutex> lock(mu_);
  if (free_.empty()) return {};
  std::vector<EventView> v = std::move(free_.back());
  free_.pop_back();
  return v;
}

void ViewVectors::Give(std::vector<EventView>&& views) {
  views.clear();
  std::lock_guard<std::mutex> lock(mu_);
  free_.push_back(std::move(views));
}

DecodedChunk DecodeChunk(const EventChunk& chunk) {
  return DecodeChunk(chunk, nullptr);
}

DecodedChunk DecodeChunk(const EventChunk& chunk, ViewVectors* pool) {
  std::vector<EventView> views;
  if (pool != nullptr) views = pool->Take();
  views.reserve(chunk.text.size() / 512 + 1);
  DecodedChunk out =
      DecodeChunkEach(chunk, [&](const EventView& v) { views.push_back(v); });
  out.views = std::move(views);
  return out;
}

Status ReadEventViews(const std::vector<std::string>& paths,
                      const std::function<Status(const EventView&)>& sink,
                      const ChunkOptions& options) {
  ViewVectors pool;
  ChunkOptions small = options;
  if (small.max_chunk_bytes == 0) small.max_chunk_bytes = kViewsChunkBytes;
  return ReadChunks<DecodedChunk>(
      paths, small,
      [&](const EventChunk& chunk) { return DecodeChunk(chunk, &pool); },
      [&](DecodedChunk& d, EventChunk& chunk) -> Status {
        if (options.skipped != nullptr) *options.skipped += d.skipped;
        for (const EventView& v : d.views) RETURN_IF_ERROR(sink(v));
        pool.Give(std::move(d.views));
        if (d.error_line == 0) return Status::Ok();
        return InputError(*chunk.name, chunk.first_line + d.error_line - 1,
                          d.error.message());
      });
}

Result<std::unique_ptr<EventReader>> EventReader::Open(
    const std::string& path) {
  if (path == "-") return std::make_unique<EventReader>(std::cin, path);
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*file) return NotFound(path + ": cannot open file");
  auto reader = std::make_unique<EventReader>(*file, path);
  reader->file_ = std::move(file);
  return reader;
}

Status ReadEvents(const std::string& path,
                  const std::function<Status(Event&&)>& sink,
                  const ChunkOptions& options) {
  return ReadEventViews(
      {path}, [&](const EventView& v) { return sink(ToEvent(v)); }, options);
}

Result<std::vector<Event>> ReadEventsFile(const std::string& path) {
  std::vector<Event> events;
  RETURN_IF_ERROR(ReadEvents(path, [&](Event&& e) {
    events.push_back(std::move(e));
    return Status::Ok();
  }));
  return events;
}

void WriteEvent(std::ostream& out, const Event& event) {
  out << EventToJson(event) << '\n';
}

}  // namespace dipgraph
