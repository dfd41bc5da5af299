#pragma once
// Contested figures: where claims give different values for the same measure of the
// same subject (a discrepancy), set values of different scope against each other (a
// scope disagreement), or say outright that one disputes another (a dispute).
//
// Each set's values are weighed by the evidence behind them, in the spirit of
// truth-discovery methods (TruthFinder, Yin et al. 2007; Knowledge-Based Trust, Dong et
// al. 2015) but deterministic and explainable: independent publishers count once each
// (a figure "citing Reuters" counts as Reuters; two outlets citing one report count
// once), a source whose own headline states the value counts extra, then precision,
// then recency.

#include <vector>

#include "graph/ClaimGraph.h"

namespace cg::reason {

// Finds the contested sets of a graph whose documents are all in (it need not be frozen:
// reasoning walks only a claim's out-edges). Deterministic. Their texts are interned in
// the graph's pool.
[[nodiscard]] std::vector<graph::ContestedSetDraft> findContested(graph::ClaimGraph& g);

}  // namespace cg::reason
