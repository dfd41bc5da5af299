// check on counts of people and of times (issue #13), over tests/fixtures/check-verb-counts/: a
// count whose noun names only people or occasions ("410 people", "72,000 times") says what it counts
// by its verb, so it meets the subject's counts of the verb's agents (WordNet's "contributor" of
// "contribute", data/agent_nouns.tsv) or of the verb's own noun ("seats", "downloads"), not its
// employees; with no such count the statement's own measure decides.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "FixtureEngine.h"
#include "ingest/CountingVerbs.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

std::vector<std::string> verbMeasures(std::string_view text, std::size_t at, std::size_t end) {
  return cg::ingest::verbMeasures(text, at, end, cg::ingest::VerbReach::kClause);
}

const cg::test::FixtureChecks check("check-verb-counts");

}  // namespace

TEST_CASE("a count of people or of times names its measures by its verb, nearest first", "[query][check][verbs]") {
  const std::string contributed = "By March 2025 more than 410 people had contributed to Quillstack.";
  const std::size_t at = contributed.find("more than");
  const auto measures = verbMeasures(contributed, at, contributed.find(" had"));
  REQUIRE(measures.size() >= 3);
  CHECK(measures[0] == "number of contributors");
  CHECK(measures[1] == "number of contributes");
  CHECK(measures[2] == "contributes");
  const std::string seats = "Larkspur Hall seats 860 people.";
  const auto seatMeasures = verbMeasures(seats, seats.find("860"), seats.find("."));
  CHECK(std::find(seatMeasures.begin(), seatMeasures.end(), "number of seats") != seatMeasures.end());
  const std::string times = "The package had been downloaded 72,000 times.";
  const auto timeMeasures = verbMeasures(times, times.find("72"), times.find(" times"));
  CHECK(std::find(timeMeasures.begin(), timeMeasures.end(), "downloads") != timeMeasures.end());
  // A count of another noun is read by that noun: the verb says nothing more.
  const std::string users = "Quillstack had 410 users.";
  CHECK(verbMeasures(users, users.find("410"), users.find(" users")).empty());
}

TEST_CASE("people who contributed are the subject's contributors, not its employees", "[query][check][verbs]") {
  const auto supported = check("By March 2025 more than 410 people had contributed to Quillstack.");
  CHECK(supported.verdict == Verdict::kSupported);
  CHECK(supported.reading.measure == "number of contributors");
  CHECK(check.subjectOf(supported) == "quillstack");
  CHECK(check("By March 2025 more than 900 people had contributed to Quillstack.").verdict == Verdict::kRefuted);
}

TEST_CASE("a thing downloaded N times has N downloads", "[query][check][verbs]") {
  const auto supported = check("Quillstack's Python package had been downloaded 72,000 times by March 2025.");
  CHECK(supported.verdict == Verdict::kSupported);
  CHECK(supported.reading.measure == "downloads");
  CHECK(check("Quillstack's Python package had been downloaded 150,000 times by March 2025.").verdict ==
        Verdict::kRefuted);
}

TEST_CASE("a venue that seats N people has N seats", "[query][check][verbs]") {
  const auto supported = check("Larkspur Hall seats 860 people.");
  CHECK(supported.verdict == Verdict::kSupported);
  CHECK(supported.reading.measure == "number of seats");
  CHECK(check("Larkspur Hall seats 1,500 people.").verdict == Verdict::kRefuted);
}

TEST_CASE("people a subject employs are still its employees, and a verb with no count of its own decides nothing",
          "[query][check][verbs]") {
  const auto employed = check("Quillstack employs 35 people.");
  CHECK(employed.verdict == Verdict::kSupported);
  CHECK(employed.reading.measure == "employees");
  CHECK(check("Quillstack employs 60 people.").verdict == Verdict::kRefuted);
  // No count of visitors: the statement's own measure (employees) finds nothing either.
  CHECK(check("About 500 people visited Larkspur Hall.").verdict == Verdict::kNotEnoughEvidence);
}
