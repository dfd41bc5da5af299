// The classes of spurious and missed contests the snapshot audit found (docs/ACCURACY.md, check
// and contested), each on an article of our own (tests/fixtures/check-contests/): a leaderboard
// column "Overall Accuracy" is a score on the board's benchmark; a setting in brackets ("with
// tools") makes another quantity, a reporting aside ("5-shot") does not; a cell that names another
// model in brackets is not the column's; a sum beside a per-unit rate, and a discounted price, are
// no values to contest; a product written with its maker in front is one subject with its bare
// name; a link's words that add a version to its target ("Orrin 3o" to orrin_3) name another model.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "FixtureEngine.h"
#include "TestSupport.h"
#include "graph/ClaimGraph.h"
#include "ingest/Scores.h"
#include "query/Query.h"
#include "reason/Reason.h"

namespace {

using cg::query::Verdict;

const cg::query::Engine& contests() { return cg::test::fixtureEngine("check-contests"); }

// Each contested set as "subject / measure: claim ids".
std::vector<std::string> contestedSets() {
  const cg::graph::ClaimGraph& g = contests().graph();
  std::vector<std::string> out;
  for (const auto& set : g.contested()) {
    std::string line =
        std::string(g.str(g.entities()[set.subject].name)) + " / " + std::string(g.str(set.measure)) + ":";
    for (const auto& v : g.values(set)) line += " " + g.claimId(v.claim);
    out.push_back(line);
  }
  return out;
}

Verdict verdictOf(const std::string& statement) { return contests().check(statement).verdict; }

}  // namespace

TEST_CASE("a score header qualified by one plain word is a score, and a setting in brackets stays in the benchmark",
          "[ingest][scores]") {
  CHECK(cg::ingest::isScoreHeader("Overall Accuracy"));
  CHECK(cg::ingest::isScoreHeader("Average Score"));
  CHECK_FALSE(cg::ingest::isScoreHeader("CoT Gain"));
  CHECK_FALSE(cg::ingest::isScoreHeader("Market Share"));
  CHECK(cg::ingest::benchmarkName("AIME 2025 (with tools)") == "AIME 2025 (with tools)");
  CHECK(cg::ingest::benchmarkName("SableMath (no tools)") == "SableMath (no tools)");
  CHECK(cg::ingest::benchmarkName("BrantQuiz (5-shot)") == "BrantQuiz");
}

TEST_CASE("only values of one measure, one subject and one setting written two ways are contested",
          "[reason][contested]") {
  CHECK(contestedSets() == std::vector<std::string>{
                               "Calder Pro / benchmark score on SableMath: c:calder_ai:2 c:tallis_labs:6",
                               "Orrin 3 / benchmark score on BrantQuiz: c:brantquiz:2 c:tallis_labs:1",
                               "Tallis Labs Wren 2 / benchmark score on BrantQuiz: c:brantquiz:6 c:tallis_labs:2",
                           });
}

TEST_CASE("a link whose words add a version to its target names another model, not an alias", "[ingest][entities]") {
  const cg::graph::ClaimGraph& g = contests().graph();
  const auto orrin3 = g.findEntity("Orrin 3");
  const auto orrin3o = g.findEntity("Orrin 3o");
  REQUIRE(orrin3);
  REQUIRE(orrin3o);
  CHECK(*orrin3 != *orrin3o);
  CHECK(g.entities()[*orrin3].aliases.empty());
}

TEST_CASE("check reads a score's benchmark past a possessor and a product past its maker's possessive",
          "[query][check]") {
  // The leaderboard's 81.5 against the comparison table's 84.0 (5-shot): the sources disagree.
  CHECK(verdictOf("Orrin 3 scores 81.5% on Halvard Research's test BrantQuiz.") == Verdict::kConflicting);
  CHECK(verdictOf("Tallis Labs's Wren 2 scored 66% on BrantQuiz.") == Verdict::kConflicting);
  // With tools is another setting: 71.5 is no evidence for the plain score (61.0, 64.0).
  CHECK(verdictOf("Calder Pro scores 71.5% on SableMath.") == Verdict::kRefuted);
  CHECK(verdictOf("According to Tallis Labs, Orrin 3 scored 90.1% on SableMath.") == Verdict::kSupported);
  // What a score is may stand between the figure and its benchmark.
  const auto rate = contests().check("Orrin 3 had a 90.1% success rate on SableMath.");
  CHECK(rate.verdict == Verdict::kSupported);
  CHECK(rate.reading.scopeName == "SableMath");
  // What a sum built is whose cost it is: the company's other costs say nothing of it.
  CHECK(verdictOf("Tallis Labs spent $2 million building the BrantQuiz benchmark.") == Verdict::kNotEnoughEvidence);
}

// The engine reads an entity's sets from its claims' in-edges and the sets' subjects (issue #16: no
// index of every set's values before the first answer); they must be the sets the definition
// gives: about it, or naming it as the subject or a claimant of a value, each once, rising.
TEST_CASE("an entity's contested sets are those about it or naming it in a value", "[query][contested]") {
  auto built = cg::reason::buildGraph({cg::test::repo("corpus")}, {});
  const cg::graph::ClaimGraph& g = built.graph;
  const cg::query::Engine engine(g);
  std::map<std::uint32_t, std::set<cg::graph::ContestedId>> involved;
  std::set<std::uint32_t> valued;
  for (cg::graph::ContestedId x : g.contested().ids()) {
    const auto& set = g.contested()[x];
    if (set.subject.isValid()) involved[set.subject.value()].insert(x);
    for (const auto& v : g.values(set)) {
      valued.insert(v.claim.value());
      if (g.claims()[v.claim].subject.isValid()) involved[g.claims()[v.claim].subject.value()].insert(x);
      for (cg::graph::EntityId e : g.claimClaimants(v.claim)) involved[e.value()].insert(x);
    }
  }
  for (cg::graph::EntityId e : g.entities().ids()) {
    const auto& expected = involved[e.value()];
    CHECK(engine.contested(e) == std::vector<cg::graph::ContestedId>(expected.begin(), expected.end()));
  }
  for (cg::graph::ClaimId c : g.claims().ids()) CHECK(engine.isContested(c) == valued.count(c.value()) > 0);
  CHECK(valued.size() > 5);
}
