#include "reason/ClaimValues.h"

#include <cmath>
#include <string>

#include "ingest/Entities.h"

namespace cg::reason {

using graph::Claim;
using graph::ClaimExtra;
using graph::ClaimId;
using graph::EntityId;
using graph::EntityType;

double claimPoint(const graph::ClaimGraph& g, ClaimId claim) {
  const Claim& c = g.claims()[claim];
  if (c.hasValue) return c.value;
  const ClaimExtra& x = g.extra(claim);
  return (x.low + x.high) / 2;
}

std::pair<double, double> claimInterval(const graph::ClaimGraph& g, ClaimId claim) {
  const Claim& c = g.claims()[claim];
  if (c.hasRange) {
    const ClaimExtra& range = g.extra(claim);
    return {range.low, range.high};
  }
  double v = c.value;
  if (c.bound == graph::Bound::kAtLeast) return {v, INFINITY};
  if (c.bound == graph::Bound::kAtMost) return {-INFINITY, v};
  double slack = std::fabs(v) * (c.approximate ? 0.02 : 0.0005);
  return {v - slack, v + slack};
}

bool isCostMeasure(std::string_view measure) {
  for (std::string_view k : {"cost", "capital expenditure", "spending", "investment"})
    if (measure.find(k) != std::string_view::npos) return true;
  return false;
}

EntityId familyOf(const graph::ClaimGraph& g, EntityId e) {
  if (!e.isValid() || g.entities()[e].type != EntityType::kProduct) return e;
  auto organization = [&](std::string_view name) -> std::optional<EntityId> {
    auto found = g.findEntity(name);
    if (found && g.entities()[*found].type == EntityType::kOrganization) return found;
    return std::nullopt;
  };
  return ingest::makerNamedIn(g.str(g.entities()[e].name), organization).value_or(e);
}

}  // namespace cg::reason
