// Entities that collect the claims of many things (issue #12): a custom GPT page's "the GPT" is the page's
// own GPT, not the model family "GPT"; a benchmark box's "SOTA score" row is the benchmark's, not an
// entity "SOTA"; and a statement's "<words> GPT by <maker>" names the one page of that class whose title
// holds the words, in any order. Over tests/fixtures/check-catch-alls/, articles of our own.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks checked("check-catch-alls");

}  // namespace

TEST_CASE("the class word of a custom GPT's title, after 'the', names the page's GPT", "[query][check][catch-alls]") {
  CHECK(checked.subjectOfValue(60) == "pith_recap_gpt");
  auto r = checked("Pith Recap keeps each recap to 60 words or less.");
  CHECK(checked.subjectOf(r) == "pith_recap_gpt");
  CHECK(r.verdict == Verdict::kSupported);
  // A paper titled "... (Lattice)" whose lead never says it is a Lattice: "The Lattice" is the architecture.
  CHECK(checked.subjectOfValue(12) == "lattice");
}

TEST_CASE("a field label that a name modifies in a benchmark's box is the benchmark's", "[query][check][catch-alls]") {
  CHECK(checked.subjectOfValue(71) == "sorrel-bench");
  CHECK(checked.subjectOfValue(58) == "thistle-bench");
  CHECK(checked.subjectOfValue(94) == "sorrel-bench");
}

TEST_CASE("a class word with its maker after 'by' names the page whose title holds the words before it",
          "[query][check][catch-alls]") {
  auto r =
      checked("The Tarot Cards divination GPT by tarotworks.example sorts every reading into one of five categories.");
  CHECK(checked.subjectOf(r) == "星象师_divination_with_tarot_cards_塔罗_gpt");
  CHECK(r.verdict == Verdict::kSupported);
  r = checked("The Tarot Cards divination GPT by tarotworks.example sorts every reading into one of nine categories.");
  CHECK(checked.subjectOf(r) == "星象师_divination_with_tarot_cards_塔罗_gpt");
  CHECK(r.verdict == Verdict::kRefuted);
  // Words no page of the class holds: not the class page "GPT".
  r = checked("The Runic divination GPT by tarotworks.example sorts every reading into one of five categories.");
  CHECK(checked.subjectOf(r) != "gpt");
}

TEST_CASE("a page's name with a describing word before its class word still names the page",
          "[query][check][catch-alls]") {
  // "Lantern Search & Read GPT" is the page's title, no class in brackets; "custom" stands between the
  // name and its class word, and the class "GPT" alone is not the subject.
  auto r = checked("The Lantern Search & Read custom GPT says its browsing scans six times more pages than Bing.");
  CHECK(checked.subjectOf(r) == "lantern_search_read_gpt");
  CHECK(r.reading.figure->unit == "times");
  CHECK(r.verdict == Verdict::kSupported);
  r = checked("The Lantern Search & Read custom GPT says its browsing scans three times more pages than Bing.");
  CHECK(checked.subjectOf(r) == "lantern_search_read_gpt");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(*r.difference == -3);
}
