// check over tests/fixtures/check-works-makers/ (issues #12, #13): whose figure a statement gives when
// it names a maker before its work ("Fenlight's Bogwatch GPT", "Mara Ellison's essay Seedlight
// Notes"), a verb of creation with the work as its object ("came up with", "developed"), and the
// figures ingest reads for such works: a creation participle with a year that opens a sentence of
// the work's page ("Developed by Harlow Labs in 2004, it ..."), and a year in a table of works beside
// a column of their makers ("Creator | Date | Title").
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "CountedValues.h"
#include "FixtureEngine.h"
#include "query/Query.h"
#include "reason/ClaimValues.h"

namespace {

using cg::query::Verdict;

const char* const kFolder = "check-works-makers";

const cg::test::FixtureChecks check(kFolder);

}  // namespace

TEST_CASE("a maker's possessive before a product or work makes the work the subject", "[query][check][names][makers]") {
  auto r = check("Fenlight's Bogwatch GPT has been used in 4,000 chats.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "bogwatch_gpt");
  r = check("Fenlight's Bogwatch GPT has been used in 9,000 chats.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(cg::test::countedValues(kFolder, r, false) == std::vector<double>{4000});
  // A class noun between the maker and the work says what the work is.
  r = check("Mara Ellison's essay Seedlight Notes was published in 2016.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "seedlight_notes");
  CHECK(r.reading.measure == "publication year");
  r = check("Mara Ellison's essay Seedlight Notes was published in 2012.");
  CHECK(r.verdict == Verdict::kRefuted);
  // "dates from" a work's year is its publication year, where the graph records one.
  r = check("Tobin Reyes's blog post The Patient Fern dates from 2019.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "the_patient_fern");
  r = check("Tobin Reyes's blog post The Patient Fern dates from 2015.");
  CHECK(r.verdict == Verdict::kRefuted);
  // A person after a role is no work: the maker stays the subject.
  r = check("Fenlight's chief botanist Mara Ellison has 40 employees.");
  CHECK(check.subjectOf(r) == "fenlight");
}

TEST_CASE("a verb of creation gives its object's year introduced", "[query][check][years][makers]") {
  for (const char* statement :
       {"Harlow Labs came up with the Mossgrade metric in 2004.", "Harlow Labs developed Mossgrade in 2004."}) {
    INFO(statement);
    const auto r = check(statement);
    CHECK(r.verdict == Verdict::kSupported);
    CHECK(check.subjectOf(r) == "mossgrade");
    CHECK(r.reading.measure == "year introduced");
    REQUIRE(r.reading.figure);
    CHECK(*r.reading.figure->value == 2004);
  }
  const auto r = check("Harlow Labs came up with the Mossgrade metric in 1994.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(cg::test::countedValues(kFolder, r, false) == std::vector<double>{2004});
}
