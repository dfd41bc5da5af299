// check over tests/fixtures/check-metric-after-score/ (issue #13): a bare score with its metric's name written
// after it as its unit ("scored 34.8 BLEU on ...") is still measured on the test named after "on", as "a BLEU
// score of 34.8 on ..." is; the subject's scores on another test (Quill's 38.0% on WarbleBench) say nothing of it.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-metric-after-score");

}  // namespace

TEST_CASE("a score with its metric after it is measured on the test named after the metric", "[query][check][scores]") {
  // The base read no test and refuted it by Quill's 38.0% on WarbleBench.
  const auto other = check("Quill scored 34.8 BLEU on the Ferrow translation task.");
  CHECK(check.subjectOf(other) == "quill");
  CHECK(other.reading.scopeName == "Ferrow");
  CHECK(other.verdict == Verdict::kNotEnoughEvidence);
  const auto same = check("Quill scored 34.8 BLEU on WarbleBench.");
  CHECK(same.reading.scopeName == "WarbleBench");
  CHECK(same.verdict == Verdict::kRefuted);
}

TEST_CASE("a score with its metric after it and no test named keeps the subject's own scores",
          "[query][check][scores]") {
  // No "on" after the metric: no test is read, and Quill's one score answers, as in the base.
  const auto r = check("Quill scored 38.0 BLEU.");
  CHECK(r.reading.scopeName.empty());
  CHECK(r.verdict == Verdict::kSupported);
}
