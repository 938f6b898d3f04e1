#include "render/style.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace dipgraph::style {
namespace {

constexpr std::array<std::string_view, 12> kPalette = {
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
    "#b3de69", "#fccde5", "#bc80bd", "#ccebc5", "#ffed6f", "#a6cee3"};

// Countries ranked by weighted degree (descending), then by code.
std::vector<std::string> RankedCountries(const Network& network) {
  std::map<std::string, double> weight;
  for (const Node& n : network.nodes)
    if (!n.country.empty()) weight[n.country] += WeightedDegree(n);
  std::vector<std::pair<std::string, double>> ranked(weight.begin(),
                                                     weight.end());
  std::stable_sort(
      ranked.begin(), ranked.end(),
      [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> out;
  for (const auto& [country, w] : ranked) out.push_back(country);
  return out;
}

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

const std::vector<std::pair<std::string_view, std::string_view>>& Shapes() {
  static const std::vector<std::pair<std::string_view, std::string_view>>
      kShapes = {{"state", "box"},
                 {"government", "octagon"},
                 {"military", "triangle"},
                 {"igo", "hexagon"},
                 {"armed_group", "diamond"},
                 {"person", "ellipse"},
                 {"police", "invtriangle"},
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

std::vector<std::string> NodeFills(const Network& network, ColorBy color_by) {
  std::vector<std::string> fills;
  fills.reserve(network.nodes.size());
  if (color_by == ColorBy::kCommunity) {
    for (const Node& n : network.nodes)
      fills.emplace_back(n.community < 0
                             ? kUnknownFill
                             : PaletteColor(static_cast<size_t>(n.community)));
    return fills;
  }
  std::vector<std::string> ranked = RankedCountries(network);
  std::map<std::string, size_t> rank;
  for (size_t i = 0; i < ranked.size(); ++i) rank[ranked[i]] = i;
  for (const Node& n : network.nodes) {
    auto it = rank.find(n.country);
    bool colored = it != rank.end() && it->second < kPalette.size();
    fills.emplace_back(colored ? PaletteColor(it->second) : kUnknownFill);
  }
  return fills;
}

std::vector<std::pair<std::string, std::string>> FillLegend(
    const Network& network, ColorBy color_by, size_t max_rows) {
  std::vector<std::pair<std::string, std::string>> rows;
  if (color_by == ColorBy::kCountry) {
    std::vector<std::string> ranked = RankedCountries(network);
    for (size_t i = 0;
         i < ranked.size() && i < std::min(max_rows, kPalette.size()); ++i)
      rows.emplace_back(ranked[i], PaletteColor(i));
    if (ranked.size() > rows.size()) rows.emplace_back("other", kUnknownFill);
    return rows;
  }
  std::map<int, int> communities;
  for (const Node& n : network.nodes) communities[n.community]++;
  for (const auto& [c, count] : communities) {
    if (rows.size() >= max_rows) break;
    if (c < 0) continue;
    rows.emplace_back("community " + std::to_string(c),
                      PaletteColor(static_cast<size_t>(c)));
  }
  return rows;
}

}  // namespace dipgraph::style
