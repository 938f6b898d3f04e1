#include "common/event_chunks.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace dipgraph {

int64_t CountLines(std::string_view text) {
  // memchr from line to line: lines are hundreds of bytes, and memchr is
  // several times faster than counting byte by byte.
  int64_t n = 0;
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    const void* nl = std::memchr(p, '\n', static_cast<size_t>(end - p));
    ++n;
    if (nl == nullptr) break;
    p = static_cast<const char*>(nl) + 1;
  }
  return n;
}
namespace {

constexpr size_t kMinChunk = 256 * 1024;
constexpr size_t kMaxChunk = 4 * 1024 * 1024;
constexpr size_t kStreamChunk = 1024 * 1024;

size_t PageSize() {
  static const size_t size = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
  return size;
}

}  // namespace

// The file being read: mapped, or a descriptor read in blocks.
struct ChunkSource::Input {
  int fd = -1;
  bool own_fd = false;
  const char* map = nullptr;
  size_t size = 0, pos = 0;
  std::string carry;  // a partial last line of the previous block
  bool eof = false;
  bool detected = false;
  EventFormat format = EventFormat::kDipgraph;

  ~Input() {
    if (map != nullptr) ::munmap(const_cast<char*>(map), size);
    if (own_fd && fd >= 0) ::close(fd);
  }
};

ChunkSource::ChunkSource(const std::vector<std::string>& paths,
                         const ChunkOptions& opt)
    : paths_(paths), format_(opt.format) {
  for (const std::string& p : paths_)
    names_.push_back(p == "-" ? "<stdin>" : p);
  int cores = static_cast<int>(std::thread::hardware_concurrency());
  threads_ = opt.threads > 0 ? opt.threads : std::clamp(cores, 1, 16);
  // The size of the regular files tells whether threads are worth it.
  size_t total = 0;
  bool stream = false;
  for (const std::string& p : paths_) {
    struct stat st;
    if (p == "-" || ::stat(p.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
      stream = true;
    else
      total += static_cast<size_t>(st.st_size);
  }
  chunk_bytes_ = opt.chunk_bytes;
  if (chunk_bytes_ == 0)
    chunk_bytes_ = std::clamp(
        total / (static_cast<size_t>(threads_) * 8), kMinChunk,
        opt.max_chunk_bytes > 0 ? std::max(opt.max_chunk_bytes, kMinChunk)
                                : kMaxChunk);
  if (!stream && total <= chunk_bytes_) threads_ = 1;
}

ChunkSource::~ChunkSource() = default;

Status ChunkSource::Open(size_t file) {
  in_ = std::make_unique<Input>();
  const std::string& path = paths_[file];
  if (path == "-") {
    in_->fd = STDIN_FILENO;
  } else {
    in_->fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (in_->fd < 0) return NotFound(path + ": cannot open file");
    in_->own_fd = true;
  }
  struct stat st;
  if (::fstat(in_->fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
    size_t size = static_cast<size_t>(st.st_size);
    void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, in_->fd, 0);
    if (map != MAP_FAILED) {
      ::madvise(map, size, MADV_SEQUENTIAL);
      in_->map = static_cast<const char*>(map);
      in_->size = size;
    }
  }
  return Status::Ok();
}

Result<bool> ChunkSource::Next(EventChunk* chunk) {
  while (file_ < paths_.size()) {
    if (!in_) RETURN_IF_ERROR(Open(file_));
    *chunk = EventChunk();
    chunk->name = &names_[file_];
    chunk->file = file_;
    if (in_->map != nullptr) {
      Input& in = *in_;
      if (in.pos < in.size) {
        size_t end = std::min(in.size, in.pos + chunk_bytes_);
        if (end < in.size) {
          const void* nl = std::memchr(in.map + end, '\n', in.size - end);
          end =
              nl ? static_cast<size_t>(static_cast<const char*>(nl) - in.map) +
                       1
                 : in.size;
        }
        chunk->text = std::string_view(in.map + in.pos, end - in.pos);
        in.pos = end;
      }
    } else {
      ASSIGN_OR_RETURN(bool got, NextFromStream(chunk));
      (void)got;
    }
    if (!chunk->text.empty()) {
      RETURN_IF_ERROR(Detect(chunk));
      chunk->index = index_++;
      return true;
    }
    // This file is done; its mapping lives on for the chunks in flight.
    finished_.push_back(std::move(in_));
    ++file_;
  }
  return false;
}

// The format of the file, from the first chunk's first non-blank line
// unless it is given.
Status ChunkSource::Detect(EventChunk* chunk) {
  Input& in = *in_;
  if (!in.detected) {
    in.detected = true;
    in.format = format_;
    if (format_ == EventFormat::kDetect) {
      Status error;
      bool first = true;
      ForEachLine(chunk->text, [&](std::string_view line, int64_t n) {
        if (!first) return;
        first = false;
        Result<EventFormat> f = DetectEventFormat(line);
        if (f.ok())
          in.format = *f;
        else
          error = InputError(*chunk->name, n, f.status().message());
      });
      if (first) in.format = EventFormat::kDipgraph;  // blank lines only
      RETURN_IF_ERROR(error);
    }
  }
  chunk->format = in.format;
  return Status::Ok();
}

Result<bool> ChunkSource::NextFromStream(EventChunk* chunk) {
  Input& in = *in_;
  if (in.eof) return false;
  auto block = std::make_shared<std::string>(std::move(in.carry));
  in.carry.clear();
  std::string& b = *block;
  // Read until the block is big enough and holds a line end, or to EOF.
  size_t searched = 0;
  bool line_end = false;
  while (true) {
    line_end = line_end || b.find('\n', searched) != std::string::npos;
    searched = b.size();
    if (line_end && b.size() >= chunk_bytes_) break;
    size_t have = b.size();
    b.resize(have + std::max(chunk_bytes_ - std::min(have, chunk_bytes_),
                             kStreamChunk / 4));
    ssize_t n = ::read(in.fd, b.data() + have, b.size() - have);
    b.resize(have + static_cast<size_t>(std::max<ssize_t>(n, 0)));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return IoError(names_[file_] + ": read error");
    if (n == 0) {
      in.eof = true;
      break;
    }
  }
  if (!in.eof) {
    size_t last = b.rfind('\n');
    in.carry.assign(b, last + 1);
    b.resize(last + 1);
  }
  chunk->owner = block;
  chunk->text = b;
  return !b.empty();
}

void ChunkSource::Release(const EventChunk& chunk) {
  if (chunk.owner || chunk.text.empty()) return;
  // Pages wholly before the chunk's end; the last may be shared with the
  // next chunk and is dropped with it (dropping a page that is read later
  // only costs a page fault: the mapping is read-only).
  uintptr_t page = PageSize();
  uintptr_t begin =
      reinterpret_cast<uintptr_t>(chunk.text.data()) & ~(page - 1);
  uintptr_t end =
      (reinterpret_cast<uintptr_t>(chunk.text.data()) + chunk.text.size()) &
      ~(page - 1);
  if (end > begin)
    ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
}

}  // namespace dipgraph
