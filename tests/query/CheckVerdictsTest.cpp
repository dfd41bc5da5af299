// No wrong verdict from a broader term, another date or another scope (issue #13), over
// tests/fixtures/check-verdicts/, articles of our own: an event of a narrower kind than the term the
// graph knows ("gradient braiding" beside "Braiding") is of nothing the graph knows; an undated figure
// whose value its own article dates elsewhere does not support a statement of another date; a share
// of a test's items ("42% of the tasks in PlankBench") is a score on that test, not any percentage.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks checked("check-verdicts");

}  // namespace

TEST_CASE("an event of a narrower kind than a known term is not enough evidence", "[query][check][verdicts]") {
  auto r = checked("Jon Pell introduced gradient braiding in 2001.");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  CHECK_FALSE(r.reading.subject);
  CHECK(r.reading.subjectName == "gradient braiding");
  CHECK(r.reading.measure == "year introduced");
  CHECK(r.explanation == "Nothing in the graph is about gradient braiding.");
  // The term itself is still checked against its year.
  r = checked("Ada Marsh introduced braiding in 1990.");
  CHECK(checked.subjectOf(r) == "braiding");
  CHECK(r.verdict == Verdict::kSupported);
  r = checked("Ada Marsh introduced braiding in 1995.");
  CHECK(r.verdict == Verdict::kRefuted);
}

TEST_CASE("an undated figure its own article dates elsewhere does not support another date",
          "[query][check][verdicts]") {
  auto r = checked("Throughout 2024 Lumen Diffusion was trained on 640-pixel images.");
  CHECK(checked.subjectOf(r) == "lumen_diffusion");
  CHECK(r.verdict == Verdict::kRefuted);
  for (const auto& e : r.evidence) CHECK(e.context);
  CHECK(r.explanation ==
        "The graph gives 640 count as the number of pixels of Lumen Diffusion for 2022, not for 2024.");
  // Of the date the article gives, both speak for it.
  r = checked("In 2022 Lumen Diffusion was trained on 640-pixel images.");
  CHECK(r.verdict == Verdict::kSupported);
}

TEST_CASE("a share of a test's items is a score on that test", "[query][check][verdicts]") {
  auto r = checked("Kestrel-3 resolves 61.5% of the tasks in PlankBench.");
  CHECK(checked.subjectOf(r) == "kestrel-3");
  CHECK(r.reading.measure == "benchmark score");
  CHECK(r.reading.scopeName == "PlankBench");
  CHECK(r.verdict == Verdict::kSupported);
  // Refuted by the score on PlankBench, never by the share of sequences the training masks.
  r = checked("Kestrel-3 resolves 42% of the tasks in PlankBench.");
  CHECK(r.verdict == Verdict::kRefuted);
  REQUIRE(r.difference);
  CHECK(*r.difference == Approx(42 - 61.5));
  // Without a test, a bare percentage is still weighed against the subject's percentages.
  r = checked("Kestrel-3 solves 42% of the tasks.");
  CHECK(r.reading.measure == "percentage");
  CHECK(r.reading.scopeName.empty());
}
