#include "common/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

namespace dipgraph {

Result<std::unique_ptr<OutputFile>> OutputFile::Open(const std::string& path) {
  std::unique_ptr<OutputFile> out(new OutputFile());
  out->path_ = path;
  if (path == "-") {
    out->is_stdout_ = true;
    out->stdout_ = &std::cout;
    return out;
  }
  struct stat st;
  if (::stat(path.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return UsageError(path + ": is a directory");
    if (!S_ISREG(st.st_mode)) {
      // /dev/null, a FIFO, a terminal: write to it; never rename over it.
      out->direct_ = true;
      out->file_.open(path, std::ios::binary);
      if (!out->file_) return IoError(path + ": cannot open for writing");
      return out;
    }
  }
  std::filesystem::path p(path);
  if (p.filename().empty()) return UsageError(path + ": not a file name");
  std::filesystem::path dir = p.parent_path();
  if (dir.empty()) dir = ".";
  std::string name = ".";
  name.append(p.filename().string()).append(".tmp-XXXXXX");
  std::string tmpl = (dir / name).string();
  int fd = mkstemp(tmpl.data());
  if (fd < 0)
    return IoError(path + ": cannot create a temporary file in " +
                   dir.string() + ": " + std::strerror(errno));
  ::close(fd);
  out->temp_path_ = tmpl;
  out->file_.open(tmpl, std::ios::binary | std::ios::trunc);
  if (!out->file_) {
    std::remove(tmpl.c_str());
    return IoError(path + ": cannot write " + tmpl);
  }
  return out;
}

OutputFile::~OutputFile() {
  if (!committed_ && !is_stdout_ && !temp_path_.empty()) {
    file_.close();
    std::remove(temp_path_.c_str());
  }
}

Status OutputFile::Commit() {
  if (committed_) return Internal("OutputFile::Commit called twice");
  committed_ = true;
  if (is_stdout_) {
    stdout_->flush();
    if (!*stdout_) return IoError("error writing to stdout");
    return Status::Ok();
  }
  file_.flush();
  bool good = static_cast<bool>(file_);
  file_.close();
  if (direct_) {
    if (!good) return IoError(path_ + ": write failed");
    return Status::Ok();
  }
  if (good) {
    int fd = ::open(temp_path_.c_str(), O_RDONLY);
    if (fd >= 0) {
      // mkstemp makes 0600 files; give the output the usual 0666 & ~umask.
      mode_t mask = ::umask(0);
      ::umask(mask);
      ::fchmod(fd, 0666 & ~mask);
      ::fsync(fd);
      ::close(fd);
    }
  }
  if (!good || std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    std::string err = std::strerror(errno);
    std::remove(temp_path_.c_str());
    return IoError(path_ + ": cannot write: " + err);
  }
  return Status::Ok();
}

Status WriteFileAtomically(const std::string& path, std::string_view data) {
  ASSIGN_OR_RETURN(auto out, OutputFile::Open(path));
  out->stream().write(data.data(), static_cast<std::streamsize>(data.size()));
  return out->Commit();
}

}  // namespace dipgraph
