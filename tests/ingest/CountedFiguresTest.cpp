// Figures of scores, runs and counted steps (h-count23): a leaderboard row's figures are all the
// model's that its Model cell names in full; "N runs per problem" counts runs; "N-element" counts
// elements; "calculated as follows:" over numbered instructions counts the steps; a verb or an
// adjective after a number ("1 indicates", "0 indicating", "1 due to") is no noun it counts.
// Fixtures written for these tests (no article text of ../shared).
#include <catch2/catch.hpp>

#include <string>

#include "FigureSubjects.h"
#include "graph/ClaimGraph.h"
#include "ingest/Ingest.h"

using namespace cg;

namespace {

graph::ClaimGraph page(const std::string& title, const std::string& body) {
  return test::referencedArticle(title, body, "Terms", "counted.md");
}

// The measure of the first figure of this value and unit: "no such figure" when there is none.
std::string measureOf(const graph::ClaimGraph& g, double value, const std::string& unit) {
  for (graph::ClaimId c : g.claims().ids()) {
    const graph::Claim& claim = g.claims()[c];
    if (claim.kind == graph::ClaimKind::kFigure && claim.value == value && g.str(claim.unit) == unit)
      return std::string(g.str(claim.measure));
  }
  return "no such figure";
}

// Whether some figure claim measures `measure`.
bool hasMeasure(const graph::ClaimGraph& g, const std::string& measure) {
  for (graph::ClaimId c : g.claims().ids())
    if (g.claims()[c].kind == graph::ClaimKind::kFigure && g.str(g.claims()[c].measure) == measure) return true;
  return false;
}

}  // namespace

TEST_CASE("every figure of a ranked row is the model its Model cell names in full", "[ingest][counts][tables]") {
  const auto g = page("Puzzlebench",
                      "Puzzlebench is a benchmark of logic puzzles.\n\n"
                      "## Results\n\n"
                      "| Rank | Model | Lab | Score | Percentage | Cost |\n| --- | --- | --- | --- | --- | --- |\n"
                      "| 1 | [Halcyon](/wiki/halcyon) 3.5 Max | Orrery Labs | 17 points | 40.5% | $8.25 |\n"
                      "| 2 | [Brisk](/wiki/brisk) 2 (long prompt) | Tamarind | 11 points | 26.19% | $3.50 |\n");
  // The points and the cost as well as the percentage: not "Halcyon", the linked first word.
  CHECK(test::figureSubject(g, 17, "points") == "Halcyon 3.5 Max");
  CHECK(test::figureSubject(g, 40.5, "percent") == "Halcyon 3.5 Max");
  CHECK(test::figureSubject(g, 8.25, "USD") == "Halcyon 3.5 Max");
  // An aside that closes the cell says how the model was run: the row still leads with its name.
  CHECK(test::figureSubject(g, 11, "points") == "Brisk 2 (long prompt)");
  CHECK(test::figureSubject(g, 3.5, "USD") == "Brisk 2 (long prompt)");
}

TEST_CASE("a count's noun is its head before a 'per' tail, and in the plural after a hyphen", "[ingest][counts]") {
  struct Case {
    const char* sentence;
    double value;
    const char* measure;
  };
  for (const Case& c : {Case{"Its hard set is evaluated with 12 runs per model.", 12, "number of runs"},
                        Case{"Every board allows 9 moves per turn.", 9, "number of moves"},
                        Case{"Each record is stored as a 7-element tuple.", 7, "number of elements"},
                        Case{"Records wait in a 64-slot ring.", 64, "number of slots"},
                        Case{"Players roll 2 eight-sided dice.", 2, "number of dice"}}) {
    INFO(c.sentence);
    const auto g =
        page("Puzzlebench", std::string("Puzzlebench is a benchmark of logic puzzles.\n\n") + c.sentence + "\n");
    CHECK(measureOf(g, c.value, "count") == c.measure);
  }
}

