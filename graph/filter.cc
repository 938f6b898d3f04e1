#include "graph/filter.h"

#include <algorithm>

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

}  // namespace dipgraph
