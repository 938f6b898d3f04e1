// Writing GDELT, ICEWS and PLOVER lines, and reading PLOVER's JSON (which
// shares the field names with its writer).
#include <algorithm>
#include <charconv>
#include <cstdio>

#include "common/event_formats.h"
#include "common/event_formats_internal.h"

namespace dipgraph {
namespace {

using Json = nlohmann::ordered_json;

// PLOVER event types and the CAMEO root each is mostly coded from: our
// codebook's CAMEO→PLOVER column (data/cameo/cameo.tsv) read backwards,
// with the PLOVER manual's INVESTIGATE, DEMAND and DISAPPROVE.
constexpr std::pair<std::string_view, std::string_view> kPloverRoots[] = {
    {"AGREE", "03"},     {"CONSULT", "04"},     {"SUPPORT", "05"},
    {"COOPERATE", "06"}, {"AID", "07"},         {"CONCEDE", "08"},
    {"RETREAT", "08"},   {"INVESTIGATE", "09"}, {"REQUEST", "10"},
    {"DEMAND", "10"},    {"ACCUSE", "11"},      {"DISAPPROVE", "11"},
    {"REJECT", "12"},    {"THREATEN", "13"},    {"PROTEST", "14"},
    {"MOBILIZE", "15"},  {"SANCTION", "16"},    {"COERCE", "17"},
    {"ASSAULT", "18"}};

// A field of a tab-separated line: tabs and line ends become spaces.
void Field(std::string_view s, std::string* out) {
  for (char c : s)
    out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

void Sep(std::string* out) { out->push_back('\t'); }

void Number(double v, std::string* out) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, ec == std::errc() ? end : buf);
}

std::string Digits(std::string_view date) {  // "YYYY-MM-DD" -> "YYYYMMDD"
  if (!IsValidDate(date)) return "";
  std::string d;
  for (char c : date)
    if (c != '-') d.push_back(c);
  return d;
}

// The event's date, else its document's when that is a YYYY-MM-DD date (a
// PLOVER cite_info date is free text: written as the event's date it would
// not read back).
const std::string& DateOf(const Event& e) {
  static const std::string kNone;
  if (!e.date.empty()) return e.date;
  return IsValidDate(e.doc.date) ? e.doc.date : kNone;
}

bool IsGroup(std::string_view country) {
  return country == "IGO" || country == "NGO" || country == "IMG" ||
         country == "MNC";
}

// The ten GDELT actor fields (Code … Type3Code) of `a`; blank for none.
void GdeltActor(const Actor* a, std::string* out) {
  if (a == nullptr) {
    out->append(9, '\t');
    return;
  }
  Field(a->id, out);
  Sep(out);
  Field(a->name.empty() ? a->text : a->name, out);
  Sep(out);
  if (!IsGroup(a->country)) Field(a->country, out);
  Sep(out);
  if (IsGroup(a->country) && a->id.size() >= 6 &&
      std::string_view(a->id).substr(0, 3) == a->country)
    Field(std::string_view(a->id).substr(3, 3), out);
  out->append("\t\t\t\t");  // KnownGroup | Ethnic, Religion1, Religion2
  Field(a->role, out);
  out->append("\t\t");  // Type2Code, Type3Code
}

void AppendGdelt(bool v2, const Event& e, std::string_view id,
                 std::string* out) {
  std::string day = Digits(DateOf(e));
  out->append(id);
  Sep(out);
  out->append(day);
  Sep(out);
  if (!day.empty()) {
    out->append(day, 0, 6);
    Sep(out);
    out->append(day, 0, 4);
    Sep(out);
    // The codebook's FractionDate: YYYY + (MONTH * 30 + DAY) / 365.
    int month = std::stoi(day.substr(4, 2)), mday = std::stoi(day.substr(6));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.4f",
                  std::stoi(day.substr(0, 4)) + (month * 30 + mday) / 365.0);
    out->append(buf);
  } else {
    out->append("\t\t");
  }
  Sep(out);
  GdeltActor(&e.source, out);
  Sep(out);
  GdeltActor(e.target ? &*e.target : nullptr, out);
  Sep(out);
  out->append(e.sentence.index == 0 ? "1" : "0");  // IsRootEvent
  Sep(out);
  const Action& a = e.action;
  std::string_view code = a.cameo;
  Field(code, out);
  Sep(out);
  Field(code.substr(0, 3), out);
  Sep(out);
  Field(a.root.empty() ? code.substr(0, 2) : std::string_view(a.root), out);
  Sep(out);
  int quad = a.quad_class != 0 ? a.quad_class
                               : internal::QuadClassOfRoot(code.substr(0, 2));
  out->append(std::to_string(quad));
  Sep(out);
  Number(a.goldstein, out);
  Sep(out);
  // NumMentions, NumSources, NumArticles: one article; AvgTone unknown.
  out->append(std::to_string(e.mentions) + "\t1\t1\t");
  for (int block = 0; block < 3; ++block)  // Actor1Geo, Actor2Geo, ActionGeo
    out->append(v2 ? "\t0\t\t\t\t\t\t\t" : "\t0\t\t\t\t\t\t");
  Sep(out);
  std::string added = Digits(e.doc.date.empty() ? DateOf(e) : e.doc.date);
  out->append(added);
  if (v2 && !added.empty()) out->append("000000");
  Sep(out);
  Field(e.doc.id, out);
  out->push_back('\n');
}

