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
// else the installed share/dipgraph. Never empty.
std::string DataDir();
// DataDir() joined with `relative`.
std::string DataPath(const std::string& relative);

}  // namespace dipgraph

#endif  // DIPGRAPH_COMMON_FILES_H_
