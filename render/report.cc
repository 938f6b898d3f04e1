// The self-contained HTML report. Every piece of data is escaped: text in
// HTML goes through EscapeHtml, data for the script goes through
// ScriptJson (a JSON block where <, >, &, U+2028 and U+2029 are \u-escaped)
// and the script builds the DOM with textContent.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "common/text.h"
#include "graph/names.h"
#include "render/layout.h"
#include "render/render.h"
#include "render/report_assets.h"
#include "render/report_data.h"
#include "render/style.h"

namespace dipgraph {
namespace {

std::string Fixed(double value, int digits) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
  return buffer;
}

std::string NodeName(const Node& node) {
  return node.label.empty() ? node.id : node.label;
}

std::string Figure(std::string_view label, const std::string& value) {
  return "<div class=\"figure\"><b>" + EscapeHtml(value) + "</b>" +
         EscapeHtml(label) + "</div>";
}

std::string Summary(const Network& net, const std::vector<Event>& events,
                    const RenderStats& stats, size_t total_nodes) {
  std::set<std::string> docs;
  for (const Event& e : events) docs.insert(e.doc.id);
  std::string range = net.first_date.empty()
                          ? "unknown"
                          : net.first_date + " to " + net.last_date;
  std::string html = "<section><h2>Summary</h2><div class=\"figures\">";
  html += Figure("events", std::to_string(events.size()));
  html += Figure("documents", std::to_string(docs.size()));
  html += Figure("actors", std::to_string(total_nodes));
  html +=
      Figure("dyads", std::to_string(net.edges.size() + stats.dropped_edges));
  html += Figure("dates", range);
  html += Figure("reciprocity", Fixed(net.reciprocity, 2));
  html += "</div>";
  if (stats.dropped_nodes > 0)
    html += "<p class=\"small\">The picture and tables show the top " +
            std::to_string(net.nodes.size()) + " actors by weighted degree; " +
            std::to_string(stats.dropped_nodes) + " actors and " +
            std::to_string(stats.dropped_edges) + " edges were left out.</p>";
  return html + "</section>";
}

// A country's name for the tables; its code without names.
std::string CountryName(const Names* names, const std::string& code) {
  std::string name = names != nullptr ? names->Country(code) : "";
  return name.empty() ? code : name;
}

std::string TopActors(const Network& net, size_t top, const Names* names) {
  std::vector<size_t> order(net.nodes.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const Node& x = net.nodes[a];
    const Node& y = net.nodes[b];
    if (x.pagerank != y.pagerank) return x.pagerank > y.pagerank;
    return style::WeightedDegree(x) > style::WeightedDegree(y);
  });
  if (order.size() > top) order.resize(top);
  std::string html =
      "<section><h2>Top actors</h2><table id=\"actors\"><thead><tr>"
      "<th>actor</th><th>code</th><th>country</th><th>type</th>"
      "<th>PageRank</th><th>degree</th><th>events</th></tr></thead><tbody>";
  for (size_t i : order) {
    const Node& n = net.nodes[i];
    html += "<tr class=\"pick\" data-node=\"" + std::to_string(i) + "\"><td>" +
            EscapeHtml(NodeName(n)) + "</td><td>" + EscapeHtml(n.id) +
            "</td><td>" + EscapeHtml(CountryName(names, n.country)) +
            "</td><td>" + EscapeHtml(n.type) + "</td><td class=\"num\">" +
            Fixed(n.pagerank, 4) + "</td><td class=\"num\">" +
            std::to_string(n.degree_in + n.degree_out) +
            "</td><td class=\"num\">" + Fixed(style::WeightedDegree(n), 0) +
            "</td></tr>";
  }
  return html + "</tbody></table></section>";
}

std::string BalanceBar(const Edge& e) {
  int64_t coop = e.by_quad[1] + e.by_quad[2];
  int64_t conflict = e.by_quad[3] + e.by_quad[4];
  int64_t all = std::max<int64_t>(1, coop + conflict);
  return "<span class=\"bar\" style=\"background:#1b7837;width:" +
         std::to_string(60 * coop / all) +
         "px\"></span><span class=\"bar\" style=\"background:#d7191c;width:" +
         std::to_string(60 * conflict / all) + "px\"></span> " +
         std::to_string(coop) + " / " + std::to_string(conflict);
}

