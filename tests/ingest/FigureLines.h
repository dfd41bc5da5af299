#pragma once
// The figure claims of a graph as short lines, for tests that assert which figures an article gets.

#include <string>
#include <vector>

#include "graph/ClaimGraph.h"

namespace cg::test {

// A claim's number as a test writes it: no trailing zeros ("0.8", "12").
inline std::string shortNumber(double value) {
  std::string v = std::to_string(value);
  v.erase(v.find_last_not_of('0') + 1);
  if (v.ends_with('.')) v.pop_back();
  return v;
}

// "measure value unit" of every figure claim, in order; a range's value as "low..high" ("range 0..1 ").
inline std::vector<std::string> figureLines(const graph::ClaimGraph& g) {
  std::vector<std::string> out;
  for (graph::ClaimId c : g.claims().ids()) {
    const graph::Claim& claim = g.claims()[c];
    if (claim.kind != graph::ClaimKind::kFigure) continue;
    const std::string value =
        claim.hasRange ? shortNumber(g.extra(c).low) + ".." + shortNumber(g.extra(c).high) : shortNumber(claim.value);
    out.push_back(std::string(g.str(claim.measure)) + " " + value + " " + std::string(g.str(claim.unit)));
  }
  return out;
}

}  // namespace cg::test
