// check over Wikipedia-form pages (issues #13, #14), over tests/fixtures/check-wiki-facts/: an
// infobox's population fields ({{Infobox country}}'s population_estimate and population_census,
// dated by their _year fields) are populations, not employees; its circulation field is a
// newspaper's circulation, whatever day it counts; a counted noun phrase goes on past a degree
// adverb ("full or near-complete manuscripts"); a bare number of a count measure meets counts; a
// page title without its disambiguator ("Velmouth Lines (company)") names the page's subject.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

using cg::query::Verdict;

static const cg::test::FixtureChecks check("check-wiki-facts");

TEST_CASE("an infobox's population estimate is checked at its year, by the box's common name",
          "[query][check][wiki][facts]") {
  auto r = check("Ostrand's population was estimated at 7.4 million in 2016.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "republic_of_ostrand");
  CHECK(r.reading.measure == "population");
  REQUIRE(r.reading.figure);
  CHECK(r.reading.figure->value == 7400000.0);
  CHECK(r.reading.figure->unit.empty());  // "7.4 million" names no noun: a bare number
  CHECK(r.reading.asOf == "2016");
  auto wrong = check("Ostrand's population was estimated at 9 million in 2016.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(wrong) == "republic_of_ostrand");
}

TEST_CASE("an infobox's census population is another year's value", "[query][check][wiki][facts]") {
  auto r = check("Ostrand had 6.9 million inhabitants at the 2011 census.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(r.reading.measure == "population");
  CHECK(r.reading.asOf == "2011");
  // The census figure said of the estimate's year: refuted by the 2016 estimate.
  CHECK(check("Ostrand had 6,902,341 inhabitants in 2016.").verdict == Verdict::kRefuted);
}

TEST_CASE("a population table's row is checked at the row's year", "[query][check][wiki][facts]") {
  auto r = check("The Republic of Ostrand's population was 6.3 million in 2001.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(r.reading.asOf == "2001");
  CHECK(check("The Republic of Ostrand's population was 8 million in 2001.").verdict == Verdict::kRefuted);
}

TEST_CASE("an infobox's circulation field is the paper's circulation", "[query][check][wiki][facts]") {
  auto r = check("The Harbour Gazette circulated 212,480 copies a weekday in 2014.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "harbour_gazette");
  CHECK(r.reading.measure == "circulation");
  REQUIRE(r.reading.figure);
  CHECK(r.reading.figure->value == 212480.0);
  CHECK(r.reading.figure->unit == "count");
  CHECK(r.reading.asOf == "2014");
  CHECK(check("The Harbour Gazette circulated 150,000 copies a weekday in 2014.").verdict == Verdict::kRefuted);
}

TEST_CASE("a counted noun phrase goes on past a degree adverb", "[query][check][wiki][facts]") {
  auto r = check("The Velmar Library holds 46 complete or nearly complete manuscripts.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "velmar_library");
  CHECK(r.reading.measure == "number of manuscripts");
  CHECK(r.reading.asOf.empty());
  auto wrong = check("The Velmar Library holds 60 complete or nearly complete manuscripts.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  CHECK(wrong.reading.measure == "number of manuscripts");
}

TEST_CASE("a page's title without its disambiguator names its subject, whatever its infobox calls it",
          "[query][check][wiki][facts]") {
  // "Velmouth Lines (company)", whose box names "Velmouth Lines, S.A. de C.V.".
  auto r = check("In 2015 Velmouth Lines had revenues of US$412 million.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "velmouth_lines_(company)");
  CHECK(r.reading.measure == "revenue");
  CHECK(r.reading.asOf == "2015");
  auto wrong = check("In 2015 Velmouth Lines had revenues of US$600 million.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(wrong) == "velmouth_lines_(company)");
  auto staff = check("Velmouth Lines employs 3,200 people.");
  CHECK(staff.verdict == Verdict::kSupported);
  CHECK(staff.reading.measure == "employees");
}
