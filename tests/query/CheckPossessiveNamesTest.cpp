// check over tests/fixtures/check-possessive-names/ (pages of our own): a page's title that holds a
// possessive ("Quarry Mover's Index", "Tamsin Wave's Article Writer") is one name in a statement, not
// its possessor ("Quarry", a page with figures of its own) nor a page named by the words after the
// possessive ("Article Writer"); the page's reader takes the title whole where its text writes it
// with more capitals than the wiki's sentence-case title, not with fewer ("the best Harbor's Day deals").
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-possessive-names");

}  // namespace

TEST_CASE("a page title that holds a possessive names that page, not its possessor", "[query][check][names]") {
  auto r = check("The Quarry Mover's Index has three properties.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "quarry_mover_s_index");
  auto wrong = check("The Quarry Mover's Index has six properties.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(wrong) == "quarry_mover_s_index");
  // A possessor before words that are no page's title is still the possessor.
  auto owner = check("Quarry's staff numbered 40 employees in 2023.");
  CHECK(owner.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(owner) == "quarry");
}

TEST_CASE("a page title after the possessive inside a name is not the subject", "[query][check][names]") {
  auto r = check("Tamsin Wave's Article Writer, a GPT for blog posts, has been used in sixteen thousand chats.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "tamsin_wave_s_article_writer_gpt");
  auto wrong = check("Tamsin Wave's Article Writer has had 60,000 chats.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(wrong) == "tamsin_wave_s_article_writer_gpt");
  CHECK(check.subjectOf(check("The Article Writer GPT has had 19,000 chats.")) == "article_writer_gpt");
}

TEST_CASE("a page's title with a possessive, written with more capitals, is the page's name in its text",
          "[query][check][names]") {
  // "The Quarry Mover's Index (QMI) is a measure of how far apart two samples are": the page's, not
  // "Index"'s.
  CHECK(check.subjectOfValue(2) == "quarry_mover_s_index");
  const auto& g = check.graph();
  const auto index = g.findEntity("e:quarry_mover_s_index");
  REQUIRE(index);
  CHECK(g.entities()[*index].mentions == 3);
  CHECK_FALSE(g.findEntity("Quarry Mover"));
  // "Search for the best Harbor's Day deals": fewer capitals than the title, a common noun's.
  const auto deals = g.findEntity("e:harbor_s_day_deals_chatgpt_plugin");
  REQUIRE(deals);
  CHECK(g.entities()[*deals].mentions == 1);
}
