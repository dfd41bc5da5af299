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

TEST_CASE("a term's title in the plural names the page's topic", "[query][check][terms]") {
  const auto& engine = cg::test::fixtureEngine(kFolder);
  // The page writes its title only in lower case; its list of four cells is its topic's count.
  const auto right = engine.check("Brindle grids hold four cells.");
  CHECK(cg::test::subjectKeyOf(kFolder, right) == "brindle_grid");
  CHECK(right.verdict == Verdict::kSupported);
  CHECK(engine.check("Brindle grids hold six cells.").verdict == Verdict::kRefuted);
}

TEST_CASE("a term's title that opens the statement comes before a name after it", "[query][check][terms]") {
  const auto& engine = cg::test::fixtureEngine(kFolder);
  // "Unsupervised quillon learning" is a name the graph knows; the statement is about the grid.
  const auto right = engine.check("A brindle grid brings four cells to Unsupervised quillon learning.");
  CHECK(cg::test::subjectKeyOf(kFolder, right) == "brindle_grid");
  CHECK(right.verdict == Verdict::kSupported);
}
