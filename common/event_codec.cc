#include "common/event_codec.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <new>
#include <type_traits>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "common/text.h"

namespace dipgraph::internal {
namespace {

// The first byte in [p, end) that a JSON string cannot hold as it is: a
// quote, a backslash, a control byte; or that needs a UTF-8 check: a byte of
// 0x80 or more. `end` when there is none.
inline const char* FindSpecial(const char* p, const char* end) {
#ifdef __SSE2__
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'),
                space = _mm_set1_epi8(0x20);
  while (end - p >= 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // Signed compare: bytes of 0x80 and more are negative, so "< 0x20"
    // catches them with the control bytes.
    __m128i m = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)),
        _mm_cmplt_epi8(x, space));
    int mask = _mm_movemask_epi8(m);
    if (mask != 0) return p + __builtin_ctz(static_cast<unsigned>(mask));
    p += 16;
  }
#endif
  for (; p < end; ++p) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) return p;
  }
  return end;
}

// ---------------------------------------------------------------------------
// Encoding

void AppendInt(int64_t v, std::string* out) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr);
}

// Shortest round-trip form; integral values keep a ".0" like nlohmann's.
void AppendDouble(double v, std::string* out) {
  if (!std::isfinite(v)) {
    out->append("null");
    return;
  }
  char buf[40];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  std::string_view s(buf, r.ptr - buf);
  out->append(s);
  if (s.find_first_of(".eE") == std::string_view::npos) out->append(".0");
}

// Each Put appends `key`, the JSON text before a value (",\"name\":"), and
// the value.
void PutString(std::string_view key, std::string_view v, std::string* out) {
  out->append(key);
  AppendJsonString(v, out);
}
void PutInt(std::string_view key, int64_t v, std::string* out) {
  out->append(key);
  AppendInt(v, out);
}
void PutDouble(std::string_view key, double v, std::string* out) {
  out->append(key);
  AppendDouble(v, out);
}

template <typename A>
void AppendActor(const A& a, std::string* out) {
  PutString("{\"text\":", a.text, out);
  PutString(",\"id\":", a.id, out);
  PutString(",\"name\":", a.name, out);
  PutString(",\"country\":", a.country, out);
  PutString(",\"role\":", a.role, out);
  PutString(",\"type\":", a.type, out);
  if (a.unlisted) out->append(",\"unlisted\":true");
  out->push_back('}');
}

void AppendExtra(const nlohmann::ordered_json& extra, std::string* out) {
  for (const auto& [key, value] : extra.items()) {
    out->push_back(',');
    AppendJsonString(key, out);
    out->push_back(':');
    out->append(value.dump(-1, ' ', false,
                           nlohmann::ordered_json::error_handler_t::replace));
  }
}

bool HasTarget(const Event& e) { return e.target.has_value(); }
bool HasTarget(const EventView& e) { return e.has_target; }
const Actor& TargetOf(const Event& e) { return *e.target; }
const ActorView& TargetOf(const EventView& e) { return e.target; }
void AppendExtraOf(const Event& e, std::string* out) {
  AppendExtra(e.extra, out);
}
void AppendExtraOf(const EventView& e, std::string* out) {
  if (e.event != nullptr) AppendExtra(e.event->extra, out);
}

template <typename E>
void Encode(const E& e, std::string* out) {
  PutString("{\"id\":", e.id, out);
  PutString(",\"doc\":{\"id\":", e.doc.id, out);
  PutString(",\"title\":", e.doc.title, out);
  PutString(",\"source\":", e.doc.source, out);
  PutString(",\"date\":", e.doc.date, out);
  PutInt("},\"sentence\":{\"index\":", e.sentence.index, out);
  PutString(",\"text\":", e.sentence.text, out);
  PutInt(",\"start\":", e.sentence.start, out);
  PutInt(",\"end\":", e.sentence.end, out);
  PutString("},\"date\":", e.date, out);
  out->append(",\"source\":");
  AppendActor(e.source, out);
  out->append(",\"target\":");
  if (HasTarget(e))
    AppendActor(TargetOf(e), out);
  else
    out->append("null");
  const auto& a = e.action;
  PutString(",\"action\":{\"text\":", a.text, out);
  PutString(",\"lemma\":", a.lemma, out);
  PutString(",\"cameo\":", a.cameo, out);
  PutString(",\"root\":", a.root, out);
  PutString(",\"label\":", a.label, out);
  PutInt(",\"quad_class\":", a.quad_class, out);
  PutDouble(",\"goldstein\":", a.goldstein, out);
  PutString(",\"plover\":", a.plover, out);
  PutString(",\"pattern\":", a.pattern, out);
  PutString("},\"content\":", e.content, out);
  PutString(",\"attribution\":", e.attribution, out);
  out->append(e.quote ? ",\"quote\":true" : ",\"quote\":false");
  out->append(e.negated ? ",\"negated\":true" : ",\"negated\":false");
  PutString(",\"modality\":", e.modality, out);
  PutDouble(",\"confidence\":", e.confidence, out);
  PutInt(",\"mentions\":", e.mentions, out);
  PutString(",\"parent\":", e.parent, out);
  out->append(e.symmetric ? ",\"symmetric\":true" : ",\"symmetric\":false");
  AppendExtraOf(e, out);
  out->push_back('}');
}

