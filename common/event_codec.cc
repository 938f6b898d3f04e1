#include "common/event_codec.h"

#include <charconv>
#include <cmath>
#include <cstring>

#include "common/text.h"

namespace dipgraph::internal {
namespace {

// Appends `s` as a JSON string; invalid UTF-8 bytes become U+FFFD, as the
// nlohmann writer does with error_handler_t::replace.
void AppendString(std::string_view s, std::string* out) {
  out->push_back('"');
  static const char kHex[] = "0123456789abcdef";
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      size_t n = Utf8Length(s, i);
      if (n == 0) {
        out->append("\xEF\xBF\xBD");
        ++i;
      } else {
        out->append(s.substr(i, n));
        i += n;
      }
      continue;
    }
    // The bytes JSON escapes with a letter, and those letters.
    constexpr std::string_view kByte = "\"\\\n\r\t\b\f";
    constexpr std::string_view kLetter = "\"\\nrtbf";
    if (c >= 0x20 && c != '"' && c != '\\') {
      out->push_back(static_cast<char>(c));
    } else if (const size_t k = kByte.find(static_cast<char>(c));
               k != std::string_view::npos) {
      out->push_back('\\');
      out->push_back(kLetter[k]);
    } else {
      out->append("\\u00");
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 15]);
    }
    ++i;
  }
  out->push_back('"');
}

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

// Appends `key` (the record's text up to the value, as ",\"title\":") and
// the value.
void PutString(std::string* out, std::string_view key, std::string_view v) {
  out->append(key);
  AppendString(v, out);
}
void PutInt(std::string* out, std::string_view key, int64_t v) {
  out->append(key);
  AppendInt(v, out);
}
void PutDouble(std::string* out, std::string_view key, double v) {
  out->append(key);
  AppendDouble(v, out);
}

void AppendActor(const Actor& a, std::string* out) {
  PutString(out, "{\"text\":", a.text);
  PutString(out, ",\"id\":", a.id);
  PutString(out, ",\"name\":", a.name);
  PutString(out, ",\"country\":", a.country);
  PutString(out, ",\"role\":", a.role);
  PutString(out, ",\"type\":", a.type);
  if (a.unlisted) out->append(",\"unlisted\":true");
  out->push_back('}');
}

}  // namespace

void EncodeEvent(const Event& e, std::string* out) {
  PutString(out, "{\"id\":", e.id);
  PutString(out, ",\"doc\":{\"id\":", e.doc.id);
  PutString(out, ",\"title\":", e.doc.title);
  PutString(out, ",\"source\":", e.doc.source);
  PutString(out, ",\"date\":", e.doc.date);
  PutInt(out, "},\"sentence\":{\"index\":", e.sentence.index);
  PutString(out, ",\"text\":", e.sentence.text);
  PutInt(out, ",\"start\":", e.sentence.start);
  PutInt(out, ",\"end\":", e.sentence.end);
  PutString(out, "},\"date\":", e.date);
  out->append(",\"source\":");
  AppendActor(e.source, out);
  out->append(",\"target\":");
  if (e.target)
    AppendActor(*e.target, out);
  else
    out->append("null");
  const Action& a = e.action;
  PutString(out, ",\"action\":{\"text\":", a.text);
  PutString(out, ",\"lemma\":", a.lemma);
  PutString(out, ",\"cameo\":", a.cameo);
  PutString(out, ",\"root\":", a.root);
  PutString(out, ",\"label\":", a.label);
  PutInt(out, ",\"quad_class\":", a.quad_class);
  PutDouble(out, ",\"goldstein\":", a.goldstein);
  PutString(out, ",\"plover\":", a.plover);
  PutString(out, ",\"pattern\":", a.pattern);
  PutString(out, "},\"content\":", e.content);
  PutString(out, ",\"attribution\":", e.attribution);
  out->append(e.quote ? ",\"quote\":true" : ",\"quote\":false");
  out->append(e.negated ? ",\"negated\":true" : ",\"negated\":false");
  PutString(out, ",\"modality\":", e.modality);
  PutDouble(out, ",\"confidence\":", e.confidence);
  PutInt(out, ",\"mentions\":", e.mentions);
  PutString(out, ",\"parent\":", e.parent);
  out->append(e.symmetric ? ",\"symmetric\":true" : ",\"symmetric\":false");
  for (const auto& [key, value] : e.extra.items()) {
    out->push_back(',');
    AppendString(key, out);
    out->push_back(':');
    out->append(value.dump(-1, ' ', false,
                           nlohmann::ordered_json::error_handler_t::replace));
  }
  out->push_back('}');
}

