// who-claimed by words intersects the posting lists of the query's words (query/Query.cpp: a
// 4-wide merge of the two shortest, galloping cursors into the rest). Lists long enough for
// every path, with overlaps that fall inside and across blocks of four, against the answer
// worked out by hand.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>

#include "TestSupport.h"
#include "graph/ClaimGraph.h"
#include "graph/Snapshot.h"
#include "ingest/Ingest.h"
#include "query/Query.h"
#include "reason/Reason.h"

namespace {

// Sentence i holds one figure (one claim, claim i) and the words alpha (i % 2 == 0), beta
// (i % 3 == 0), gamma (i % 5 == 0) and rare (i % 97 == 0).
std::string article(int sentences) {
  std::string text = "# Lots\n\n";
  for (int i = 0; i < sentences; ++i) {
    text += "Acme sold " + std::to_string(i + 1) + " units in lot";
    if (i % 2 == 0) text += " alpha";
    if (i % 3 == 0) text += " beta";
    if (i % 5 == 0) text += " gamma";
    if (i % 97 == 0) text += " rare";
    text += ". ";
  }
  return text + "\n";
}

// The claims' index values, to compare with numbers written out.
std::set<std::uint32_t> claimsOf(const std::vector<cg::query::Hit>& hits) {
  std::set<std::uint32_t> out;
  for (const auto& h : hits) out.insert(h.claim.value());
  return out;
}

std::set<std::uint32_t> every(int sentences, int step) {
  std::set<std::uint32_t> out;
  for (int i = 0; i < sentences; i += step) out.insert(static_cast<std::uint32_t>(i));
  return out;
}

}  // namespace

TEST_CASE("who-claimed by words finds exactly the claims that hold every word", "[query][words]") {
  const int n = 600;
  cg::graph::ClaimGraph g = cg::reason::buildGraphFromText(article(n), "lots.md");
  REQUIRE(g.claims().size() == static_cast<std::size_t>(n));
  cg::query::Engine engine(g);
  // Two lists of 300 and 200 claims: the merge of the two shortest.
  CHECK(claimsOf(engine.whoClaimed("alpha beta", 1000)) == every(n, 6));
  // Three lists: the merge of beta and gamma, then a cursor into alpha.
  CHECK(claimsOf(engine.whoClaimed("alpha beta gamma", 1000)) == every(n, 30));
  // A list of 7 against one of 300: the gallop through the longer one.
  CHECK(claimsOf(engine.whoClaimed("rare alpha", 1000)) == every(n, 194));
  // No claim holds them all.
  CHECK(engine.whoClaimed("rare gamma beta alpha zeta", 1000).empty());
  // Results stop at what can be shown, in claim order.
  auto first = engine.whoClaimed("alpha beta", 5);
  REQUIRE(first.size() == 5);
  CHECK(claimsOf(first) == std::set<std::uint32_t>{0, 6, 12, 18, 24});
}

TEST_CASE("who-claimed by words answers the same from a snapshot's stored word index", "[query][words]") {
  const int n = 600;
  cg::graph::ClaimGraph built = cg::reason::buildGraphFromText(article(n), "lots.md");
  auto dir = cg::test::tempDir("words");
  cg::graph::writeSnapshot(built, dir / "lots.cg");
  const cg::graph::ClaimGraph loaded = cg::graph::readSnapshot(dir / "lots.cg");
  cg::query::Engine fromBuilt(built), fromFile(loaded);
  for (const char* q : {"alpha beta", "alpha beta gamma", "rare alpha", "rare gamma beta alpha zeta", "lot", "units"}) {
    auto a = fromBuilt.whoClaimed(q, 1000), b = fromFile.whoClaimed(q, 1000);
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].claim == b[i].claim);
      CHECK(a[i].score == b[i].score);
      CHECK(a[i].matched == b[i].matched);
    }
  }
  CHECK(claimsOf(fromFile.whoClaimed("alpha beta gamma", 1000)) == every(n, 30));
  std::filesystem::remove_all(dir);
}

// A word question ranks a claim whose quote holds its words as a quote match: the quote's fold is
// searched, and a one-word question is looked for in an ASCII quote without folding it (issue #16).
TEST_CASE("a word question finds a quote's words in any case, as in the quote's fold", "[query][words]") {
  cg::graph::ClaimGraph g = cg::reason::buildGraphFromText(
      "# Quotes\n\nHuang said \"the REACTION was\twrong\" about the sales.\n\n"
      "Dupont said \"le réseau est Lent\" about the network.\n",
      "quotes.md");
  cg::query::Engine engine(g);
  auto what = [&](std::string_view words) {
    const auto hits = engine.whoClaimed(words, 10);
    return hits.empty() ? std::string() : hits.front().matched;
  };
  REQUIRE(what("Huang said") == "words");  // a word of the claim outside its quote
  CHECK(what("reaction") == "quote");
  CHECK(what("Wrong") == "quote");
  CHECK(what("reaction was wrong") == "quote");  // the tab is one space in the fold
  CHECK(what("sales") == "words");
  CHECK(what("lent") == "quote");  // a quote past ASCII is folded
  CHECK(what("network") == "words");
}
