// Network exports: GraphML, GEXF 1.3, Cytoscape.js, D3 and Neo4j CSV.
#include <cstdio>
#include <sstream>

#include "common/text.h"
#include "graph/graph.h"

namespace dipgraph {
namespace {

// The code point of the UTF-8 sequence at s[i], its length in *len; an
// invalid sequence gives its first byte (>= 0x80) with *len = 1.
char32_t DecodeUtf8(std::string_view s, size_t i, size_t* len) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char lead = b(i);
  size_t n = lead < 0x80       ? 1
             : lead >> 5 == 6  ? 2
             : lead >> 4 == 14 ? 3
             : lead >> 3 == 30 ? 4
                               : 0;
  char32_t c = n == 1   ? lead
               : n == 2 ? lead & 0x1F
               : n == 3 ? lead & 0x0F
                        : lead & 0x07;
  bool ok = n != 0 && i + n <= s.size();
  for (size_t k = 1; ok && k < n; ++k) {
    ok = (b(i + k) & 0xC0) == 0x80;
    c = c << 6 | (b(i + k) & 0x3F);
  }
  constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  ok = ok && c >= kMin[n] && c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF);
  *len = ok ? n : 1;
  return ok ? c : lead;
}

// A character kept as-is in a GraphML id: ASCII letters, digits and
// ".-_:", and the Latin, Greek, Cyrillic, kana, CJK and Hangul letters (and
// combining accents) that are NMTOKEN characters in both the fourth edition
// of XML 1.0 (libxml2, Xerces) and the fifth. Others are escaped, which is
// always valid.
bool KeptInId(char32_t c) {
  if (c < 0x80)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_' ||
           c == ':';
  static constexpr char32_t kRanges[][2] = {
      {0x00B7, 0x00B7}, {0x00C0, 0x00D6}, {0x00D8, 0x00F6}, {0x00F8, 0x0131},
      {0x0134, 0x013E}, {0x0141, 0x0148}, {0x014A, 0x017E}, {0x0180, 0x01C3},
      {0x01CD, 0x01F0}, {0x01F4, 0x01F5}, {0x01FA, 0x0217}, {0x0300, 0x0345},
      {0x0360, 0x0361}, {0x0386, 0x038A}, {0x038C, 0x038C}, {0x038E, 0x03A1},
      {0x03A3, 0x03CE}, {0x0401, 0x040C}, {0x040E, 0x044F}, {0x0451, 0x045C},
      {0x045E, 0x0481}, {0x0490, 0x04C4}, {0x1E00, 0x1E9B}, {0x1EA0, 0x1EF9},
      {0x3041, 0x3094}, {0x30A1, 0x30FA}, {0x4E00, 0x9FA5}, {0xAC00, 0xD7A3}};
  for (const auto& r : kRanges)
    if (c >= r[0] && c <= r[1]) return true;
  return false;
}

// GraphML node ids are NMTOKENs. A key made of kept characters is written
// as-is ("RUSGOV"); any other character, and a '_' before an 'x', is written as
// _xHHHH_ (8 hex digits beyond U+FFFF), the escape of SQL/XML (ISO/IEC
// 9075-14) and .NET's XmlConvert: "Barack Obama" -> "Barack_x0020_Obama".
// Decoding every _xHHHH_ gives the key back (a byte that is not UTF-8 comes
// back as the code point of that value). The result needs no XML escaping.
std::string GraphMlId(std::string_view key) {
  std::string out;
  for (size_t i = 0, len = 1; i < key.size(); i += len) {
    char32_t c = DecodeUtf8(key, i, &len);
    bool utf8 = c < 0x80 || len > 1;  // else a stray byte, always escaped
    bool underscore_x = c == '_' && i + 1 < key.size() && key[i + 1] == 'x';
    if (utf8 && KeptInId(c) && !underscore_x) {
      out.append(key, i, len);
    } else {
      char buf[16];
      std::snprintf(buf, sizeof buf, c > 0xFFFF ? "_x%08X_" : "_x%04X_",
                    static_cast<unsigned>(c));
      out += buf;
    }
  }
  return out;
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

struct Attr {
  const char* name;
  const char* type;  // GraphML/GEXF type: string, int, double
};

constexpr Attr kNodeAttrs[] = {
    {"label", "string"},   {"country", "string"},  {"type", "string"},
    {"events_out", "int"}, {"events_in", "int"},   {"degree_out", "int"},
    {"degree_in", "int"},  {"pagerank", "double"}, {"betweenness", "double"},
    {"component", "int"},  {"community", "int"}};
constexpr Attr kEdgeAttrs[] = {{"events", "int"},
                               {"documents", "int"},
                               {"goldstein_sum", "double"},
                               {"goldstein_mean", "double"},
                               {"balance", "double"},
                               {"verbal_coop", "int"},
                               {"material_coop", "int"},
                               {"verbal_conflict", "int"},
                               {"material_conflict", "int"},
                               {"first_date", "string"},
                               {"last_date", "string"},
                               {"top_code", "string"},
                               {"top_label", "string"}};

std::vector<std::string> NodeValues(const Node& n) {
  return {n.label,
          n.country,
          n.type,
          std::to_string(n.events_out),
          std::to_string(n.events_in),
          std::to_string(n.degree_out),
          std::to_string(n.degree_in),
          Num(n.pagerank),
          Num(n.betweenness),
          std::to_string(n.component),
          std::to_string(n.community)};
}

std::vector<std::string> EdgeValues(const Edge& e) {
  return {std::to_string(e.events),
          std::to_string(e.documents),
          Num(e.goldstein_sum),
          Num(e.goldstein_mean),
          Num(e.balance),
          std::to_string(e.by_quad[1]),
          std::to_string(e.by_quad[2]),
          std::to_string(e.by_quad[3]),
          std::to_string(e.by_quad[4]),
          e.first_date,
          e.last_date,
          e.top_code,
          e.top_label};
}

}  // namespace

