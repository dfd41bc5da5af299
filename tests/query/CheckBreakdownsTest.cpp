// Contested sets and check over tests/fixtures/check-breakdowns/ (issue #13): counts a sentence gives
// in brackets after the names of parts ("in London (1,200 employees) and Paris (900 employees)"),
// after a count of the same thing, break that whole down: they are no other value of it, so the
// whole is no more ambiguous than a sentence with one figure and is contested by another article's.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "CountedValues.h"
#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const char* const kFolder = "check-breakdowns";

}  // namespace

TEST_CASE("a whole that a sentence breaks down in brackets is contested by another article's value",
          "[query][check][contested][breakdowns]") {
  CHECK(cg::test::contestedValues(kFolder) == std::vector<std::vector<double>>{{5000, 6500}});
  for (const char* statement : {"Corvane had 5,000 employees in 2024.", "Corvane had 6,500 employees in 2024."}) {
    INFO(statement);
    const auto r = cg::test::fixtureEngine(kFolder).check(statement);
    CHECK(r.verdict == Verdict::kConflicting);
    CHECK(cg::test::subjectKeyOf(kFolder, r) == "corvane");
    CHECK(r.reading.measure == "employees");
    CHECK(r.reading.asOf == "2024");
  }
}
