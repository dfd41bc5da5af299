// check over tests/fixtures/check-labelled-values/ (issue #13): a page that labels a value in a
// table row ("Memory reduction | 76.9%") and gives the same label's words another value in its prose
// ("a 71.4% reduction in attention memory") disagrees with itself, whichever of the statement's
// names the extractor gave each figure to: a statement of either value is conflicting. Not when the
// prose is dated by its own words and the row is not, nor when one line gives both values (the
// prose sentence "reached 91.5% ..., against 60.0% for dense routing", the row "82% (overall), 88%
// (long inputs), ...").
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "CountedValues.h"
#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const char* const kFolder = "check-labelled-values";

const cg::test::FixtureChecks check(kFolder);

// The values of the evidence the verdict counts that agree (or disagree) with the statement, sorted.
std::vector<double> countedValues(const cg::query::CheckResult& r, bool agreeing) {
  return cg::test::countedValues(kFolder, r, agreeing);
}

}  // namespace

TEST_CASE("a row's labelled value and the page's prose value of the same words conflict",
          "[query][check][labelled-values]") {
  // The row's 76.9% is Velorn-2's, the prose's 71.4% Sparse Query Attention's: the statement names both.
  auto r = check("Sparse Query Attention cuts Velorn-2's attention memory by 76.9%.");
  CHECK(r.verdict == Verdict::kConflicting);
  CHECK(countedValues(r, true) == std::vector<double>{76.9});
  // "cuts ... by" reads a decrease: the leaderboard's 64.2% score is no reduction and is not weighed.
  CHECK(countedValues(r, false) == std::vector<double>{38.0, 40.0, 71.4});
  r = check("Sparse Query Attention cuts Velorn-2's attention memory by 71.4%.");
  CHECK(r.verdict == Verdict::kConflicting);
  // Read as Velorn-2's, whose figures do not give 71.4%: the prose claim that does joins them.
  CHECK(countedValues(r, true) == std::vector<double>{71.4});
  CHECK(countedValues(r, false) == std::vector<double>{38.0, 40.0, 76.9});
}

TEST_CASE("a prose value of another period or of another thing does not dispute a row's label",
          "[query][check][labelled-values]") {
  // 25.0% is a 2023 prototype's, by its sentence's own date; the row is undated.
  auto r = check("Tessel Routing cuts memory by 40%.");
  CHECK(r.verdict == Verdict::kSupported);
  // The sentence gives 91.5% itself; its 60.0% is dense routing's.
  r = check("Tessel Routing has an expert utilization of 91.5%.");
  CHECK(r.verdict == Verdict::kSupported);
  // The row gives 88% itself, with its qualifier: the prose's 88% is that one, not a dispute of 82%.
  r = check("Tessel Routing has an overall average accuracy of 82%.");
  CHECK(r.verdict == Verdict::kSupported);
}
