// check over tests/fixtures/check-share-wholes/ (issue #13): a percentage the reader types only by its
// unit and that the statement says is "of" a plural ("of its passages", "of QUILLON users") is
// weighed against the page's shares of that plural only, never against a percentage of another thing.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-share-wholes");

}  // namespace

TEST_CASE("a share of a plural is weighed against shares of that plural only", "[query][check][share-wholes]") {
  struct Case {
    const char* statement;
    Verdict verdict;
    double nearest;  // the value the verdict weighed, NAN when none
  };
  for (const Case& c : {
           // Prose that names the plural next to its figure: "About 40% of its passages".
           Case{"About 40% of the passages in QUILLON come from news reports.", Verdict::kSupported, 40},
           Case{"About 70% of the passages in QUILLON come from news reports.", Verdict::kRefuted, 40},
           // A table row whose first cell the statement names: "Legal filings | ~35%".
           Case{"Legal filings make up about 35% of the passages in QUILLON.", Verdict::kSupported, 35},
           // "at 20% usage" is no share of users; the base refuted it by that 20%.
           Case{"30% of QUILLON users run it every day.", Verdict::kNotEnoughEvidence, NAN},
       }) {
    INFO(c.statement);
    const auto r = check(c.statement);
    CHECK(check.subjectOf(r) == "quillon");
    CHECK(r.reading.measure == "percentage");
    CHECK(r.verdict == c.verdict);
    if (std::isnan(c.nearest)) {
      CHECK(r.evidence.empty());
    } else {
      REQUIRE(r.difference);
      CHECK(*r.reading.figure->value - *r.difference == Approx(c.nearest));
    }
  }
}

TEST_CASE("a percentage of a mass or of a capitalised plural keeps every percentage of its subject",
          "[query][check][share-wholes]") {
  // "of the usage" is no plural: the page's percentages all speak to it, as before (20% agrees).
  const auto mass = check("QUILLON switches models at 20% of the usage.");
  CHECK(mass.verdict == Verdict::kSupported);
}
