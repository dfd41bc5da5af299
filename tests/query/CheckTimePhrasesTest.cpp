// check on the time phrases of English prose (tests/fixtures/check-time-phrases/, an article of our
// own): "until the 1970s" ends a value's time, "since 1990" starts it, "from 1914 to 1918" spans
// it, "was lowered from $5 to $3 in 1985" ends one value and starts the next; an undated statement
// speaks of the value that still holds; the year of an event ("founded in 1852") is a figure.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks checked("check-time-phrases");

Verdict verdictOf(const std::string& statement) { return checked(statement).verdict; }

}  // namespace

TEST_CASE("a value that held until a decade holds in a year of it or before, not after it", "[query][check][as_of]") {
  CHECK(verdictOf("Ferrow had 4,000 inhabitants in 1960.") == Verdict::kSupported);
  CHECK(verdictOf("Ferrow had 4,000 inhabitants in 1975.") == Verdict::kSupported);
  CHECK(verdictOf("Ferrow had 4,000 inhabitants in 1985.") == Verdict::kRefuted);
}

TEST_CASE("a value that holds since a year holds after it, not before it", "[query][check][as_of]") {
  CHECK(verdictOf("In 1995 the mooring fee in Ferrow was $12 per month.") == Verdict::kSupported);
  CHECK(verdictOf("In 1980 the mooring fee in Ferrow was $12 per month.") == Verdict::kRefuted);
  const auto r = checked("In 1995 the mooring fee in Ferrow was $12 per month.");
  CHECK(r.reading.asOf == "1995");
  CHECK(r.reading.measure == "price per month");
}

TEST_CASE("a value changed from one to another at a date: the old one before, the new one after and now",
          "[query][check][as_of]") {
  CHECK(verdictOf("Ferrow's harbour toll was $5 in 1980.") == Verdict::kSupported);
  CHECK(verdictOf("Ferrow's harbour toll was $5 in 1990.") == Verdict::kRefuted);
  CHECK(verdictOf("Ferrow's harbour toll was $3 in 1990.") == Verdict::kSupported);
  // No date: the value that still holds.
  CHECK(verdictOf("Ferrow's harbour toll is $5.") == Verdict::kRefuted);
  CHECK(verdictOf("Ferrow's harbour toll is $3.") == Verdict::kSupported);
  CHECK(checked("Ferrow's harbour toll is $5.").reading.asOf.empty());
}

TEST_CASE("a value of a span from one year to another holds within it", "[query][check][as_of]") {
  CHECK(verdictOf("The Ferrow Mill Company employed 300 people in 1916.") == Verdict::kSupported);
  CHECK(verdictOf("The Ferrow Mill Company employed 300 people in 1925.") == Verdict::kRefuted);
}

TEST_CASE("the year of an event is a figure: the right year supported, another refuted", "[query][check][as_of]") {
  const auto founded = checked("The Ferrow Mill Company was founded in 1852.");
  CHECK(founded.verdict == Verdict::kSupported);
  REQUIRE(founded.reading.figure);
  CHECK(*founded.reading.figure->value == 1852);
  CHECK(founded.reading.figure->unit == "year");
  CHECK(founded.reading.measure == "founding year");
  CHECK(founded.reading.asOf.empty());  // the year is the figure, not the period it speaks for
  CHECK(checked.subjectOf(founded) == "ferrow_mill_company");
  CHECK(verdictOf("The Ferrow Mill Company was founded in 1875.") == Verdict::kRefuted);
  CHECK(verdictOf("Ada Venn was born in 1861.") == Verdict::kSupported);
  CHECK(verdictOf("Ada Venn was born in 1870.") == Verdict::kRefuted);
}
