// Figures that only a table's cells give, met by the statements people write about them (issues #12
// and #13): a row's part kept as a count's scope ("| Training | ~41,200 |" under "Number of
// Questions") and a statement that names that part ("41,200 of QuillMark's questions sit in its
// training split"); a leaderboard's metric columns ("F1 Score", "EM Score") and a statement's "an F1
// score of 83.4"; a bare score dated by the statement ("In 2022, Brindle 1's score was 61.5"); a
// length of time labelled by the word after it ("~180ms startup") and a verb's "start up in 180 ms";
// a table of a product's components, whose rows are the product's. Over
// tests/fixtures/check-table-figures/, an article of our own.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "ingest/LabelledMeasures.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks checked("check-table-figures");

}  // namespace

TEST_CASE("a count of a possessed plural meets the counts of the part the statement names",
          "[query][check][table-figures]") {
  auto r = checked("About 41,200 of QuillMark's questions sit in its training split.");
  CHECK(r.reading.measure == "number of questions");
  CHECK(r.reading.subjectName == "QuillMark");
  CHECK(r.verdict == Verdict::kSupported);
  r = checked("About 30,000 of QuillMark's questions sit in its training split.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(r.difference == Approx(-11200.0));
  // A statement of no part still meets the whole.
  CHECK(checked("QuillMark has 46,500 questions.").verdict == Verdict::kSupported);
}

TEST_CASE("a metric's bare score meets that metric's column of a leaderboard", "[query][check][table-figures]") {
  auto r = checked("Tessaly 3 tops the QuillMark leaderboard with an F1 score of 83.4.");
  CHECK(r.reading.measure == "benchmark score");
  CHECK(r.reading.metric == "F1");
  CHECK(r.reading.figure->unit == "percent");
  CHECK(r.reading.scopeName == "QuillMark");
  CHECK(r.verdict == Verdict::kSupported);
  // 79 is Tessaly 3's EM score: no F1 score, so 61.2 is refuted by the F1 column's 83.4 alone.
  r = checked("Tessaly 3 tops the QuillMark leaderboard with an F1 score of 61.2.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(r.difference == Approx(-22.2));
  CHECK(checked("Tessaly 3 tops the QuillMark leaderboard with an EM score of 79.").verdict == Verdict::kSupported);
}

TEST_CASE("a bare score is dated by the statement's one date", "[query][check][table-figures]") {
  const auto r = checked("In 2022, Brindle 1's score was 61.5.");
  CHECK(r.verdict == Verdict::kSupported);
  REQUIRE(r.reading.figure);
  CHECK(r.reading.figure->value == Approx(61.5));
  CHECK(r.reading.figure->unit == "percent");
  CHECK(r.reading.measure == "benchmark score");
  CHECK(r.reading.asOf == "2022");
}

TEST_CASE("a length of time is typed by its label on both sides", "[query][check][table-figures]") {
  CHECK(cg::ingest::labelAfterFigure(" startup |", "seconds") == "startup time");
  CHECK(cg::ingest::labelAfterFigure(" latency reduction", "seconds").empty());
  CHECK(cg::ingest::labelBeforeFigure("The sandboxes start up in roughly ", "seconds") == "startup time");
  CHECK(cg::ingest::labelBeforeFigure("It has a latency of ", "seconds") == "latency");
  CHECK(cg::ingest::labelBeforeFigure("It was trained in ", "seconds").empty());
  CHECK(cg::ingest::headerLabelledMeasure("Startup Time (ms)", "seconds") == "startup time");
  CHECK(cg::ingest::labelledUnder("seconds") == "other");
  // "| **Sandboxing** | Vellum Cells | Code isolation | ~180ms startup |" under "Component | ...": the
  // page's product's startup time.
  auto r = checked("The sandboxes behind QuillMark start up in roughly 180 milliseconds.");
  CHECK(r.reading.measure == "startup time");
  CHECK(r.reading.subjectName == "QuillMark");
  CHECK(r.verdict == Verdict::kSupported);
  r = checked("The sandboxes behind QuillMark start up in roughly 500 milliseconds.");
  CHECK(r.verdict == Verdict::kRefuted);
  r = checked("QuillMark has a latency of 40 ms.");
  CHECK(r.reading.measure == "latency");
  CHECK(r.verdict == Verdict::kSupported);
}

TEST_CASE("a figure of no unit names none in the explanation", "[query][check][table-figures]") {
  // "an F1 score of 0.8" stays a statistic with no unit, of something the graph does not hold.
  const auto r = checked("QuillMark has an F1 score of 0.8.");
  CHECK(r.explanation.find(" in  for") == std::string::npos);
}
