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

// The values of each contested set of a fixture graph, each sorted, in the sets' order.
inline std::vector<std::vector<double>> contestedValues(const std::string& folder) {
  const auto& g = fixtureEngine(folder).graph();
  std::vector<std::vector<double>> sets;
  for (auto x : g.contested().ids()) {
    std::vector<double> values;
    for (const auto& v : g.values(g.contested()[x])) values.push_back(g.claims()[v.claim].value);
    std::sort(values.begin(), values.end());
    sets.push_back(values);
  }
  return sets;
}

}  // namespace cg::test
