#include "graph/ClaimValues.h"

#include <cmath>
#include <string>

namespace cg::graph {

double claimPoint(const ClaimGraph& g, ClaimId claim) {
  const Claim& c = g.claims()[claim];
  if (c.hasValue) return c.value;
  const ClaimExtra& x = g.extra(claim);
  return (x.low + x.high) / 2;
}

std::pair<double, double> claimInterval(const ClaimGraph& g, ClaimId claim) {
  const Claim& c = g.claims()[claim];
  if (c.hasRange) {
    const ClaimExtra& range = g.extra(claim);
    return {range.low, range.high};
  }
  double v = c.value;
  if (c.bound == Bound::kAtLeast) return {v, INFINITY};
  if (c.bound == Bound::kAtMost) return {-INFINITY, v};
  double slack = std::fabs(v) * (c.approximate ? 0.02 : 0.0005);
  return {v - slack, v + slack};
}

bool isCostMeasure(std::string_view measure) {
  for (std::string_view k : {"cost", "capital expenditure", "spending", "investment"})
    if (measure.find(k) != std::string_view::npos) return true;
  return false;
}

EntityId familyOf(const ClaimGraph& g, EntityId e) {
  if (!e.isValid()) return e;
  const Entity& entity = g.entities()[e];
  if (entity.type != EntityType::kProduct) return e;
  std::string name(g.str(entity.name));
  for (std::size_t cut = name.find_first_of(" -"); cut != std::string::npos; cut = name.find_first_of(" -", cut + 1))
    if (auto maker = g.findEntity(name.substr(0, cut)); maker && g.entities()[*maker].type == EntityType::kOrganization)
      return *maker;
  return e;
}

}  // namespace cg::graph
