// A bare number whose unit is the measure noun of its clause (data/measure_nouns.tsv): "the
// membership of X, which was originally 30, was raised to 41 in 1971 and to 55 in 1990" counts
// members, "the voting age was lowered from 21 to 18" is in years; and a value that holds from a
// date on holds until the next value of the same measure (tests/fixtures/check-measure-nouns/, an
// article of our own).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "FixtureEngine.h"
#include "ingest/Quantity.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks checked("check-measure-nouns");

// One figure as "value unit noun" the way the checks below compare.
std::vector<std::string> figures(const std::string& text) {
  std::vector<std::string> out;
  for (const cg::ingest::Figure& f : cg::ingest::findFigures(text)) {
    std::string v = std::to_string(*f.quantity.value);
    v.erase(v.find('.'));
    out.push_back(v + " " + f.quantity.unit + " " + f.noun);
  }
  return out;
}

}  // namespace

TEST_CASE("a bare number given as the value of a measure noun takes the noun's unit",
          "[ingest][figures][measure-nouns]") {
  CHECK(figures("The membership of the council, which was originally 30, was raised to 41 in 1971.") ==
        std::vector<std::string>{"41 count members"});
  CHECK(figures("Its enrolment stood at 1,200 in 2010.") == std::vector<std::string>{"1200 count students"});
  CHECK(figures("The club had a membership of 104.") == std::vector<std::string>{"104 count members"});
  CHECK(figures("The voting age is 16.") == std::vector<std::string>{"16 years "});
}

TEST_CASE(
    "a measure noun that does not head its phrase, a number off its verb, an active object or a split number gives no "
    "unit",
    "[ingest][figures][measure-nouns]") {
  // "age" modifies "limit": the limit's unit is not said.
  CHECK(figures("The age limit was 65.").empty());
  // The number is not the verb's value: it follows "in", not the verb or its "to".
  CHECK(figures("The membership was listed in 12.").empty());
  // The object of a verb of change: the clause's subject changed it, and would get the figure.
  CHECK(figures("The king raised the membership of the council from 30 to 41.").empty());
  // A space-separated thousands group: "300" is only the first group of the number.
  CHECK(figures("The headcount was 300 000.").empty());
}

TEST_CASE("membership figures of a measure noun clause are the subject's, dated by their own words",
          "[query][check][measure-nouns]") {
  const auto r = checked("The Veltmark Assembly had 55 members in 1990.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(r.reading.measure == "number of members");
  CHECK(r.reading.subjectName == "Veltmark Assembly");
  CHECK(r.reading.subject.has_value());
  CHECK(r.reading.asOf == "1990");
  CHECK(checked("The Veltmark Assembly had 41 members in 1975.").verdict == Verdict::kSupported);
  CHECK(checked("The Veltmark Assembly had 47 members in 1975.").verdict == Verdict::kRefuted);
}

TEST_CASE("a value raised to at one date holds until the next value is set, not after it", "[query][check][as_of]") {
  // 41 from 1971 on, 55 in 1990: in 1995 the membership is 55, not 41.
  CHECK(checked("The Veltmark Assembly had 41 members in 1995.").verdict == Verdict::kRefuted);
  CHECK(checked("The Veltmark Assembly had 41 members in 1980.").verdict == Verdict::kSupported);
}

TEST_CASE("an age given by a verb of change is in years, and the value set holds now",
          "[query][check][measure-nouns]") {
  const auto r = checked("The voting age in Caldmark is 18.");
  CHECK(r.verdict == Verdict::kSupported);
  REQUIRE(r.reading.figure);
  CHECK(r.reading.figure->unit == "years");
  CHECK(checked("The voting age in Caldmark is 21.").verdict == Verdict::kRefuted);
  CHECK(checked("In 1975 the voting age in Caldmark was 21.").verdict == Verdict::kSupported);
}
