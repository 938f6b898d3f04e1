#include "common/event_io.h"

#include <fstream>
#include <iostream>

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
                  const std::function<Status(Event&&)>& sink) {
  ASSIGN_OR_RETURN(std::unique_ptr<EventReader> reader,
                   EventReader::Open(path));
  Event event;
  while (true) {
    Result<bool> more = reader->Next(&event);
    if (!more.ok()) return more.status();
    if (!*more) return Status::Ok();
    RETURN_IF_ERROR(sink(std::move(event)));
  }
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
