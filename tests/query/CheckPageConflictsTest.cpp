// check over Wikipedia pages (issue #13), over tests/fixtures/check-page-conflicts/: a page that gives
// one quantity of its subject in its infobox and, differently, in its prose disagrees with itself
// (conflicting); a {{Starbox character}} written with its pipes at the ends of lines is read by its
// named fields (MediaWiki strips new lines around a parameter's name); a colour index is read in
// magnitudes under one measure, whether the text says "colour index" or the box "B−V".
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const char* const kFolder = "check-page-conflicts";

const cg::test::FixtureChecks check(kFolder);

}  // namespace

TEST_CASE("a box value and a different prose value of one quantity of the page's subject conflict",
          "[query][check][wiki][page-conflicts]") {
  auto r = check("Tarsil has a colour index of 0.66.");
  CHECK(r.verdict == Verdict::kConflicting);
  CHECK(check.subjectOf(r) == "tarsil");
  CHECK(r.reading.measure == "colour index");
  REQUIRE(r.reading.figure);
  CHECK(r.reading.figure->unit == "magnitude");
  CHECK(r.evidence.size() == 2);
  r = check("Tarsil has a colour index of 0.61.");
  CHECK(r.verdict == Verdict::kConflicting);
}

TEST_CASE("a colour index is not compared with another magnitude or another index",
          "[query][check][wiki][page-conflicts]") {
  // 0.12 is the box's U−B index, 5.4 the apparent magnitude: neither is the colour index.
  auto r = check("Tarsil has a colour index of 0.12.");
  CHECK(r.verdict == Verdict::kRefuted);
  r = check("Tarsil has a colour index of 5.4.");
  CHECK(r.verdict == Verdict::kRefuted);
}
