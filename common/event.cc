#include "common/event.h"

#include <algorithm>
#include <cmath>
#include <span>

#include "common/event_codec.h"
#include "common/event_view.h"

namespace dipgraph {
namespace {

using ojson = nlohmann::ordered_json;
using json = nlohmann::ordered_json;

constexpr std::string_view kKnownKeys[] = {
    "id",         "doc",      "sentence",    "date",     "source",  "target",
    "action",     "content",  "attribution", "quote",    "negated", "modality",
    "confidence", "mentions", "parent",      "symmetric"};

ojson ActorToJson(const Actor& a) {
  ojson j = {{"text", a.text},       {"id", a.id},     {"name", a.name},
             {"country", a.country}, {"role", a.role}, {"type", a.type}};
  if (a.unlisted) j["unlisted"] = true;
  return j;
}

// Reads typed fields out of a JSON object, remembering the first error.
class FieldReader {
 public:
  FieldReader(const json& obj, std::string prefix)
      : obj_(obj), prefix_(std::move(prefix)) {}

  void String(const char* key, std::string* out, bool required = false) {
    const json* v = Find(key, required);
    if (v == nullptr) return;
    if (!v->is_string()) return Fail(key, "expected a string");
    *out = v->get<std::string>();
  }
  void Int(const char* key, int64_t* out) {
    Typed(key, out, &json::is_number_integer, "expected an integer");
  }
  void Int(const char* key, int* out) {
    int64_t x = *out;
    Int(key, &x);
    *out = static_cast<int>(x);
  }
  void Number(const char* key, double* out) {
    Typed(key, out, &json::is_number, "expected a number");
  }
  void Bool(const char* key, bool* out) {
    Typed(key, out, &json::is_boolean, "expected true or false");
  }
  // Returns the sub-object, or nullptr when absent/null (or on error).
  const json* Object(const char* key, bool required = false) {
    const json* v = Find(key, required);
    if (v == nullptr) return nullptr;
    if (!v->is_object()) {
      Fail(key, "expected an object");
      return nullptr;
    }
    return v;
  }
  // Reads the sub-object at `key`, when there, with `read(FieldReader&)`;
  // its first error becomes this reader's.
  template <typename F>
  void Nested(const char* key, bool required, F&& read) {
    if (const json* v = Object(key, required)) {
      FieldReader sub(*v, Path(key));
      read(sub);
      Merge(sub.status());
    }
  }
  std::string Path(const char* key) const {
    return prefix_.empty() ? key : prefix_ + "." + key;
  }
  const Status& status() const { return status_; }
  void Merge(const Status& s) {
    if (status_.ok() && !s.ok()) status_ = s;
  }

 private:
  // An optional field of type T, checked by `is` (json::is_boolean …).
  template <typename T>
  void Typed(const char* key, T* out, bool (json::*is)() const noexcept,
             const char* expected) {
    const json* v = Find(key, false);
    if (v == nullptr) return;
    if (!(v->*is)()) return Fail(key, expected);
    *out = v->get<T>();
  }
  const json* Find(const char* key, bool required) {
    auto it = obj_.find(key);
    if (it == obj_.end() || it->is_null()) {
      if (required) Fail(key, "missing required field");
      return nullptr;
    }
    return &*it;
  }
  void Fail(const char* key, const char* what) {
    if (status_.ok())
      status_ = InvalidInput("field \"" + Path(key) + "\": " + what);
  }

