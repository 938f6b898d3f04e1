// Model file format (little-endian):
//   "DGMODEL\0"  magic, 8 bytes
//   u32 version (kVersion), u32 reserved (0)
//   u64 payload size, u64 checksum of the payload (FNV-1a over 64-bit
//   little-endian words, then the last bytes one by one)
//   payload: figures, labels, tag dictionary, lemma table, weight rows,
//   then (since version 2) the parser: (since version 3) its beam width
//   (u32), its deprels and weight rows in ascending key order. Version 3:
//   key minus the previous row's key (LEB128), u8 count, count × (u8
//   class, IEEE half weight); version 2: u64 key, u16 count, count × (u8
//   class, f32 weight), and the parser is greedy (beam 1).
// Strings are u32 length + bytes. Every read is bounds-checked, so a
// truncated or corrupt file is reported, never trusted.
#include <cstring>
#include <filesystem>
#include <fstream>

#include "common/files.h"
#include "common/output_file.h"
#include "extract/syntax/tagger_model.h"

namespace dipgraph::syntax {
namespace {

constexpr char kMagic[8] = {'D', 'G', 'M', 'O', 'D', 'E', 'L', '\0'};
// 2: dependency parser added; 3: its beam width.
constexpr uint32_t kVersion = 3;
constexpr uint32_t kOldestVersion = 2;  // still read
constexpr size_t kHeaderSize = 32;

class Writer {
 public:
  template <typename T>
  void Pod(T v) {
    char b[sizeof(T)];
    std::memcpy(b, &v, sizeof(T));
    out_.append(b, sizeof(T));
  }
  void Str(std::string_view s) {
    Pod(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  std::string& data() { return out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  template <typename T>
  bool Pod(T* v) {
    if (in_.size() - pos_ < sizeof(T)) return false;
    std::memcpy(v, in_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool Str(std::string* s) {
    uint32_t n = 0;
    if (!Pod(&n) || in_.size() - pos_ < n) return false;
    s->assign(in_.substr(pos_, n));
    pos_ += n;
    return true;
  }
  bool done() const { return pos_ == in_.size(); }
  size_t left() const { return in_.size() - pos_; }

 private:
  std::string_view in_;
  size_t pos_ = 0;
};

// REQUIRES: fewer than 128 labels (classes fit in a byte), rows of at most
// 255 weights.
void WriteParser(const ParserModel& p, Writer* w) {
  w->Pod(static_cast<uint32_t>(p.beam));
  w->Pod(static_cast<uint32_t>(p.labels.size()));
  for (const std::string& l : p.labels) w->Str(l);
  const auto rows = p.table.SortedRows();
  w->Pod(static_cast<uint32_t>(rows.size()));
  uint64_t previous = 0;
  for (const auto& [key, row] : rows) {
    for (uint64_t delta = key - previous;; delta >>= 7) {
      if (delta < 0x80) {
        w->Pod(static_cast<uint8_t>(delta));
        break;
      }
      w->Pod(static_cast<uint8_t>((delta & 0x7F) | 0x80));
    }
    previous = key;
    w->Pod(static_cast<uint8_t>(row.size()));
    for (const ClassWeight& c : row)
      w->Pod(static_cast<uint8_t>(c.cls)), w->Pod(FloatToHalf(c.weight));
  }
}

// A LEB128 number of at most 64 bits.
bool ReadVarint(Reader* r, uint64_t* v) {
  *v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    uint8_t b = 0;
    if (!r->Pod(&b)) return false;
    *v |= uint64_t{b & 0x7Fu} << shift;
    if (!(b & 0x80)) return true;
  }
  return false;
}

// One weight row of a version-`version` file.
bool ReadRow(Reader* r, uint32_t version, size_t classes, uint64_t* key,
             std::vector<ClassWeight>* row) {
  if (version >= 3) {
    uint64_t delta = 0;
    uint8_t count = 0;
    if (!ReadVarint(r, &delta) || delta == 0 || delta > ~*key ||
        !r->Pod(&count))
      return false;
    *key += delta;
    row->resize(count);
    for (ClassWeight& c : *row) {
      uint8_t cls = 0;
      uint16_t half = 0;
      if (!r->Pod(&cls) || !r->Pod(&half) || cls >= classes) return false;
      c = {cls, HalfToFloat(half)};
    }
    return true;
  }
  uint16_t count = 0;
  if (!r->Pod(key) || !r->Pod(&count) || *key == 0) return false;
  row->resize(count);
  for (ClassWeight& c : *row) {
    uint8_t cls = 0;
    if (!r->Pod(&cls) || !r->Pod(&c.weight) || cls >= classes) return false;
    c.cls = cls;
  }
  return true;
}

bool ReadParser(Reader* r, uint32_t version, ParserModel* p) {
  uint32_t n = 1;
  if (version >= 3 && (!r->Pod(&n) || n < 1 || n > 1024)) return false;
  p->beam = static_cast<int>(n);
  if (!r->Pod(&n) || n >= 128) return false;
  p->labels.resize(n);
  for (std::string& l : p->labels)
    if (!r->Str(&l)) return false;
  if (!r->Pod(&n)) return false;
  std::vector<ClassWeight> row;
  uint64_t key = 0;
  if (version >= 3) {  // keys ascend; a row takes 2 bytes or more
    if (n > r->left() / 2) return false;
    p->table.Reserve(p->classes(), n);
  }
  for (uint32_t i = 0; i < n; ++i) {
    if (!ReadRow(r, version, p->classes(), &key, &row)) return false;
    // Version 2 keys had 64 bits; the same features have them cut.
    const uint64_t cut = key & kFeatureKeyMask;
    if (cut == 0) return false;
    p->table.Add(cut, row.data(), row.data() + row.size());
  }
  p->table.Finish(p->classes());
  return true;
}

std::string Payload(const TaggerModel& m) {
  Writer w;
  w.Str(m.figures);
  w.Pod(static_cast<uint32_t>(m.labels.size()));
  for (const std::string& l : m.labels) w.Str(l);
  const std::map<std::string, uint16_t> dict(m.tag_dict.begin(),
                                             m.tag_dict.end());
  w.Pod(static_cast<uint32_t>(dict.size()));
  for (const auto& [word, label] : dict) w.Str(word), w.Pod(label);
  w.Pod(static_cast<uint32_t>(m.lemmas.size()));
  for (const auto& [key, lemma] : m.lemmas) w.Str(key), w.Str(lemma);
  const std::map<uint64_t, std::pair<uint32_t, uint32_t>> rows(m.rows.begin(),
                                                               m.rows.end());
  w.Pod(static_cast<uint32_t>(rows.size()));
  for (const auto& [key, range] : rows) {
    w.Pod(key);
    w.Pod(static_cast<uint16_t>(range.second - range.first));
    for (uint32_t k = range.first; k < range.second; ++k)
      w.Pod(m.weights[k].label), w.Pod(m.weights[k].weight);
  }
  WriteParser(m.parser, &w);
  return std::move(w.data());
}

bool ReadPayload(std::string_view payload, uint32_t version, TaggerModel* m) {
  Reader r(payload);
  uint32_t n = 0;
  // A count is checked against the bytes left before anything is sized by
  // it (a string takes 4 bytes or more, a row 10), so that a damaged file
  // is refused instead of asking for gigabytes.
  if (!r.Str(&m->figures) || !r.Pod(&n) || n > r.left() / 4) return false;
  m->labels.resize(n);
  for (std::string& l : m->labels)
    if (!r.Str(&l)) return false;
  if (!r.Pod(&n)) return false;
  for (uint32_t i = 0; i < n; ++i) {
    std::string word;
    uint16_t label = 0;
    if (!r.Str(&word) || !r.Pod(&label) || label >= m->labels.size())
      return false;
    m->tag_dict[word] = label;
  }
  if (!r.Pod(&n)) return false;
  for (uint32_t i = 0; i < n; ++i) {
    std::string key, lemma;
    if (!r.Str(&key) || !r.Str(&lemma)) return false;
    m->lemmas.emplace_hint(m->lemmas.end(), std::move(key), std::move(lemma));
  }
  if (!r.Pod(&n) || n > r.left() / 10) return false;
  m->rows.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t key = 0;
    uint16_t count = 0;
    if (!r.Pod(&key) || !r.Pod(&count)) return false;
    const auto begin = static_cast<uint32_t>(m->weights.size());
    for (uint16_t k = 0; k < count; ++k) {
      LabelWeight lw{};
      if (!r.Pod(&lw.label) || !r.Pod(&lw.weight) ||
          lw.label >= m->labels.size())
        return false;
      m->weights.push_back(lw);
    }
    m->rows[key] = {begin, static_cast<uint32_t>(m->weights.size())};
  }
  m->BuildTable();
  return ReadParser(&r, version, &m->parser) && r.done() && !m->labels.empty();
}

// The file in one read (ReadFile goes byte by byte, too slow for 25 MB).
Result<std::string> ReadWholeFile(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return InvalidInput(path + ": is a folder");
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return NotFound(path + ": cannot open file");
  const std::streamoff size = in.tellg();
  if (size < 0) return IoError(path + ": cannot tell its size");
  std::string data(static_cast<size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(data.data(), size)) return IoError(path + ": read error");
  return data;
}

}  // namespace

uint64_t PayloadChecksum(std::string_view payload) {
  uint64_t h = 14695981039346656037ull;
  size_t i = 0;
  for (; i + 8 <= payload.size(); i += 8) {
    uint64_t word = 0;
    std::memcpy(&word, payload.data() + i, 8);
    h = (h ^ word) * 1099511628211ull;
  }
  return Fnv1a(payload.substr(i), h);
}

Status Model::Save(const std::string& path) const {
  if (impl_->parser.labels.size() >= 128)
    return InvalidInput("too many dependency labels to save (128 or more)");
  const std::string payload = Payload(*impl_);
  Writer header;
  header.data().append(kMagic, sizeof(kMagic));
  header.Pod(kVersion);
  header.Pod(uint32_t{0});
  header.Pod(static_cast<uint64_t>(payload.size()));
  header.Pod(PayloadChecksum(payload));
  ASSIGN_OR_RETURN(auto out, OutputFile::Open(path));
  out->stream() << header.data() << payload;
  return out->Commit();
}

Result<Model> Model::Load(const std::string& path) {
  Result<std::string> data = ReadWholeFile(path);
  if (!data.ok())
    return InvalidInput("cannot read model " + path + ": " +
                        data.status().message());
  const std::string_view in = *data;
  auto bad = [&](const std::string& why) {
    return InvalidInput(path + ": not a usable dipgraph model (" + why +
                        "); retrain it with `dipgraph train`");
  };
  if (in.size() < kHeaderSize || std::memcmp(in.data(), kMagic, 8) != 0)
    return bad("bad magic or too short");
  Reader header(in.substr(8, kHeaderSize - 8));
  uint32_t version = 0, reserved = 0;
  uint64_t size = 0, checksum = 0;
  (void)(header.Pod(&version) && header.Pod(&reserved) && header.Pod(&size) &&
         header.Pod(&checksum));
  if (version < kOldestVersion || version > kVersion)
    return bad("format version " + std::to_string(version) + ", expected " +
               std::to_string(kOldestVersion) + " to " +
               std::to_string(kVersion));
  const std::string_view payload = in.substr(kHeaderSize);
  if (payload.size() != size) return bad("truncated");
  if (PayloadChecksum(payload) != checksum) return bad("checksum mismatch");
  auto m = std::make_shared<TaggerModel>();
  if (!ReadPayload(payload, version, m.get())) return bad("malformed payload");
  return Model(std::move(m));
}

}  // namespace dipgraph::syntax
