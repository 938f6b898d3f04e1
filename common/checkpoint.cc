#include "common/checkpoint.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <sstream>

#include "common/files.h"

namespace dipgraph {
namespace {

constexpr const char* kMagic = "dipgraph checkpoint 1";
// The checkpoint is rewritten (header and last line) after this many lines,
// so that it stays small however long the batch.
constexpr int64_t kCompactLines = 4096;

bool WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

std::string Line(int64_t items, int64_t bytes, int64_t events) {
  return std::to_string(items) + "\t" + std::to_string(bytes) + "\t" +
         std::to_string(events) + "\n";
}

}  // namespace

Result<std::unique_ptr<CheckpointedOutput>> CheckpointedOutput::Open(
    const std::string& path, const std::string& fingerprint, bool resume) {
  std::unique_ptr<CheckpointedOutput> out(new CheckpointedOutput());
  out->path_ = path;
  struct stat st;
  const bool exists = ::stat(path.c_str(), &st) == 0;
  if (path == "-" || (exists && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))) {
    if (resume)
      return UsageError("--resume needs an output file (-o FILE), not " +
                        std::string(path == "-" ? "stdout" : path));
    ASSIGN_OR_RETURN(out->direct_, OutputFile::Open(path));
    return out;
  }
  if (exists && S_ISDIR(st.st_mode))
    return UsageError(path + ": is a directory");
  out->partial_ = path + ".partial";
  out->checkpoint_ = path + ".checkpoint";
  out->header_ = std::string(kMagic) + "\t" + fingerprint + "\n";
  std::error_code ec;
  if (resume && std::filesystem::exists(out->checkpoint_, ec)) {
    RETURN_IF_ERROR(out->Resume());
  } else {
    RETURN_IF_ERROR(out->Start());
  }
  return out;
}

Status CheckpointedOutput::Start() {
  file_.open(partial_, std::ios::binary | std::ios::trunc);
  if (!file_) return IoError(partial_ + ": cannot open for writing");
  return WriteCheckpoint(/*append=*/false);
}

Status CheckpointedOutput::Resume() {
  ASSIGN_OR_RETURN(std::string text, ReadFile(checkpoint_));
  if (text.compare(0, header_.size(), header_) != 0)
    return UsageError("--resume: " + checkpoint_ +
                      " was written by a run with other inputs or options; "
                      "run without --resume to start again");
  // The last complete line; a kill may have cut the one after it. Start()
  // wrote a first line, so there is one.
  std::string_view lines = std::string_view(text).substr(header_.size());
  const size_t end = lines.rfind('\n');
  if (end == std::string_view::npos)
    return InvalidInput(checkpoint_ + ": damaged; run without --resume");
  lines = lines.substr(0, end);
  const size_t start = lines.rfind('\n');
  std::istringstream in(std::string(
      lines.substr(start == std::string_view::npos ? 0 : start + 1)));
  if (!(in >> items_ >> bytes_ >> events_) || items_ < 0 || bytes_ < 0 ||
      events_ < 0)
    return InvalidInput(checkpoint_ + ": damaged; run without --resume");
  std::error_code ec;
  const auto size = std::filesystem::file_size(partial_, ec);
  if (ec || static_cast<int64_t>(size) < bytes_)
    return InvalidInput(
        partial_ + (ec ? " is missing" : " is shorter than its checkpoint") +
        "; run without --resume to start again");
  std::filesystem::resize_file(partial_, static_cast<uintmax_t>(bytes_), ec);
  if (ec) return IoError(partial_ + ": cannot cut back: " + ec.message());
  file_.open(partial_, std::ios::binary | std::ios::in | std::ios::out);
  file_.seekp(bytes_);
  if (!file_) return IoError(partial_ + ": cannot open for writing");
  resumed_items_ = items_;
  resumed_events_ = events_;
  return WriteCheckpoint(/*append=*/false);
}

// Writes the header and the current line to a fresh checkpoint (renamed
// into place, so that a kill leaves the old or the new one), or appends the
// current line.
Status CheckpointedOutput::WriteCheckpoint(bool append) {
  if (append) {
    if (!WriteAll(checkpoint_fd_, Line(items_, bytes_, events_)))
      return IoError(checkpoint_ + ": write failed: " + std::strerror(errno));
    ++lines_;
    return Status::Ok();
  }
  if (checkpoint_fd_ >= 0) ::close(checkpoint_fd_);
  const std::string tmp = checkpoint_ + ".tmp";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0 || !WriteAll(fd, header_ + Line(items_, bytes_, events_)) ||
      std::rename(tmp.c_str(), checkpoint_.c_str()) != 0) {
    const std::string err = std::strerror(errno);
    if (fd >= 0) ::close(fd);
    return IoError(checkpoint_ + ": cannot write: " + err);
  }
  checkpoint_fd_ = fd;  // appends go on at its end
  lines_ = 0;
  return Status::Ok();
}

std::ostream& CheckpointedOutput::stream() {
  return direct_ ? direct_->stream() : file_;
}

Status CheckpointedOutput::EndItem(int64_t events) {
  ++items_;
  events_ += events;
  if (direct_) return Status::Ok();
  file_.flush();
  if (!file_) return IoError(partial_ + ": write failed");
  bytes_ = static_cast<int64_t>(file_.tellp());
  return WriteCheckpoint(/*append=*/lines_ < kCompactLines);
}

Status CheckpointedOutput::Commit() {
  if (committed_) return Internal("CheckpointedOutput::Commit called twice");
  committed_ = true;
  if (direct_) return direct_->Commit();
  file_.flush();
  const bool good = static_cast<bool>(file_);
  file_.close();
  if (good) {
    const int fd = ::open(partial_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
      ::fsync(fd);
      ::close(fd);
    }
  }
  if (!good || std::rename(partial_.c_str(), path_.c_str()) != 0)
    return IoError(path_ + ": cannot write: " + std::strerror(errno));
  if (checkpoint_fd_ >= 0) ::close(checkpoint_fd_);
  checkpoint_fd_ = -1;
  std::remove(checkpoint_.c_str());
  return Status::Ok();
}

CheckpointedOutput::~CheckpointedOutput() {
  if (checkpoint_fd_ >= 0) ::close(checkpoint_fd_);
  if (committed_ || direct_ || partial_.empty()) return;
  file_.close();
  if (items_ == 0) {  // nothing to go on from
    std::remove(partial_.c_str());
    std::remove(checkpoint_.c_str());
  }
}

}  // namespace dipgraph
