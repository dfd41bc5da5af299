// check reads a statement as a journalist writes it, over articles of our own
// (tests/fixtures/check-reading/): a benchmark named after "of" inside the noun phrase ("78% of
// QuillQA right"), a model named as a class ("Orbit-2-level inference"), and a claimant that is the
// only name a statement gives ("According to the Marlow Group, ...").
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-reading");

}  // namespace

TEST_CASE("a benchmark after \"of\" is the scope when a word for its items or \"right\" follows",
          "[query][check][reading]") {
  auto right = check("Orbit-2 gets 78% of QuillQA right.");
  CHECK(right.reading.scopeName == "QuillQA");
  CHECK(right.reading.subjectName == "Orbit-2");
  CHECK(right.verdict == Verdict::kSupported);
  auto issues = check("Orbit-2 resolves 49.8% of Tidewater Verified issues.");
  CHECK(issues.reading.scopeName == "Tidewater Verified");
  CHECK(issues.verdict == Verdict::kSupported);
  CHECK(check("Orbit-2 resolves 60% of Tidewater Verified issues.").verdict == Verdict::kRefuted);
}

TEST_CASE("a model named as a class is checked against figures of that class, not the model's own",
          "[query][check][reading]") {
  auto at = check("By 2025 inference at Orbit-2 level cost about 40 cents per million tokens.");
  CHECK(at.reading.subjectName == "Orbit-2 level");
  CHECK_FALSE(at.reading.subject);
  CHECK(at.verdict == Verdict::kSupported);
  auto level = check("Orbit-2-level inference still cost $20 per million tokens in 2025.");
  CHECK(level.reading.subjectName == "Orbit-2-level");
  CHECK(level.verdict == Verdict::kRefuted);
  CHECK(check("At the end of 2022 Orbit-2-class output already cost only $0.40 per million tokens.").verdict ==
        Verdict::kRefuted);
  // The model's own price is still its own.
  auto own = check("In 2025 Orbit-2 cost $15 per million tokens.");
  CHECK(own.reading.subjectName == "Orbit-2");
  CHECK(own.verdict == Verdict::kSupported);
  // Beside another owner the class is what is counted or bought, and the figure is the owner's.
  CHECK(check("Lumen bought Orbit-2-class output for $20 per million tokens in 2025.").reading.modelClass.empty());
  // "human-level" names no model the graph knows: no class.
  CHECK(check("Human-level inference cost $20 per million tokens in 2025.").reading.modelClass.empty());
}

TEST_CASE("a statement that names only its claimant is checked against what that claimant gives",
          "[query][check][reading]") {
  auto according = check("According to the Marlow Group, just 35 percent of projects succeed.");
  CHECK(according.reading.claimantName == "Marlow Group");
  CHECK(according.verdict == Verdict::kSupported);
  CHECK(check("The Marlow Group says 60% of projects succeed.").verdict == Verdict::kRefuted);
  // A figure of something else the claimant never counted finds nothing to compare.
  CHECK(check("The Marlow Group says 60% of budgets are exceeded.").verdict == Verdict::kNotEnoughEvidence);
}

TEST_CASE("a product named after its maker's possessive is the maker's name for it", "[query][check][reading]") {
  auto kite = check("Lumen's Kite agent, running on Orbit-2, scores 60.3% on the Lantern World leaderboard.");
  CHECK(kite.reading.subjectName == "Lumen Kite");
  CHECK(kite.reading.scopeName == "Lantern World");
  CHECK(kite.verdict == Verdict::kSupported);
}