// ---------------------------------------------------------------------------
// Decoding

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

char* PutUtf8(uint32_t cp, char* o) {
  if (cp < 0x80) {
    *o++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *o++ = static_cast<char>(0xC0 | (cp >> 6));
    *o++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *o++ = static_cast<char>(0xE0 | (cp >> 12));
    *o++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *o++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *o++ = static_cast<char>(0xF0 | (cp >> 18));
    *o++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *o++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *o++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return o;
}

// key == word, with the word's length a constant: a length test and a few
// inline loads instead of a call to memcmp (the keys' comparisons were a
// tenth of the CPU of reading a file of events).
template <size_t N>
inline bool Is(std::string_view key, const char (&word)[N]) {
  return key.size() == N - 1 && std::memcmp(key.data(), word, N - 1) == 0;
}

// A one-pass reader for the record's own shape, over [p_, end_). Any
// surprise makes it fail; the caller then uses the general parser. Strings
// without escapes are views into the input; the others are unescaped into
// the arena.
class Decoder {
 public:
  Decoder(std::string_view s, ViewArena* arena)
      : p_(s.data()), end_(s.data() + s.size()), arena_(arena) {}

  bool Event(EventView* e) {
    bool has_id = false, has_doc = false, has_source = false,
         has_action = false;
    uint32_t seen = 0;
    auto once = [&seen](uint32_t bit) { return Once(&seen, bit); };
    SkipSpace();
    bool ok = Object([&](std::string_view k) {
      switch (k.size()) {
        case 2:
          if (Is(k, "id")) return once(0) && (has_id = String(&e->id));
          break;
        case 3:
          if (Is(k, "doc")) return once(1) && (has_doc = Doc(&e->doc));
          break;
        case 4:
          if (Is(k, "date")) return once(2) && OptString(&e->date);
          break;
        case 5:
          if (Is(k, "quote")) return once(3) && OptBool(&e->quote);
          break;
        case 6:
          if (Is(k, "source"))
            return once(4) && (has_source = Actor(&e->source));
          if (Is(k, "target")) return once(5) && Target(e);
          if (Is(k, "action"))
            return once(6) && (has_action = Action(&e->action));
          if (Is(k, "parent")) return once(7) && OptString(&e->parent);
          break;
        case 7:
          if (Is(k, "content")) return once(8) && OptString(&e->content);
          if (Is(k, "negated")) return once(9) && OptBool(&e->negated);
          break;
        case 8:
          if (Is(k, "sentence")) return once(10) && Sentence(&e->sentence);
          if (Is(k, "modality")) return once(11) && OptString(&e->modality);
          if (Is(k, "mentions")) return once(12) && OptInt(&e->mentions);
          break;
        case 9:
          if (Is(k, "symmetric")) return once(13) && OptBool(&e->symmetric);
          break;
        case 10:
          if (Is(k, "confidence")) return once(14) && OptDouble(&e->confidence);
          break;
        case 11:
          if (Is(k, "attribution"))
            return once(15) && OptString(&e->attribution);
          break;
      }
      return false;  // unknown field: the general parser keeps it in order
    });
    if (!ok) return false;
    SkipSpace();
    return p_ == end_ && has_id && has_doc && has_source && has_action;
  }

 private:
  // A known key given twice fails: the general parser keeps the last value,
  // which may be null.
  static bool Once(uint32_t* seen, uint32_t bit) {
    uint32_t b = 1u << bit;
    if (*seen & b) return false;
    *seen |= b;
    return true;
  }
  // Calls field(key) with p_ at each value; field must consume the value.
  template <typename F>
  bool Object(F&& field) {
    if (!Eat('{')) return false;
    SkipSpace();
    if (Eat('}')) return true;
    while (true) {
      std::string_view key;
      if (!Key(&key)) return false;
      SkipSpace();
      if (!Eat(':')) return false;
      SkipSpace();
      if (p_ == end_ || !field(key)) return false;
      SkipSpace();
      if (Eat(',')) {
        SkipSpace();
        continue;
      }
      return Eat('}');
    }
  }
  bool Doc(DocView* d) {
    uint32_t seen = 0;
    bool has_id = false;
    bool ok = Object([&](std::string_view k) {
      if (Is(k, "id")) return Once(&seen, 0) && (has_id = String(&d->id));
      if (Is(k, "title")) return Once(&seen, 1) && OptString(&d->title);
      if (Is(k, "source")) return Once(&seen, 2) && OptString(&d->source);
      if (Is(k, "date")) return Once(&seen, 3) && OptString(&d->date);
      return SkipValue(0);
    });
    return ok && has_id;
  }
  bool Sentence(SentenceView* s) {
    if (Null()) return true;
    uint32_t seen = 0;
    return Object([&](std::string_view k) {
      if (Is(k, "index")) return Once(&seen, 0) && OptInt(&s->index);
      if (Is(k, "text")) return Once(&seen, 1) && OptString(&s->text);
      if (Is(k, "start")) return Once(&seen, 2) && OptInt(&s->start);
      if (Is(k, "end")) return Once(&seen, 3) && OptInt(&s->end);
      return SkipValue(0);
    });
  }
  bool Actor(ActorView* a) {
    uint32_t seen = 0;
    bool ok = Object([&](std::string_view k) {
      if (Is(k, "text")) return Once(&seen, 0) && OptString(&a->text);
      if (Is(k, "id")) return Once(&seen, 1) && OptString(&a->id);
      if (Is(k, "name")) return Once(&seen, 2) && OptString(&a->name);
      if (Is(k, "country")) return Once(&seen, 3) && OptString(&a->country);
      if (Is(k, "role")) return Once(&seen, 4) && OptString(&a->role);
      if (Is(k, "type")) return Once(&seen, 5) && OptString(&a->type);
      if (Is(k, "unlisted")) return Once(&seen, 6) && OptBool(&a->unlisted);
      return SkipValue(0);
    });
    return ok && (!a->id.empty() || !a->text.empty());
  }
  bool Target(EventView* e) {
    if (Null()) return true;
    e->has_target = true;
    return Actor(&e->target);
  }
  bool Action(ActionView* a) {
    uint32_t seen = 0;
    bool has_cameo = false;
    bool ok = Object([&](std::string_view k) {
      if (Is(k, "text")) return Once(&seen, 0) && OptString(&a->text);
      if (Is(k, "lemma")) return Once(&seen, 1) && OptString(&a->lemma);
      if (Is(k, "cameo"))
        return Once(&seen, 2) && (has_cameo = String(&a->cameo));
      if (Is(k, "root")) return Once(&seen, 3) && OptString(&a->root);
      if (Is(k, "label")) return Once(&seen, 4) && OptString(&a->label);
      if (Is(k, "quad_class")) {
        int64_t v = a->quad_class;
        if (!Once(&seen, 5) || !OptInt(&v) || v < INT32_MIN || v > INT32_MAX)
          return false;
        a->quad_class = static_cast<int>(v);
        return true;
      }
      if (Is(k, "goldstein")) return Once(&seen, 6) && OptDouble(&a->goldstein);
      if (Is(k, "plover")) return Once(&seen, 7) && OptString(&a->plover);
      if (Is(k, "pattern")) return Once(&seen, 8) && OptString(&a->pattern);
      return SkipValue(0);
    });
    return ok && has_cameo;
  }

  // A key without escapes (a key with one goes to the general parser).
  bool Key(std::string_view* out) {
    if (!Eat('"')) return false;
    const char* start = p_;
    bool escaped = false;
    if (!ScanString(&escaped) || escaped) return false;
    *out = std::string_view(start, p_ - start);
    ++p_;
    return true;
  }
  // Moves p_ to the closing quote of a string whose opening quote is just
  // before it, checking raw bytes (no control bytes, valid UTF-8); escapes
  // are checked when they are decoded.
  bool ScanString(bool* escaped) {
    while (true) {
      p_ = FindSpecial(p_, end_);
      if (p_ == end_) return false;
      unsigned char c = static_cast<unsigned char>(*p_);
      if (c == '"') return true;
      if (c == '\\') {
        *escaped = true;
        if (end_ - p_ < 2) return false;
        p_ += 2;
        continue;
      }
      if (c < 0x20) return false;
      size_t n = Utf8Length(std::string_view(p_, end_ - p_), 0);
      if (n == 0) return false;
      p_ += n;
    }
  }
  bool String(std::string_view* out) {
    if (!Eat('"')) return false;
    const char* start = p_;
    bool escaped = false;
    if (!ScanString(&escaped)) return false;
    if (!escaped) {
      *out = std::string_view(start, p_ - start);
    } else if (!Unescape(start, p_, out)) {
      return false;
    }
    ++p_;
    return true;
  }
  // Decodes the escapes of [b, e) into the arena (the result is never
  // longer than its escaped form). Fails on a bad escape or a lone
  // surrogate, as the general parser does.
  bool Unescape(const char* b, const char* e, std::string_view* out) {
    char* start = arena_->Allocate(static_cast<size_t>(e - b));
    char* o = start;
    while (b < e) {
      const char* bs = static_cast<const char*>(std::memchr(b, '\\', e - b));
      if (bs == nullptr) bs = e;
      std::memcpy(o, b, bs - b);
      o += bs - b;
      b = bs;
      if (b == e) break;
      char c = b[1];
      b += 2;
      switch (c) {
        case '"':
        case '\\':
        case '/':
          *o++ = c;
          continue;
        case 'b':
          *o++ = '\b';
          continue;
        case 'f':
          *o++ = '\f';
          continue;
        case 'n':
          *o++ = '\n';
          continue;
        case 'r':
          *o++ = '\r';
          continue;
        case 't':
          *o++ = '\t';
          continue;
        case 'u':
          break;
        default:
          return false;
      }
      int32_t cp = Hex4(b, e);
      if (cp < 0) return false;
      b += 4;
      if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
      if (cp >= 0xD800 && cp <= 0xDBFF) {
        if (e - b < 6 || b[0] != '\\' || b[1] != 'u') return false;
        int32_t low = Hex4(b + 2, e);
        if (low < 0xDC00 || low > 0xDFFF) return false;
        b += 6;
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      }
      o = PutUtf8(static_cast<uint32_t>(cp), o);
    }
    *out = std::string_view(start, o - start);
    return true;
  }
  static int32_t Hex4(const char* b, const char* e) {
    if (e - b < 4) return -1;
    int32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      int d = HexDigit(b[i]);
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    return v;
  }
  bool OptString(std::string_view* out) { return Null() || String(out); }
  bool OptBool(bool* v) {
    if (Literal("true")) return *v = true, true;
    if (Literal("false")) return *v = false, true;
    return Null();
  }
  // The text of a JSON number (strict grammar) at p_; `integer` when it has
  // neither fraction nor exponent, as the general parser tells integers.
  bool NumberText(std::string_view* text, bool* integer) {
    const char* p = p_;
    if (p < end_ && *p == '-') ++p;
    if (p == end_) return false;
    if (*p == '0') {
      ++p;
    } else if (*p >= '1' && *p <= '9') {
      while (p < end_ && IsDigit(*p)) ++p;
    } else {
      return false;
    }
    *integer = true;
    if (p < end_ && *p == '.') {
      ++p;
      if (p == end_ || !IsDigit(*p)) return false;
      while (p < end_ && IsDigit(*p)) ++p;
      *integer = false;
    }
    if (p < end_ && (*p == 'e' || *p == 'E')) {
      ++p;
      if (p < end_ && (*p == '+' || *p == '-')) ++p;
      if (p == end_ || !IsDigit(*p)) return false;
      while (p < end_ && IsDigit(*p)) ++p;
      *integer = false;
    }
    *text = std::string_view(p_, p - p_);
    p_ = p;
    return true;
  }
  // An integer that fits int64 (larger ones: the general parser).
  static bool ParseInt(std::string_view t, int64_t* v) {
    auto r = std::from_chars(t.data(), t.data() + t.size(), *v);
    return r.ec == std::errc() && r.ptr == t.data() + t.size();
  }
  bool OptInt(int64_t* v) {
    if (Null()) return true;
    std::string_view t;
    bool integer = false;
    return NumberText(&t, &integer) && integer && ParseInt(t, v);
  }
  // Integers convert from int64 like the general parser's; other numbers
  // must be finite and in range.
  bool OptDouble(double* v) {
    if (Null()) return true;
    std::string_view t;
    bool integer = false;
    if (!NumberText(&t, &integer)) return false;
    if (integer) {
      int64_t i = 0;
      if (!ParseInt(t, &i)) return false;
      *v = static_cast<double>(i);
      return true;
    }
    auto r = std::from_chars(t.data(), t.data() + t.size(), *v);
    return r.ec == std::errc() && r.ptr == t.data() + t.size() &&
           std::isfinite(*v);
  }
  // Checks and skips any JSON value (an unknown field inside a known
  // object, which the record drops).
  bool SkipValue(int depth) {
    if (p_ == end_ || depth > 64) return false;
    switch (*p_) {
      case '"': {
        std::string_view s;
        return String(&s);
      }
      case '{': {
        ++p_;
        SkipSpace();
        if (Eat('}')) return true;
        while (true) {
          std::string_view s;
          if (!String(&s)) return false;
          SkipSpace();
          if (!Eat(':')) return false;
          SkipSpace();
          if (!SkipValue(depth + 1)) return false;
          SkipSpace();
          if (Eat(',')) {
            SkipSpace();
            continue;
          }
          return Eat('}');
        }
      }
      case '[': {
        ++p_;
        SkipSpace();
        if (Eat(']')) return true;
        while (true) {
          if (!SkipValue(depth + 1)) return false;
          SkipSpace();
          if (Eat(',')) {
            SkipSpace();
            continue;
          }
          return Eat(']');
        }
      }
      case 't':
        return Literal("true");
      case 'f':
        return Literal("false");
      case 'n':
        return Null();
      default: {
        std::string_view t;
        bool integer = false;
        if (!NumberText(&t, &integer)) return false;
        // Numbers the general parser cannot hold are its errors to report.
        double d = 0;
        auto r = std::from_chars(t.data(), t.data() + t.size(), d);
        return r.ec == std::errc() && std::isfinite(d);
      }
    }
  }
  bool Null() { return Literal("null"); }
  // The length is a constant, so the compiler compares inline.
  template <size_t N>
  bool Literal(const char (&word)[N]) {
    if (static_cast<size_t>(end_ - p_) < N - 1 ||
        std::memcmp(p_, word, N - 1) != 0)
      return false;
    p_ += N - 1;
    return true;
  }
  bool Eat(char c) {
    if (p_ < end_ && *p_ == c) {
      ++p_;
      return true;
    }
    return false;
  }
  void SkipSpace() {
    while (p_ < end_ &&
           (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r'))
      ++p_;
  }

  const char* p_;
  const char* end_;
  ViewArena* arena_;
};

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    const char* q = FindSpecial(p, end);
    out->append(p, q - p);
    if (q == end) break;
    unsigned char c = static_cast<unsigned char>(*q);
    p = q + 1;
    if (c >= 0x80) {
      size_t n = Utf8Length(std::string_view(q, end - q), 0);
      if (n == 0) {
        out->append("\xEF\xBF\xBD");
      } else {
        out->append(q, n);
        p = q + n;
      }
      continue;
    }
    // JSON's two-character escapes; other control characters are \u00XX.
    static constexpr std::string_view kEscaped = "\"\\\n\r\t\b\f";
    static constexpr std::string_view kEscapes = "\"\\nrtbf";
    if (size_t i = kEscaped.find(static_cast<char>(c)); i != kEscaped.npos) {
      out->push_back('\\');
      out->push_back(kEscapes[i]);
    } else {
      out->append("\\u00");
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 15]);
    }
  }
  out->push_back('"');
}

void EncodeEvent(const Event& event, std::string* out) { Encode(event, out); }
void EncodeEvent(const EventView& event, std::string* out) {
  Encode(event, out);
}

bool DecodeEventFast(std::string_view text, Event* event) {
  EventView view;
  ViewArena arena;
  if (!Decoder(text, &arena).Event(&view)) return false;
  ToEvent(view, event);
  return true;
}

}  // namespace dipgraph::internal

namespace dipgraph {

void AppendEventJson(const EventView& view, std::string* out) {
  internal::EncodeEvent(view, out);
}

bool DecodeEventView(std::string_view text, EventView* view, ViewArena* arena) {
  // Made anew in place: assigning a temporary copied its 584 bytes with a
  // slow string instruction, half of this function's own time.
  static_assert(std::is_trivially_destructible_v<EventView>);
  new (view) EventView();
  return internal::Decoder(text, arena).Event(view);
}

}  // namespace dipgraph
