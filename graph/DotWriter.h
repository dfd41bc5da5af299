#pragma once
// The graph as a GraphViz diagram a person can read: shape and colour by kind, short
// claim labels, one cluster per document, contested sets in red. A whole corpus is
// too big to look at, so a neighbourhood of one entity can be drawn instead.

#include <optional>
#include <string>

#include "graph/ClaimGraph.h"

namespace cg::graph {

struct DotOptions {
  std::optional<EntityId> focus;  // draw only what lies within `depth` edges of this entity
  int depth = 2;
  std::size_t labelWidth = 48;  // claim labels are cut to this many characters
  // With a focus: stop the neighbourhood at this many nodes, nearest first (0: no cap), so
  // that a hub entity gives a diagram a person can read rather than a hairball.
  std::size_t maxNodes = 0;
};

// `capped`, when given, is set to whether maxNodes left some of the neighbourhood out.
[[nodiscard]] std::string toDot(const ClaimGraph& g, const DotOptions& options = {}, bool* capped = nullptr);

// A DOT string literal: quotes, backslashes and newlines escaped, UTF-8 kept.
[[nodiscard]] std::string dotQuote(std::string_view s);

}  // namespace cg::graph
