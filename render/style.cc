#include "render/style.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "graph/names.h"

namespace dipgraph::style {
namespace {

constexpr std::array<std::string_view, 12> kPalette = {
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
    "#b3de69", "#fccde5", "#bc80bd", "#ccebc5", "#ffed6f", "#a6cee3"};

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

double WeightedDegree(const Node& node) {
  return node.weighted_out + node.weighted_in;
}

std::string GraphvizText(std::string_view text, size_t max_chars) {
  std::string out;
  out.reserve(text.size());
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (!IsContinuation(c) && max_chars > 0 && ++chars > max_chars) {
      out += "\u2026";
      break;
    }
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '&') {
      out += "&amp;";
    } else if (c < 0x20 || c == 0x7F) {
      out += ' ';
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string Truncate(std::string_view text, size_t max_chars) {
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (IsContinuation(static_cast<unsigned char>(text[i]))) continue;
    if (max_chars > 0 && ++chars > max_chars)
      return std::string(text.substr(0, i)) + "\u2026";
  }
  return std::string(text);
}

const std::vector<std::pair<std::string_view, std::string_view>>& Shapes() {
  static const std::vector<std::pair<std::string_view, std::string_view>>
      kShapes = {{"state", "box"},
                 {"government", "octagon"},
                 {"military", "cds"},
                 {"igo", "hexagon"},
                 {"armed_group", "parallelogram"},
                 {"person", "ellipse"},
                 {"police", "invhouse"},
                 {"party", "house"},
                 {"other", "egg"}};
  return kShapes;
}

std::string_view ShapeFor(std::string_view type) {
  for (const auto& [t, shape] : Shapes())
    if (t == type) return shape;
  return "egg";
}

std::string_view QuadColor(int quad_class) {
  static constexpr std::array<std::string_view, 5> kColors = {
      "#969696", "#4daf4a", "#1b7837", "#ff7f00", "#d7191c"};
  if (quad_class < 1 || quad_class > 4) return kColors[0];
  return kColors[static_cast<size_t>(quad_class)];
}

int DominantQuad(const Edge& edge) {
  int best = 0;
  int64_t best_count = 0;
  for (int q = 1; q <= 4; ++q) {
    if (edge.by_quad[static_cast<size_t>(q)] > best_count) {
      best = q;
      best_count = edge.by_quad[static_cast<size_t>(q)];
    }
  }
  return best;
}

std::string_view PaletteColor(size_t index) {
  return kPalette[index % kPalette.size()];
}

namespace {

struct Group {
  std::string key;
  double weight = 0;
  std::vector<size_t> members;  // node indexes
};

// Nodes grouped by community or country, heaviest group first.
std::vector<Group> Groups(const Network& network, ColorBy color_by) {
  std::map<std::string, Group> by_key;
  for (size_t i = 0; i < network.nodes.size(); ++i) {
    const Node& n = network.nodes[i];
    std::string key = color_by == ColorBy::kCommunity
                          ? (n.community < 0 ? "" : std::to_string(n.community))
                          : n.country;
    if (key.empty()) continue;
    Group& g = by_key[key];
    g.key = key;
    g.weight += WeightedDegree(n);
    g.members.push_back(i);
  }
  std::vector<Group> groups;
  for (auto& [key, g] : by_key) groups.push_back(std::move(g));
  std::stable_sort(
      groups.begin(), groups.end(),
      [](const Group& a, const Group& b) { return a.weight > b.weight; });
  return groups;
}

std::string NodeName(const Node& n) { return n.label.empty() ? n.id : n.label; }

// "Russia, Syria, Turkey …": the heaviest three members.
std::string CommunityName(const Network& network, Group g) {
  std::stable_sort(g.members.begin(), g.members.end(), [&](size_t a, size_t b) {
    return WeightedDegree(network.nodes[a]) > WeightedDegree(network.nodes[b]);
  });
  std::string name;
  for (size_t i = 0; i < g.members.size() && i < 3; ++i)
    name += (i ? ", " : "") + NodeName(network.nodes[g.members[i]]);
  if (g.members.size() > 3) name += " \u2026";
  return name;
}

}  // namespace

Fills NodeFills(const Network& network, ColorBy color_by, const Names* names,
                size_t max_groups) {
  Fills fills;
  fills.node.assign(network.nodes.size(), std::string(kUnknownFill));
  std::vector<Group> groups = Groups(network, color_by);
  size_t colored = std::min({max_groups, kPalette.size(), groups.size()});
  // With more groups than colours, the last colour goes to "other".
  if (groups.size() > colored && colored > 0) --colored;
  for (size_t k = 0; k < colored; ++k) {
    const Group& g = groups[k];
    for (size_t i : g.members) fills.node[i] = kPalette[k];
    std::string name = color_by == ColorBy::kCommunity
                           ? CommunityName(network, g)
                       : names != nullptr && !names->Country(g.key).empty()
                           ? names->Country(g.key)
                           : g.key;
    fills.legend.emplace_back(name, kPalette[k]);
  }
  if (groups.size() > colored || fills.legend.size() < network.nodes.size()) {
    bool any_grey = false;
    for (const std::string& f : fills.node) any_grey |= f == kUnknownFill;
    if (any_grey)
      fills.legend.emplace_back(color_by == ColorBy::kCommunity
                                    ? "other communities"
                                    : "other countries",
                                std::string(kUnknownFill));
  }
  return fills;
}

std::string ShortAction(std::string_view label) {
  // Everything from the first qualifier on goes.
  static constexpr std::string_view kQualifiers[] = {
      ", not specified below", " not specified below", ", such as", " such as",
      " ("};
  std::string out(label);
  for (std::string_view q : kQualifiers) {
    size_t at = out.find(q);
    if (at != std::string::npos && at > 0) out.erase(at);
  }
  return out;
}

}  // namespace dipgraph::style
