// Counts of tokens in the graph and in check (issue #12), over tests/fixtures/check-tokens/: the
// extractor gives a count of tokens the unit `tokens` with its measure (training data, context
// window, output length), and a statement of one in tokens meets it; a bare number under a
// "Context window" header meets a statement of that many tokens.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::query::Engine& engine() { return cg::test::fixtureEngine("check-tokens"); }

// The unit and measure of the figure claim whose quantity text is `text`; "" when there is none.
std::string unitOf(const std::string& text, std::string* measure = nullptr) {
  const auto& g = engine().graph();
  for (const auto& c : g.claims())
    if (c.hasQuantity && g.str(c.quantityText) == text) {
      if (measure) *measure = std::string(g.str(c.measure));
      return std::string(g.str(c.unit));
    }
  return "";
}

}  // namespace

TEST_CASE("the graph gives counts of tokens the unit tokens and keeps their measures", "[query][check][tokens]") {
  std::string measure;
  CHECK(unitOf("6.4 trillion tokens", &measure) == "tokens");
  CHECK(measure == "number of tokens");
  CHECK(unitOf("96K-token", &measure) == "tokens");
  CHECK(measure == "context window");
  CHECK(unitOf("up to 12,000 output tokens per reply", &measure) == "tokens");
  CHECK(measure == "output length");
}

TEST_CASE("a statement of a token count meets the claim in tokens", "[query][check][tokens]") {
  const auto trained = engine().check("Larkspur was trained on 6.4 trillion tokens.");
  REQUIRE(trained.reading.figure.has_value());
  CHECK(trained.reading.figure->unit == "tokens");
  CHECK(trained.verdict == Verdict::kSupported);
  CHECK(engine().check("Larkspur was trained on 9 trillion tokens.").verdict == Verdict::kRefuted);
  CHECK(engine().check("Larkspur has a context window of 96,000 tokens.").verdict == Verdict::kSupported);
  CHECK(engine().check("Larkspur has a 200K-token context window.").verdict == Verdict::kRefuted);
}

TEST_CASE("a bare number under a context window header meets a statement in tokens", "[query][check][tokens]") {
  CHECK(engine().check("Larkspur Mini has a context window of 48,000 tokens.").verdict == Verdict::kSupported);
  CHECK(engine().check("Larkspur Mini has a context window of 64,000 tokens.").verdict == Verdict::kRefuted);
}
