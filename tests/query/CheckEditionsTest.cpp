// Contested sets and subjects over tests/fixtures/check-editions/ (pages of our own; issue #13):
// "the first version of [Quillon](/wiki/quillon)" is Quillon-1, the model the page "quillon-1" is
// about, so a timeline's "First version of Quillon, with 110 million learning parameters" contests
// that page's 117 million; "The second version" and "The third version of the language model" later
// in the paragraph go on with the series (Quillon-2, Quillon-3). A name the article does not link
// ("The first version of Zorbit") keeps its own entity unless the article writes the numbered name.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

const char* const kFolder = "check-editions";

const cg::graph::ClaimGraph& graph() { return cg::test::fixtureEngine(kFolder).graph(); }

// The key of the subject of the figure claim whose text opens with `opening` and whose value is `value`.
std::string subjectOf(const std::string& opening, double value) {
  const auto& g = graph();
  for (auto id : g.claims().ids()) {
    const auto& c = g.claims()[id];
    if (c.hasValue && c.value == value && g.str(c.text).substr(0, opening.size()) == opening)
      return c.subject.isValid() ? std::string(g.str(g.entities()[c.subject].key)) : std::string("(none)");
  }
  return "(no such claim)";
}

}  // namespace

TEST_CASE("the first version of a linked name is its numbered edition", "[query][contested][editions]") {
  CHECK(subjectOf("First version of Quillon", 110e6) == "quillon-1");
  CHECK(subjectOf("In 2018, the first version of Quillon", 110e6) == "quillon-1");
  CHECK(subjectOf("Quillon-1 had", 117e6) == "quillon-1");
}

TEST_CASE("a later ordinal edition in the paragraph goes on with the series", "[query][contested][editions]") {
  CHECK(subjectOf("The second version", 1.5e9) == "quillon_2");
  CHECK(subjectOf("The third version of the language model", 175e9) == "quillon_3");
}

TEST_CASE("an unlinked name is numbered only where the article writes the numbered name",
          "[query][contested][editions]") {
  CHECK(subjectOf("The first version of Quillon was introduced", 2018) == "quillon-1");  // "Quillon-1 had ..."
  CHECK(subjectOf("The first version of Zorbit", 2080) == "zorbit");                     // no "Zorbit-1": none made up
  for (auto id : graph().entities().ids()) CHECK(graph().str(graph().entities()[id].key) != "zorbit_1");
}

TEST_CASE("the numbered edition's figures contest the page's", "[query][contested][editions]") {
  const auto& g = graph();
  REQUIRE(g.contested().size() == 1);
  const auto& set = g.contested()[*g.contested().ids().begin()];
  CHECK(g.str(g.entities()[set.subject].key) == "quillon-1");
  CHECK(g.str(set.measure) == "parameters");
  std::vector<double> values;
  for (const auto& v : g.values(set)) values.push_back(g.claims()[v.claim].value);
  std::sort(values.begin(), values.end());
  CHECK(values == std::vector<double>{110e6, 110e6, 117e6});
}
