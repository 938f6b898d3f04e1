// The syntax model file. The file carries a checksum, so a fuzzer that
// changed bytes would only ever test the checksum: this target wraps the
// fuzz bytes in a valid header (the first byte picks the format version)
// and loads the payload. A model that loads is then used to tag and parse,
// greedily and with a beam: a file that passes every check must be safe to
// use.
#include <cstdint>
#include <cstring>
#include <string>

#include "extract/syntax/syntax.h"
#include "extract/syntax/tagger_model.h"
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint32_t version = 1 + data[0] % 4;  // 1..4; 2 and 3 are read
  const std::string_view payload(reinterpret_cast<const char*>(data) + 1,
                                 size - 1);
  std::string file("DGMODEL\0", 8);
  auto pod = [&](auto v) {
    char b[sizeof(v)];
    std::memcpy(b, &v, sizeof(v));
    file.append(b, sizeof(v));
  };
  pod(version);
  pod(uint32_t{0});
  pod(static_cast<uint64_t>(payload.size()));
  pod(dipgraph::syntax::PayloadChecksum(payload));
  file.append(payload);
  const std::string path = dipgraph::fuzz::WriteScratch("model.dgm", file);
  auto model = dipgraph::syntax::Model::Load(path);
  if (!model.ok()) return 0;
  for (int beam : {0, 1, 3}) {
    model->set_parser_beam(beam);
    for (auto& s : dipgraph::syntax::Segment(
             "Putin urged Obama to act. The rebels, who left, said no!"))
      model->Annotate(&s);
  }
  return 0;
}
