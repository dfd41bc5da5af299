// The values of the evidence a check of a fixture graph counts, for the query tests.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace cg::test {

// The values of the evidence the verdict counts that agree (or disagree) with the statement, sorted.
inline std::vector<double> countedValues(const std::string& folder, const query::CheckResult& r, bool agreeing) {
  const auto& g = fixtureEngine(folder).graph();
  std::vector<double> values;
  for (const auto& e : r.evidence)
    if (!e.context && e.agrees == agreeing) values.push_back(g.claims()[e.claim].value);
  std::sort(values.begin(), values.end());
  return values;
}

}  // namespace cg::test
