// check over tests/fixtures/check-spelled-numbers/ (issue #13): a statement's figure written in words
// is read as its digits would be, by the grammar of English cardinals (ingest/Cardinals.h): "up to
// nine years old" as "up to 9 years old", "the twenty-four binary operators" as "the 24 ...", "a
// hundred and twenty thousand" whole rather than as its first hundred. The reading keeps the
// statement's own words as the figure's text.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-spelled-numbers");

// The reading's figure has this value and unit, and the statement gets this verdict.
template <class Result>
void requireFigure(const Result& r, double value, const char* unit, Verdict verdict) {
  REQUIRE(r.reading.figure);
  CHECK(*r.reading.figure->value == value);
  CHECK(r.reading.figure->unit == unit);
  CHECK(r.verdict == verdict);
}

}  // namespace

TEST_CASE("an age bound in words is read as its digits are", "[query][check][reading][spelled]") {
  auto r = check("Pebblewise's plugin offers reading games for children up to nine years old.");
  requireFigure(r, 9, "years", Verdict::kSupported);
  CHECK(r.reading.figure->text == "up to nine years");
  CHECK(r.reading.asOf.empty());
  CHECK(check.subjectOf(r) == "pebblewise_chatgpt_plugin");
  requireFigure(check("Pebblewise's plugin offers reading games for children up to fourteen years old."), 14, "years",
                Verdict::kRefuted);
}

TEST_CASE("a hyphened tens-and-unit number after \"the\" is a count", "[query][check][reading][spelled]") {
  auto r = check("Harrow notation names every one of the twenty-four binary operators of the Quellan calculus.");
  requireFigure(r, 24, "count", Verdict::kSupported);
  CHECK(r.reading.measure == "number of operators");
  CHECK(r.reading.figure->text == "twenty-four binary operators");
  CHECK(check.subjectOf(r) == "harrow_notation");
  requireFigure(check("Harrow notation names every one of the thirty-two binary operators of the Quellan calculus."),
                32, "count", Verdict::kRefuted);
}

TEST_CASE("a cardinal of hundreds and a scale is read whole", "[query][check][reading][spelled]") {
  for (const char* statement : {"The Stoneleaf Corpus holds a hundred and twenty thousand scanned letters.",
                                "The Stoneleaf Corpus holds one hundred and twenty thousand scanned letters."}) {
    INFO(statement);
    auto r = check(statement);
    requireFigure(r, 120000, "count", Verdict::kSupported);
    CHECK(r.reading.measure == "number of letters");
    CHECK(check.subjectOf(r) == "stoneleaf_corpus");
  }
  auto more = check("The Stoneleaf Corpus holds two hundred thousand scanned letters.");
  requireFigure(more, 200000, "count", Verdict::kRefuted);
  CHECK(more.reading.figure->text == "two hundred thousand scanned letters");
}
