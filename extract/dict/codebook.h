// The CAMEO event codebook (data/cameo/cameo.tsv): names, Goldstein weights,
// QuadClass and PLOVER mapping for every CAMEO 1.1b3 code.
//
//   ASSIGN_OR_RETURN(Codebook book,
//   Codebook::Load(DataPath("cameo/cameo.tsv"))); const CameoCode* c =
//   book.Find("036");   // "Express intent to meet or negotiate"
#ifndef DIPGRAPH_EXTRACT_DICT_CODEBOOK_H_
#define DIPGRAPH_EXTRACT_DICT_CODEBOOK_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/event.h"
#include "common/status.h"

namespace dipgraph {

struct CameoCode {
  std::string code;   // "0234"
  std::string level;  // "root", "base", "sub"
  std::string root;   // "02"
  std::string name;
  double goldstein = 0;
  int quad_class = 0;
  std::string plover_event, plover_mode, plover_context;
};

class Codebook {
 public:
  // Reads the codebook; errors name file:line.
  static Result<Codebook> Load(const std::string& path);
  // The codebook shipped in data/ (DataPath("cameo/cameo.tsv")).
  static Result<Codebook> LoadDefault();

  const CameoCode* Find(std::string_view code) const;
  const std::map<std::string, CameoCode, std::less<>>& codes() const {
    return codes_;
  }
  // Fills action.root, label, quad_class, goldstein, plover from action.cameo.
  // Returns false when the code is unknown.
  bool FillAction(Action* action) const;

 private:
  std::map<std::string, CameoCode, std::less<>> codes_;
};

}  // namespace dipgraph

#endif  // DIPGRAPH_EXTRACT_DICT_CODEBOOK_H_
