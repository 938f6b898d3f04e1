// Reading GDELT, ICEWS and PLOVER lines (writing is event_formats_write.cc).
// The column layouts are the codebooks' (docs/formats.md cites them).
#include "common/event_formats.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <span>

#include "common/event_formats_internal.h"

namespace dipgraph {
namespace {

using internal::AsciiEqualsIgnoreCase;
using internal::IsCameoCode;
using internal::QuadClassOfRoot;
using internal::StripBom;

constexpr std::string_view kNames[] = {"detect", "dipgraph", "gdelt1",
                                       "gdelt2", "icews",    "polecat"};

// Splits a tab-separated line into at most fields.size() fields; the number
// of fields the line has (which may be more).
size_t SplitTabs(std::string_view line, std::span<std::string_view> fields) {
  size_t n = 0;
  while (true) {
    size_t tab = line.find('\t');
    if (n < fields.size()) fields[n] = line.substr(0, tab);
    ++n;
    if (tab == std::string_view::npos) return n;
    line.remove_prefix(tab + 1);
  }
}

std::string Quoted(std::string_view s) {
  std::string out = "\"";
  out.append(s.substr(0, 40));
  if (s.size() > 40) out += "...";
  return out + "\"";
}

Status ColumnError(std::string_view column, std::string_view value,
                   std::string_view want) {
  return InvalidInput(std::string(column) + " " + Quoted(value) + " is not " +
                      std::string(want));
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(),
                                   [](char c) { return c >= '0' && c <= '9'; });
}

// "YYYYMMDD…" (GDELT's SQLDATE and DATEADDED) as "YYYY-MM-DD" in the arena.
Result<std::string_view> CompactDate(std::string_view column,
                                     std::string_view v, size_t digits,
                                     ViewArena* arena) {
  if (v.size() != digits || !AllDigits(v))
    return ColumnError(
        column, v, digits == 8 ? "a YYYYMMDD date" : "a YYYYMMDDHHMMSS time");
  char* p = arena->Allocate(10);
  std::memcpy(p, v.data(), 4);
  p[4] = '-';
  std::memcpy(p + 5, v.data() + 4, 2);
  p[7] = '-';
  std::memcpy(p + 8, v.data() + 6, 2);
  std::string_view date(p, 10);
  if (!IsValidDate(date)) return ColumnError(column, v, "a real date");
  return date;
}

template <typename T>
Status ParseNumber(std::string_view column, std::string_view v, T fallback,
                   T* out) {
  if (v.empty()) {
    *out = fallback;
    return Status::Ok();
  }
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), *out);
  if (ec != std::errc() || end != v.data() + v.size())
    return ColumnError(column, v, "a number");
  return Status::Ok();
}

// CAMEO prefixes of actors that are not states: their country is the prefix.
std::string_view GroupOf(std::string_view code) {
  for (std::string_view g : {"IGO", "NGO", "IMG", "MNC"})
    if (code.substr(0, 3) == g) return code.substr(0, 3);
  return {};
}

// The nine actor fields of GDELT starting at `f` (Code, Name, CountryCode,
// KnownGroupCode, Ethnic, Religion1, Religion2, Type1, Type2, Type3).
ActorView GdeltActor(const std::string_view* f) {
  ActorView a;
  a.id = f[0];
  a.name = f[1];
  a.country = f[2].empty() ? GroupOf(f[0]) : f[2];
  a.role = f[7];
  if (a.id.empty()) a.text = a.name;  // the record needs an id or a text
  return a;
}

