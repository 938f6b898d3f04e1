#include "graph/filter.h"

#include <algorithm>

#include "graph/graph.h"

namespace dipgraph {

const std::string& EventDate(const Event& e) {
  return e.date.empty() ? e.doc.date : e.date;
}

std::string_view EventDate(const EventView& e) {
  return e.date.empty() ? e.doc.date : e.date;
}

std::string_view EventRoot(const Event& e) { return EventRoot(ViewOf(e)); }

std::string_view EventRoot(const EventView& e) {
  if (!e.action.root.empty()) return e.action.root;
  return e.action.cameo.substr(0, 2);
}

bool PassesActionFilter(const Event& e, const ActionFilter& f) {
  return PassesActionFilter(ViewOf(e), f);
}

bool PassesActionFilter(const EventView& e, const ActionFilter& f) {
  std::string_view date = EventDate(e);
  if (!f.from.empty() && (date.empty() || date < f.from)) return false;
  if (!f.to.empty() && (date.empty() || date > f.to)) return false;
  std::string_view root = EventRoot(e);
  if (!f.roots.empty() &&
      std::find(f.roots.begin(), f.roots.end(), root) == f.roots.end())
    return false;
  if (!f.codes.empty() &&
      std::none_of(f.codes.begin(), f.codes.end(), [&](const std::string& c) {
        return e.action.cameo.substr(0, c.size()) == c;
      }))
    return false;
  return f.quads.empty() || std::find(f.quads.begin(), f.quads.end(),
                                      e.action.quad_class) != f.quads.end();
}

namespace {

// As the network builder: a pattern against the actor's id, name, text and
// country.
bool Excluded(const std::vector<std::string>& patterns, const Actor& a) {
  for (const std::string& p : patterns)
    for (const std::string* n : {&a.id, &a.name, &a.text, &a.country})
      if (!n->empty() && ActorPatternMatches(p, *n)) return true;
  return false;
}

}  // namespace

std::vector<Event> FilterEvents(std::vector<Event> events,
                                const NetworkOptions& o) {
  const ActionFilter f{o.from, o.to, o.roots, o.codes, o.quads};
  std::erase_if(events, [&](const Event& e) {
    return !PassesActionFilter(e, f) || Excluded(o.exclude, e.source) ||
           (e.target && Excluded(o.exclude, *e.target));
  });
  return events;
}

}  // namespace dipgraph
