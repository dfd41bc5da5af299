// Benchmark scores in tables (tests/fixtures/check-tables/): a comparison table whose column
// headers name the benchmarks, a benchmark's own ranked leaderboard under "Accuracy (%)", a table
// whose rows are benchmarks, and a sentence "scored N% on BENCH". Each score carries its benchmark
// as its scope, so one model's score on one benchmark is one quantity across the articles: the same
// value agrees, a different one is contested, and a score on another benchmark is no evidence.
#include <catch2/catch.hpp>

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

const cg::query::Engine& tables() { return cg::test::fixtureEngine("check-tables"); }

// Each contested set as "measure: claim ids".
std::vector<std::string> contestedSets() {
  const cg::graph::ClaimGraph& g = tables().graph();
  std::vector<std::string> out;
  for (const auto& set : g.contested()) {
    std::string line = std::string(g.str(set.measure)) + ":";
    for (const auto& v : g.values(set)) line += " " + g.claimId(v.claim);
    out.push_back(line);
  }
  return out;
}

}  // namespace

TEST_CASE("a header cell that names a benchmark is its scores' scope but a unit or a date or a plain word is not",
          "[ingest][scores]") {
  using cg::ingest::benchmarkName;
  CHECK(benchmarkName("MMLU (General)") == "MMLU");
  CHECK(benchmarkName("SWE-bench Verified (%)") == "SWE-bench Verified");
  CHECK(benchmarkName("GPQA Diamond") == "GPQA Diamond");
  CHECK(benchmarkName("MMLU Score") == "MMLU");
  CHECK(benchmarkName("HumanEval (Coding)") == "HumanEval");
  CHECK(benchmarkName("Terminal-bench (Terminus 2)") == "Terminal-bench");
  CHECK(benchmarkName("Average").empty());
  CHECK(benchmarkName("Math").empty());
  CHECK(benchmarkName("Price (USD)").empty());
  CHECK(benchmarkName("Q1 2025").empty());
  CHECK(benchmarkName("FY2024").empty());
  CHECK(benchmarkName("2024").empty());
  CHECK(benchmarkName("pass@1").empty());
  CHECK(benchmarkName("WebVoyager benchmark") == "WebVoyager");
  CHECK(cg::ingest::scoreScopeAfter("scored 84.0% on GPQA Diamond (graduate-level science)", 12) == "GPQA Diamond");
  CHECK(cg::ingest::scoreScopeAfter("reached 92.4% accuracy on the MMLU benchmark", 13) == "MMLU");
  CHECK(cg::ingest::scoreScopeAfter("spent 30% on marketing", 9).empty());
  CHECK(cg::ingest::bareScore("86.4") == 86.4);
  CHECK_FALSE(cg::ingest::bareScore("1,417"));
  CHECK_FALSE(cg::ingest::bareScore("N/A"));
}

TEST_CASE("a cell of only a percentage, hedged or bounded, is a percentage cell", "[ingest][scores]") {
  for (const char* cell : {"17.9%", " ~92% ", ">90%", "<5%", "~>3.5%", "0%"}) CHECK(cg::ingest::isPercentCell(cell));
  for (const char* cell : {"%", "9", "17.9", "about 90%", "90 %", "1,000%", "-5%", "+5%", "GPT-4 (90%)", ""})
    CHECK_FALSE(cg::ingest::isPercentCell(cell));
}

TEST_CASE("one model's score on one benchmark written in two tables is contested only where the values differ",
          "[query][contested][scores]") {
  CHECK(contestedSets() == std::vector<std::string>{
                               "benchmark score on ZephyrMath: c:kestrelqa:6 c:model_rankings:11",
                               "benchmark score on KestrelQA: c:kestrelqa:3 c:model_rankings:2",
                           });
}

TEST_CASE("a score statement is judged by the scores on its benchmark, from any table layout",
          "[query][check][scores]") {
  // The leaderboard (88.0 under "Accuracy (%)") and the comparison table (88.0%) agree.
  CHECK(tables().check("Orrin 3 scored 88% on KestrelQA.").verdict == Verdict::kSupported);
  // A changed score is refuted; the model's score on another benchmark (70.2% on ZephyrMath) is no support.
  CHECK(tables().check("Orrin 3 scored 75% on KestrelQA.").verdict == Verdict::kRefuted);
  CHECK(tables().check("Orrin 3 scored 70.2% on KestrelQA.").verdict == Verdict::kRefuted);
  // The two articles give Orrin 2 85.7% and 77.4%: either value is conflicting.
  CHECK(tables().check("Orrin 2 scored 85.7% on KestrelQA.").verdict == Verdict::kConflicting);
  CHECK(tables().check("Orrin 2 scored 77.4% on KestrelQA.").verdict == Verdict::kConflicting);
  // A row of a table whose rows are benchmarks: 61.0 in both articles.
  CHECK(tables().check("Orrin 2 scored 61% on ZephyrMath.").verdict == Verdict::kSupported);
  // A benchmark the graph knows by no entity, read after "on": 74% is Calder Pro's KestrelQA score.
  auto other = tables().check("Calder Pro scored 74% on ZephyrMath.");
  CHECK(other.verdict == Verdict::kRefuted);
  CHECK(other.reading.scopeName == "ZephyrMath");
}
