// Verdicts of the ninth session's check work, over articles of our own (tests/fixtures/check-columns/):
// a leaderboard column headed by one plain word among benchmark columns ("| KestrelQA (General) |
// ZephyrMath (Hard) | Puzzles |") is a benchmark's scores, so a statement about that benchmark
// finds them; and a statement's claimant is read with the reporting verbs of data/speech_verbs.txt.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "FixtureEngine.h"
#include "graph/ClaimGraph.h"
#include "ingest/Scores.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-columns");

// The ids of a verdict's evidence that agrees and is counted.
std::vector<std::string> agreeing(const cg::query::CheckResult& r) {
  const cg::graph::ClaimGraph& g = check.graph();
  std::vector<std::string> out;
  for (const auto& e : r.evidence)
    if (e.agrees && !e.context) out.push_back(g.claimId(e.claim));
  return out;
}

}  // namespace

TEST_CASE("one title-case word among two benchmark headers names a benchmark, a role word or a lone one does not",
          "[ingest][scores]") {
  using cg::ingest::benchmarkAmongBenchmarks;
  const std::vector<std::string> header{"Model",   "Average", "KestrelQA (General)", "ZephyrMath (Hard)",
                                        "Puzzles", "Notes"};
  CHECK(benchmarkAmongBenchmarks(header, 4) == "Puzzles");
  CHECK(benchmarkAmongBenchmarks(header, 1).empty());  // "Average" is a role of data/table_headers.tsv
  CHECK(benchmarkAmongBenchmarks(header, 0).empty());  // "Model" too
  CHECK(benchmarkAmongBenchmarks(header, 2).empty());  // not one title-case word
  CHECK(benchmarkAmongBenchmarks(header, 9).empty());
  // One benchmark column beside it is not enough to say the table's columns are benchmarks.
  CHECK(benchmarkAmongBenchmarks({"Model", "KestrelQA", "Puzzles"}, 2).empty());
  CHECK(benchmarkAmongBenchmarks({"Model", "KestrelQA", "ZephyrMath", "GPU"}, 3).empty());  // no title case
  // Rows of features, not models: "Improvement" heads changes, not a benchmark's scores.
  CHECK(benchmarkAmongBenchmarks({"Feature", "KestrelQA", "KestrelQA-Pro", "Improvement"}, 3).empty());
}

TEST_CASE("a score under a plain-word benchmark column is weighed with that benchmark's scores elsewhere",
          "[query][check][scores]") {
  // Ridge Rankings gives Orrin 3 52.0% under "Puzzles"; the PUZZLES article gives 47.5%.
  auto column = check("Orrin 3 scores 52% on PUZZLES.");
  CHECK(column.reading.scopeName == "PUZZLES");
  CHECK(column.verdict == Verdict::kConflicting);
  CHECK(agreeing(column) == std::vector<std::string>{"c:ridge_rankings:8"});
  CHECK(check("Orrin 3 solves 47.5% of the PUZZLES benchmark.").verdict == Verdict::kConflicting);
  // Orrin 2's 44.0% has no other account: supported, from the column.
  auto alone = check("Orrin 2 solves 44% of the PUZZLES benchmark.");
  CHECK(alone.verdict == Verdict::kSupported);
  CHECK(agreeing(alone) == std::vector<std::string>{"c:ridge_rankings:4"});
  // "accurate" between the figure and "on" is what the score is, as "accuracy" is.
  auto accurate = check("Orrin 2 is 44% accurate on the PUZZLES benchmark.");
  CHECK(accurate.reading.scopeName == "PUZZLES benchmark");
  CHECK(accurate.verdict == Verdict::kSupported);
  // The column's scores are Puzzles scores only: not ZephyrMath's.
  CHECK(check("Orrin 2 scores 44% on ZephyrMath.").verdict == Verdict::kRefuted);
}

TEST_CASE("a statement's claimant is read with every reporting verb of the lexicon, never from a passive",
          "[query][check][reading]") {
  CHECK(check("The Marlow Group expected 20% of projects to finish on time in 2026.").reading.claimantName ==
        "Marlow Group");
  CHECK(check("Marlow Group predicted that 20% of projects finish on time.").reading.claimantName == "Marlow Group");
  // Every finite verb of data/speech_verbs.txt whose only sense is speech (no third column; a
  // participle takes another clause's speaker) reads its subject as the claimant.
  std::ifstream lexicon(cg::test::repo("data/speech_verbs.txt"));
  std::size_t verbs = 0;
  for (std::string line; std::getline(lexicon, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string word, base, mind;
    fields >> word >> base >> mind;
    if (!mind.empty() || word.ends_with("ing")) continue;
    ++verbs;
    const std::string statement = "Marlow Group " + word + " that 20% of projects finish on time.";
    INFO(statement);
    CHECK(check(statement).reading.claimantName == "Marlow Group");
  }
  CHECK(verbs > 100);
  // The claimant is a name the graph knows, so the statement is weighed against what it gives.
  auto expected = check("The Marlow Group expected 20% of projects to finish on time in 2026.");
  CHECK(expected.verdict == Verdict::kSupported);
  CHECK(agreeing(expected) == std::vector<std::string>{"c:marlow_group:1"});
  // A verb of other senses ("asks", "found" in data/speech_verbs.txt) reports only for a person or
  // organisation the graph knows: "Orrin 3" is no one's word.
  CHECK(check("Orrin 3 asks for 20% of the budget.").reading.claimantName.empty());
  // A possessive before the verb names what is reported on: "Marlow Group's survey put ..." has no claimant.
  CHECK(check("Marlow Group's survey put the share at 20%.").reading.claimantName.empty());
  // A participle takes another clause's speaker; a passive names what is reported on.
  CHECK(check("Marlow Group reporting 20% of projects on time.").reading.claimantName.empty());
  CHECK(check("Orrin 3 was valued at $2 billion in 2024.").reading.claimantName.empty());
  // A reporting verb after a comma belongs to another clause.
  CHECK(check("Orrin 3 scores 52% on PUZZLES, Ridge says.").reading.claimantName.empty());
}

TEST_CASE("a leaderboard under a heading that names a variant of the article's benchmark ranks that variant",
          "[query][check][scores]") {
  // hollowbench.md: "HollowBench-VQA" > "Results (2024)" gives Orrin 3 61.5%; "Main Leaderboard" 70.0%.
  auto variant = check("Orrin 3 scores 61.5% on HollowBench-VQA.");
  CHECK(variant.reading.scopeName == "HollowBench-VQA");
  CHECK(variant.verdict == Verdict::kSupported);
  CHECK(agreeing(variant) == std::vector<std::string>{"c:hollowbench:1"});
  CHECK(check("Orrin 3 scores 70% on HollowBench-VQA.").verdict == Verdict::kRefuted);
  // The article's own leaderboard stays the article's benchmark; "HollowBench Variants" (an English
  // word added) names no variant.
  auto own = check("Orrin 3 scores 70% on HollowBench.");
  CHECK(own.verdict == Verdict::kSupported);
  CHECK(agreeing(own) == std::vector<std::string>{"c:hollowbench:3"});
  CHECK(check("Orrin 3 scores 61.5% on HollowBench.").verdict == Verdict::kRefuted);
}
