#pragma once
// Pieces of hand-built articles for the reasoning tests: a source cited by a claim, and the graph
// that reasoning makes of a few articles.
#include <string>
#include <vector>

#include "graph/ClaimGraph.h"
#include "reason/ClaimValues.h"
#include "reason/Reason.h"

namespace cg::test {

// An article of that slug (its title and path named after it) holding nothing yet.
inline graph::DocumentBundle emptyArticle(const std::string& slug) {
  graph::DocumentBundle b;
  b.document.slug = slug;
  b.document.title = slug;
  b.document.path = slug + ".md";
  return b;
}

// Adds a source to `bundle` and cites it from `claim`.
inline void cite(graph::DocumentBundle& bundle, graph::ClaimRecord& claim, const std::string& publisher,
                 const std::string& url) {
  graph::SourceRecord s;
  s.ref = static_cast<int>(bundle.sources.size()) + 1;
  s.publisher = publisher;
  s.url = url;
  claim.sources.push_back(static_cast<int>(bundle.sources.size()));
  bundle.sources.push_back(s);
}

// The graph of `articles` with its contested sets, frozen.
inline graph::ClaimGraph reasonOver(const std::vector<graph::DocumentBundle>& articles) {
  graph::ClaimGraph g;
  for (const auto& a : articles) g.add(a);
  reason::addContestedSets(g);
  g.freeze();
  return g;
}

// Each contested set's values (a range's midpoint), in claim order.
using SetValues = std::vector<std::vector<double>>;
inline SetValues setValues(const graph::ClaimGraph& g) {
  SetValues out;
  for (const auto& set : g.contested()) {
    out.emplace_back();
    for (const auto& v : g.values(set)) out.back().push_back(reason::claimPoint(g, v.claim));
  }
  return out;
}

}  // namespace cg::test
