// check over tests/fixtures/check-score-differences/ (issue #13): a table's "Difference" cell ("-2.6" under
// "Benchmark | Sablo M1 | Sablo M2 | Difference") and a statement that puts its subject behind ("trails Sable
// 405B by 2.6 points on Vexbench") are one signed difference of two scores on one benchmark, weighed only against
// differences on that benchmark; and a name the graph does not know that opens a statement holds its score, so
// that the benchmark the score is on is never taken for its subject.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "ingest/MeasureNames.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-score-differences");

}  // namespace

TEST_CASE("a statement that puts its subject behind is weighed against the table's signed difference",
          "[query][check][signed]") {
  struct Case {
    const char* statement;
    Verdict verdict;
  };
  for (const Case& c : {
           Case{"Sablo M1 trails Sablo M2 by 2.6 points on Vexbench.", Verdict::kSupported},
           Case{"Sablo M1 trails Sablo M2 by 4 points on Vexbench.", Verdict::kRefuted},
           // 0.6 points is MMLU's difference, not Vexbench's.
           Case{"Sablo M1 trails Sablo M2 by 0.6 points on Vexbench.", Verdict::kRefuted},
           Case{"Sablo M1 trails Sablo M2 by 0.6 points on MMLU.", Verdict::kSupported},
       }) {
    INFO(c.statement);
    const auto r = check(c.statement);
    CHECK(check.subjectOf(r) == "sablo_m1");
    CHECK(r.reading.measure == cg::ingest::kScoreDifference);
    CHECK(r.verdict == c.verdict);
  }
  // The scores beside the difference are still the models' own, never weighed against it.
  const auto score = check("Sablo M1 scores 86.0 on Vexbench.");
  CHECK(score.reading.measure == "benchmark score");
  CHECK(score.verdict == Verdict::kSupported);
}

TEST_CASE("a name the graph does not know that opens a statement holds its score", "[query][check][scores]") {
  for (const char* statement : {"Zorblax scores 78.2% on Vexbench.", "Zorblax scores 26.2% on Vexbench.",
                                "Sablo 2 scores 86.0% on Vexbench."}) {
    INFO(statement);
    const auto r = check(statement);
    CHECK(r.verdict == Verdict::kNotEnoughEvidence);
    CHECK(r.reading.scopeName == "Vexbench");
    CHECK_FALSE(r.reading.subject);
  }
  // A known name still holds it.
  CHECK(check("Sablo M1 scores 86.0% on Vexbench.").verdict == Verdict::kSupported);
}
