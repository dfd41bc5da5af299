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

}  // namespace

TEST_CASE("an age bound in words is read as its digits are", "[query][check][reading][spelled]") {
  auto r = check("Pebblewise's plugin offers reading games for children up to nine years old.");
  REQUIRE(r.reading.figure);
  CHECK(*r.reading.figure->value == 9);
  CHECK(r.reading.figure->unit == "years");
  CHECK(r.reading.figure->text == "up to nine years");
  CHECK(r.reading.asOf.empty());
  CHECK(check.subjectOf(r) == "pebblewise_chatgpt_plugin");
  CHECK(r.verdict == Verdict::kSupported);
  auto older = check("Pebblewise's plugin offers reading games for children up to fourteen years old.");
  REQUIRE(older.reading.figure);
  CHECK(*older.reading.figure->value == 14);
  CHECK(older.verdict == Verdict::kRefuted);
}

TEST_CASE("a hyphened tens-and-unit number after \"the\" is a count", "[query][check][reading][spelled]") {
  auto r = check("Harrow notation names every one of the twenty-four binary operators of the Quellan calculus.");
  REQUIRE(r.reading.figure);
  CHECK(*r.reading.figure->value == 24);
  CHECK(r.reading.figure->unit == "count");
  CHECK(r.reading.measure == "number of operators");
  CHECK(r.reading.figure->text == "twenty-four binary operators");
  CHECK(check.subjectOf(r) == "harrow_notation");
  CHECK(r.verdict == Verdict::kSupported);
  auto more = check("Harrow notation names every one of the thirty-two binary operators of the Quellan calculus.");
  REQUIRE(more.reading.figure);
  CHECK(*more.reading.figure->value == 32);
  CHECK(more.verdict == Verdict::kRefuted);
}

TEST_CASE("a cardinal of hundreds and a scale is read whole", "[query][check][reading][spelled]") {
  for (const char* statement : {"The Stoneleaf Corpus holds a hundred and twenty thousand scanned letters.",
                                "The Stoneleaf Corpus holds one hundred and twenty thousand scanned letters."}) {
    INFO(statement);
    auto r = check(statement);
    REQUIRE(r.reading.figure);
    CHECK(*r.reading.figure->value == 120000);
    CHECK(r.reading.figure->unit == "count");
    CHECK(r.reading.measure == "number of letters");
    CHECK(check.subjectOf(r) == "stoneleaf_corpus");
    CHECK(r.verdict == Verdict::kSupported);
  }
  auto more = check("The Stoneleaf Corpus holds two hundred thousand scanned letters.");
  REQUIRE(more.reading.figure);
  CHECK(*more.reading.figure->value == 200000);
  CHECK(more.reading.figure->text == "two hundred thousand scanned letters");
  CHECK(more.verdict == Verdict::kRefuted);
}
