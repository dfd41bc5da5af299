#pragma once
// Contested figures: where claims give different values for the same measure of the
// same subject (a discrepancy), set values of different scope against each other (a
// scope disagreement), or say outright that one disputes another (a dispute). For each
// set, the values are weighed by the independent sources behind them.

#include <vector>

#include "graph/ClaimGraph.h"

namespace cg::graph {

// Finds the contested sets of a frozen graph. Deterministic.
[[nodiscard]] std::vector<ContestedSet> findContested(ClaimGraph& g);

}  // namespace cg::graph
