// Check over tests/fixtures/check-undated-series/ (issue #13): a claim with no date at all states its
// article's present, so a statement dated clearly before the latest period the article dates for
// that measure is not supported by it; and a count of a noun that two articles give the same
// subject differently, for one period, makes a statement of either conflicting.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const char* const kFolder = "check-undated-series";

Verdict verdictOf(const char* statement) { return cg::test::fixtureEngine(kFolder).check(statement).verdict; }

}  // namespace

TEST_CASE("an undated value does not support a date before the article's dated series",
          "[query][check][time][undated]") {
  // "has 40 sensors" (no date) beside 12 in March 2022 and 40 in June 2024: 40 is the present value.
  CHECK(verdictOf("The Talvek Arm had 40 sensors in March 2022.") == Verdict::kRefuted);
  CHECK(verdictOf("The Talvek Arm had 12 sensors in March 2022.") == Verdict::kSupported);
  // At the latest dated period, or undated, the undated value still counts.
  CHECK(verdictOf("The Talvek Arm had 40 sensors in June 2024.") == Verdict::kSupported);
  CHECK(verdictOf("The Talvek Arm has 40 sensors.") == Verdict::kSupported);
}

TEST_CASE("two articles' counts of one noun for one subject make either conflicting",
          "[query][check][contested][counts]") {
  CHECK(verdictOf("Korrin Suite has 640 tasks.") == Verdict::kConflicting);
  CHECK(verdictOf("Korrin Suite has 812 tasks.") == Verdict::kConflicting);
  // A part of a breakdown is no other account of the whole, and "16-bit" against "8-bit" names kinds
  // of score, not how many the benchmark has.
  CHECK(verdictOf("Korrin Suite has 150 tasks.") == Verdict::kSupported);
  CHECK(verdictOf("Korrin Suite uses 16-bit scores.") == Verdict::kSupported);
}
