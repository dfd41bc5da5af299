// check over tests/fixtures/check-years/ (issue #13): a year is the date of an event that happens
// once to its thing (its introduction), so it agrees only with the same year, and two years the
// graph gives one thing are two accounts of one date: a statement of either is conflicting. A table
// column headed "Year" (data/table_headers.tsv, role "introduced") gives the year each row's thing
// appeared, except in a table of results, where it dates the result.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "CountedValues.h"
#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const char* const kFolder = "check-years";

const cg::test::FixtureChecks check(kFolder);

// The years of the evidence the verdict counts that agree (or disagree) with the statement, sorted.
std::vector<double> countedYears(const cg::query::CheckResult& r, bool agreeing) {
  return cg::test::countedValues(kFolder, r, agreeing);
}

// The documents of the counted evidence, sorted.
std::vector<std::string> countedDocuments(const cg::query::CheckResult& r) {
  const auto& g = check.graph();
  std::vector<std::string> documents;
  for (const auto& e : r.evidence)
    if (!e.context) documents.emplace_back(g.str(g.documents()[g.claims()[e.claim].document].slug));
  std::sort(documents.begin(), documents.end());
  return documents;
}

}  // namespace

TEST_CASE("two years of one thing's introduction conflict, in whichever article each stands", "[query][check][years]") {
  // The thing's own article says 2019; the survey's Year column says 2017.
  for (const char* statement : {"QuillNet was introduced in 2017.", "QuillNet was introduced in 2019."}) {
    const auto r = check(statement);
    INFO(statement);
    CHECK(r.verdict == Verdict::kConflicting);
    CHECK(check.subjectOf(r) == "quillnet");
    CHECK(r.reading.measure == "year introduced");
    REQUIRE(r.reading.figure);
    CHECK(r.reading.figure->unit == "year");
    CHECK(countedDocuments(r) == std::vector<std::string>{"learning_algorithms", "quillnet"});
  }
  const auto r = check("QuillNet was introduced in 2017.");
  CHECK(countedYears(r, true) == std::vector<double>{2017});
  CHECK(countedYears(r, false) == std::vector<double>{2019});
}

TEST_CASE("a year agrees only with the same year", "[query][check][years]") {
  auto r = check("BrambleWorks was introduced in 2020.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(countedYears(r, true) == std::vector<double>{2020});
  // 2020 and 2021, each half a year either side, touch: still two different years.
  r = check("BrambleWorks was introduced in 2021.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(countedYears(r, true).empty());
  CHECK(countedYears(r, false) == std::vector<double>{2020});
  // A third year: refuted, not conflicting, where the graph gives one.
  r = check("QuillNet was introduced in 2015.");
  CHECK(r.verdict == Verdict::kRefuted);
}

TEST_CASE("a Year column of a table of results dates the result, not the thing", "[query][check][years]") {
  // "| BrambleWorks | 81% | 2024 |" under "Model | Accuracy | Year": no year introduced of 2024.
  auto r = check("BrambleWorks was introduced in 2024.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(countedYears(r, false) == std::vector<double>{2020});
  // "| 2025 | QuillNet | ~64% |": a row with a cell of only a percentage is a result of that year.
  r = check("QuillNet was introduced in 2025.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(countedYears(r, false) == std::vector<double>{2017, 2019});
}
