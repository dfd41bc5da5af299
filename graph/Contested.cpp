#include "graph/Contested.h"

namespace cg::graph {

std::vector<ContestedSet> findContested(ClaimGraph&) { return {}; }

}  // namespace cg::graph
