// Extraction stays linear inside one pathological paragraph: thousands of figures in one
// "sentence", thousands of sentences, links or quotes in one paragraph. The sizes are ones at
// which the old code took from seconds to minutes; the assertions are about what is extracted
// (speed itself is measured by bench/hostile.sh, not asserted here).
#include <string>

#include <catch2/catch.hpp>

#include "graph/ClaimGraph.h"
#include "ingest/Ingest.h"
#include "reason/Reason.h"

using cg::graph::ClaimGraph;
using cg::graph::ClaimKind;

namespace {

std::string repeated(const std::string& unit, std::size_t bytes) {
  std::string text;
  text.reserve(bytes + unit.size());
  while (text.size() < bytes) text += unit;
  return text;
}

std::size_t countKind(const ClaimGraph& g, ClaimKind kind) {
  std::size_t n = 0;
  for (const auto& c : g.claims()) n += c.kind == kind;
  return n;
}

std::string_view subjectName(const ClaimGraph& g, const cg::graph::Claim& c) {
  return !c.subject.isValid() ? std::string_view("(none)") : g.str(g.entities()[c.subject].name);
}

}  // namespace

TEST_CASE("a 60 KB sentence of figures is read as pieces, every figure kept with its subject", "[robustness][linear]") {
  // No full stop in 60 KB: the old extractor searched the whole sentence for every figure (25 s).
  const std::string unit = "Acme sold 5 million dollars, ";
  std::string body = repeated(unit, 60'000);
  const std::size_t figures = body.size() / unit.size();
  ClaimGraph g = cg::reason::buildGraphFromText("# Acme\n\n" + body + "\n", "long-sentence.md");
  REQUIRE(countKind(g, ClaimKind::kFigure) == figures);
  std::size_t longest = 0;
  for (const auto& c : g.claims()) {
    CHECK(subjectName(g, c) == "Acme");
    CHECK(c.value == 5e6);
    CHECK(g.str(c.unit) == "USD");
    longest = std::max(longest, g.str(c.text).size());
  }
  // A piece is at most 2,000 bytes, cut after a comma: the claim's text starts at a clause.
  CHECK(longest <= 2000);
  CHECK(longest > 1000);
  CHECK(g.str(g.claims().back().text).rfind("Acme sold 5 million dollars", 0) == 0);
}

TEST_CASE("thousands of sentences, links and quotes in one paragraph are each extracted", "[robustness][linear]") {
  SECTION("16,000 sentences with a figure each") {
    std::string body = repeated("NVIDIA fell 17 percent. NVIDIA fell 18 percent. ", 400'000);
    ClaimGraph g = cg::reason::buildGraphFromText("# NVIDIA\n\n" + body + "\n", "sentences.md");
    const std::size_t sentences = 2 * (body.size() / 48);  // 48 bytes a pair
    REQUIRE(countKind(g, ClaimKind::kFigure) == sentences);
    CHECK(subjectName(g, g.claims().front()) == "NVIDIA");
    CHECK(subjectName(g, g.claims().back()) == "NVIDIA");
    CHECK(g.claims().back().value == 18);
  }
  SECTION("8,000 sentences, every other one opened by 'It', with no name that may be its antecedent") {
    // "Bolt Inc" is a label of common words, no antecedent of "It": each figure's search for one
    // read every earlier name of the paragraph (400 KB: 11 s).
    const std::string unit = "Bolt Inc grew 5 percent. It fell 18 percent. ";
    std::string body = repeated(unit, 200'000);
    ClaimGraph g = cg::reason::buildGraphFromText("# Bolt\n\n" + body + "\n", "it.md");
    REQUIRE(countKind(g, ClaimKind::kFigure) == 2 * (body.size() / unit.size()));
    CHECK(subjectName(g, g.claims().back()) == "Bolt Inc");
    CHECK(g.claims().back().value == 18);
  }
  SECTION("4,000 sentences with 'said' and no comma before it") {
    // A speaker's appositive ("X, the chief, said") was searched for back to the paragraph's start.
    const std::string unit = "The company said it fell 5 percent. ";
    std::string body = repeated(unit, 150'000);
    ClaimGraph g = cg::reason::buildGraphFromText("# Co\n\n" + body + "\n", "said.md");
    REQUIRE(countKind(g, ClaimKind::kFigure) == body.size() / unit.size());
    CHECK(g.claims().back().value == 5);
  }
  SECTION("5,000 sentences with 'the chip' and no name that ends in it, then one that does") {
    // "the chip" refers to the last name ending in "Chip": the search read every earlier name of the
    // paragraph per figure when none did (1.3 MB: 6 s).
    std::string body = repeated("Acme Grace grew. The chip grew 5 percent. ", 200'000);
    const std::size_t figures = body.size() / 42;  // 42 bytes a pair
    body += "The Acme Nova Chip shipped. The chip grew 7 percent.";
    ClaimGraph g = cg::reason::buildGraphFromText("# Chips\n\n" + body + "\n", "chip.md");
    REQUIRE(countKind(g, ClaimKind::kFigure) == figures + 1);
    CHECK(subjectName(g, g.claims().front()) == "(none)");
    CHECK(g.claims().back().value == 7);
    CHECK(subjectName(g, g.claims().back()) == "Acme Nova Chip");
  }
  SECTION("5,000 sentences that point back to a date with 'By this time', one date at the start") {
    // Each sentence's search for the date it points back to found the dates of every earlier
    // sentence (160 KB: 2 s).
    const std::string unit = "By this time, 17,000 users had joined. ";
    std::string body = "Acme opened in 2019. " + repeated(unit, 200'000);
    ClaimGraph g = cg::reason::buildGraphFromText("# Acme\n\n" + body + "\n", "then.md");
    REQUIRE(countKind(g, ClaimKind::kFigure) == (body.size() - 21) / unit.size());
    CHECK(g.str(g.claims().front().asOf) == "2019");
    CHECK(g.str(g.claims().back().asOf) == "2019");
  }
  SECTION("20,000 distinct links") {
    std::string body;
    int links = 0;
    while (body.size() < 400'000) {
      body += "[A" + std::to_string(links) + "](/wiki/a" + std::to_string(links) + ") ";
      ++links;
    }
    ClaimGraph g = cg::reason::buildGraphFromText("# Links\n\n" + body + "\n", "links.md");
    REQUIRE(g.entities().size() == static_cast<std::size_t>(links));
    CHECK(g.findEntity("A0").has_value());
    CHECK(g.findEntity("A" + std::to_string(links - 1)).has_value());
  }
  SECTION("9,000 quotes with their speaker") {
    const std::string unit = "\"We will win this market,\" Bob Smith said. ";
    std::string body = repeated(unit, 400'000);
    ClaimGraph g = cg::reason::buildGraphFromText("# Quotes\n\n" + body + "\n", "quotes.md");
    const std::size_t quotes = body.size() / unit.size();
    REQUIRE(countKind(g, ClaimKind::kQuote) == quotes);
    for (const auto& c : g.claims()) {
      REQUIRE(c.kind == ClaimKind::kQuote);
      CHECK(g.str(c.quote) == "We will win this market");
    }
    auto claimants = g.claimClaimants(cg::graph::ClaimId(static_cast<std::uint32_t>(quotes - 1)));
    REQUIRE(claimants.size() == 1);
    CHECK(g.str(g.entities()[claimants.front()].name) == "Bob Smith");
  }
}
