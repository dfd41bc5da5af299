// A figure keeps its sign in the graph and in a statement, so that check compares signed values (issues #12,
// #13): a correlation of -0.42 supports its statement and refutes one of 0.42, and a statement's own minus
// before a gap is its value, not a fall. Over tests/fixtures/check-signed-gaps/, a benchmark's page of our own
// with a "Gap from Human" column, a "Change" column and a correlation below zero.
#include <catch2/catch.hpp>

#include <string_view>
#include <vector>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks checked("check-signed-gaps");

}  // namespace

TEST_CASE("a statement's value below zero is compared with its sign", "[query][check][signed]") {
  auto r = checked("Scores on WARBLE show a correlation of -0.42 with question length.");
  CHECK(checked.subjectOf(r) == "warble");
  REQUIRE(r.reading.figure);
  CHECK(*r.reading.figure->value == Approx(-0.42));
  CHECK(r.verdict == Verdict::kSupported);
  // The same size above zero is another value.
  r = checked("Scores on WARBLE show a correlation of 0.42 with question length.");
  CHECK(r.verdict == Verdict::kRefuted);
}

TEST_CASE("a statement's minus before a gap is the gap's sign, not a fall", "[query][check][signed]") {
  auto r = checked("On WARBLE, Quill Pro trails humans by a gap of -21.3%.");
  CHECK(checked.subjectOf(r) == "quill_pro");
  REQUIRE(r.reading.figure);
  CHECK(*r.reading.figure->value == Approx(-21.3));
  CHECK(r.reading.measure != "decrease");
  CHECK(r.verdict == Verdict::kSupported);
  // A gap of the same size above the reference is not the page's: the row gives -21.3%.
  r = checked("On WARBLE, Quill Pro trails humans by a gap of 21.3%.");
  CHECK(r.verdict == Verdict::kRefuted);
}

TEST_CASE("a score on a benchmark is the model's, the benchmark its scope", "[query][check][scope]") {
  // "Quill Pro" is a leaderboard row, typed no owner; the name before the figure still holds the score.
  auto r = checked("Quill Pro scores 62.4% on WARBLE.");
  CHECK(checked.subjectOf(r) == "quill_pro");
  CHECK(r.reading.scopeName == "WARBLE");
  CHECK(r.reading.measure == "benchmark score");
  CHECK(r.verdict == Verdict::kSupported);
  r = checked("Quill Pro scores 70.1% on WARBLE.");
  CHECK(checked.subjectOf(r) == "quill_pro");
  CHECK(r.verdict == Verdict::kRefuted);
  // With no name before the figure the benchmark stays what the statement is about.
  r = checked("Top models reached 62.4% on WARBLE.");
  CHECK(checked.subjectOf(r) == "warble");
}

TEST_CASE("who-claimed finds a signed figure by its sign, and a fall stored as its size by its written sign",
          "[query][who-claimed][signed]") {
  const auto& engine = cg::test::fixtureEngine("check-signed-gaps");
  const auto& g = engine.graph();
  auto figureHits = [&](std::string_view text) {
    std::vector<double> values;
    for (const auto& hit : engine.whoClaimed(text))
      if (hit.matched == "figure") values.push_back(g.claims()[hit.claim].value);
    return values;
  };
  // The gap cell holds -21.3; nothing holds 21.3.
  CHECK(figureHits("-21.3%") == std::vector<double>{-21.3});
  CHECK(figureHits("21.3%").empty());
  // The "Change" column's -12.3% is a decrease of 12.3: found by the text as written.
  CHECK(figureHits("-12.3%") == std::vector<double>{12.3});
}
