// check on figures dated by a time anaphor (tests/fixtures/check-time-anaphors/, an article of our
// own): "Brindle Labs opened the beta on March 3, 2021. By this time, 9,000 users had signed up."
// gives 9,000 users for March 2021, so the same count at a later date is the right number at the
// wrong date (refuted), and each figure holds at the date the sentence before names.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks checked("check-time-anaphors");

}  // namespace

TEST_CASE("a count dated by 'by this time' holds at the date before it, not later", "[query][check][as_of][anaphor]") {
  const auto then = checked("Quillbase had 9,000 users in March 2021.");
  CHECK(then.verdict == Verdict::kSupported);
  CHECK(then.reading.asOf == "2021-03");
  const auto later = checked("Quillbase had 9,000 users in August 2021.");
  CHECK(later.verdict == Verdict::kRefuted);
  CHECK(later.reading.asOf == "2021-08");
}

TEST_CASE("'by then' and 'that year' date their figures by the sentence before", "[query][check][as_of][anaphor]") {
  CHECK(checked("Quillbase had 40,000 users in October 2022.").verdict == Verdict::kSupported);
  CHECK(checked("Quillbase had 40,000 users in March 2021.").verdict == Verdict::kRefuted);
  CHECK(checked("Brindle Labs had 85 employees in 2023.").verdict == Verdict::kSupported);
  CHECK(checked("Brindle Labs had 85 employees in 2021.").verdict == Verdict::kRefuted);
}
