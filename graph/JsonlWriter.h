#pragma once
// The graph as JSON Lines for jq and stream tools: one claim a line, written out in full so
// that a line can be read alone. Each line has the shape of a who-claimed result
// ({"claim", "claimants", "sources", "contested"}) plus the claim's subject, its document and
// the ids of the contested sets it is in:
//   {"claim": {...}, "subject": {"id","name","type"} | null, "claimants": [...],
//    "sources": [...], "document": {"id","title"}, "contested": true|false, "contested_sets": [...]}

#include <string>

#include "graph/ClaimGraph.h"

namespace cg::graph {

// Deterministic: the same graph gives the same bytes. Every line ends in '\n'.
[[nodiscard]] std::string toJsonl(const ClaimGraph& g);
// One claim's line, without its '\n'.
[[nodiscard]] std::string claimLine(const ClaimGraph& g, ClaimId claim);

}  // namespace cg::graph