  const json& obj_;
  std::string prefix_;
  Status status_;
};

void ReadActor(const json& j, const std::string& prefix, Actor* a, Status* st) {
  FieldReader r(j, prefix);
  r.String("text", &a->text);
  r.String("id", &a->id);
  r.String("name", &a->name);
  r.String("country", &a->country);
  r.String("role", &a->role);
  r.String("type", &a->type);
  r.Bool("unlisted", &a->unlisted);
  if (r.status().ok() && a->id.empty() && a->text.empty())
    r.Merge(InvalidInput("field \"" + prefix + "\": needs \"id\" or \"text\""));
  if (st->ok()) *st = r.status();
}

bool Contains(std::span<const std::string_view> set, std::string_view v) {
  return std::find(set.begin(), set.end(), v) != set.end();
}

}  // namespace

ojson EventToJsonValue(const Event& e) {
  ojson j = ojson::object();
  j["id"] = e.id;
  j["doc"] = {{"id", e.doc.id},
              {"title", e.doc.title},
              {"source", e.doc.source},
              {"date", e.doc.date}};
  j["sentence"] = {{"index", e.sentence.index},
                   {"text", e.sentence.text},
                   {"start", e.sentence.start},
                   {"end", e.sentence.end}};
  j["date"] = e.date;
  j["source"] = ActorToJson(e.source);
  j["target"] = e.target ? ActorToJson(*e.target) : ojson(nullptr);
  j["action"] = {
      {"text", e.action.text},           {"lemma", e.action.lemma},
      {"cameo", e.action.cameo},         {"root", e.action.root},
      {"label", e.action.label},         {"quad_class", e.action.quad_class},
      {"goldstein", e.action.goldstein}, {"plover", e.action.plover},
      {"pattern", e.action.pattern}};
  j["content"] = e.content;
  j["attribution"] = e.attribution;
  j["quote"] = e.quote;
  j["negated"] = e.negated;
  j["modality"] = e.modality;
  j["confidence"] = e.confidence;
  j["mentions"] = e.mentions;
  j["parent"] = e.parent;
  j["symmetric"] = e.symmetric;
  for (const auto& [key, value] : e.extra.items()) j[key] = value;
  return j;
}

std::string EventToJson(const Event& e) {
  std::string out;
  out.reserve(1024);
  internal::EncodeEvent(e, &out);
  return out;
}

Result<Event> EventFromJsonValue(const nlohmann::ordered_json& j) {
  if (!j.is_object()) return InvalidInput("expected a JSON object");
  Event e;
  FieldReader r(j, "");
  r.String("id", &e.id, /*required=*/true);
  r.Nested("doc", /*required=*/true, [&](FieldReader& d) {
    d.String("id", &e.doc.id, true);
    d.String("title", &e.doc.title);
    d.String("source", &e.doc.source);
    d.String("date", &e.doc.date);
  });
  r.Nested("sentence", /*required=*/false, [&](FieldReader& d) {
    d.Int("index", &e.sentence.index);
    d.String("text", &e.sentence.text);
    d.Int("start", &e.sentence.start);
    d.Int("end", &e.sentence.end);
  });
  r.String("date", &e.date);
  Status actor_status;
  if (const json* s = r.Object("source", /*required=*/true))
    ReadActor(*s, "source", &e.source, &actor_status);
  if (const json* t = r.Object("target")) {
    e.target.emplace();
    ReadActor(*t, "target", &*e.target, &actor_status);
  }
  r.Merge(actor_status);
  r.Nested("action", /*required=*/true, [&](FieldReader& d) {
    d.String("text", &e.action.text);
    d.String("lemma", &e.action.lemma);
    d.String("cameo", &e.action.cameo, /*required=*/true);
    d.String("root", &e.action.root);
    d.String("label", &e.action.label);
    d.Int("quad_class", &e.action.quad_class);
    d.Number("goldstein", &e.action.goldstein);
    d.String("plover", &e.action.plover);
    d.String("pattern", &e.action.pattern);
  });
  r.String("content", &e.content);
  r.String("attribution", &e.attribution);
  r.Bool("quote", &e.quote);
  r.Bool("negated", &e.negated);
  r.String("modality", &e.modality);
  r.Number("confidence", &e.confidence);
  r.Int("mentions", &e.mentions);
  r.String("parent", &e.parent);
  r.Bool("symmetric", &e.symmetric);
  if (!r.status().ok()) return r.status();
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (!Contains(kKnownKeys, it.key())) e.extra[it.key()] = *it;
  }
  return e;
}

namespace internal {

Result<Event> DecodeEventGeneral(std::string_view text) {
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    // Parse again with exceptions on to learn where and why.
    try {
      json again = json::parse(text);
      (void)again;
    } catch (const json::parse_error& err) {
      std::string what = err.what();
      auto pos = what.find("syntax error");
      return InvalidInput("malformed JSON (" +
                          (pos == std::string::npos ? what : what.substr(pos)) +
                          ")");
    } catch (const std::exception& err) {
      return InvalidInput(std::string("malformed JSON: ") + err.what());
    }
    return InvalidInput("malformed JSON");
  }
  return EventFromJsonValue(j);
}

}  // namespace internal

Result<Event> EventFromJson(std::string_view text) {
  Event fast;
  if (internal::DecodeEventFast(text, &fast)) return fast;
  return internal::DecodeEventGeneral(text);
}

bool IsValidDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  auto num = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) v = v * 10 + (d[i] - '0');
    return v;
  };
  int y = num(0, 4), m = num(5, 2), day = num(8, 2);
  if (m < 1 || m > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int max = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
  return day <= max;
}

std::vector<std::string> ValidateEvent(const Event& e) {
  return ValidateEventView(ViewOf(e));
}

}  // namespace dipgraph
