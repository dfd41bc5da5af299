// Ratings and verb-led text in tables (issue #12): a number alone under a header or row label that
// names a rating scale ("Elo Score", "Codeforces Rating") is a rating in points of the row's or the
// column's model, measured on the leaderboard's benchmark, whatever its size; an imperative that
// opens a sentence or a cell ("Search 40M rated story pairs", "Generate 5 story outlines") is no name
// with a number; a row led by a date is its Model column's. Fixture: tests/fixtures/rating-tables/kestrelbench.md
// (written for these tests).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "TestSupport.h"
#include "graph/ClaimGraph.h"
#include "ingest/Ingest.h"

using namespace cg;

namespace {

// Each figure of the fixture as "value | unit | measure | subject", and " | scope" when it has one.
std::vector<std::string> figures() {
  const std::string path = "tests/fixtures/rating-tables/kestrelbench.md";
  const graph::ClaimGraph g = ingest::ingestText(test::slurp(test::repo(path)), path);
  std::vector<std::string> out;
  for (graph::ClaimId c : g.claims().ids()) {
    const graph::Claim& claim = g.claims()[c];
    if (claim.kind != graph::ClaimKind::kFigure) continue;
    const std::string subject = claim.subject.isValid() ? std::string(g.str(g.entities()[claim.subject].name)) : "-";
    out.push_back(std::to_string(static_cast<long>(claim.value)) + " | " + std::string(g.str(claim.unit)) + " | " +
                  std::string(g.str(claim.measure)) + " | " + subject);
    if (const graph::StrId scope = g.extra(c).scope) out.back() += " | " + std::string(g.str(scope));
  }
  return out;
}

}  // namespace

TEST_CASE("a rating column or row gives its model's points on the benchmark, and an opening imperative is no name",
          "[ingest][tables][ratings]") {
  const std::vector<std::string> expected = {
      // "Description | ... Search 40M rated story pairs by topic.": the page box's, not a name "Search 40M".
      "40000000 | count | number of pairs | KestrelBench",
      "12000 | count | number of chats | KestrelBench",
      // "Rank | Model | Elo Score (Normalized)": the Model column's, hedged ("~1440") or not, large or small.
      "1510 | points | benchmark score | Orrin 5 | KestrelBench",
      "1440 | points | benchmark score | Velto Pro | KestrelBench",
      "180 | points | benchmark score | Tiny-1B | KestrelBench",
      // "Benchmark | Orrin 5 | Velto Pro" over "Codeforces Rating | 1673 | 2206": the column's model's.
      "1673 | points | benchmark score | Orrin 5 | Codeforces Rating",
      "2206 | points | benchmark score | Velto Pro | Codeforces Rating",
      // "Date | Model | Parameters | Notes": a row led by a date is its Model column's, also in a
      // sentence that opens with a verb ("Supports 80+ story genres").
      "22000000000 | count | parameters | Orrin Mini",
      "80 | count | number of genres | Orrin Mini",
      // "Guest | Episode | Rating" has no Model column: a rating of no model, no figure. "Generate" is
      // only a verb; "Tier 2", "Phase 3" (nouns too, no scale) stay names.
      "5 | count | number of outlines | KestrelBench",
  };
  CHECK(figures() == expected);
}
