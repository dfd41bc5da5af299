// check over tests/fixtures/check-earlier-stage/ (issue #13): a statement without a date speaks of
// its subject's latest value, and a value the text places at an earlier stage of the subject
// ("In its early stages, ...", "initially employed 12 engineers"; data/earlier_stage_phrases.txt)
// is context beside one it does not place so: the statement of the earlier value is refuted.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const char* const kFolder = "check-earlier-stage";

const cg::test::FixtureChecks check(kFolder);

}  // namespace

TEST_CASE("a value placed at an earlier stage is not the latest value", "[query][check][earlier-stage]") {
  // A sentence-opening phrase of its own, a comma after it.
  auto r = check("Brenlow handles about 2 million requests a day.");
  CHECK(r.verdict == Verdict::kRefuted);
  REQUIRE(r.difference);
  CHECK(*r.difference == Approx(-38e6));
  r = check("Brenlow handles over 40 million requests a day.");
  CHECK(r.verdict == Verdict::kSupported);
  // An adverb right before the figure in its clause.
  r = check("Brenlow employs 12 engineers.");
  CHECK(r.verdict == Verdict::kRefuted);
  r = check("Brenlow employs 85 engineers.");
  CHECK(r.verdict == Verdict::kSupported);
}
