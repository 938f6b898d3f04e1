// Files and the data folder.
//
//   ASSIGN_OR_RETURN(std::string text, ReadFile("article.txt"));  // "-": stdin
//   std::string codebook = DataPath("cameo/cameo.tsv");
//
// dipgraph's data (dictionaries, codebook, syntax model) is found through
// DataDir(): set DIPGRAPH_DATA to use another copy.
#ifndef DIPGRAPH_COMMON_FILES_H_
#define DIPGRAPH_COMMON_FILES_H_

#include <string>
#include <vector>

#include "common/status.h"

namespace dipgraph {

// Reads a whole file ("-" reads stdin).
Result<std::string> ReadFile(const std::string& path);

// Regular files below `dir`, recursively, sorted by path (byte order), hidden
// files and folders skipped.
Result<std::vector<std::string>> ListFilesRecursive(const std::string& dir);

// The folder holding dipgraph's data (dictionaries, codebook, model):
// $DIPGRAPH_DATA if set, else the source tree's data/ (for a build tree),
// else the installed share/dipgraph (the one SetInstalledDataDir named, or
// the one beside the running program). Never empty.
std::string DataDir();
// Names the installed share/dipgraph for a library loaded by a program that
// is not dipgraph's (the Python module: <prefix>/share/dipgraph, found from
// where the module is installed). Ignored when `dir` is not a folder.
void SetInstalledDataDir(const std::string& dir);
// DataDir() joined with `relative`.
std::string DataPath(const std::string& relative);

}  // namespace dipgraph

#endif  // DIPGRAPH_COMMON_FILES_H_