namespace {

// A one-pass reader for the record's own shape. Any surprise makes it fail;
// the caller then uses the general parser.
class FastReader {
 public:
  explicit FastReader(std::string_view s) : s_(s) {}

  bool Event(dipgraph::Event* e) {
    bool has_id = false, has_doc = false, has_source = false,
         has_action = false;
    bool ok = Object([&](std::string_view key) {
      if (key == "id") return has_id = String(&e->id);
      if (key == "doc") return has_doc = Doc(&e->doc);
      if (key == "sentence") return Sentence(&e->sentence);
      if (key == "date") return String(&e->date);
      if (key == "source") return has_source = Actor(&e->source);
      if (key == "target") {
        if (Literal("null")) return true;
        e->target.emplace();
        return Actor(&*e->target);
      }
      if (key == "action") return has_action = ActionObj(&e->action);
      if (key == "content") return String(&e->content);
      if (key == "attribution") return String(&e->attribution);
      if (key == "quote") return Bool(&e->quote);
      if (key == "negated") return Bool(&e->negated);
      if (key == "modality") return String(&e->modality);
      if (key == "confidence") return Number(&e->confidence);
      if (key == "mentions") return Int(&e->mentions);
      if (key == "parent") return String(&e->parent);
      if (key == "symmetric") return Bool(&e->symmetric);
      return false;  // unknown field: let the general parser keep it
    });
    SkipSpace();
    return ok && pos_ == s_.size() && has_id && has_doc && has_source &&
           has_action && !e->action.cameo.empty() && !e->doc.id.empty() &&
           (!e->source.id.empty() || !e->source.text.empty()) &&
           (!e->target || !e->target->id.empty() || !e->target->text.empty());
  }

