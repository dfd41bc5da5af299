// check over tests/fixtures/check-round-figures/ (issue #13): a statement's figure written with one
// digit ("$1 billion") is a round figure, not a range as wide as half its last digit: it does not
// agree with a value half its size ($500 million), while a value within its rounding still does.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-round-figures");

}  // namespace

TEST_CASE("a one-digit round figure does not agree with a value half its size", "[query][check][round-figures]") {
  auto r = check("By June 2025 Zentrix was making $1 billion in annual recurring revenue.");
  CHECK(r.verdict == Verdict::kRefuted);
  REQUIRE(r.difference);
  CHECK(*r.difference == Approx(500e6));
  r = check("Zentrix's annual recurring revenue reached $1 billion in November 2025.");
  CHECK(r.verdict == Verdict::kSupported);
  // "$2 billion" still covers $1.8 billion, within half its last digit.
  r = check("Zentrix's annual recurring revenue was $2 billion in March 2026.");
  CHECK(r.verdict == Verdict::kSupported);
}
