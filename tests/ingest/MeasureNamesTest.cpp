// The one measure vocabulary of ingest and query (ingest/MeasureNames.h), table-driven: how a count,
// a statistic and a score are named, whether the figure is an article's or a statement's; and the
// figures an article of our own gets from it (no article text of ../shared).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "FigureSubjects.h"
#include "graph/ClaimGraph.h"
#include "ingest/FigureLines.h"
#include "ingest/MeasureNames.h"

using namespace cg;

TEST_CASE("the shared vocabulary names counts, statistics and scores", "[ingest][measure-names]") {
  CHECK(cg::ingest::countMeasure("times", " on each problem") == "number of runs");
  CHECK(cg::ingest::countMeasure("times", " a week") == "number of times");
  CHECK(cg::ingest::countMeasure("criteria") == "number of criteria");
  CHECK(cg::ingest::statisticBeforeOf("rescales data to a standard deviation of ")->measure == "standard deviation");
  CHECK(cg::ingest::statisticBeforeOf("it has a mean of ")->measure == "mean");
  CHECK(cg::ingest::statisticBeforeOf("gets an AUC of ")->measure == "AUC");
  CHECK(cg::ingest::statisticBeforeOf("reaches an F1 score of ")->measure == "F1");
  // Initials after "the" are as often a body or a place; a noun of no statistic names none.
  CHECK_FALSE(cg::ingest::statisticBeforeOf("the EU of "));
  CHECK_FALSE(cg::ingest::statisticBeforeOf("a distribution of "));
  CHECK(cg::ingest::statisticSubjectOf("your precision would be 10 out of 12 or about ") == "precision");
  CHECK(cg::ingest::statisticSubjectOf("the picker's precision comes to about ") == "precision");
  CHECK(cg::ingest::statisticSubjectOf("the market share is ").empty());
  CHECK(cg::ingest::isScoreMeasure("benchmark score"));
  CHECK(cg::ingest::countsScorePoints("number of points", "11 of the 42 available points"));
  CHECK_FALSE(cg::ingest::countsScorePoints("number of points", "7-point"));
}

TEST_CASE("a bare number's value noun comes from the same table, tagged value", "[ingest][measure-names]") {
  using cg::ingest::NamedValues;
  // A percentage reads statistics only; a bare number any value noun, perhaps after one word.
  CHECK_FALSE(cg::ingest::statisticBeforeOf("trained with a learning rate of "));
  CHECK(cg::ingest::statisticBeforeOf("trained with a learning rate of ", NamedValues::kAnyValue)->measure ==
        "learning rate");
  CHECK(cg::ingest::statisticBeforeOf("sampled at a temperature of ", NamedValues::kAnyValue)->measure ==
        "temperature");
  CHECK(cg::ingest::statisticBeforeOf("it has a mean of ", NamedValues::kAnyValue)->measure == "mean");
  // A value noun needs "a" or "an" before it, or "the" after a verb, not after a preposition (a bound, or another
  // measure's phrase); a noun that names no value names none.
  CHECK(cg::ingest::statisticBeforeOf("would have the depth of ", NamedValues::kAnyValue)->measure == "depth");
  CHECK_FALSE(cg::ingest::statisticBeforeOf("persons under the age of ", NamedValues::kAnyValue));
  CHECK_FALSE(cg::ingest::statisticBeforeOf("the area under the PR curve of ", NamedValues::kAnyValue));
  CHECK_FALSE(cg::ingest::statisticBeforeOf("they formed a group of ", NamedValues::kAnyValue));
  // Before a decimal fraction, any noun phrase after "a"/"an" names the value.
  CHECK(cg::ingest::nounPhraseBeforeOf("has a Gini impurity of ")->measure == "gini impurity");
  CHECK(cg::ingest::nounPhraseBeforeOf("an impurity of ")->measure == "impurity");
  CHECK_FALSE(cg::ingest::nounPhraseBeforeOf("the impurity of "));
  CHECK_FALSE(cg::ingest::nounPhraseBeforeOf("one of "));
  CHECK(cg::ingest::valueNounOpening("score for a random classifier") == "score");
  CHECK(cg::ingest::valueNounOpening("learning rate") == "learning rate");
  CHECK(cg::ingest::valueNounOpening("group of friends").empty());
}

TEST_CASE("an article's statistics, counts and leaderboard points take the shared names", "[ingest][measure-names]") {
  const graph::ClaimGraph g = test::referencedArticle(
      "Quillon drills",
      "The drills rescale each column to a mean of 0 and a standard deviation of 1.\n\n"
      "If the sorter keeps 9 ripe pears and 3 unripe ones, its precision would be 9 out of 12 or about 75%.\n\n"
      "The helper API performs three key functions, signing users in and saving results.\n",
      "Terms", "quillon_drills.md");
  const auto all = test::figureLines(g);
  auto has = [&](const std::string& wanted) { return std::find(all.begin(), all.end(), wanted) != all.end(); };
  CHECK(has("mean 0 "));
  CHECK(has("standard deviation 1 "));
  CHECK(has("precision 75 percent"));
  CHECK(has("number of functions 3 count"));
  INFO(::Catch::Detail::stringify(all));
  CHECK_FALSE(has("users 3 count"));
}
