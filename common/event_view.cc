#include "common/event_view.h"

#include <algorithm>
#include <cmath>
#include <span>

namespace dipgraph {
namespace {

constexpr size_t kArenaBlock = 64 * 1024;

ActorView ActorViewOf(const Actor& a) {
  return {a.text, a.id, a.name, a.country, a.role, a.type, a.unlisted};
}

void AssignActor(const ActorView& v, Actor* a) {
  a->text.assign(v.text);
  a->id.assign(v.id);
  a->name.assign(v.name);
  a->country.assign(v.country);
  a->role.assign(v.role);
  a->type.assign(v.type);
  a->unlisted = v.unlisted;
}

bool Contains(std::span<const std::string_view> set, std::string_view v) {
  return std::find(set.begin(), set.end(), v) != set.end();
}

bool IsCameoCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  return std::all_of(code.begin(), code.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

bool IsUpperOrDigit(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

void CheckActor(const ActorView& a, const char* which,
                std::vector<std::string>* out) {
  std::string w(which);
  if (!a.type.empty() && !Contains(kActorTypes, a.type))
    out->push_back(w + ".type \"" + std::string(a.type) +
                   "\" is not an actor type");
  if (!std::all_of(a.id.begin(), a.id.end(), IsUpperOrDigit))
    out->push_back(w + ".id \"" + std::string(a.id) +
                   "\" must be upper-case letters and digits");
}

}  // namespace

char* ViewArena::Allocate(size_t n) {
  if (capacity_ - used_ < n || blocks_.empty()) {
    size_t size = std::max(n, kArenaBlock);
    blocks_.push_back(std::make_unique<char[]>(size));
    used_ = 0;
    capacity_ = size;
  }
  char* p = blocks_.back().get() + used_;
  used_ += n;
  return p;
}

void ViewArena::Clear() {
  blocks_.clear();
  used_ = capacity_ = 0;
}

EventView ViewOf(const Event& e) {
  EventView v;
  v.id = e.id;
  v.doc = {e.doc.id, e.doc.title, e.doc.source, e.doc.date};
  v.sentence = {e.sentence.index, e.sentence.text, e.sentence.start,
                e.sentence.end};
  v.date = e.date;
  v.source = ActorViewOf(e.source);
  v.has_target = e.target.has_value();
  if (e.target) v.target = ActorViewOf(*e.target);
  const Action& a = e.action;
  v.action = {a.text,       a.lemma,     a.cameo,  a.root,   a.label,
              a.quad_class, a.goldstein, a.plover, a.pattern};
  v.content = e.content;
  v.attribution = e.attribution;
  v.quote = e.quote;
  v.negated = e.negated;
  v.modality = e.modality;
  v.confidence = e.confidence;
  v.mentions = e.mentions;
  v.parent = e.parent;
  v.symmetric = e.symmetric;
  v.event = &e;
  return v;
}

void ToEvent(const EventView& v, Event* e) {
  e->id.assign(v.id);
  e->doc.id.assign(v.doc.id);
  e->doc.title.assign(v.doc.title);
  e->doc.source.assign(v.doc.source);
  e->doc.date.assign(v.doc.date);
  e->sentence.index = v.sentence.index;
  e->sentence.text.assign(v.sentence.text);
  e->sentence.start = v.sentence.start;
  e->sentence.end = v.sentence.end;
  e->date.assign(v.date);
  AssignActor(v.source, &e->source);
  if (v.has_target) {
    if (!e->target) e->target.emplace();
    AssignActor(v.target, &*e->target);
  } else {
    e->target.reset();
  }
  Action& a = e->action;
  a.text.assign(v.action.text);
  a.lemma.assign(v.action.lemma);
  a.cameo.assign(v.action.cameo);
  a.root.assign(v.action.root);
  a.label.assign(v.action.label);
  a.quad_class = v.action.quad_class;
  a.goldstein = v.action.goldstein;
  a.plover.assign(v.action.plover);
  a.pattern.assign(v.action.pattern);
  e->content.assign(v.content);
  e->attribution.assign(v.attribution);
  e->quote = v.quote;
  e->negated = v.negated;
  e->modality.assign(v.modality);
  e->confidence = v.confidence;
  e->mentions = v.mentions;
  e->parent.assign(v.parent);
  e->symmetric = v.symmetric;
  if (v.event != nullptr) {
    if (v.event != e) e->extra = v.event->extra;
  } else if (!e->extra.is_object() || !e->extra.empty()) {
    e->extra = nlohmann::ordered_json::object();
  }
}

Event ToEvent(const EventView& view) {
  Event e;
  ToEvent(view, &e);
  return e;
}

std::vector<std::string> ValidateEventView(const EventView& e) {
  std::vector<std::string> out;
  auto str = [](std::string_view s) { return std::string(s); };
  if (e.id.empty()) out.push_back("id is empty");
  if (e.doc.id.empty()) out.push_back("doc.id is empty");
  if (!e.doc.date.empty() && !IsValidDate(e.doc.date))
    out.push_back("doc.date \"" + str(e.doc.date) +
                  "\" is not a YYYY-MM-DD date");
  if (!e.date.empty() && !IsValidDate(e.date))
    out.push_back("date \"" + str(e.date) + "\" is not a YYYY-MM-DD date");
  if (e.sentence.index < 0) out.push_back("sentence.index is negative");
  if (e.sentence.start < 0 || e.sentence.end < e.sentence.start)
    out.push_back("sentence offsets must satisfy 0 <= start <= end");
  CheckActor(e.source, "source", &out);
  if (e.has_target) CheckActor(e.target, "target", &out);
  const ActionView& a = e.action;
  if (!IsCameoCode(a.cameo)) {
    out.push_back("action.cameo \"" + str(a.cameo) +
                  "\" is not a 2-4 digit code");
  } else if (!a.root.empty() && a.root != a.cameo.substr(0, 2)) {
    out.push_back("action.root \"" + str(a.root) + "\" does not match code \"" +
                  str(a.cameo) + "\"");
  }
  if (a.quad_class < 0 || a.quad_class > 4)
    out.push_back("action.quad_class must be 1..4 (0 when unknown)");
  if (!std::isfinite(a.goldstein) || a.goldstein < -10 || a.goldstein > 10)
    out.push_back("action.goldstein must be within -10..10");
  if (!Contains(kModalities, e.modality))
    out.push_back("modality \"" + str(e.modality) +
                  "\" is not one of asserted, hypothetical, future, demanded, "
                  "proposed");
  if (!std::isfinite(e.confidence) || e.confidence < 0 || e.confidence > 1)
    out.push_back("confidence must be within 0..1");
  if (e.mentions < 1) out.push_back("mentions must be at least 1");
  return out;
}

}  // namespace dipgraph