void AppendIcews(const Event& e, std::string_view id, std::string* out) {
  auto actor = [&](const Actor* a) {
    if (a != nullptr) Field(!a->name.empty() ? a->name : a->text, out);
    Sep(out);
    if (a != nullptr) Field(a->role, out);
    Sep(out);
    if (a != nullptr) Field(a->country, out);
  };
  out->append(id);
  Sep(out);
  out->append(DateOf(e));
  Sep(out);
  actor(&e.source);
  Sep(out);
  Field(e.action.label, out);
  Sep(out);
  Field(e.action.cameo, out);
  Sep(out);
  Number(e.action.goldstein, out);
  Sep(out);
  actor(e.target ? &*e.target : nullptr);
  Sep(out);
  Field(e.doc.id, out);
  Sep(out);
  out->append(std::to_string(e.sentence.index + 1));
  Sep(out);
  Field(e.doc.source, out);
  out->append("\t\t\t\t\t\t\n");  // City, District, Province, Country, Lat, Lon
}

// PLOVER's entity object; our fields without a PLOVER name go as "cameo".
Json PloverEntity(const Actor& a) {
  Json j = Json::object();
  auto put = [&](const char* key, const std::string& v) {
    if (!v.empty()) j[key] = v;
  };
  put("code", a.country);
  put("sector", a.role);
  put("entity_text", a.text);
  put("identifier_text", a.name);
  put("cameo", a.id);
  return j;
}

void AppendPlover(const Event& e, std::string* out) {
  Json j = Json::object();
  j["id"] = e.id;
  j["date"] = DateOf(e);
  j["actor"] = Json::array({PloverEntity(e.source)});
  if (e.target) j["recipient"] = Json::array({PloverEntity(*e.target)});
  const Action& a = e.action;
  j["event"] = a.plover.empty() ? Json::array() : Json::array({a.plover});
  j["cameo"] = a.cameo;
  j["quad_code"] = a.quad_class;
  j["event_scale"] = a.goldstein;
  if (!a.text.empty()) j["event_text"] = Json::array({a.text});
  if (!e.sentence.text.empty()) j["text"] = e.sentence.text;
  j["text_info"] = {{"sequence", e.sentence.index},
                    {"start", e.sentence.start},
                    {"end", e.sentence.end}};
  Json cite = Json::object();
  bool url =
      e.doc.id.rfind("http://", 0) == 0 || e.doc.id.rfind("https://", 0) == 0;
  cite[url ? "url" : "citation"] = e.doc.id;
  if (!e.doc.title.empty()) cite["title"] = e.doc.title;
  if (!e.doc.source.empty()) cite["publication"] = e.doc.source;
  if (!e.doc.date.empty()) cite["date"] = e.doc.date;
  j["cite_info"] = cite;
  j["coder"] = "dipgraph";
  for (const auto& [key, value] : e.extra.items())
    if (!j.contains(key)) j[key] = value;
  out->append(j.dump(-1, ' ', false, Json::error_handler_t::replace));
  out->push_back('\n');
}

