// Counts of things (issue #12): what a number counts is the plural noun it counts by, in prose
// ("340 carefully chosen Kestrel logic puzzles" counts puzzles), under a table label ("Number of
// tasks | 340") and under a column header ("Question Count"), whose rows are a series at the date
// of their date column. Fixture: tests/fixtures/check-counts/wrenbench.md (written for these tests).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "TestSupport.h"
#include "graph/ClaimGraph.h"
#include "ingest/Ingest.h"
#include "ingest/Scores.h"

using namespace cg;

namespace {

// Each count figure of the fixture as "value | measure | subject | as_of", and " | scope" when it has one.
std::vector<std::string> counts() {
  const std::string path = "tests/fixtures/check-counts/wrenbench.md";
  const graph::ClaimGraph g = ingest::ingestText(test::slurp(test::repo(path)), path);
  std::vector<std::string> out;
  for (graph::ClaimId c : g.claims().ids()) {
    const graph::Claim& claim = g.claims()[c];
    if (claim.kind != graph::ClaimKind::kFigure || g.str(claim.unit) != "count") continue;
    const std::string subject = claim.subject.isValid() ? std::string(g.str(g.entities()[claim.subject].name)) : "-";
    out.push_back(std::to_string(static_cast<long>(claim.value)) + " | " + std::string(g.str(claim.measure)) + " | " +
                  subject + " | " + std::string(g.str(claim.asOf)));
    if (const graph::StrId scope = g.extra(c).scope) out.back() += " | " + std::string(g.str(scope));
  }
  return out;
}

}  // namespace

TEST_CASE("a table label or column header names the plural noun it counts, not an average or a date",
          "[ingest][counts]") {
  using ingest::countedNoun;
  CHECK(countedNoun("Number of tasks") == "tasks");
  CHECK(countedNoun("Number of paper–video pairs") == "pairs");
  CHECK(countedNoun("Problem Count") == "problems");
  CHECK(countedNoun("Query Count") == "queries");
  CHECK(countedNoun("# Questions") == "questions");
  CHECK(countedNoun("Total examples") == "examples");
  CHECK(countedNoun("GitHub Stars") == "stars");
  CHECK(countedNoun("Number of people") == "people");
  CHECK(countedNoun("Average words per paper").empty());
  CHECK(countedNoun("Tokens/s").empty());
  CHECK(countedNoun("Release Date").empty());
  CHECK(countedNoun("Total").empty());
  CHECK(countedNoun("#").empty());
  CHECK(countedNoun("Training hours").empty());
}

TEST_CASE("a count's measure is the number of the noun it counts, in prose, labels and count columns",
          "[ingest][counts]") {
  const std::vector<std::string> expected = {
      "340 | number of tasks | WrenBench | ",
      "1020 | number of examples | WrenBench | ",
      "85 | count | WrenBench | ",                   // an average counts no things of WrenBench
      "340 | number of puzzles | WrenBench | 2024",  // dated by its source
      "120 | number of pairs | WrenBench | 2024",
      "200 | number of questions | WrenBench | 2024-03",
      "280 | number of questions | WrenBench | 2024-10",
      "340 | number of questions | WrenBench | 2025-05",
      // A breakdown: each row a part of WrenBench's tasks, the "Total" row the whole.
      "210 | number of tasks | WrenBench |  | Puzzle books",
      "130 | number of tasks | WrenBench |  | Contest archives",
      "340 | number of tasks | WrenBench | ",
  };
  CHECK(counts() == expected);
}