 private:
  template <typename F>
  bool Object(F&& field) {
    SkipSpace();
    if (!Eat('{')) return false;
    SkipSpace();
    if (Eat('}')) return true;
    std::string key;
    while (true) {
      SkipSpace();
      if (!String(&key)) return false;
      SkipSpace();
      if (!Eat(':')) return false;
      SkipSpace();
      if (!field(std::string_view(key))) return false;
      SkipSpace();
      if (Eat(',')) continue;
      return Eat('}');
    }
  }
  bool Doc(DocInfo* d) {
    return Object([&](std::string_view k) {
      if (k == "id") return String(&d->id);
      if (k == "title") return String(&d->title);
      if (k == "source") return String(&d->source);
      if (k == "date") return String(&d->date);
      return false;
    });
  }
  bool Sentence(SentenceInfo* s) {
    return Object([&](std::string_view k) {
      if (k == "index") return Int(&s->index);
      if (k == "text") return String(&s->text);
      if (k == "start") return Int(&s->start);
      if (k == "end") return Int(&s->end);
      return false;
    });
  }
  bool Actor(dipgraph::Actor* a) {
    using A = dipgraph::Actor;
    static constexpr std::pair<std::string_view, std::string A::*> kStrings[] =
        {{"text", &A::text},       {"id", &A::id},     {"name", &A::name},
         {"country", &A::country}, {"role", &A::role}, {"type", &A::type}};
    return Object([&](std::string_view k) {
      for (const auto& [key, field] : kStrings)
        if (k == key) return String(&(a->*field));
      if (k == "unlisted") return Bool(&a->unlisted);
      return false;
    });
  }
  bool ActionObj(dipgraph::Action* a) {
    return Object([&](std::string_view k) {
      if (k == "text") return String(&a->text);
      if (k == "lemma") return String(&a->lemma);
      if (k == "cameo") return String(&a->cameo);
      if (k == "root") return String(&a->root);
      if (k == "label") return String(&a->label);
      if (k == "quad_class") {
        int64_t v = 0;
        if (!Int(&v) || v < INT32_MIN || v > INT32_MAX) return false;
        a->quad_class = static_cast<int>(v);
        return true;
      }
      if (k == "goldstein") return Number(&a->goldstein);
      if (k == "plover") return String(&a->plover);
      if (k == "pattern") return String(&a->pattern);
      return false;
    });
  }
  // Strings without escapes other than the simple ones and \uXXXX in the
  // BMP (non-surrogate); raw bytes must be valid UTF-8.
  bool String(std::string* out) {
    if (!Eat('"')) return false;
    out->clear();
    while (pos_ < s_.size()) {
      size_t run = pos_;
      while (run < s_.size() && s_[run] != '"' && s_[run] != '\\' &&
             static_cast<unsigned char>(s_[run]) >= 0x20 &&
             static_cast<unsigned char>(s_[run]) < 0x80)
        ++run;
      out->append(s_.substr(pos_, run - pos_));
      pos_ = run;
      if (pos_ >= s_.size()) return false;
      unsigned char c = static_cast<unsigned char>(s_[pos_]);
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c < 0x20) return false;
      if (c >= 0x80) {
        size_t n = Utf8Length(s_, pos_);
        if (n == 0) return false;
        out->append(s_.substr(pos_, n));
        pos_ += n;
        continue;
      }
      if (!Escape(out)) return false;
    }
    return false;
  }
  bool Escape(std::string* out) {
    if (++pos_ >= s_.size()) return false;
    const char c = s_[pos_++];
    // The one-letter escapes, and the bytes they stand for.
    constexpr std::string_view kEscape = "\"\\/nrtbf";
    constexpr std::string_view kByte = "\"\\/\n\r\t\b\f";
    if (const size_t i = kEscape.find(c); i != std::string_view::npos) {
      out->push_back(kByte[i]);
      return true;
    }
    if (c != 'u') return false;
    if (pos_ + 4 > s_.size()) return false;
    uint32_t cp = 0;
    auto r = std::from_chars(s_.data() + pos_, s_.data() + pos_ + 4, cp, 16);
    if (r.ptr != s_.data() + pos_ + 4) return false;
    pos_ += 4;
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;  // pairs: general parser
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
    return true;
  }
  bool Int(int64_t* v) {
    size_t start = pos_;
    auto r = std::from_chars(s_.data() + pos_, s_.data() + s_.size(), *v);
    if (r.ec != std::errc()) return false;
    pos_ = r.ptr - s_.data();
    // Reject "1.5" or "1e3": integers only.
    return pos_ > start &&
           (pos_ >= s_.size() || std::strchr(".eE", s_[pos_]) == nullptr ||
            s_[pos_] == '\0');
  }
  bool Number(double* v) {
    if (pos_ < s_.size() && s_[pos_] == '+') return false;
    auto r = std::from_chars(s_.data() + pos_, s_.data() + s_.size(), *v);
    if (r.ec != std::errc()) return false;
    std::string_view num(s_.data() + pos_, r.ptr - (s_.data() + pos_));
    // JSON forbids "inf", "nan", hex and leading dots that from_chars takes.
    if (num.find_first_not_of("0123456789.eE+-") != std::string_view::npos ||
        num[0] == '.' || (num.size() > 1 && num[0] == '-' && num[1] == '.'))
      return false;
    pos_ = r.ptr - s_.data();
    return true;
  }
  bool Bool(bool* v) {
    if (Literal("true")) return *v = true, true;
    if (Literal("false")) return *v = false, true;
    return false;
  }
  bool Literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }
  bool Eat(char c) {
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  void SkipSpace() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' ||
                                s_[pos_] == '\n' || s_[pos_] == '\r'))
      ++pos_;
  }

  std::string_view s_;
  size_t pos_ = 0;
};

}  // namespace

bool DecodeEventFast(std::string_view text, Event* event) {
  *event = Event();
  return FastReader(text).Event(event);
}

}  // namespace dipgraph::internal
