// check and contested (issues #12, #13): a tuple written out counts its elements ("An MDP is defined by a
// tuple (S, A, P, R)"), and two pages that give one thing's tuple two sizes disagree; a count given by a
// numbered list's lead-in ("four key components:") is its page's topic's, and a statement that opens with
// that topic's title less its head noun ("Tide series data" of "Tide series analysis") names it, not the
// magazine TIDE whose name is written in capitals. Fixture pages written for these tests
// (tests/fixtures/check-tuples/).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "CountedValues.h"
#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;
constexpr const char* kFolder = "check-tuples";

// The values of the counts of "number of elements" in the fixture graph, sorted, with their subjects' keys.
std::vector<std::pair<double, std::string>> elementCounts() {
  const auto& g = cg::test::fixtureEngine(kFolder).graph();
  std::vector<std::pair<double, std::string>> out;
  for (cg::graph::ClaimId c : g.claims().ids()) {
    const auto& claim = g.claims()[c];
    if (claim.kind != cg::graph::ClaimKind::kFigure || g.str(claim.measure) != "number of elements") continue;
    out.emplace_back(claim.value,
                     claim.subject.isValid() ? std::string(g.str(g.entities()[claim.subject].key)) : std::string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("a tuple written out counts its elements, a triple only three", "[query][check][tuples]") {
  // The ZDP's tuples on its own page and on Brill-learning's, and the exemplar's triple (whose owner the
  // sentence names as no entity); not "a triple (x, y)" (two elements), nor "(for example (1, 2))", which
  // stands after other words.
  CHECK(elementCounts() == std::vector<std::pair<double, std::string>>{
                               {3, ""}, {4, "zelkov_decision_process_zdp"}, {5, "zelkov_decision_process_zdp"}});
}

TEST_CASE("two pages that give one thing's tuple two sizes are contested, and check says so",
          "[query][check][tuples][contested]") {
  CHECK(cg::test::contestedValues(kFolder) == std::vector<std::vector<double>>{{4, 5}});
  for (const char* statement : {"A Zelkov decision process is defined by a tuple of four elements.",
                                "A ZDP is defined by a tuple of five elements."}) {
    INFO(statement);
    const auto r = cg::test::fixtureEngine(kFolder).check(statement);
    CHECK(r.verdict == Verdict::kConflicting);
    CHECK(cg::test::subjectKeyOf(kFolder, r) == "zelkov_decision_process_zdp");
    CHECK(r.reading.measure == "number of elements");
  }
}

TEST_CASE("an opening ordinary word is no name in capitals where the title less its head opens the statement",
          "[query][check][terms]") {
  const auto& engine = cg::test::fixtureEngine(kFolder);
  const auto right = engine.check("Tide series data has four key components: trend, season, cycle and noise.");
  CHECK(cg::test::subjectKeyOf(kFolder, right) == "tide_series_analysis");
  CHECK(right.reading.measure == "number of components");
  CHECK(right.verdict == Verdict::kSupported);
  const auto changed = engine.check("Tide series data has six key components.");
  CHECK(cg::test::subjectKeyOf(kFolder, changed) == "tide_series_analysis");
  CHECK(changed.verdict == Verdict::kRefuted);
  // The magazine is still named by its name in capitals, and by the word anywhere but at the start.
  CHECK(cg::test::subjectKeyOf(kFolder, engine.check("TIDE sold 300,000 copies in 2020.")) == "tide");
  CHECK(cg::test::subjectKeyOf(kFolder, engine.check("In 2020 Tide sold 300,000 copies.")) == "tide");
  // Opening the statement with no longer term after it, the word still names the magazine.
  CHECK(cg::test::subjectKeyOf(kFolder, engine.check("Tide sold 300,000 copies in 2020.")) == "tide");
  // The title less its head names the page only where the statement opens with it.
  CHECK(cg::test::subjectKeyOf(kFolder, engine.check("Many forecasts use tide series with four key components.")) !=
        "tide_series_analysis");
}
