// check (issues #12, #13): forms of held_out_35's statements over pages written for these tests
// (tests/fixtures/check-term-forms/): a term page's title in the plural ("Gorse boundaries ..." of the
// page "Gorse boundary"), a count whose sentence the lower-case title opens ("The brindle matrix is
// typically represented by four parameters"), and a share in words ("half of", "nine in ten") read as
// the percentage the page writes in digits.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;
const cg::test::FixtureChecks check("check-term-forms");

}  // namespace

TEST_CASE("a term page's title in the plural with -ies names the page", "[query][check][terms]") {
  const auto two = check("Gorse boundaries fall into two broad types.");
  CHECK(check.subjectOf(two) == "gorse_boundary");
  CHECK(two.verdict == Verdict::kSupported);
  CHECK(check("Gorse boundaries fall into five broad types.").verdict == Verdict::kRefuted);
}

TEST_CASE("a count whose sentence the lower-case title opens is the term's", "[query][check][terms]") {
  CHECK(check.subjectOfValue(4) == "brindle_matrix");
  const auto four = check("A brindle matrix in a report is usually described by four parameters.");
  CHECK(check.subjectOf(four) == "brindle_matrix");
  CHECK(four.verdict == Verdict::kSupported);
  CHECK(check("A brindle matrix in a report is usually described by eight parameters.").verdict == Verdict::kRefuted);
}

TEST_CASE("a share in words is checked as the percentage the page gives", "[query][check][figures]") {
  const auto half = check("Quill Assistant can resolve half of customer needs over the phone.");
  REQUIRE(half.reading.figure);
  CHECK(half.reading.figure->unit == "percent");
  CHECK(half.verdict == Verdict::kSupported);
  CHECK(check("Quill Assistant can resolve nine in ten customer needs over the phone.").verdict == Verdict::kRefuted);
}