std::string ToGraphMl(const Network& net) {
  std::ostringstream o;
  o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
       "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
       "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
       "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Attr& a : kNodeAttrs)
    o << "  <key id=\"n_" << a.name << "\" for=\"node\" attr.name=\"" << a.name
      << "\" attr.type=\"" << a.type << "\"/>\n";
  for (const Attr& a : kEdgeAttrs)
    o << "  <key id=\"e_" << a.name << "\" for=\"edge\" attr.name=\"" << a.name
      << "\" attr.type=\"" << a.type << "\"/>\n";
  o << "  <graph id=\"dipgraph\" edgedefault=\"directed\">\n";
  for (const Node& n : net.nodes) {
    o << "    <node id=\"" << GraphMlId(n.id) << "\">";
    std::vector<std::string> v = NodeValues(n);
    for (size_t i = 0; i < v.size(); ++i)
      o << "<data key=\"n_" << kNodeAttrs[i].name << "\">" << EscapeXml(v[i])
        << "</data>";
    o << "</node>\n";
  }
  for (size_t k = 0; k < net.edges.size(); ++k) {
    const Edge& e = net.edges[k];
    o << "    <edge id=\"e" << k << "\" source=\""
      << GraphMlId(net.nodes[e.source].id) << "\" target=\""
      << GraphMlId(net.nodes[e.target].id) << "\">";
    std::vector<std::string> v = EdgeValues(e);
    for (size_t i = 0; i < v.size(); ++i)
      o << "<data key=\"e_" << kEdgeAttrs[i].name << "\">" << EscapeXml(v[i])
        << "</data>";
    o << "</edge>\n";
  }
  o << "  </graph>\n</graphml>\n";
  return o.str();
}

std::string ToGexf(const Network& net) {
  std::ostringstream o;
  o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<gexf xmlns=\"http://gexf.net/1.3\" "
       "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
       "xsi:schemaLocation=\"http://gexf.net/1.3 "
       "http://gexf.net/1.3/gexf.xsd\" "
       "version=\"1.3\">\n  <meta";
  if (!net.last_date.empty())
    o << " lastmodifieddate=\"" << net.last_date << "\"";
  o << ">\n    <creator>dipgraph</creator>\n    <description>dipgraph network, "
       "level "
    << LevelName(net.level) << "</description>\n  </meta>\n"
    << "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" "
       "timeformat=\"date\">\n"
    << "    <attributes class=\"node\" mode=\"static\">\n";
  auto gexf_type = [](const char* t) {
    return std::string(t) == "int" ? "integer" : t;
  };
  for (size_t i = 1; i < std::size(kNodeAttrs); ++i)
    o << "      <attribute id=\"n" << i << "\" title=\"" << kNodeAttrs[i].name
      << "\" type=\"" << gexf_type(kNodeAttrs[i].type) << "\"/>\n";
  o << "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n";
  for (size_t i = 1; i < std::size(kEdgeAttrs); ++i)
    o << "      <attribute id=\"e" << i << "\" title=\"" << kEdgeAttrs[i].name
      << "\" type=\"" << gexf_type(kEdgeAttrs[i].type) << "\"/>\n";
  o << "    </attributes>\n    <nodes>\n";
  for (const Node& n : net.nodes) {
    std::vector<std::string> v = NodeValues(n);
    o << "      <node id=\"" << EscapeXml(n.id) << "\" label=\""
      << EscapeXml(n.label) << "\">\n        <attvalues>";
    for (size_t i = 1; i < v.size(); ++i)
      o << "<attvalue for=\"n" << i << "\" value=\"" << EscapeXml(v[i])
        << "\"/>";
    o << "</attvalues>\n      </node>\n";
  }
  o << "    </nodes>\n    <edges>\n";
  for (size_t k = 0; k < net.edges.size(); ++k) {
    const Edge& e = net.edges[k];
    std::vector<std::string> v = EdgeValues(e);
    o << "      <edge id=\"" << k << "\" source=\""
      << EscapeXml(net.nodes[e.source].id) << "\" target=\""
      << EscapeXml(net.nodes[e.target].id) << "\" weight=\"" << e.events
      << "\">\n        <attvalues>";
    for (size_t i = 1; i < v.size(); ++i)
      o << "<attvalue for=\"e" << i << "\" value=\"" << EscapeXml(v[i])
        << "\"/>";
    o << "</attvalues>\n";
    if (!e.dates.empty()) {
      // One spell per day with events: Gephi's timeline shows the dyad on
      // the days it was active.
      o << "        <spells>";
      for (const std::string& d : e.dates)
        o << "<spell start=\"" << d << "\" end=\"" << d << "\"/>";
      o << "</spells>\n";
    }
    o << "      </edge>\n";
  }
  o << "    </edges>\n  </graph>\n</gexf>\n";
  return o.str();
}

