// check on dates (tests/fixtures/check-time/, an article of our own): the right number at the
// wrong date is refuted, a series of values over time is read as a series, a price per unit
// written in cents.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

Verdict verdictOf(const std::string& statement) {
  return cg::test::fixtureEngine("check-time").check(statement).verdict;
}

}  // namespace

TEST_CASE("each end of a series from one date to a later one is its own date's value", "[query][check][as_of]") {
  CHECK(verdictOf("Brellic Code cost $12 per million tokens in 2022.") == Verdict::kSupported);
  CHECK(verdictOf("Brellic Code cost about $0.30 per million tokens by 2025.") == Verdict::kSupported);
  CHECK(verdictOf("Brellic Code still cost $12 per million tokens in 2025.") == Verdict::kRefuted);
  CHECK(verdictOf("In late 2022 Brellic Code already cost $0.30 per million tokens.") == Verdict::kRefuted);
  // A price written in cents is a price in dollars.
  CHECK(verdictOf("By 2025 Brellic Code cost about 30 cents per million tokens.") == Verdict::kSupported);
}

TEST_CASE("a date in a bracket after a value dates that value, not the next one", "[query][check][as_of]") {
  CHECK(verdictOf("Brellic Code's annual recurring revenue was $60 million in April 2025.") == Verdict::kSupported);
  CHECK(verdictOf("Brellic Code's annual recurring revenue was $60 million in July 2025.") == Verdict::kRefuted);
}

TEST_CASE("a moving value dated by its own words for the very period outweighs one dated loosely",
          "[query][check][as_of]") {
  // "$45 million" in a section of 2025 may be July's; April 2025's own value is $60 million.
  CHECK(verdictOf("Brellic Code's annual recurring revenue stood at $45 million in April 2025.") == Verdict::kRefuted);
  CHECK(verdictOf("Brellic Code's annual recurring revenue stood at $45 million in 2025.") == Verdict::kSupported);
}

TEST_CASE("of two names for one company, the one whose series reaches the statement's date decides",
          "[query][check][as_of]") {
  CHECK(verdictOf("In September 2023 Tarnwell Labs, the maker of Brellic Code, was valued at $300 million.") ==
        Verdict::kRefuted);
  CHECK(verdictOf("In September 2023 Tarnwell Labs, the maker of Brellic Code, was valued at $900 million.") ==
        Verdict::kSupported);
}
