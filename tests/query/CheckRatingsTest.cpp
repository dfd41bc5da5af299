// Ratings in check statements (issue #13): a number beside a rating word of data/table_headers.tsv
// ("Elo", "Glicko-2", "rating") is read as the graph stores a leaderboard's rating cell, in points
// with the measure "benchmark score", on the benchmark the statement names, of the model it names.
// Fixture: tests/fixtures/check-ratings/plumebench.md (written for these tests).
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-ratings");

// A reading as "value unit | measure | subject key | scope".
std::string readingOf(const cg::query::CheckResult& r) {
  const auto& f = r.reading.figure;
  return (f ? std::to_string(static_cast<long>(f->value.value_or(-1))) + " " + f->unit : std::string("-")) + " | " +
         r.reading.measure + " | " + check.subjectOf(r) + " | " + r.reading.scopeName;
}

}  // namespace

TEST_CASE("a number beside a rating word is a rating in points on the benchmark named", "[query][check][ratings]") {
  // "On BENCH," before the model, the rating word before the number (the fixture's one page gives
  // PlumeBench no entity to read as the scope before the figure: its leaderboard's points are the model's).
  const auto before = check("On PlumeBench, Corvane 4 holds an Elo score of 1,620.");
  CHECK(readingOf(before) == "1620 points | benchmark score | corvane_4 | ");
  CHECK(before.verdict == Verdict::kSupported);
  // The rating word after the number, "on BENCH" after it; a hedge is no part of the number.
  const auto after = check("Talbot-3 rates about 1,385 Elo on PlumeBench.");
  CHECK(readingOf(after) == "1385 points | benchmark score | talbot_3 | PlumeBench");
  CHECK(after.verdict == Verdict::kSupported);
  // The rating word closing the benchmark's name (no part of it); a small rating is no count.
  const auto scale = check("Sprig-2B sits at 240 on the PlumeBench Elo scale.");
  CHECK(readingOf(scale) == "240 points | benchmark score | sprig_2b | PlumeBench");
  CHECK(scale.verdict == Verdict::kSupported);
}

TEST_CASE("a rating that differs from the leaderboard's is refuted", "[query][check][ratings]") {
  const auto wrong = check("Corvane 4 holds an Elo score of 1,900 on PlumeBench.");
  CHECK(readingOf(wrong) == "1900 points | benchmark score | corvane_4 | PlumeBench");
  CHECK(wrong.verdict == Verdict::kRefuted);
  CHECK(check("Talbot-3 rates about 1,100 Elo on PlumeBench.").verdict == Verdict::kRefuted);
}

TEST_CASE("a number that is no rating keeps its reading", "[query][check][ratings]") {
  // A count beside no rating word stays a count; a number that ends a name before "Elo" is no rating.
  CHECK(check("PlumeBench judges 1,620 poems.").reading.figure->unit != "points");
  const auto named = check("Corvane 4 Elo ratings rose by 12%.");
  REQUIRE(named.reading.figure);
  CHECK(named.reading.figure->unit == "percent");
}
