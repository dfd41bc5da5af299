// One measure vocabulary for ingest and query (ingest/MeasureNames.h): a statement names its
// figure's measure as the extractor names the article's, so that the two meet. A statistic named as
// the value's noun ("a standard deviation of 1", "its precision would be ... 75%"), the times a
// thing is done on each of something as runs ("12 times on each problem", "12 runs per problem"),
// an accuracy on a leaderboard as a score on that leaderboard's benchmark, and a count named by its own noun before a
// cue later in the clause ("three key functions, signing users in"). Over tests/fixtures/check-measure-names/, articles
// of our own.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks checked("check-measure-names");

}  // namespace

TEST_CASE("a statistic named as the value's noun is the measure on both sides", "[query][check][measure-names]") {
  auto r = checked("Scaling Drills rescales every column to a standard deviation of 1.");
  CHECK(r.reading.measure == "standard deviation");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(checked("Scaling Drills rescales every column to a standard deviation of 4.").verdict == Verdict::kRefuted);
  r = checked("In Scaling Drills, the sorter's precision comes to about 75%.");
  CHECK(r.reading.measure == "precision");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(checked("In Scaling Drills, the sorter's precision comes to about 40%.").verdict == Verdict::kRefuted);
}

TEST_CASE("times on each of something are runs, as runs per it are", "[query][check][measure-names]") {
  auto r = checked("Quorvex Bench runs every model 12 times on each problem.");
  CHECK(r.reading.measure == "number of runs");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(checked("Quorvex Bench runs every model 30 times on each problem.").verdict == Verdict::kRefuted);
}

TEST_CASE("an accuracy on a leaderboard is a score on its benchmark, under the heading that names it",
          "[query][check][measure-names]") {
  auto r = checked("Tarnwick-7 tops the Quorvex Bench Hard leaderboard with an accuracy of 6.25 percent.");
  CHECK(r.reading.measure == "benchmark score");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(checked("Tarnwick-7 tops the Quorvex Bench Hard leaderboard with an accuracy of 15 percent.").verdict ==
        Verdict::kRefuted);
}

TEST_CASE("a count is named by its own noun before a cue later in its clause", "[query][check][measure-names]") {
  auto r = checked("The helper API of Scaling Drills performs three key functions, signing users in among them.");
  CHECK(r.reading.measure == "number of functions");
  CHECK(r.verdict == Verdict::kSupported);
}
