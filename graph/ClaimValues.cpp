#include "graph/ClaimValues.h"

#include <cmath>
#include <string>

namespace cg::graph {

double claimPoint(const Claim& c) { return c.hasValue ? c.value : (c.low + c.high) / 2; }

std::pair<double, double> claimInterval(const Claim& c) {
  if (c.hasRange) return {c.low, c.high};
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

Id familyOf(const ClaimGraph& g, Id e) {
  if (e == kInvalid) return e;
  const Entity& entity = g.entities()[e];
  if (entity.type != EntityType::kProduct) return e;
  std::string name(g.str(entity.name));
  for (std::size_t cut = name.find_first_of(" -"); cut != std::string::npos; cut = name.find_first_of(" -", cut + 1))
    if (auto maker = g.findEntity(name.substr(0, cut)); maker && g.entities()[*maker].type == EntityType::kOrganization)
      return *maker;
  return e;
}

}  // namespace cg::graph
