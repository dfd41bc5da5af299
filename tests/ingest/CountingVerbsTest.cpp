// One reader of the verb that says what a count of people or of times counts (ingest/CountingVerbs.h),
// for the extractor (the governing verb only) and for check (every verb of the statement, nearest
// first): "290 people had contributed" and "contributed by 290 people" count contributors,
// "downloaded 890,000 times" downloads, "seats 390 people" seats.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "ingest/CountingVerbs.h"

namespace {

using cg::ingest::VerbReach;

// The measures of the figure `figure` of `text` (its first occurrence) within `reach`.
std::vector<std::string> measuresOf(std::string_view text, std::string_view figure, VerbReach reach) {
  const std::size_t at = text.find(figure);
  REQUIRE(at != std::string_view::npos);
  return cg::ingest::verbMeasures(text, at, at + figure.size(), reach);
}

using Measures = std::vector<std::string>;

}  // namespace

TEST_CASE("the governing verb of a count of people names its agents, after the noun or before 'by'",
          "[ingest][verbs]") {
  CHECK(measuresOf("More than 290 people from the community had contributed to AutoGen.", "More than 290 people",
                   VerbReach::kGoverning) == Measures{"number of contributors"});
  CHECK(measuresOf("AutoGen was contributed to by 290 people.", "290 people", VerbReach::kGoverning) ==
        Measures{"number of contributors"});
  CHECK(measuresOf("The library has been contributed by 290 people.", "290 people", VerbReach::kGoverning) ==
        Measures{"number of contributors"});
  // "use" has agents the measures name users (data/measures.tsv).
  CHECK(measuresOf("The app was used by 3 million people in 2024.", "3 million people", VerbReach::kGoverning) ==
        Measures{"users"});
  CHECK(measuresOf("About 500 people who attended the meetup.", "500 people", VerbReach::kGoverning) ==
        Measures{"number of attendants"});
  // No verb right after the noun, an auxiliary or "who", and none before "by": nothing governs the count.
  CHECK(measuresOf("The firm has 40 people.", "40 people", VerbReach::kGoverning).empty());
  CHECK(measuresOf("The hall seats 390 people.", "390 people", VerbReach::kGoverning).empty());
}

TEST_CASE("the governing verb of a count of times names its acts", "[ingest][verbs]") {
  CHECK(measuresOf("The package had been downloaded 890,000 times.", "890,000", VerbReach::kGoverning) ==
        Measures{"downloads"});
  CHECK(measuresOf("The repository was forked 40 times.", "40", VerbReach::kGoverning) == Measures{"number of forks"});
  // "rename" is no noun: its acts have no name.
  CHECK(measuresOf("The project was renamed 3 times.", "3", VerbReach::kGoverning).empty());
  // A count of another noun is read by that noun.
  CHECK(measuresOf("The package had 890,000 downloads.", "890,000", VerbReach::kGoverning).empty());
}

TEST_CASE("every verb of a statement, nearest first, names agents and acts", "[ingest][verbs]") {
  const Measures contributed = measuresOf("By March 2025 more than 410 people had contributed to Quillstack.",
                                          "more than 410 people", VerbReach::kClause);
  REQUIRE(contributed.size() >= 3);
  CHECK(contributed[0] == "number of contributors");
  CHECK(contributed[1] == "number of contributes");
  CHECK(contributed[2] == "contributes");
  const Measures seats = measuresOf("Larkspur Hall seats 860 people.", "860 people", VerbReach::kClause);
  CHECK(seats == Measures{"number of seats", "seats"});
  const Measures seated = measuresOf("In the hall 390 people can be seated.", "390 people", VerbReach::kClause);
  CHECK(seated == Measures{"number of seats", "seats"});
  const Measures downloads = measuresOf("The package had been downloaded 72,000 times.", "72,000", VerbReach::kClause);
  CHECK(downloads == Measures{"downloads", "number of downloads"});
  CHECK(measuresOf("Quillstack had 410 users.", "410", VerbReach::kClause).empty());
}

TEST_CASE("a verb's acts are measured by its noun when that is a count cue or a WordNet noun", "[ingest][verbs]") {
  CHECK(cg::ingest::actsMeasure("download") == "downloads");
  CHECK(cg::ingest::actsMeasure("view") == "number of views");
  CHECK(cg::ingest::actsMeasure("query") == "number of queries");
  CHECK(cg::ingest::actsMeasure("rename").empty());
  CHECK(cg::ingest::actsMeasure("server").empty());
}