std::string ToCytoscape(const Network& net) {
  nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
  nlohmann::ordered_json edges = nlohmann::ordered_json::array();
  for (const Node& n : net.nodes)
    nodes.push_back({{"data",
                      {{"id", n.id},
                       {"label", n.label},
                       {"country", n.country},
                       {"type", n.type},
                       {"pagerank", n.pagerank},
                       {"community", n.community},
                       {"weighted_degree", n.weighted_in + n.weighted_out}}}});
  for (size_t k = 0; k < net.edges.size(); ++k) {
    const Edge& e = net.edges[k];
    edges.push_back({{"data",
                      {{"id", "e" + std::to_string(k)},
                       {"source", net.nodes[e.source].id},
                       {"target", net.nodes[e.target].id},
                       {"weight", e.events},
                       {"balance", e.balance},
                       {"top_code", e.top_code},
                       {"top_label", e.top_label},
                       {"first_date", e.first_date},
                       {"last_date", e.last_date}}}});
  }
  nlohmann::ordered_json j = {
      {"elements", {{"nodes", nodes}, {"edges", edges}}}};
  return j.dump(1) + "\n";
}

std::string ToD3(const Network& net) {
  nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
  nlohmann::ordered_json links = nlohmann::ordered_json::array();
  for (const Node& n : net.nodes)
    nodes.push_back({{"id", n.id},
                     {"label", n.label},
                     {"group", n.community},
                     {"country", n.country},
                     {"pagerank", n.pagerank}});
  for (const Edge& e : net.edges)
    links.push_back({{"source", net.nodes[e.source].id},
                     {"target", net.nodes[e.target].id},
                     {"value", e.events},
                     {"balance", e.balance},
                     {"top_label", e.top_label}});
  nlohmann::ordered_json j = {
      {"directed", true}, {"nodes", nodes}, {"links", links}};
  return j.dump(1) + "\n";
}

std::string ToNeo4jNodes(const Network& net) {
  std::ostringstream o;
  o << "id:ID,label,country,type,events_out:int,events_in:int,pagerank:float,"
       "betweenness:float,community:int,:LABEL\n";
  for (const Node& n : net.nodes)
    o << CsvField(n.id) << ',' << CsvField(n.label) << ','
      << CsvField(n.country) << ',' << CsvField(n.type) << ',' << n.events_out
      << ',' << n.events_in << ',' << Num(n.pagerank) << ','
      << Num(n.betweenness) << ',' << n.community << ",Actor\n";
  return o.str();
}

std::string ToNeo4jRelationships(const Network& net) {
  std::ostringstream o;
  o << ":START_ID,:END_ID,:TYPE,events:int,documents:int,goldstein_mean:float,"
       "balance:float,top_code,top_label,first_date,last_date\n";
  for (const Edge& e : net.edges)
    o << CsvField(net.nodes[e.source].id) << ','
      << CsvField(net.nodes[e.target].id) << ",ACTED_ON," << e.events << ','
      << e.documents << ',' << Num(e.goldstein_mean) << ',' << Num(e.balance)
      << ',' << CsvField(e.top_code) << ',' << CsvField(e.top_label) << ','
      << e.first_date << ',' << e.last_date << '\n';
  return o.str();
}

}  // namespace dipgraph
