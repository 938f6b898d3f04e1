#include "common/files.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <mutex>
#include <sstream>

namespace dipgraph {

namespace fs = std::filesystem;

Result<std::string> ReadFile(const std::string& path) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) return InvalidInput(path + ": is a folder");
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound(path + ": cannot open file");
  std::string data((std::istreambuf_iterator<char>(in)),
                   std::istreambuf_iterator<char>());
  if (in.bad()) return IoError(path + ": read error");
  return data;
}

Result<std::vector<std::string>> ListFilesRecursive(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return NotFound(dir + ": not a folder");
  std::vector<std::string> files;
  fs::recursive_directory_iterator it(
      dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) return IoError(dir + ": " + ec.message());
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) return IoError(dir + ": " + ec.message());
    std::string name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file()) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

namespace {

std::mutex installed_mu;
std::string& InstalledDataDir() {
  static std::string dir;  // guarded by installed_mu
  return dir;
}

}  // namespace

void SetInstalledDataDir(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return;
  std::lock_guard<std::mutex> lock(installed_mu);
  InstalledDataDir() = dir;
}

std::string DataDir() {
  if (const char* env = std::getenv("DIPGRAPH_DATA"); env && *env) return env;
  std::error_code ec;
  if (fs::is_directory(DIPGRAPH_SOURCE_DATA_DIR, ec))
    return DIPGRAPH_SOURCE_DATA_DIR;
  {
    std::lock_guard<std::mutex> lock(installed_mu);
    if (!InstalledDataDir().empty()) return InstalledDataDir();
  }
  // Installed: <prefix>/bin/dipgraph → <prefix>/share/dipgraph.
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path share = exe.parent_path().parent_path() / "share" / "dipgraph";
    if (fs::is_directory(share, ec)) return share.string();
  }
  return DIPGRAPH_INSTALL_DATA_DIR;
}

std::string DataPath(const std::string& relative) {
  return (fs::path(DataDir()) / relative).string();
}

}  // namespace dipgraph
