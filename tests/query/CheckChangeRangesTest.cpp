// "from A to B" after a word of change is a value before and a value after, not a range (issue #13):
// "The improvement from 31.5% to 85.2% F1" gives TALLOW two figures, so a statement of 60 percent, the
// old range's midpoint's neighbour, is refuted, not supported. And a page whose table gives its two
// values to two rows ("Human performance | 94.0% F1", "SOTA score | 85.2% F1") does not disagree with
// itself when its prose gives one of them: the humans' 94% is supported, not conflicting. Over
// tests/fixtures/check-change-ranges/, an article of our own in the form of a benchmark's page.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks checked("check-change-ranges");

}  // namespace

TEST_CASE("a value inside a change's 'from A to B' is not supported by it", "[query][check][change-ranges]") {
  auto r = checked("Humans score 60 percent F1 on the TALLOW benchmark.");
  CHECK(checked.subjectOf(r) == "tallow");
  CHECK(r.verdict == Verdict::kRefuted);
  // Each end is a value of its own: the after value supports its statement.
  r = checked("Models score 85.2 percent F1 on the TALLOW benchmark.");
  CHECK(r.verdict == Verdict::kSupported);
}

TEST_CASE("a page's rows that give two values to two things are no disagreement with its prose",
          "[query][check][change-ranges]") {
  auto r = checked("Humans score 94 percent F1 on the TALLOW benchmark.");
  CHECK(checked.subjectOf(r) == "tallow");
  CHECK(r.verdict == Verdict::kSupported);
}
