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

// Pages of titles that share words (tests/fixtures/check-term-titles-order/): "Gloam filter" and "Deep
// gloam filter", "Amber quillet sort" and "Amber velvet sort" (both "amber sort" less an inner word).
// The forms are looked up by their first word (TermTitles, query/Query.cpp); the answers are those of
// reading every title in turn.
TEST_CASE("the longest title form a statement writes names the term", "[query][check][terms]") {
  const auto& engine = cg::test::fixtureEngine("check-term-titles-order");
  // "gloam filters" stands inside "deep gloam filters" too, but the three words are the longer form.
  const auto plural = engine.check("Deep gloam filters take three steps.");
  CHECK(cg::test::subjectKeyOf("check-term-titles-order", plural) == "deep_gloam_filter");
  CHECK(plural.verdict == Verdict::kSupported);
  // "deep filter": "Deep gloam filter" less its inner word, after an article.
  const auto shorter = engine.check("A deep filter takes three steps.");
  CHECK(cg::test::subjectKeyOf("check-term-titles-order", shorter) == "deep_gloam_filter");
  CHECK(shorter.verdict == Verdict::kSupported);
  CHECK(engine.check("Deep filter takes two steps.").verdict == Verdict::kRefuted);
}

TEST_CASE("a title form two pages share names no term", "[query][check][terms]") {
  const auto& engine = cg::test::fixtureEngine("check-term-titles-order");
  for (const char* statement : {"Amber sorts take two steps.", "The amber sort takes four steps."}) {
    const auto r = engine.check(statement);
    CHECK(cg::test::subjectKeyOf("check-term-titles-order", r) == "");
    CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  }
  const auto whole = engine.check("Amber velvet sorts take four steps.");
  CHECK(cg::test::subjectKeyOf("check-term-titles-order", whole) == "amber_velvet_sort");
  CHECK(whole.verdict == Verdict::kSupported);
}

TEST_CASE("a plural title form inside a phrase names no term", "[query][check][terms]") {
  const auto& engine = cg::test::fixtureEngine("check-term-titles-order");
  const auto r = engine.check("Sparse deep filters take three steps.");
  CHECK(cg::test::subjectKeyOf("check-term-titles-order", r) == "");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
}