TEST_CASE("'as follows:' over numbered instructions counts the procedure's steps", "[ingest][lists][counts]") {
  const auto g = page("Mean drift",
                      "Mean drift is an error measure.\n\n"
                      "The mean drift is computed as follows:\n\n"
                      "1. Subtract each forecast from its observation.\n2. Add the differences.\n"
                      "3. Divide the sum by the number of observations.\n\n"
                      "## Uses\n\nIt is used for forecasts.\n");
  CHECK(measureOf(g, 3, "count") == "number of steps");
  // The items of a copula's "as follows" are what its subject names, and items that open with no
  // verb are no instructions: neither counts steps.
  const auto kinds = page("Mean drift",
                          "Mean drift is an error measure.\n\n"
                          "Its variants are as follows:\n\n1. Absolute drift.\n2. Squared drift.\n3. Log drift.\n");
  CHECK_FALSE(hasMeasure(kinds, "number of steps"));
  const auto plain = page("Mean drift",
                          "Mean drift is an error measure.\n\n"
                          "It is reported as follows:\n\n1. Daily values.\n2. Weekly values.\n3. Yearly values.\n");
  CHECK_FALSE(hasMeasure(plain, "number of steps"));
  // Items that open with a condition set off by a comma, a clause after it, are steps as instructions are.
  const auto conditioned = page("Mean drift",
                                "Mean drift is an error measure.\n\n"
                                "The drift rule can be summarized as follows:\n\n"
                                "1. With a probability of p, the agent resets the forecast.\n"
                                "2. With a probability of 1-p, the agent keeps the forecast.\n");
  CHECK(measureOf(conditioned, 2, "count") == "number of steps");
}

TEST_CASE("a verb or an adjective after a number is no noun the number counts", "[ingest][counts]") {
  const auto g = page("Overlap index",
                      "The overlap index ranges from 0 to 1, with 0 denoting no overlap and 1 denoting a full "
                      "match. A flag of 1 denotes presence. Scores rarely reach 1 due to noise.\n\n"
                      "The library has 4,210 commits. It has seen over 2 million downloads.\n");
  CHECK_FALSE(hasMeasure(g, "number of denoting"));
  CHECK_FALSE(hasMeasure(g, "number of denotes"));
  CHECK_FALSE(hasMeasure(g, "number of due"));
  // A verb's -s form after a plural number is a plural noun WordNet may lack.
  CHECK(measureOf(g, 4210, "count") == "number of commits");
  CHECK(measureOf(g, 2000000, "count") == "downloads");
}

TEST_CASE("'the N most ADJ nouns' counts the nouns a superlative picks", "[ingest][counts][cardinals]") {
  const auto g = page("Feature hashing",
                      "Feature hashing is an encoding.\n\n"
                      "Of the many encodings, the three most common schemes are hashing, binning and one-hot "
                      "codes. The two schemes share a table. List the 4 most relevant and useful hints.\n");
  CHECK(measureOf(g, 3, "count") == "number of schemes");
  // "the two schemes" points back at schemes already named; a superlative that reaches no plural
  // within its words counts nothing.
  CHECK(measureOf(g, 2, "count") == "no such figure");
  CHECK(measureOf(g, 4, "count") == "no such figure");
}

TEST_CASE("a count of people under a column that names its measure reads no earlier figure's cue",
          "[ingest][counts][tables]") {
  // The People column names the cells' measure, so no cue is read for them: the verb that governs each count
  // names its agents whatever cue the figure before the table was measured by ("users", a word of its clause).
  const std::string table =
      "| Meetup | People |\n| --- | --- |\n| Lisbon | 900 people attended |\n| Porto | 450 people attended |\n";
  const auto alone = page("Brindle Events", "Brindle Events is a series of meetups.\n\n## Meetups\n\n" + table);
  CHECK(measureOf(alone, 900, "count") == "number of attendants");
  const auto after = page("Brindle Events",
                          "Brindle Events is a series of meetups.\n\n## Meetups\n\n"
                          "The toolkit's users numbered 3,000 in 2024.\n\n" +
                              table);
  CHECK(measureOf(after, 3000, "count") == "users");
  CHECK(measureOf(after, 900, "count") == "number of attendants");
  CHECK(measureOf(after, 450, "count") == "number of attendants");
}
