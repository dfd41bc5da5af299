// Whose a figure is under a heading of a known name and one lower-case noun ("## Velmark Arcade
// contest"): English puts a noun phrase's head last, so the section speaks of a thing of that kind,
// and where its text names one ("The Pixel Contest ..."), that name owns the figures whose clauses
// name no owner; with no such name the heading's name keeps them. Fixtures written for these tests
// (no article text of ../shared).
#include <catch2/catch.hpp>

#include <string>

#include "FigureSubjects.h"
#include "graph/ClaimGraph.h"

using namespace cg;
using test::figureSubject;

namespace {

const std::string kBody =
    "Velmark Arcade is a toolkit from Velmark Labs for training game agents on old console games.[1]\n\n"
    "## Velmark Arcade contest\n\n"
    "The Pixel Contest gave entrants a training set of levels from old platform games.[1]\n\n"
    "### Results\n\n"
    "The top score after training was 4,210.[1] The best entries came from tuning existing methods.\n\n"
    "## Velmark Arcade benchmark\n\n"
    "The best agent solved 61% of the held-back levels.[1]\n";

}  // namespace

TEST_CASE("A heading's last lower-case noun is its head: the section's name ending in it owns its figures",
          "[subjects][headings]") {
  const auto g = test::referencedArticle("Velmark Arcade", kBody, "Software", "headings.md");
  // Under "### Results" of "## Velmark Arcade contest": the contest the section names, not the toolkit.
  CHECK(figureSubject(g, 4210, "count") == "Pixel Contest");
  // "## Velmark Arcade benchmark" whose text names no "... Benchmark": the heading's name keeps it.
  CHECK(figureSubject(g, 61, "percent") == "Velmark Arcade");
}
