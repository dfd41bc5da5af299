// Measures a percentage or a multiplier takes from its own label (ingest/LabelledMeasures.h,
// data/labelled_measures.tsv): a column's header ("Accuracy", "Win Rate"), the words after the figure
// ("4x faster"), the noun phrase it is "of" ("a success rate of 37%"). A statement is typed by the same
// words, so an accuracy meets an accuracy and never a win rate; a statement of no label still weighs
// every percentage; a labelled statement against figures no label typed is never refuted by them.
// Over tests/fixtures/check-labelled-measures/, an article of our own.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks checked("check-labelled-measures");

}  // namespace

TEST_CASE("an accuracy meets a cell under Accuracy, and never a win rate", "[query][check][labelled-measures]") {
  auto r = checked("Pelliver has an accuracy of 81%.");
  CHECK(r.reading.measure == "accuracy");
  CHECK(r.reading.subjectName == "Pelliver");
  CHECK(r.verdict == Verdict::kSupported);
  // 64% is Pelliver's win rate: it neither supports nor refutes an accuracy.
  r = checked("Pelliver has an accuracy of 64%.");
  CHECK(r.reading.measure == "accuracy");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(r.difference == Approx(-17.0));
  r = checked("Pelliver has a win rate of 64%.");
  CHECK(r.reading.measure == "win rate");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(checked("Dunmore has a win rate of 72%.").verdict == Verdict::kRefuted);
}

TEST_CASE("prose labels type a success rate and a speedup on both sides", "[query][check][labelled-measures]") {
  auto r = checked("Pelliver has a success rate of 37%.");
  CHECK(r.reading.measure == "success rate");
  CHECK(r.verdict == Verdict::kSupported);
  r = checked("Dunmore is 4x faster than Pelliver.");
  CHECK(r.reading.measure == "speedup");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(checked("Dunmore is 9x faster than Pelliver.").verdict == Verdict::kRefuted);
}

TEST_CASE("a statement of no label still weighs the labelled percentages", "[query][check][labelled-measures]") {
  auto r = checked("Pelliver scored 81%.");
  CHECK(r.reading.measure == "percentage");
  CHECK(r.verdict == Verdict::kSupported);
}

TEST_CASE("a labelled statement against percentages no label typed is never refuted by them",
          "[query][check][labelled-measures]") {
  // Ostrander's 58% is a share of its trips, typed by no label.
  auto r = checked("Ostrander has an accuracy of 58%.");
  CHECK(r.reading.measure == "accuracy");
  CHECK(r.verdict == Verdict::kSupported);
  r = checked("Ostrander has an accuracy of 90%.");
  CHECK(r.reading.measure == "accuracy");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
}
