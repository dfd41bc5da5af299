// First events over tests/fixtures/check-first-events/ (pages of our own; issue #13): a thing is
// introduced or released many times (data/event_years.tsv "many"), so its years of those events are no
// contest, but it has one first: "Zorbit was first introduced ... in 2016" and "The first generation of
// Zorbit, released in 2015," disagree; "Zorbit was introduced in 2017" (no "first") stays out of it, and
// "The plugin for Zorbit was released in 2019" gives Zorbit no year.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

const char* const kFolder = "check-first-events";

const cg::graph::ClaimGraph& graph() { return cg::test::fixtureEngine(kFolder).graph(); }

// The subject's key and measure of the figure claim whose text opens with `opening`; "(no such claim)".
std::string yearOf(const std::string& opening) {
  const auto& g = graph();
  for (auto id : g.claims().ids()) {
    const auto& c = g.claims()[id];
    if (!c.hasValue || g.str(c.text).substr(0, opening.size()) != opening) continue;
    const std::string subject = c.subject.isValid() ? std::string(g.str(g.entities()[c.subject].key)) : "(none)";
    return subject + " " + std::string(g.str(c.measure)) + " " + std::to_string(static_cast<int>(c.value));
  }
  return "(no such claim)";
}

}  // namespace

TEST_CASE("the release of a thing's first generation is the thing's introduction", "[query][contested][first]") {
  CHECK(yearOf("The first generation of Zorbit") == "zorbit year introduced 2015");
  CHECK(yearOf("The plugin for") == "(no such claim)");
}

TEST_CASE("two years of a thing's first introduction disagree and a later one is no contest",
          "[query][contested][first]") {
  const auto& g = graph();
  REQUIRE(g.contested().size() == 1);
  const auto& set = g.contested()[*g.contested().ids().begin()];
  CHECK(g.str(g.entities()[set.subject].key) == "zorbit");
  CHECK(g.str(set.measure) == "year introduced");
  std::vector<double> values;
  for (const auto& v : g.values(set)) values.push_back(g.claims()[v.claim].value);
  std::sort(values.begin(), values.end());
  CHECK(values == std::vector<double>{2015, 2016});
  CHECK(yearOf("Zorbit was introduced in 2017") == "zorbit year introduced 2017");
}
