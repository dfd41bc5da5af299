// check (issues #12, #13): a statement writes a term page's title short ("unsupervised learning" of
// "Unsupervised machine learning", "gradient boosted trees" of "Gradient boosted (decision) trees
// (GBT)"), and a term page's counts are often the length of a list its lead-in introduces ("consists
// of the following steps:"). Fixture pages written for these tests (tests/fixtures/check-term-titles/).
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;
constexpr const char* kFolder = "check-term-titles";

}  // namespace

TEST_CASE("a term's title less one inner word names the page's topic", "[query][check][terms]") {
  const auto& engine = cg::test::fixtureEngine(kFolder);
  const auto right = engine.check("Unsupervised learning takes three steps.");
  CHECK(cg::test::subjectKeyOf(kFolder, right) == "unsupervised_quillon_learning");
  CHECK(right.verdict == Verdict::kSupported);
  CHECK(engine.check("Unsupervised learning takes five steps.").verdict == Verdict::kRefuted);
}

TEST_CASE("words of no title before the figure name no term", "[query][check][terms]") {
  const auto& engine = cg::test::fixtureEngine(kFolder);
  // "learning" alone is one word of the title, not the title less one inner word.
  CHECK(cg::test::subjectKeyOf(kFolder, engine.check("Quillon learning takes three steps.")) == "");
}
