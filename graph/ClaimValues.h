#pragma once
// What a figure claim's value means, for the code that compares claims (contested sets in
// graph/, check in query/): its point, the interval its wording allows, whether its measure
// is a cost, and the family a product's figures belong to.

#include <string_view>
#include <utility>

#include "graph/ClaimGraph.h"

namespace cg::graph {

// The value, or a range's midpoint.
[[nodiscard]] double claimPoint(const ClaimGraph& g, ClaimId c);
// A range; a bound ("more than") open on one side; a hedge around a point ("about": 2%, else 0.05%).
[[nodiscard]] std::pair<double, double> claimInterval(const ClaimGraph& g, ClaimId c);
// "training cost", "GPU-server capital expenditure", "spending", "investment".
[[nodiscard]] bool isCostMeasure(std::string_view measure);
// A product's maker when the product is named after it ("DeepSeek V3" -> DeepSeek); else `e`.
[[nodiscard]] EntityId familyOf(const ClaimGraph& g, EntityId e);

}  // namespace cg::graph
