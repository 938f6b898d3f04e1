// Lines and sentences of a news page that are not article prose: photo
// captions, bylines, share bars, credits, timestamps. The extractor codes no
// event from them.
#ifndef DIPGRAPH_EXTRACT_READ_BOILERPLATE_H_
#define DIPGRAPH_EXTRACT_READ_BOILERPLATE_H_

#include <string>
#include <string_view>

namespace dipgraph {

// Why `sentence` is boilerplate ("caption", "byline", "share bar", "credit",
// "timestamp"), or "" when it is prose.
std::string BoilerplateKind(std::string_view sentence);

}  // namespace dipgraph

#endif  // DIPGRAPH_EXTRACT_READ_BOILERPLATE_H_
