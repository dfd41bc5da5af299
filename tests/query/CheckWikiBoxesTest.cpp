// check over boxes and templates whose fields the MediaWiki templates define (issue #13), over
// tests/fixtures/check-wiki-boxes/: an aircraft's {{Infobox Aircraft Type}} (wrapped in table
// markup, as aircraft pages write it) and {{Aircraft specifications}} fields (data/infobox_fields.tsv);
// a {{Redirect|K-7}} hatnote's name as the page topic's; a statement's measure named by its noun phrase
// ("a service ceiling of"); {{Historical populations}}' year/population pairs; a census table whose
// header names its counted noun before a prepositional phrase ("Tessic speakers in Norland"); an
// infobox language's speakers in millions; a name inside a relative clause is not the subject.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "ingest/WikiTables.h"
#include "query/Query.h"

using cg::query::Verdict;

static const cg::test::FixtureChecks check("check-wiki-boxes");

TEST_CASE("an aircraft box's unit cost is the page topic's, named by its redirect", "[query][check][wiki][boxes]") {
  auto r = check("In 1951 a single K-7 cost $54,300.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "corvane_k-7_heron");
  CHECK(r.reading.measure == "cost");
  REQUIRE(r.reading.figure);
  CHECK(r.reading.figure->value == 54300.0);
  CHECK(r.reading.figure->unit == "USD");
  CHECK(r.reading.asOf == "1951");
  auto wrong = check("In 1951 a single K-7 cost $60,000.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(wrong) == "corvane_k-7_heron");
  REQUIRE(wrong.difference);
  CHECK(*wrong.difference == 5700.0);
}

TEST_CASE("a specification's ceiling is checked as the measure the statement names", "[query][check][wiki][boxes]") {
  auto r = check("The K-7 Heron had a service ceiling of 31,000 feet.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "corvane_k-7_heron");
  CHECK(r.reading.measure == "service ceiling");
  CHECK(r.reading.measureWords == std::vector<std::string>{"service", "ceiling"});
  REQUIRE(r.reading.figure);
  CHECK(r.reading.figure->value == 31000.0);
  CHECK(r.reading.figure->unit == "ft");
  // The prototype's 12,000 ft is a height it reached, no ceiling: the ceiling alone refutes.
  auto wrong = check("The K-7 Heron had a service ceiling of 12,000 feet.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  REQUIRE(wrong.difference);
  CHECK(*wrong.difference == -19000.0);
}

TEST_CASE("a name inside a relative clause is not whose figure it is", "[query][check][wiki][boxes]") {
  auto r = check("The Lower Stage that Corvane built for the K-7 weighed 640 kilograms.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "lower_stage");
  CHECK(check("The Lower Stage that Corvane built for the K-7 weighed 900 kilograms.").verdict == Verdict::kRefuted);
  // Without the clause the maker is the subject: its 900 kg engine block.
  auto maker = check("Corvane cast a 900 kg engine block.");
  CHECK(check.subjectOf(maker) == "corvane_aircraft_company");
  CHECK(maker.verdict == Verdict::kSupported);
}

TEST_CASE("a historical populations template is a dated population series", "[query][check][wiki][boxes]") {
  auto r = check("Valdoria had 812,000 inhabitants in 1901.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "valdoria");
  CHECK(r.reading.measure == "population");
  CHECK(r.reading.asOf == "1901");
  // The 1951 value said of 1901: the right number at the wrong date.
  auto wrongDate = check("Valdoria had 1,034,000 inhabitants in 1901.");
  CHECK(wrongDate.verdict == Verdict::kRefuted);
  CHECK(check("Valdoria had 1.19 million inhabitants in 2001.").verdict == Verdict::kSupported);
}

TEST_CASE("a census table's column names its counted noun before where it counts", "[query][check][wiki][boxes]") {
  auto r = check("Norland's 2010 census counted 2,345,678 Tessic speakers.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(r.reading.measure == "number of speakers");
  CHECK(r.reading.asOf == "2010");
  CHECK(check("Norland's 2010 census counted 3 million Tessic speakers.").verdict == Verdict::kRefuted);
  CHECK(check("Norland's 2000 census counted 2,345,678 Tessic speakers.").verdict == Verdict::kRefuted);
}

TEST_CASE("a language box's speakers in millions are its speakers at the box's date", "[query][check][wiki][boxes]") {
  auto r = check("Tessic had 4.1 million speakers in 2012.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "tessic_language");
  CHECK(r.reading.measure == "number of speakers");
  CHECK(r.reading.asOf == "2012");
  CHECK(check("Tessic had 5 million speakers in 2012.").verdict == Verdict::kRefuted);
}

TEST_CASE("a header's counted noun stands before its prepositional phrase", "[query][check][wiki][boxes]") {
  auto speakers = cg::ingest::wikiColumnWord("Tessic speakers in Norland");
  CHECK(speakers.word == "tessic speakers");
  CHECK(speakers.counted);
  CHECK(cg::ingest::wikiColumnWord("Deaths by year").word == "deaths");
  // "of" names what is counted ("Population of Norland"), and no plural head follows it here.
  CHECK(cg::ingest::wikiColumnWord("Population of Norland").word.empty());
}