// ---- reading PLOVER ----

Status GetString(const Json& o, const char* key, std::string* out) {
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) return Status::Ok();
  if (it->is_string()) {
    *out = it->get<std::string>();
  } else if (it->is_number()) {
    *out = it->dump();
  } else {
    return InvalidInput(std::string(key) + " must be a string");
  }
  return Status::Ok();
}

// The first element of a list, or the value itself; null for none.
const Json* FirstOf(const Json& o, const char* key) {
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) return nullptr;
  if (it->is_array()) return it->empty() ? nullptr : &it->front();
  return &*it;
}

bool IsUpperCode(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  });
}

Status PloverActor(const Json& j, const char* which, Actor* a) {
  if (!j.is_object())
    return InvalidInput(std::string(which) + " must be an entity object");
  RETURN_IF_ERROR(GetString(j, "code", &a->country));
  if (a->country.empty())
    RETURN_IF_ERROR(GetString(j, "country_name", &a->country));
  RETURN_IF_ERROR(GetString(j, "sector", &a->role));
  if (a->role.empty()) RETURN_IF_ERROR(GetString(j, "sector_code", &a->role));
  RETURN_IF_ERROR(GetString(j, "entity_text", &a->text));
  if (a->text.empty()) RETURN_IF_ERROR(GetString(j, "raw_text", &a->text));
  RETURN_IF_ERROR(GetString(j, "identifier_text", &a->name));
  if (a->name.empty()) RETURN_IF_ERROR(GetString(j, "entity_name", &a->name));
  RETURN_IF_ERROR(GetString(j, "cameo", &a->id));
  if (a->id.empty() && a->country.size() == 3 && IsUpperCode(a->country) &&
      (a->role.empty() || IsUpperCode(a->role)))
    a->id = a->country + a->role;
  if (a->id.empty() && a->text.empty()) a->text = a->name;
  if (a->id.empty() && a->text.empty())
    return InvalidInput(std::string(which) + " has no code, text or name");
  return Status::Ok();
}

Status PloverAction(const Json& j, Event* e) {
  Action& a = e->action;
  if (const Json* ev = FirstOf(j, "event")) {
    if (!ev->is_string()) return InvalidInput("event must be a string or list");
    a.plover = ev->get<std::string>();
  }
  RETURN_IF_ERROR(GetString(j, "cameo", &a.cameo));
  if (a.cameo.empty()) {
    a.cameo = std::string(internal::RootOfPlover(a.plover));
    if (a.cameo.empty())
      return InvalidInput("event \"" + a.plover +
                          "\" is not a PLOVER event type");
  }
  if (!internal::IsCameoCode(a.cameo))
    return InvalidInput("cameo \"" + a.cameo + "\" is not a CAMEO code");
  a.root = a.cameo.substr(0, 2);
  auto q = j.find("quad_code");
  a.quad_class = q != j.end() && q->is_number_integer()
                     ? q->get<int>()
                     : internal::QuadClassOfRoot(a.root);
  auto g = j.find("event_scale");
  if (g != j.end() && g->is_number()) a.goldstein = g->get<double>();
  if (const Json* t = FirstOf(j, "event_text"); t && t->is_string())
    a.text = t->get<std::string>();
  return Status::Ok();
}