Result<bool> DecodeGdelt(bool v2, std::string_view line, EventView* v,
                         ViewArena* arena, bool* no_source) {
  using namespace gdelt;
  std::array<std::string_view, kFields2> f;
  size_t n = SplitTabs(line, f);
  const size_t geo = v2 ? 8 : 7;  // fields of each geography block
  const size_t added = kGeo + 3 * geo, url = added + 1;
  bool fits = v2 ? n == kFields2 : (n == url || n == url + 1);
  if (!fits) {
    if (n > 0 && AsciiEqualsIgnoreCase(f[0], "GLOBALEVENTID")) return false;
    return InvalidInput(std::to_string(n) + " tab-separated fields; GDELT " +
                        (v2 ? "2.0 has 61" : "1.0 has 57 (58 with SOURCEURL)"));
  }
  if (AsciiEqualsIgnoreCase(f[0], "GLOBALEVENTID")) return false;
  *v = EventView();
  if (!AllDigits(f[kId]))
    return ColumnError("GLOBALEVENTID", f[kId], "a number");
  v->id = f[kId];
  if (!f[kDay].empty()) {
    ASSIGN_OR_RETURN(v->date, CompactDate("SQLDATE", f[kDay], 8, arena));
  }
  if (f[kActor1].empty() && f[kActor1 + 1].empty()) {
    *no_source = true;
    return false;
  }
  v->source = GdeltActor(&f[kActor1]);
  if (!f[kActor2].empty() || !f[kActor2 + 1].empty()) {
    v->has_target = true;
    v->target = GdeltActor(&f[kActor2]);
  }
  ActionView& a = v->action;
  a.cameo = f[kEventCode];
  if (!IsCameoCode(a.cameo))
    return ColumnError("EventCode", a.cameo, "a CAMEO code");
  a.root = f[kEventCode + 2].empty() ? a.cameo.substr(0, 2) : f[kEventCode + 2];
  RETURN_IF_ERROR(ParseNumber("QuadClass", f[kQuad], 0, &a.quad_class));
  if (a.quad_class < 0 || a.quad_class > 4)
    return ColumnError("QuadClass", f[kQuad], "1..4");
  RETURN_IF_ERROR(
      ParseNumber("GoldsteinScale", f[kQuad + 1], 0.0, &a.goldstein));
  RETURN_IF_ERROR(
      ParseNumber<int64_t>("NumMentions", f[kQuad + 2], 1, &v->mentions));
  if (v->mentions < 1) v->mentions = 1;
  if (!f[added].empty()) {
    ASSIGN_OR_RETURN(v->doc.date,
                     CompactDate("DATEADDED", f[added].substr(0, 8), 8, arena));
  }
  // A row without SQLDATE happened on the day it was added, as the writers
  // take it (they fill SQLDATE from the document's date): read back, the
  // row gives the same event.
  if (v->date.empty()) v->date = v->doc.date;
  v->doc.id = n > url ? f[url] : std::string_view();
  if (v->doc.id.empty()) v->doc.id = v->id;
  return true;
}

// ICEWS drops the leading zero of codes of roots 01-09 ("42" for 042,
// "231" for 0231); the code as CAMEO writes it.
Result<std::string_view> IcewsCode(std::string_view code, ViewArena* arena) {
  if (!AllDigits(code) || code.size() > 4)
    return ColumnError("CAMEO Code", code, "a CAMEO code");
  size_t width = code.size();
  if (code.size() <= 2) width = 3;
  if (code.size() == 3 && (code[0] > '2' || (code[0] == '2' && code[1] > '0')))
    width = 4;
  if (code.size() == 1 || width == code.size()) {
    if (IsCameoCode(code)) return code;
    return ColumnError("CAMEO Code", code, "a CAMEO code");
  }
  char* p = arena->Allocate(width);
  std::memset(p, '0', width - code.size());
  std::memcpy(p + width - code.size(), code.data(), code.size());
  return std::string_view(p, width);
}

// Name, Sectors, Country. Sectors are words ("Government,Executive"); one
// upper-case code (as dipgraph writes the role there) is read as the role.
ActorView IcewsActor(const std::string_view* f) {
  ActorView a;
  a.text = f[0];
  a.name = f[0];
  a.country = f[2];
  if (f[1].size() == 3 && std::all_of(f[1].begin(), f[1].end(), [](char c) {
        return c >= 'A' && c <= 'Z';
      }))
    a.role = f[1];
  return a;
}

Result<bool> DecodeIcews(std::string_view line, EventView* v, ViewArena* arena,
                         bool* no_source) {
  using namespace icews;
  std::array<std::string_view, kFields> f;
  size_t n = SplitTabs(line, f);
  if (n > 0 && StripBom(f[0]) == "Event ID") return false;  // the header
  if (n != kFields)
    return InvalidInput(std::to_string(n) +
                        " tab-separated fields; ICEWS has 20");
  *v = EventView();
  if (f[kId].empty()) return ColumnError("Event ID", f[kId], "an id");
  v->id = f[kId];
  v->date = f[kDate];
  if (!IsValidDate(v->date))
    return ColumnError("Event Date", f[kDate], "a YYYY-MM-DD date");
  if (f[kSourceName].empty()) {
    *no_source = true;
    return false;
  }
  v->source = IcewsActor(&f[kSourceName]);
  if (!f[kTargetName].empty()) {
    v->has_target = true;
    v->target = IcewsActor(&f[kTargetName]);
  }
  ActionView& a = v->action;
  ASSIGN_OR_RETURN(a.cameo, IcewsCode(f[kCode], arena));
  a.root = a.cameo.substr(0, 2);
  a.label = f[kEventText];
  a.quad_class = QuadClassOfRoot(a.root);
  RETURN_IF_ERROR(ParseNumber("Intensity", f[kIntensity], 0.0, &a.goldstein));
  v->doc.id = f[kStory].empty() ? v->id : f[kStory];
  v->doc.source = f[kPublisher];
  int64_t sentence = 0;
  RETURN_IF_ERROR(
      ParseNumber<int64_t>("Sentence Number", f[kSentence], 0, &sentence));
  v->sentence.index = std::max<int64_t>(sentence - 1, 0);
  return true;
}

}  // namespace

