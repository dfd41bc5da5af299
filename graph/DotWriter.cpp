#include "graph/DotWriter.h"

#include "graph/Fold.h"

#include <algorithm>
#include <array>
#include <limits>
#include <set>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>

namespace cg::graph {
namespace {

// Cuts `s` to about `width` characters at a UTF-8 boundary, adding an ellipsis.
std::string shorten(std::string_view s, std::size_t width) {
  if (s.size() <= width) return std::string(s);
  std::size_t cut = utf8Floor(s, width);
  std::size_t space = s.rfind(' ', cut);
  if (space != std::string_view::npos && space > width / 2) cut = space;
  return std::string(s.substr(0, cut)) + "\u2026";
}

std::string nodeName(NodeRef n) {
  static constexpr const char* kPrefix[] = {"d", "sec", "e", "c", "s", "x"};
  return std::string(kPrefix[static_cast<int>(n.kind)]) + std::to_string(n.index);
}

struct NodeLess {
  bool operator()(NodeRef a, NodeRef b) const { return a.kind != b.kind ? a.kind < b.kind : a.index < b.index; }
};
using NodeSet = std::set<NodeRef, NodeLess>;

// Claims sit in their document's cluster, so the diagram draws no claim -> section or
// section -> document edge, and the neighbourhood walk does not take them either.
bool drawnAsCluster(EdgeKind kind) { return kind == EdgeKind::kInSection || kind == EdgeKind::kInDocument; }

// The nodes within `depth` edges of `focus`, edges taken either way: Boost's breadth-first
// search over the whole graph, its vertices numbered kind by kind (documents, sections,
// entities, claims, sources, contested sets).
// With `maxNodes` > 0, only the nearest `maxNodes` of them (nearer first, then in vertex order),
// and `capped` says whether any were left out.
NodeSet neighbourhood(const ClaimGraph& g, const std::vector<ClaimGraph::EdgeRecord>& edges, NodeRef focus, int depth,
                      std::size_t maxNodes, bool& capped) {
  const std::array<std::size_t, 6> counts{g.documents().size(), g.sections().size(), g.entities().size(),
                                          g.claims().size(),    g.sources().size(),  g.contested().size()};
  std::array<std::size_t, 7> base{};
  for (std::size_t k = 0; k < counts.size(); ++k) base[k + 1] = base[k] + counts[k];
  auto vertex = [&](NodeRef n) { return base[static_cast<std::size_t>(n.kind)] + n.index; };

  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> undirected(base[6]);
  for (const auto& e : edges)
    if (!drawnAsCluster(e.kind)) boost::add_edge(vertex(e.from), vertex(e.to), undirected);
  std::vector<std::size_t> distance(base[6], std::numeric_limits<std::size_t>::max());
  distance[vertex(focus)] = 0;
  boost::breadth_first_search(
      undirected, vertex(focus),
      boost::visitor(boost::make_bfs_visitor(boost::record_distances(distance.data(), boost::on_tree_edge()))));

  std::vector<std::pair<std::size_t, NodeRef>> reached;  // (distance, node)
  const auto within = static_cast<std::size_t>(std::max(depth, 0));
  for (std::size_t k = 0; k < counts.size(); ++k)
    for (std::size_t i = 0; i < counts[k]; ++i)
      if (distance[base[k] + i] <= within)
        reached.push_back({distance[base[k] + i], {static_cast<NodeKind>(k), static_cast<std::uint32_t>(i)}});
  capped = maxNodes > 0 && reached.size() > maxNodes;
  if (capped) {
    std::stable_sort(reached.begin(), reached.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    reached.resize(maxNodes);
  }
  NodeSet near;
  for (const auto& [d, n] : reached) near.insert(n);
  return near;
}

// One diagram: the nodes it shows (all, or a neighbourhood) and each part's DOT text.
class Diagram {
 public:
  Diagram(const ClaimGraph& g, const DotOptions& options)
      : g_(g), options_(options), edges_(g.edges()), all_(!options.focus.has_value()) {
    if (!all_)
      shown_ = neighbourhood(g, edges_, ClaimGraph::node(*options.focus), options.depth, options.maxNodes, capped_);
    for (const auto& x : g.contested())
      for (const auto& v : g.values(x)) contestedClaims_.insert(v.claim);
  }

  std::string dot() const {
    std::string out =
        "digraph claimgraph {\n  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=10];\n"
        "  node [fontname=\"Helvetica\", fontsize=10, style=filled];\n"
        "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#555555\"];\n";
    // Claims and their sections sit in one cluster per document; entities and sources are shared.
    for (DocumentId d : g_.documents().ids()) out += documentCluster(d);
    for (EntityId e : g_.entities().ids()) out += entityNode(e);
    for (SourceId s : g_.sources().ids()) out += sourceNode(s);
    for (ContestedId x : g_.contested().ids()) out += contestedNode(x);
    for (const auto& e : edges_) out += edgeLine(e);
    return out + "}\n";
  }

  // Whether maxNodes left some of the neighbourhood out.
  [[nodiscard]] bool capped() const { return capped_; }

 private:
  bool shown(NodeRef n) const { return all_ || shown_.count(n) > 0; }

  std::string documentCluster(DocumentId d) const {
    const Document& doc = g_.documents()[d];
    std::string body;
    for (ClaimId c : ClaimGraph::claimsIn(doc)) body += claimNode(c);
    if (body.empty() && !all_) return {};
    return "  subgraph cluster_" + std::to_string(d.value()) + " {\n    label=" + dotQuote(g_.str(doc.title)) +
           ";\n    style=rounded; color=\"#90a4ae\";\n" + body + "  }\n";
  }

  std::string claimNode(ClaimId c) const {
    NodeRef n = ClaimGraph::node(c);
    if (!shown(n)) return {};
    const Claim& claim = g_.claims()[c];
    std::string label = g_.claimId(c) + "\n";
    if (claim.hasQuantity)
      label += std::string(g_.str(claim.quantityText)) + " — ";
    else if (claim.quote)
      label += "\u201C" + shorten(g_.str(claim.quote), options_.labelWidth / 2) + "\u201D — ";
    label += shorten(g_.str(claim.text), options_.labelWidth);
    bool hot = contestedClaims_.count(c) > 0;
    return "    " + nodeName(n) + " [shape=note, fillcolor=\"" + (hot ? "#fde0dc" : "#fff8dc") + "\", color=\"" +
           (hot ? "#c62828" : "#8d6e63") + "\", label=" + dotQuote(label) + "];\n";
  }

  std::string entityNode(EntityId e) const {
    NodeRef n = ClaimGraph::node(e);
    if (!shown(n)) return {};
    const Entity& entity = g_.entities()[e];
    bool person = entity.type == EntityType::kPerson;
    return "  " + nodeName(n) + " [shape=" + (person ? "ellipse" : "box") + ", fillcolor=\"" +
           (person ? "#e3f2fd" : "#e8f5e9") +
           "\", label=" + dotQuote(std::string(g_.str(entity.name)) + "\n(" + toString(entity.type) + ")") + "];\n";
  }

  std::string sourceNode(SourceId s) const {
    NodeRef n = ClaimGraph::node(s);
    if (!shown(n)) return {};
    const Source& source = g_.sources()[s];
    std::string label = "[";
    label.append(std::to_string(source.ref)).append("] ");
    label.append(source.leftEmpty() ? kLeftEmptySource : g_.str(source.publisher));
    if (source.date) label.append(", ").append(g_.str(source.date));
    return "  " + nodeName(n) + " [shape=component, fillcolor=\"#f3e5f5\", label=" + dotQuote(label) + "];\n";
  }

  std::string contestedNode(ContestedId x) const {
    NodeRef n = ClaimGraph::node(x);
    if (!shown(n)) return {};
    const ContestedSet& set = g_.contested()[x];
    std::string label = "CONTESTED (" + std::string(toString(set.kind)) + ")\n" + std::string(g_.str(set.measure));
    return "  " + nodeName(n) +
           " [shape=octagon, fillcolor=\"#ffcdd2\", color=\"#c62828\", penwidth=2, label=" + dotQuote(label) + "];\n";
  }

  std::string edgeLine(const ClaimGraph::EdgeRecord& e) const {
    if (drawnAsCluster(e.kind) || !shown(e.from) || !shown(e.to)) return {};
    std::string attrs = "label=" + dotQuote(toString(e.kind));
    if (e.kind == EdgeKind::kContests)
      attrs += ", color=\"#c62828\", penwidth=2";
    else if (e.kind == EdgeKind::kClaimedBy)
      attrs += ", color=\"#1565c0\"";
    else if (e.kind == EdgeKind::kBackedBy)
      attrs += ", color=\"#6a1b9a\", style=dashed";
    return "  " + nodeName(e.from) + " -> " + nodeName(e.to) + " [" + attrs + "];\n";
  }

  const ClaimGraph& g_;
  const DotOptions& options_;
  const std::vector<ClaimGraph::EdgeRecord> edges_;
  const bool all_;
  bool capped_ = false;
  NodeSet shown_;
  std::set<ClaimId> contestedClaims_;
};

}  // namespace

std::string dotQuote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20)
          out += ' ';
        else
          out += c;
    }
  }
  return out + "\"";
}

std::string toDot(const ClaimGraph& g, const DotOptions& options, bool* capped) {
  Diagram diagram(g, options);
  if (capped) *capped = diagram.capped();
  return diagram.dot();
}

}  // namespace cg::graph
