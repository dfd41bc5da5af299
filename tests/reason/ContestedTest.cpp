// Contested figures: each kind is found; each not-contested case stays quiet.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "graph/ClaimGraph.h"
#include "ingest/Ingest.h"
#include "reason/ClaimValues.h"
#include "reason/HandBuilt.h"
#include "reason/Reason.h"

using namespace cg;
namespace test = cg::test;
using test::reasonOver;

namespace {

graph::ClaimGraph read(const std::string& body, int references = 3) {
  std::string text = "# T\n\n> Source: https://aiwiki.ai/wiki/t\n\n## Body\n\n" + body + "\n\n## References\n\n";
  for (int r = 1; r <= references; ++r)
    text += std::to_string(r) + ". Outlet " + std::to_string(r) + ", \"Story " + std::to_string(r) +
            ",\" 2024. https://o" + std::to_string(r) + ".example/s\n";
  return reason::buildGraphFromText(text, "t.md");
}

// Each figure's value and the date it holds for, in claim order: a case that sets nothing against
// anything must still have read the figures it is about.
std::vector<std::pair<double, std::string>> figures(const graph::ClaimGraph& g) {
  std::vector<std::pair<double, std::string>> out;
  for (const auto& c : g.claims())
    if (c.kind == graph::ClaimKind::kFigure) out.emplace_back(c.value, g.str(c.asOf));
  return out;
}

std::string subjectOf(const graph::ClaimGraph& g, double value) {
  for (const auto& c : g.claims())
    if (c.kind == graph::ClaimKind::kFigure && c.value == value)
      return c.subject.isValid() ? std::string(g.str(g.entities()[c.subject].name)) : "";
  return "no such figure";
}

// The subjects of every figure of `value`, in the order the text gives them.
std::vector<std::string> subjectsOf(const graph::ClaimGraph& g, double value) {
  std::vector<std::string> out;
  for (const auto& c : g.claims())
    if (c.kind == graph::ClaimKind::kFigure && c.value == value)
      out.emplace_back(c.subject.isValid() ? std::string(g.str(g.entities()[c.subject].name)) : "");
  return out;
}

std::vector<std::string> kinds(const graph::ClaimGraph& g) {
  std::vector<std::string> out;
  for (const auto& s : g.contested()) out.emplace_back(graph::toString(s.kind));
  return out;
}

// One figure of an article built by hand, so a test sets exactly the measure, the written form
// and the source that reasoning reads.
struct Figure {
  std::string measure;
  double value = 0;
  std::string written;    // the quantity's words: "128K tokens", "about 589 billion dollars"
  std::string sourceUrl;  // empty: the figure cites nothing
  std::string unit = "USD";
  bool approximate = false;
  graph::Bound bound = graph::Bound::kExact;
};

// An article about Meridian Corp holding `figures`, each in a sentence of its own.
graph::DocumentBundle article(const std::string& slug, const std::vector<Figure>& figures) {
  graph::DocumentBundle b = test::emptyArticle(slug);
  b.entities.push_back({"meridian_corp", "Meridian Corp", graph::EntityType::kOrganization, {}, 1, true});
  for (const Figure& f : figures) {
    graph::ClaimRecord c;
    c.kind = graph::ClaimKind::kFigure;
    c.text = "Meridian Corp: " + f.written + ".";
    c.subject = 0;
    c.measure = f.measure;
    c.quantity = graph::Quantity{f.value, std::nullopt, std::nullopt, f.unit, f.approximate, f.bound, f.written};
    if (!f.sourceUrl.empty()) test::cite(b, c, "Outlet " + std::to_string(b.sources.size() + 1), f.sourceUrl);
    b.claims.push_back(c);
  }
  return b;
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
  REQUIRE(figures(g).size() == 3);
  // Each clause's own subject owns the figure after its verb: the clause after "and" has Halvard Inc.
  CHECK(subjectsOf(g, 17) == std::vector<std::string>{"Meridian Corp", "Halvard Inc."});
  CHECK(subjectOf(g, 12) == "Norvik Capital");
  CHECK(g.contested().empty());
}

TEST_CASE("a fall and a later recovery are not contested", "[reason][contested]") {
  auto g = read(
      "On March 3, 2024, Meridian Corp fell about 17 percent, the Daily Ledger reported. [1] "
      "On April 9, 2024, Meridian Corp fell about 4 percent, Bloomberg reported. [2]");
  CHECK(figures(g) == std::vector<std::pair<double, std::string>>{{17, "2024-03-03"}, {4, "2024-04-09"}});
  CHECK(g.contested().empty());
}

TEST_CASE("a range and a point inside it from one source are not contested", "[reason][contested]") {
  auto g = read(
      "Meridian Corp lost roughly 589 billion to 593 billion dollars of market value, about 590 billion dollars. [1]");
  CHECK(figures(g) == std::vector<std::pair<double, std::string>>{{591e9, "2024"}, {590e9, "2024"}});
  CHECK(g.contested().empty());
}

TEST_CASE("a total and its parts are not contested", "[reason][contested]") {
  auto g = read(
      "Meridian Corp reported a loss of 550 million dollars, made of 380 million dollars in lost revenue and "
      "170 million dollars in extra expenses. [1]");
  CHECK(figures(g) == std::vector<std::pair<double, std::string>>{{550e6, "2024"}, {380e6, "2024"}, {170e6, "2024"}});
  CHECK(g.contested().empty());
}

TEST_CASE("the same figure repeated by one article is not contested", "[reason][contested]") {
  auto g = read("Meridian Corp lost 2.1 billion euros. [1] Meridian Corp lost 2.1 billion euros, it said again. [2]");
  CHECK(figures(g) == std::vector<std::pair<double, std::string>>{{2.1e9, "2024"}, {2.1e9, "2024"}});
  CHECK(g.contested().empty());
}

TEST_CASE("the same measure of the same subject in two articles is contested across documents", "[reason][contested]") {
  auto g = reason::buildGraph({test::repo("corpus/deepseek_market_crash.md"),
                               test::repo("tests/fixtures/content/chip_selloff_recap.md")})
               .graph;
  std::vector<std::string> reasons;
  for (const auto& set : g.contested()) reasons.emplace_back(g.str(set.reason));
  REQUIRE(reasons.size() == 3);
  // The recap's "nearly $600 billion" is hedged: 589 billion is within it, so only the bundled
  // article's own values (589, 592.7 and 593 billion, by different claimants) are contested.
  CHECK_THAT(reasons[0], Catch::Contains("market value lost of NVIDIA, from 589 billion USD to 593 billion USD") &&
                             !Catch::Contains("across 2 documents"));
  CHECK_THAT(reasons[1], Catch::Contains("price fall of NVIDIA, from 17 percent to 18 percent") &&
                             Catch::Contains("across 2 documents"));
  CHECK_THAT(reasons[2], Catch::Contains("figures of different scope for DeepSeek"));
}

TEST_CASE("values an order of magnitude apart are different quantities, not a discrepancy", "[reason][contested]") {
  auto g = read(
      "Meridian Corp raised 40 million dollars in funding, the Daily Ledger reported. [1] "
      "Meridian Corp raised 900 million dollars in funding, Bloomberg reported. [2]");
  CHECK(figures(g) == std::vector<std::pair<double, std::string>>{{40e6, "2024"}, {900e6, "2024"}});
  CHECK(g.contested().empty());
}

TEST_CASE("two articles citing different sources for different values of one measure are contested",
          "[reason][contested]") {
  auto g =
      reasonOver({article("a", {{"market value lost", 589e9, "about 589 billion dollars", "https://o1.example/a"}}),
                  article("b", {{"market value lost", 600e9, "$600 billion", "https://o2.example/b"}})});
  REQUIRE(kinds(g) == std::vector<std::string>{"discrepancy"});
  CHECK(g.values(g.contested()[graph::ContestedId(0)]).size() == 2);
  CHECK(g.contested()[graph::ContestedId(0)].best.isValid());
}

TEST_CASE("values of one quantity at two dates are a series, not a contest", "[reason][contested]") {
  auto g = read(
      "In 2023, Meridian Corp had 100 million weekly users, the Daily Ledger reported. [1] "
      "In 2024, Meridian Corp had 200 million weekly users, Bloomberg reported. [2]");
  CHECK(figures(g) == std::vector<std::pair<double, std::string>>{{100e6, "2023"}, {200e6, "2024"}});
  CHECK(g.contested().empty());
  CHECK(reason::samePeriod("2024", "2024-10"));
  CHECK(reason::samePeriod("", "2024"));
  CHECK_FALSE(reason::samePeriod("2023", "2024-10"));
}

TEST_CASE("128K tokens, 128,000 tokens and 131,072 tokens are one value written three ways", "[reason][contested]") {
  auto g = reasonOver({article("a", {{"context window", 128000, "128K tokens", "https://o1.example/a", "count"}}),
                       article("b", {{"context window", 131072, "131,072 tokens", "https://o2.example/b", "count"}}),
                       article("c", {{"context window", 128000, "128,000 tokens", "https://o3.example/c", "count"}})});
  CHECK(g.contested().empty());
}

TEST_CASE("written precision: a hedged round figure allows what an exact one does not", "[reason][contested]") {
  auto g = reasonOver({article("a", {{"market value lost", 600e9, "nearly $600 billion", "", "USD", true},
                                     {"market value lost", 600e9, "$600 billion", ""},
                                     {"market value lost", 592.7e9, "near 592.7 billion dollars", "", "USD", true}})});
  using graph::ClaimId;
  CHECK(reason::writtenInterval(g, ClaimId(0)) == std::pair<double, double>(550e9, 650e9));
  CHECK(reason::writtenInterval(g, ClaimId(1)) == std::pair<double, double>(599.5e9, 600.5e9));
  CHECK(reason::writtenInterval(g, ClaimId(2)).first == Approx(592.65e9));
  CHECK(reason::writtenInterval(g, ClaimId(2)).second == Approx(592.75e9));
}

TEST_CASE("a lower bound agrees with any larger figure, an upper bound is read at its figure", "[reason][contested]") {
  auto g =
      reasonOver({article("a", {{"models hosted", 60000, "over 60,000 models", "https://o1.example/a", "count", false,
                                 graph::Bound::kAtLeast},
                                {"sales at risk", 4.7e9, "as much as $4.7 billion", "https://o1.example/a", "USD",
                                 false, graph::Bound::kAtMost}}),
                  article("b", {{"models hosted", 100000, "100,000 models", "https://o2.example/b", "count"},
                                {"sales at risk", 2.5e9, "about $2.5 billion", "https://o2.example/b", "USD", true}})});
  REQUIRE(g.contested().size() == 1);
  CHECK(std::string(g.str(g.contested()[graph::ContestedId(0)].measure)) == "sales at risk");
}

TEST_CASE("one source repeating itself is not a contest", "[reason][contested]") {
  SECTION("two sentences of one article citing one reference") {
    auto g = read(
        "Meridian Corp lost 2.1 billion euros in market value. [1] In all, Meridian Corp lost 2.4 billion "
        "euros in market value. [1]");
    REQUIRE(figures(g) == std::vector<std::pair<double, std::string>>{{2.1e9, "2024"}, {2.4e9, "2024"}});
    std::vector<std::vector<graph::SourceId>> cited;
    for (graph::ClaimId c : g.claims().ids())
      if (g.claims()[c].kind == graph::ClaimKind::kFigure) cited.push_back(g.claimSources(c));
    CHECK(cited[0].size() == 1);
    CHECK(cited[1] == cited[0]);
    CHECK(g.contested().empty());
  }
}

TEST_CASE("two articles that cite one URL for different values disagree on what it says", "[reason][contested]") {
  auto g =
      reasonOver({article("a", {{"market value lost", 2.1e9, "2.1 billion euros", "https://o1.example/s", "EUR"}}),
                  article("b", {{"market value lost", 2.4e9, "2.4 billion euros", "https://o1.example/s", "EUR"}})});
  CHECK(kinds(g) == std::vector<std::string>{"discrepancy"});
}

TEST_CASE("an article sets its own figure against an attributed one only side by side", "[reason][contested]") {
  const std::string attributed = "Meridian Corp lost 2.1 billion euros in market value, the Daily Ledger reported";
  const std::string own = "Meridian Corp lost 2.4 billion euros in market value";
  SECTION("in two sections: one account") {
    auto g = read(attributed + ". [1]\n\n## Later\n\n" + own + ". [2]");
    CHECK(figures(g) == std::vector<std::pair<double, std::string>>{{2.1e9, "2024"}, {2.4e9, "2024"}});
    CHECK(g.contested().empty());
  }
  SECTION("in one sentence: two voices") {
    auto g = read(
        "CNBC reported the loss of Meridian Corp as 2.1 billion euros in market value; the starting "
        "figure of 2.4 billion euros is in the same range. [1]");
    CHECK(kinds(g) == std::vector<std::string>{"discrepancy"});
  }
}

TEST_CASE("a funding round and a total are different measures, never contested", "[reason][contested]") {
  auto g = reasonOver({article("a", {{"funding round", 40e6, "$40 million", "https://o1.example/a"}}),
                       article("b", {{"total funding", 120e6, "$120 million", "https://o2.example/b"}})});
  CHECK(g.contested().empty());
}

TEST_CASE("a set where no value has a source or a claimant names no best", "[reason][contested]") {
  auto g = reasonOver({article("a", {{"total funding", 14e9, "$14 billion", ""}}),
                       article("b", {{"total funding", 13e9, "$13 billion", ""}})});
  REQUIRE(kinds(g) == std::vector<std::string>{"discrepancy"});
  const auto& set = g.contested()[graph::ContestedId(0)];
  CHECK_FALSE(set.best.isValid());
  CHECK_THAT(std::string(g.str(set.bestReason)), Catch::StartsWith("the evidence does not decide"));
}