std::string TopDyads(const Network& net, size_t top) {
  std::vector<size_t> order(net.edges.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return net.edges[a].events > net.edges[b].events;
  });
  if (order.size() > top) order.resize(top);
  std::string html =
      "<section><h2>Top dyads</h2><table id=\"dyads\"><thead><tr>"
      "<th>source</th><th>target</th><th>events</th><th>main action</th>"
      "<th>cooperation / conflict</th><th>Goldstein mean</th></tr></thead>"
      "<tbody>";
  for (size_t i : order) {
    const Edge& e = net.edges[i];
    html += "<tr data-node=\"" + std::to_string(e.source) + "\" data-node2=\"" +
            std::to_string(e.target) + "\"><td>" +
            EscapeHtml(NodeName(net.nodes[e.source])) + "</td><td>" +
            EscapeHtml(NodeName(net.nodes[e.target])) +
            "</td><td class=\"num\">" + std::to_string(e.events) + "</td><td>" +
            EscapeHtml(style::ShortAction(e.top_label.empty() ? e.top_code
                                                              : e.top_label)) +
            "</td><td>" + BalanceBar(e) + "</td><td class=\"num\">" +
            Fixed(e.goldstein_mean, 1) + "</td></tr>";
  }
  return html + "</tbody></table></section>";
}

// The time window: two sliders over the months of the events (the script
// sets their range); it filters the event table and fades the edges
// without events in it.
std::string TimeControls() {
  return "<div class=\"controls\" id=\"window\"><b>Months</b>"
         "<label>from <input id=\"month-from\" type=\"range\" min=\"0\" "
         "max=\"0\" value=\"0\"></label><label>to <input id=\"month-to\" "
         "type=\"range\" min=\"0\" max=\"0\" value=\"0\"></label>"
         "<span id=\"month-label\"></span><button id=\"month-all\" hidden>All "
         "months</button></div>";
}

std::string EventSection() {
  return "<section><h2>Events</h2>" + TimeControls() +
         "<div class=\"controls\">"
         "<input id=\"search\" type=\"search\" placeholder=\"Search events\" "
         "aria-label=\"Search events\"><button id=\"clear\" hidden>Show all "
         "actors</button><button id=\"prev\">&larr; previous</button>"
         "<span id=\"page\"></span><button id=\"next\">next &rarr;</button>"
         "<span id=\"count\" class=\"small\"></span><button id=\"csv\" "
         "title=\"The events that the search, the actor and the months "
         "select, as CSV\">Download CSV</button></div>"
         "<table id=\"events\"><thead id=\"events-head\"></thead>"
         "<tbody id=\"events-body\"></tbody></table></section>";
}

std::string Head(const std::string& title) {
  return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
         "'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
         "img-src data:\">"
         "<meta name=\"viewport\" content=\"width=device-width\">"
         "<meta name=\"generator\" content=\"dipgraph\"><title>" +
         EscapeHtml(title) + "</title><style>" + report::kCss +
         "</style></head>\n<body><header><h1>" + EscapeHtml(title) +
         "</h1></header><main>";
}

// The <svg> element of Graphviz output, without the XML prolog.
std::string InlineSvg(const std::string& svg) {
  size_t start = svg.find("<svg");
  return start == std::string::npos ? "" : svg.substr(start);
}

// The picture with its zoom buttons and the tooltip the script fills.
std::string NetworkSection(const std::string& svg) {
  return "<section><h2>Network</h2><div class=\"controls\">"
         "<button id=\"zoom-in\" title=\"Zoom in (+)\">+</button>"
         "<button id=\"zoom-out\" title=\"Zoom out (-)\">&minus;</button>"
         "<button id=\"zoom-fit\" title=\"Show the whole network (0)\">Fit"
         "</button><span class=\"small\">Drag to pan, wheel to zoom; point at "
         "an actor or a line for its events; click an actor to filter the "
         "tables, click again to show all.</span></div><div id=\"network\" "
         "tabindex=\"0\">" +
         svg + "</div><div id=\"tip\" role=\"tooltip\" hidden></div></section>";
}

}  // namespace

Result<std::string> RenderReport(const Network& network,
                                 const std::vector<Event>& events,
                                 const ReportOptions& options,
                                 RenderStats* stats) {
  RenderStats local;
  if (stats == nullptr) stats = &local;
  Network net = PruneNetwork(network, options.render.max_nodes, stats);
  RenderOptions ropt = options.render;
  ropt.format = "svg";
  ropt.max_nodes = net.nodes.size();
  RenderStats svg_stats;
  ASSIGN_OR_RETURN(std::string svg, RenderNetwork(net, ropt, &svg_stats));
  stats->engine = svg_stats.engine;
  std::string html = Head(options.title);
  html += Summary(net, events, *stats, network.nodes.size());
  html += NetworkSection(InlineSvg(svg));
  html += "<div class=\"cols\">" +
          TopActors(net, options.top_actors, options.render.names) +
          TopDyads(net, options.top_dyads) + "</div>";
  html += report::Timeline(events);
  html += EventSection();
  html += "</main>\n<script type=\"application/json\" id=\"data\">" +
          report::ScriptJson(report::Data(net, events, options.page_size,
                                          options.render.names)) +
          "</script>\n<script>" + report::kJs + "</script>\n</body></html>\n";
  return html;
}

}  // namespace dipgraph
