#include "reason/ClaimValues.h"

#include <cmath>
#include <string>

#include <fmt/format.h>

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

bool samePeriod(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return true;
  std::string_view shorter = a.size() <= b.size() ? a : b;
  std::string_view longer = a.size() <= b.size() ? b : a;
  return longer.starts_with(shorter) && (longer.size() == shorter.size() || longer[shorter.size()] == '-');
}

bool isStateMeasure(std::string_view measure) {
  for (std::string_view state : {"valuation", "total funding", "revenue", "users", "employees", "market share",
                                 "market value", "context window", "price", "assets"})
    if (measure == state) return true;
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

std::string formatValue(double v, std::string_view unit) {
  const double a = std::fabs(v);
  std::string out;
  if (a >= 1e12) {
    out = fmt::format("{:.4g} trillion", v / 1e12);
  } else if (a >= 1e9) {
    out = fmt::format("{:.4g} billion", v / 1e9);
  } else if (a >= 1e6) {
    out = fmt::format("{:.4g} million", v / 1e6);
  } else if (a >= 1000 && a == std::floor(a)) {
    // "294,000": thousands separated, as a reader writes them.
    std::string digits = std::to_string(static_cast<long long>(a));
    out = v < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
      out.push_back(digits[i]);
    }
  } else {
    out = fmt::format("{:.6g}", v);
  }
  if (!unit.empty()) out.append(" ").append(unit);
  return out;
}

}  // namespace cg::reason
