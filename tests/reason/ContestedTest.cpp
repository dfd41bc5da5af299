// Contested figures: each kind is found; each not-contested case stays quiet.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "graph/ClaimGraph.h"
#include "ingest/Ingest.h"
#include "reason/Reason.h"

using namespace cg;
namespace test = cg::test;

namespace {

graph::ClaimGraph read(const std::string& body, int references = 3) {
  std::string text = "# T\n\n> Source: https://aiwiki.ai/wiki/t\n\n## Body\n\n" + body + "\n\n## References\n\n";
  for (int r = 1; r <= references; ++r)
    text += std::to_string(r) + ". Outlet " + std::to_string(r) + ", \"Story " + std::to_string(r) +
            ",\" 2024. https://o" + std::to_string(r) + ".example/s\n";
  return reason::buildGraphFromText(text, "t.md");
}

std::vector<std::string> kinds(const graph::ClaimGraph& g) {
  std::vector<std::string> out;
  for (const auto& s : g.contested()) out.emplace_back(graph::toString(s.kind));
  return out;
}

}  // namespace

TEST_CASE("different values from different claimants are a discrepancy", "[reason][contested]") {
  auto g = read(
      "Meridian Corp lost about 2.1 billion euros in market value. [1] The Daily Ledger reported the loss as "
      "2.1 billion euros, while figures citing Bloomberg put it near 2.4 billion euros. [2][3]");
  REQUIRE(kinds(g) == std::vector<std::string>{"discrepancy"});
  const auto& set = g.contested()[graph::ContestedId(0)];
  CHECK(std::string(g.str(set.measure)) == "market value lost");
  CHECK(set.spread == Approx(2.4 / 2.1 - 1).epsilon(0.01));
  CHECK_FALSE(set.overlap);
  CHECK_THAT(std::string(g.str(set.reason)), Catch::Contains("from 2.1 billion EUR to 2.4 billion EUR"));
  CHECK(set.best.isValid());
}

TEST_CASE("figures of different scope set against each other are a scope disagreement", "[reason][contested]") {
  auto g = read(
      "Tessera Labs said its K9 model cost about 3 million dollars to train, covering only the final training run. [1] "
      "Kestrel Analytics estimated that total capital expenditure was about 900 million dollars, far above the "
      "publicized figure. [2]");
  REQUIRE(kinds(g) == std::vector<std::string>{"scope"});
  CHECK_THAT(std::string(g.str(g.contested()[graph::ContestedId(0)].reason)), Catch::Contains("per Kestrel Analytics"));
}

TEST_CASE("an explicit dispute of a figure is a dispute", "[reason][contested]") {
  auto g = read(
      "Halvard Inc. said it sold 40,000 units. [1] Kestrel Analytics disputed Halvard's account of the sales. [2]");
  REQUIRE(kinds(g) == std::vector<std::string>{"dispute"});
  CHECK_THAT(std::string(g.str(g.contested()[graph::ContestedId(0)].reason)),
             Catch::Contains("Kestrel Analytics disputed Halvard"));
}

TEST_CASE("equal values for different subjects are not contested", "[reason][contested]") {
  auto g = read(
      "Meridian Corp fell about 17 percent and Halvard Inc. fell about 17 percent. [1] "
      "Norvik Capital fell about 12 percent, the Daily Ledger reported. [2]");
  CHECK(g.contested().empty());
}

TEST_CASE("a fall and a later recovery are not contested", "[reason][contested]") {
  auto g = read(
      "On March 3, 2024, Meridian Corp fell about 17 percent, the Daily Ledger reported. [1] "
      "On April 9, 2024, Meridian Corp fell about 4 percent, Bloomberg reported. [2]");
  CHECK(g.contested().empty());
}

TEST_CASE("a range and a point inside it from one source are not contested", "[reason][contested]") {
  auto g = read(
      "Meridian Corp lost roughly 589 billion to 593 billion dollars of market value, about 590 billion dollars. [1]");
  CHECK(g.contested().empty());
}

TEST_CASE("a total and its parts are not contested", "[reason][contested]") {
  auto g = read(
      "Meridian Corp reported a loss of 550 million dollars, made of 380 million dollars in lost revenue and "
      "170 million dollars in extra expenses. [1]");
  CHECK(g.contested().empty());
}

TEST_CASE("the same figure repeated by one article is not contested", "[reason][contested]") {
  auto g = read("Meridian Corp lost 2.1 billion euros. [1] Meridian Corp lost 2.1 billion euros, it said again. [2]");
  CHECK(g.contested().empty());
}

TEST_CASE("the same measure of the same subject in two articles is contested across documents", "[reason][contested]") {
  auto g = reason::buildGraph({test::repo("corpus/deepseek_market_crash.md"),
                               test::repo("tests/fixtures/content/chip_selloff_recap.md")})
               .graph;
  std::vector<std::string> reasons;
  for (const auto& set : g.contested()) reasons.emplace_back(g.str(set.reason));
  REQUIRE(reasons.size() == 3);
  CHECK_THAT(reasons[0], Catch::Contains("market value lost of NVIDIA, from 589 billion USD to 600 billion USD") &&
                             Catch::Contains("across 2 documents"));
  CHECK_THAT(reasons[1], Catch::Contains("price fall of NVIDIA, from 17 percent to 18 percent") &&
                             Catch::Contains("across 2 documents"));
  CHECK_THAT(reasons[2], Catch::Contains("figures of different scope for DeepSeek"));
}

TEST_CASE("values an order of magnitude apart are different quantities, not a discrepancy", "[reason][contested]") {
  auto g = read(
      "Meridian Corp raised 40 million dollars in funding, the Daily Ledger reported. [1] "
      "Meridian Corp raised 900 million dollars in funding, Bloomberg reported. [2]");
  CHECK(g.contested().empty());
}
