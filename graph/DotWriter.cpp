#include "graph/DotWriter.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>

#include "graph/Fold.h"

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

std::string toDot(const ClaimGraph& g, const DotOptions& options) {
  // Which nodes to draw: all, or a breadth-first neighbourhood of the focus entity.
  const auto edges = g.edges();
  std::set<NodeRef, NodeLess> keep;
  bool all = !options.focus.has_value();
  if (!all) {
    std::map<NodeRef, std::vector<NodeRef>, NodeLess> adjacent;
    for (const auto& e : edges) {
      if (e.kind == EdgeKind::kInSection || e.kind == EdgeKind::kInDocument) continue;
      adjacent[e.from].push_back(e.to);
      adjacent[e.to].push_back(e.from);
    }
    std::deque<std::pair<NodeRef, int>> queue{{{NodeKind::kEntity, *options.focus}, 0}};
    keep.insert(queue.front().first);
    while (!queue.empty()) {
      auto [node, depth] = queue.front();
      queue.pop_front();
      if (depth >= options.depth) continue;
      for (NodeRef next : adjacent[node])
        if (keep.insert(next).second) queue.push_back({next, depth + 1});
    }
  }
  auto shown = [&](NodeRef n) { return all || keep.count(n) > 0; };

  std::string out =
      "digraph claimgraph {\n  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=10];\n"
      "  node [fontname=\"Helvetica\", fontsize=10, style=filled];\n"
      "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#555555\"];\n";
  std::set<Id> contestedClaims;
  for (const auto& x : g.contested())
    for (const auto& v : g.values(x)) contestedClaims.insert(v.claim);

  // Claims and their sections sit in one cluster per document; entities and sources are shared.
  for (Id d = 0; d < g.documents().size(); ++d) {
    const Document& doc = g.documents()[d];
    std::string body;
    for (Id c = doc.firstClaim; c < doc.firstClaim + doc.claimCount; ++c) {
      NodeRef n{NodeKind::kClaim, c};
      if (!shown(n)) continue;
      const Claim& claim = g.claims()[c];
      std::string label = g.claimId(c) + "\n";
      if (claim.hasQuantity)
        label += std::string(g.str(claim.quantityText)) + " — ";
      else if (claim.quote)
        label += "\u201C" + shorten(g.str(claim.quote), options.labelWidth / 2) + "\u201D — ";
      label += shorten(g.str(claim.text), options.labelWidth);
      bool hot = contestedClaims.count(c) > 0;
      body += "    " + nodeName(n) + " [shape=note, fillcolor=\"" + (hot ? "#fde0dc" : "#fff8dc") + "\", color=\"" +
              (hot ? "#c62828" : "#8d6e63") + "\", label=" + dotQuote(label) + "];\n";
    }
    if (body.empty() && !all) continue;
    out += "  subgraph cluster_" + std::to_string(d) + " {\n    label=" + dotQuote(g.str(doc.title)) +
           ";\n    style=rounded; color=\"#90a4ae\";\n" + body + "  }\n";
  }
  for (Id e = 0; e < g.entities().size(); ++e) {
    NodeRef n{NodeKind::kEntity, e};
    if (!shown(n)) continue;
    const Entity& entity = g.entities()[e];
    bool person = entity.type == EntityType::kPerson;
    out += "  " + nodeName(n) + " [shape=" + (person ? "ellipse" : "box") + ", fillcolor=\"" +
           (person ? "#e3f2fd" : "#e8f5e9") +
           "\", label=" + dotQuote(std::string(g.str(entity.name)) + "\n(" + toString(entity.type) + ")") + "];\n";
  }
  for (Id s = 0; s < g.sources().size(); ++s) {
    NodeRef n{NodeKind::kSource, s};
    if (!shown(n)) continue;
    const Source& source = g.sources()[s];
    std::string label = "[";
    label.append(std::to_string(source.ref)).append("] ").append(g.str(source.publisher));
    if (source.date) label.append(", ").append(g.str(source.date));
    out += "  " + nodeName(n) + " [shape=component, fillcolor=\"#f3e5f5\", label=" + dotQuote(label) + "];\n";
  }
  for (Id x = 0; x < g.contested().size(); ++x) {
    NodeRef n{NodeKind::kContested, x};
    if (!shown(n)) continue;
    const ContestedSet& set = g.contested()[x];
    std::string label = "CONTESTED (" + std::string(toString(set.kind)) + ")\n" + std::string(g.str(set.measure));
    out += "  " + nodeName(n) +
           " [shape=octagon, fillcolor=\"#ffcdd2\", color=\"#c62828\", penwidth=2, label=" + dotQuote(label) + "];\n";
  }
  for (const auto& e : edges) {
    if (e.kind == EdgeKind::kInSection || e.kind == EdgeKind::kInDocument) continue;  // clusters show these
    if (!shown(e.from) || !shown(e.to)) continue;
    std::string attrs = "label=" + dotQuote(toString(e.kind));
    if (e.kind == EdgeKind::kContests)
      attrs += ", color=\"#c62828\", penwidth=2";
    else if (e.kind == EdgeKind::kClaimedBy)
      attrs += ", color=\"#1565c0\"";
    else if (e.kind == EdgeKind::kBackedBy)
      attrs += ", color=\"#6a1b9a\", style=dashed";
    out += "  " + nodeName(e.from) + " -> " + nodeName(e.to) + " [" + attrs + "];\n";
  }
  out += "}\n";
  return out;
}

}  // namespace cg::graph
