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

#include <functional>
#include <string_view>
#include <vector>

#include "graph/ClaimGraph.h"

namespace cg::graph {

// Values (base units) and units that a text states: used to see whether a source's
// headline states a claim's value. Supplied by ingest (the figure parser).
using FigureReader = std::function<std::vector<std::pair<double, std::string>>(std::string_view text)>;

// Finds the contested sets of a frozen graph. Deterministic.
[[nodiscard]] std::vector<ContestedSetDraft> findContested(ClaimGraph& g, const FigureReader& readFigures = {});

}  // namespace cg::graph
