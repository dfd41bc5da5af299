// check over tests/fixtures/check-event-years/ (issue #13): a statement whose only number is the
// year of an event that a verb of data/event_years.tsv names ("was introduced in", "introduced X
// in", "was founded in", "has been ... since") states that year as its figure, about the thing the
// event happened to, when the graph knows that thing's name (even one a sentence alone would not
// tell as a name: "Fernlet"). A count's measure is one in either grammatical number of its noun
// ("a 16-pixel patch" is a count of pixels).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "CountedValues.h"
#include "FixtureEngine.h"
#include "query/Query.h"
#include "reason/ClaimValues.h"

namespace {

using cg::query::Verdict;

const char* const kFolder = "check-event-years";

const cg::test::FixtureChecks check(kFolder);

}  // namespace

TEST_CASE("the year of an event a verb names is the statement's figure, passive or active",
          "[query][check][years][event-years]") {
  for (const char* statement : {"Fernlet was introduced in 2019.", "Fernlet was first introduced in 2019.",
                                "Ada Quillon introduced Fernlet in 2019."}) {
    INFO(statement);
    const auto r = check(statement);
    CHECK(r.verdict == Verdict::kSupported);
    CHECK(check.subjectOf(r) == "fernlet");
    CHECK(r.reading.measure == "year introduced");
    REQUIRE(r.reading.figure);
    CHECK(*r.reading.figure->value == 2019);
    CHECK(r.reading.figure->unit == "year");
    CHECK(r.reading.asOf.empty());  // the event's date is the figure: it speaks for no period
    CHECK(cg::test::countedValues(kFolder, r, true) == std::vector<double>{2019});
  }
  // Another year of the same event: refuted by the one the graph gives.
  auto r = check("Ada Quillon introduced Fernlet in 2021.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(cg::test::countedValues(kFolder, r, false) == std::vector<double>{2019});
  r = check("Tallowmere was founded in 1975.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(r.reading.measure == "founding year");
  CHECK(cg::test::countedValues(kFolder, r, false) == std::vector<double>{1962});
  r = check("Tallowmere was founded in 1962.");
  CHECK(r.verdict == Verdict::kSupported);
}

TEST_CASE("an event year of a thing the graph does not know speaks of nothing it holds",
          "[query][check][years][event-years]") {
  // The person who introduced it is no subject of the year: his other years are not this thing's.
  auto r = check("Ada Quillon introduced Marrowbench in 2019.");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  CHECK(r.evidence.empty());
  // A known thing with no year of that event: nothing speaks to it.
  r = check("Since 2001 Fernlet has been the institute's main model.");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  CHECK(r.reading.measure == "start year");
  CHECK(check.subjectOf(r) == "fernlet");
  // A year with no verb of an event is a date, not a figure.
  r = check("Fernlet added streaming input in 2019.");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  CHECK_FALSE(r.reading.figure);
}

TEST_CASE("a count's measure is one in either grammatical number of its noun", "[query][check][event-years]") {
  using cg::reason::countedNounForms;
  CHECK(countedNounForms("number of pixel") == std::vector<std::string>{"number of pixel", "number of pixels"});
  CHECK(countedNounForms("number of pixels") == std::vector<std::string>{"number of pixels", "number of pixel"});
  CHECK(countedNounForms("number of queries") == std::vector<std::string>{"number of queries", "number of query"});
  CHECK(countedNounForms("number of hours") == std::vector<std::string>{"number of hours"});  // a unit
  CHECK(countedNounForms("valuation") == std::vector<std::string>{"valuation"});
  // "a 16-pixel patch" (read as a count of "pixel") against "16 pixels".
  auto r = check("Fernlet reads tables through patches of 16 pixels.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(r.reading.measure == "number of pixels");
  CHECK(cg::test::countedValues(kFolder, r, true) == std::vector<double>{16});
  r = check("Fernlet reads tables through patches of 24 pixels.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(cg::test::countedValues(kFolder, r, false) == std::vector<double>{16});
}

TEST_CASE("a release year is the page box's, and the statement's subject is no name that modifies it",
          "[query][check][years][event-years]") {
  // The page box's "Release Date | June 4, 2023" is the year introduced of the page's plugin; the
  // name after "for" and the names inside an appositive only say which plugin it is.
  for (const char* statement :
       {"The Brell Chat plugin for Fernlet came out in 2023.",
        "Brell Chat, the seed bank plugin for Fernlet, was released in 2023.", "Brell Chat went live in 2023."}) {
    INFO(statement);
    const auto r = check(statement);
    CHECK(r.verdict == Verdict::kSupported);
    CHECK(check.subjectOf(r) == "brell_chat_plugin");
    CHECK(r.reading.measure == "year introduced");
    CHECK(cg::test::countedValues(kFolder, r, true) == std::vector<double>{2023});
  }
  const auto r = check("Brell Chat, the seed bank plugin for Fernlet, was released in 2021.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(r) == "brell_chat_plugin");
  CHECK(cg::test::countedValues(kFolder, r, false) == std::vector<double>{2023});
}

TEST_CASE("a verb of origin before a year states the year the thing began, as the graph records it",
          "[query][check][event-years][origin]") {
  struct Case {
    const char* statement;
    const char* key;
    const char* measure;
    double year;
    Verdict verdict;
  };
  for (const Case& c :
       {Case{"Fernlet dates back to 2019.", "fernlet", "year introduced", 2019, Verdict::kSupported},
        Case{"Fernlet can be traced back to 2019.", "fernlet", "year introduced", 2019, Verdict::kSupported},
        Case{"Fernlet dates from 2021.", "fernlet", "year introduced", 2021, Verdict::kRefuted},
        Case{"Tallowmere dates back to 1962, when a cooperative set it up.", "tallowmere", "founding year", 1962,
             Verdict::kSupported},
        Case{"Tallowmere goes back to 1950.", "tallowmere", "founding year", 1950, Verdict::kRefuted}}) {
    INFO(c.statement);
    const auto r = check(c.statement);
    CHECK(check.subjectOf(r) == c.key);
    CHECK(r.reading.measure == c.measure);
    REQUIRE(r.reading.figure);
    CHECK(*r.reading.figure->value == c.year);
    CHECK(r.reading.figure->unit == "year");
    CHECK(r.reading.asOf.empty());
    CHECK(r.verdict == c.verdict);
  }
  // A year after "back to" with no verb of origin is no beginning: "sent back to" says nothing of when
  // Fernlet began.
  CHECK_FALSE(check("Fernlet was sent back to 2019.").reading.figure);
}

TEST_CASE("a year beside an event named in quotes is the year the event was held, whatever the verb",
          "[query][check][event-years]") {
  // The talk's page box dates it ("Date | March 3, 2021"); the statement names it by its quoted title.
  const auto r = check("Ada Quillon gave her Northbridge talk \"Sensor Futures\" in 2021.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "ada_quillon_sensor_futures_-_2021_northbridge");
  CHECK(r.reading.measure == "year held");
  REQUIRE(r.reading.figure);
  CHECK(*r.reading.figure->value == 2021);
  CHECK(r.reading.asOf.empty());
  const auto wrong = check("Ada Quillon gave her Northbridge talk \"Sensor Futures\" in 2018.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(wrong) == "ada_quillon_sensor_futures_-_2021_northbridge");
  // A quoted title of no event the graph dates states no year held.
  const auto unknown = check("Ada Quillon gave her talk \"Table Dreams\" in 2021.");
  CHECK(unknown.verdict == Verdict::kNotEnoughEvidence);
  CHECK(unknown.reading.measure != "year held");
}