Status PloverSource(const Json& j, Event* e) {
  RETURN_IF_ERROR(GetString(j, "text", &e->sentence.text));
  auto info = j.find("text_info");
  if (info != j.end() && info->is_object()) {
    auto num = [&](const char* k, int64_t* v) {
      auto it = info->find(k);
      if (it != info->end() && it->is_number_integer()) *v = it->get<int64_t>();
    };
    num("sequence", &e->sentence.index);
    num("start", &e->sentence.start);
    num("end", &e->sentence.end);
  }
  auto cite = j.find("cite_info");
  if (cite != j.end() && cite->is_object()) {
    RETURN_IF_ERROR(GetString(*cite, "url", &e->doc.id));
    if (e->doc.id.empty())
      RETURN_IF_ERROR(GetString(*cite, "citation", &e->doc.id));
    RETURN_IF_ERROR(GetString(*cite, "title", &e->doc.title));
    RETURN_IF_ERROR(GetString(*cite, "publication", &e->doc.source));
    RETURN_IF_ERROR(GetString(*cite, "date", &e->doc.date));
  }
  if (e->doc.id.empty()) e->doc.id = e->id;
  return Status::Ok();
}

}  // namespace

namespace internal {

std::string_view RootOfPlover(std::string_view plover) {
  for (const auto& [type, root] : kPloverRoots)
    if (type == plover) return root;
  return {};
}

Status DecodePloverLine(std::string_view line, Event* e) {
  Json j = Json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return InvalidInput("not a JSON object");
  *e = Event();
  RETURN_IF_ERROR(GetString(j, "id", &e->id));
  if (e->id.empty()) return InvalidInput("id is missing");
  RETURN_IF_ERROR(GetString(j, "date", &e->date));
  if (!e->date.empty() && !IsValidDate(e->date))
    return InvalidInput("date \"" + e->date + "\" is not a YYYY-MM-DD date");
  const Json* actor = FirstOf(j, "actor");
  if (actor == nullptr) return InvalidInput("actor is missing");
  RETURN_IF_ERROR(PloverActor(*actor, "actor", &e->source));
  if (const Json* r = FirstOf(j, "recipient")) {
    e->target.emplace();
    RETURN_IF_ERROR(PloverActor(*r, "recipient", &*e->target));
  }
  RETURN_IF_ERROR(PloverAction(j, e));
  RETURN_IF_ERROR(PloverSource(j, e));
  // An event without a date happened on its document's day when that is a
  // YYYY-MM-DD date, as the writers have it (DateOf): read otherwise, a line
  // written back would read to another date.
  if (e->date.empty() && IsValidDate(e->doc.date)) e->date = e->doc.date;
  // Fields PLOVER has and the record lacks (mode, context, event_loc …)
  // are kept as the record's extra fields.
  static constexpr std::string_view kRead[] = {
      "id",        "date",      "actor",       "recipient",  "event",
      "cameo",     "quad_code", "event_scale", "event_text", "text",
      "text_info", "cite_info", "coder"};
  for (auto& [key, value] : j.items())
    if (std::find(std::begin(kRead), std::end(kRead), key) == std::end(kRead))
      e->extra[key] = value;
  return Status::Ok();
}

}  // namespace internal

std::string EventWriter::Header() const {
  return format_ == EventFormat::kIcews ? std::string(icews::kHeader) + "\n"
                                        : "";
}

std::string EventWriter::NumericId(std::string_view id) {
  bool digits = !id.empty() && id.size() < 19 &&
                std::all_of(id.begin(), id.end(),
                            [](char c) { return c >= '0' && c <= '9'; });
  return digits ? std::string(id) : std::to_string(next_id_++);
}

void EventWriter::Append(const Event& e, std::string* out) {
  switch (format_) {
    case EventFormat::kGdelt1:
    case EventFormat::kGdelt2:
      AppendGdelt(format_ == EventFormat::kGdelt2, e, NumericId(e.id), out);
      return;
    case EventFormat::kIcews:
      AppendIcews(e, NumericId(e.id), out);
      return;
    case EventFormat::kPolecat:
      AppendPlover(e, out);
      return;
    default:
      out->append(EventToJson(e));
      out->push_back('\n');
  }
}

}  // namespace dipgraph
