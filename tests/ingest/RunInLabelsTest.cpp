// Whose the figures of a Markdown paragraph run in with a bold name and a colon are ("**Harborview**:
// Tests web navigation across 500 tasks ..."): the label's, as a list item's label is; and whose an
// aside after "kind/Name" is ("mail/Outlook (90)"): the kind's, a part of what the sentence breaks down,
// so the label's again, not the name's that glosses the kind.
// Fixtures written for these tests (no article text of ../shared).
#include <catch2/catch.hpp>

#include <optional>
#include <random>
#include <string>

#include "FigureSubjects.h"
#include "graph/ClaimGraph.h"
#include "ingest/Subjects.h"

using namespace cg;
using test::figureSubject;

namespace {

graph::ClaimGraph suite() {
  return test::referencedArticle("Trellis Bench",
                                 "Trellis Bench is a benchmark suite for software agents.\n\n"
                                 "## Benchmarks\n\n"
                                 "Trellis Bench draws on two suites of tasks:\n\n"
                                 "**[Harborview](/index.php?title=Harborview)**: Tests web navigation across 500 tasks "
                                 "spanning domains including travel (120 tasks), "
                                 "mail/Outlook (90), chat/Discord (60), and mixed scenarios (30 tasks). Agents took up "
                                 "to 40 steps per task.[1]\n\n"
                                 "**[Quillfeld](/index.php?title=Quillfeld)**: Tests planning in three levels of "
                                 "difficulty, Easy Path (45 tasks), Long Horizon (25 tasks) "
                                 "and Cross Tool (35 tasks).[1]\n\n"
                                 "Velmora Labs reported an average of 12 steps on the suite.[1]\n",
                                 "Benchmarks", "runin.md");
}

}  // namespace

TEST_CASE("A name after a lower-case word and a slash glosses the word", "[subjects][asides]") {
  const std::string text = "domains such as mail/Outlook (90) and TCP/IP (4) or 24/Seven (7)";
  CHECK(ingest::glossAfterSlash(text, text.find("Outlook")));
  CHECK_FALSE(ingest::glossAfterSlash(text, text.find("IP")));
  CHECK_FALSE(ingest::glossAfterSlash(text, text.find("Seven")));
  CHECK_FALSE(ingest::glossAfterSlash(text, text.find("domains")));
}

TEST_CASE("A paragraph run in with a bold name and a colon is about that name", "[subjects][labels]") {
  const auto g = suite();
  CHECK(figureSubject(g, 500, "count") == "Harborview");
  CHECK(figureSubject(g, 120, "count") == "Harborview");
  // The aside after "kind/Name" counts the kind's tasks, a part of Harborview's 500.
  CHECK(figureSubject(g, 90, "count") == "Harborview");
  CHECK(figureSubject(g, 60, "count") == "Harborview");
  // A figure after the list of parts takes the label, not the last name the sentence gave.
  CHECK(figureSubject(g, 30, "count") == "Harborview");
  CHECK(figureSubject(g, 25, "count") == "Quillfeld");
  CHECK(figureSubject(g, 35, "count") == "Quillfeld");
  // The label speaks for its own paragraph only: a later one that names no owner of its own goes back
  // to the section's subject.
  CHECK(figureSubject(g, 12, "count") == "Trellis Bench");
}

TEST_CASE("a label's separator is the first colon or spaced dash, found in one pass", "[ingest][subject]") {
  // The rule as four searches, each separator's first place, the earliest kept.
  const auto bySearches = [](std::string_view text, std::size_t from) {
    std::optional<ingest::LabelEnd> best;
    for (std::string_view separator : {":", " - ", " \u2013 ", " \u2014 "})
      if (std::size_t at = text.find(separator, from); at != std::string_view::npos && (!best || at < best->at))
        best = ingest::LabelEnd{at, at + separator.size()};
    return best;
  };
  constexpr std::string_view kPieces[] = {"a", "Name", " ", ":", "-", "\u2013", "\u2014", "\u2019", "\xE2", "x-y"};
  std::mt19937 rng(20261205);
  std::uniform_int_distribution<std::size_t> piece(0, std::size(kPieces) - 1), length(0, 12);
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    for (std::size_t k = length(rng); k > 0; --k) text += kPieces[piece(rng)];
    for (std::size_t from = 0; from <= text.size() + 1; ++from) {
      const auto want = bySearches(text, from), got = ingest::labelSeparator(text, from);
      INFO(text << " from " << from);
      REQUIRE(want.has_value() == got.has_value());
      if (want) REQUIRE((want->at == got->at && want->after == got->after));
    }
  }
}