namespace internal {

bool AsciiEqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           auto lower = [](char c) {
             return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
           };
           return lower(x) == lower(y);
         });
}

std::string_view StripBom(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  return s;
}

bool IsCameoCode(std::string_view code) {
  return code.size() >= 2 && code.size() <= 4 && AllDigits(code);
}

int QuadClassOfRoot(std::string_view root) {
  if (root.size() != 2 || !AllDigits(root)) return 0;
  int r = (root[0] - '0') * 10 + (root[1] - '0');
  if (r >= 1 && r <= 5) return 1;
  if (r >= 6 && r <= 8) return 2;
  if (r >= 9 && r <= 13) return 3;
  if (r >= 14 && r <= 20) return 4;
  return 0;
}

Result<bool> DecodeTsvLine(EventFormat format, std::string_view line,
                           EventView* view, ViewArena* arena, bool* no_source) {
  *no_source = false;
  // A carriage return inside a row (a trailing one is cut with the line
  // end) is read as a space, as the writers write it (event_formats_write.cc),
  // so that a row written back reads the same (found by the event_formats
  // fuzz target: an actor name holding one).
  if (line.find('\r') != std::string_view::npos) {
    char* copy = arena->Allocate(line.size());
    std::replace_copy(line.begin(), line.end(), copy, '\r', ' ');
    line = std::string_view(copy, line.size());
  }
  switch (format) {
    case EventFormat::kGdelt1:
      return DecodeGdelt(false, line, view, arena, no_source);
    case EventFormat::kGdelt2:
      return DecodeGdelt(true, line, view, arena, no_source);
    case EventFormat::kIcews:
      return DecodeIcews(line, view, arena, no_source);
    default:
      return Internal("DecodeTsvLine: not a tab-separated format");
  }
}

}  // namespace internal

std::string_view EventFormatName(EventFormat format) {
  return kNames[static_cast<size_t>(format)];
}

bool IsEventFormatName(std::string_view name) {
  return std::find(std::begin(kNames), std::end(kNames), name) !=
         std::end(kNames);
}

Result<EventFormat> ParseEventFormat(std::string_view name) {
  for (size_t i = 0; i < std::size(kNames); ++i)
    if (kNames[i] == name) return static_cast<EventFormat>(i);
  return InvalidInput("unknown format \"" + std::string(name) +
                      "\" (dipgraph, gdelt1, gdelt2, icews, polecat)");
}

Result<EventFormat> DetectEventFormat(std::string_view line) {
  line = internal::StripBom(line);
  size_t start = line.find_first_not_of(" \t");
  if (start != std::string_view::npos && line[start] == '{') {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_object() && !j.contains("action") &&
        (j.contains("event") || j.contains("actor")))
      return EventFormat::kPolecat;
    return EventFormat::kDipgraph;  // its parser tells what is wrong
  }
  std::array<std::string_view, 1> first;
  size_t n = SplitTabs(line, first);
  if (first[0] == "Event ID" || n == icews::kFields) return EventFormat::kIcews;
  if (n == gdelt::kFields2) return EventFormat::kGdelt2;
  if (n == gdelt::kFields1 || n == gdelt::kFields1 + 1)
    return EventFormat::kGdelt1;
  if (n == 1)
    return InvalidInput(
        "neither a JSON object nor tab-separated fields: not an events "
        "file? (--from dipgraph, gdelt1, gdelt2, icews or polecat)");
  return InvalidInput(std::to_string(n) +
                      " tab-separated fields fit no known format (GDELT 1.0 "
                      "has 57 or 58, GDELT 2.0 61, ICEWS 20); give --from");
}

}  // namespace dipgraph
