// Figure forms of term pages (h-count24): a number word joined by a hyphen to a noun ("a three-stage
// pipeline"), ranges said by "varies between" or "values between" or alone in brackets after a noun
// ("(typically 3 to 8)"), "two- or three-dimensional", the value of a WordNet value noun ("a mean of
// 0", "a standard deviation of 1", "with 0.5 being the score"), and a crowdfunding campaign's total
// apart from a funding round. Results tables and instructions (h-count26): a fraction written to two
// decimals or more in a table of results is a score with no unit ("| Nougat | 2352 | 0.452 |", an edit
// distance), not in a table of settings ("| Top-p | 0.95 |"); a column that averages a count ("Tokens
// (avg.)") gives its cells in the count's unit; a verb opening an instruction before a number word
// ("Reference three sources with links") is an imperative, not a name. Fixtures written for these
// tests (no article text of ../shared).
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "FigureSubjects.h"
#include "graph/ClaimGraph.h"
#include "ingest/Ingest.h"

using namespace cg;

namespace {

graph::ClaimGraph page(const std::string& body) {
  return test::referencedArticle("Quillon", body, "Terms", "quillon.md");
}

// A value as it is written short: "3", "0.1", "-1".
std::string number(double v) {
  std::ostringstream out;
  out << v;
  return out.str();
}

// "measure value unit" (a range as "low..high") of every figure claim, in order.
std::vector<std::string> figures(const graph::ClaimGraph& g) {
  std::vector<std::string> out;
  for (graph::ClaimId c : g.claims().ids()) {
    const graph::Claim& claim = g.claims()[c];
    if (claim.kind != graph::ClaimKind::kFigure) continue;
    std::string v = number(claim.value);
    if (claim.hasRange) v = number(g.extra(c).low) + ".." + number(g.extra(c).high);
    out.push_back(std::string(g.str(claim.measure)) + " " + v + " " + std::string(g.str(claim.unit)));
  }
  return out;
}

std::string figuresOf(const std::string& body) {
  std::string out;
  for (const std::string& f : figures(page(body))) out += (out.empty() ? "" : "; ") + f;
  return out;
}

}  // namespace

TEST_CASE("a number word a hyphen joins to a noun before another noun counts that noun", "[ingest][counts]") {
  CHECK(figuresOf("Quillon training involves a three-stage pipeline.") == "number of stages 3 count");
  CHECK(figuresOf("The authors describe a two-step process to run it.") == "number of steps 2 count");
  CHECK(figuresOf("It is a five-tier system.") == "number of tiers 5 count");
  // The noun counts, whatever cue the clause holds ("employs" is no count of employees here).
  CHECK(figuresOf("Quillon employs a three-stage evaluation framework.") == "number of stages 3 count");
  // As the digits do: "a 3-stage pipeline".
  CHECK(figuresOf("Quillon involves a 3-stage pipeline.") == "number of stages 3 count");
  // An adjective ("two-sided"), a multiplier's suffix ("two-fold"), a fraction ("two-thirds"), "one-" and
  // a word standing alone after the hyphen count nothing.
  CHECK(figuresOf("It rolls a six-sided die.") == "");
  CHECK(figuresOf("It gave a two-fold gain.") == "");
  CHECK(figuresOf("A two-thirds majority of the votes passed it.") == "");
  CHECK(figuresOf("It was a one-stage design.") == "");
  CHECK(figuresOf("Its design is two-stage.") == "");
  // A determiner that points back ("both") still does; "the" before the joined words does not.
  CHECK(figuresOf("Both three-person teams won.") == "");
  CHECK(figuresOf("RLHF uses the three-stage pipeline.") == "number of stages 3 count");
}

TEST_CASE("a range said by a verb of varying, by values, or alone in brackets", "[ingest][stated]") {
  CHECK(figuresOf("Prompt weighting varies between 1 and -1.") == "range -1..1 ");
  CHECK(figuresOf("In practice, values between 0.1 and 0.5 work well.") == "range 0.1..0.5 ");
  CHECK(figuresOf("Attributes are scaled to a common range, typically between 0 and 1.") == "range 0..1 ");
  CHECK(figuresOf("A draft model proposes several tokens (typically 3 to 8) at once.") == "range 3..8 ");
  CHECK(figuresOf("The clipping parameter (typically 0.1-0.2) bounds the update.") == "range 0.1..0.2 ");
  // Years, a journal's issue glued to its volume, dates with a leading zero, "values of" two values,
  // and a range that runs down after "from" are no range.
  CHECK(figuresOf("It was built by the group (2019-2021) in Oslo.") == "");
  CHECK(figuresOf("See Machine Learning, 8(3-4) for the proof.") == "");
  CHECK(figuresOf("The Quillon Pro (06-05) release came later.") == "");
  CHECK(figuresOf("It takes values of 3 and 5.") == "");
  CHECK(figuresOf("Its weight varies from 5 to 3.") == "");
}

TEST_CASE("two- or three-dimensional is a range of dimensions", "[ingest][stated]") {
  CHECK(figuresOf("It plots the data in a two- or three-dimensional space.") == "number of dimensions 2..3 count");
  CHECK(figuresOf("It plots the data in a three-dimensional space.") == "number of dimensions 3 count");
}

TEST_CASE("a bare number is the value of a WordNet value noun after 'a' and before 'of'", "[ingest][stated]") {
  CHECK(figuresOf("It yields a distribution with a mean of 0 and a standard deviation of 1.") ==
        "mean 0 ; standard deviation 1 ");
  CHECK(figuresOf("Training used a learning rate of 0.001.") == "learning rate 0.001 ");
  CHECK(figuresOf("The score ranges from 0 to 1, with 0.5 being the score for a random guess.") ==
        "range 0..1 ; score 0.5 ");
  // A noun that names no value ("a group of 3"), a year ("a summer of 2023"), and a number that counts a
  // noun after it ("a total of 5 models", the figure reader's) are no value of the noun.
  CHECK(figuresOf("They formed a group of 3 at the lab.") == "");
  CHECK(figuresOf("It had a mean of 2023 in the table.") == "");
  CHECK(figuresOf("It has a maximum of 5 models.") == "number of models 5 count");
  // "the" after a verb opens the phrase too; after a preposition it does not, nor does an inequality's first end.
  CHECK(figuresOf("A network with 8 hidden layers would have the depth of 9") == "number of layers 8 count; depth 9 ");
  CHECK(figuresOf("It is for persons under the age of 18 or older.") == "other 18 years");
  CHECK(figuresOf("Take any scalar t in the range of 0 \u2264 t \u2264 1.") == "");
  // A decimal fraction with no unit is the value of any noun phrase before it; not one with a scale after it.
  CHECK(figuresOf("The split leaves a Gini impurity of 0.48 in each leaf.") == "gini impurity 0.48 ");
  CHECK(figuresOf("It keeps a training dataset of 2.3 billion images.") != "training dataset 2.3 ");
}

TEST_CASE("a crowdfunding campaign's total is no funding round", "[ingest][measures]") {
  CHECK(figuresOf("## Kickstarter campaign\n\nIt raised more than $56,000 from 867 backers from an initial $25,000 "
                  "goal.") == "crowdfunding total 56000 USD; number of backers 867 count; funding goal 25000 USD");
  // Backers and pledges of a company's round are no crowd's.
  CHECK(figuresOf("Its founders pledged $1 billion in a seed round.") == "funding round 1e+09 USD");
  CHECK(figuresOf("Quillon raised $2.5 million on Kickstarter.") == "crowdfunding total 2.5e+06 USD");
  CHECK(figuresOf("Quillon raised $10 million in a Series A round.") == "funding round 1e+07 USD");
}

TEST_CASE("a fraction in a table of results is a score with no unit", "[ingest][tables]") {
  // Rows of models: each fraction is a score, the average count column in tokens.
  CHECK(figuresOf("Results on the test set:\n\n| Model | Tokens (avg.) | Overall |\n| --- | --- | --- |\n"
                  "| Quillon | 2352 | 0.452 |\n") == "average number of tokens 2352 tokens; score 0.452 ");
  // Three fractions in a row are one thing's scores across the columns, whatever the headers say.
  CHECK(figuresOf("Per category:\n\n| Mode | Book | Slides | Notes |\n| --- | --- | --- | --- |\n"
                  "| Tiny | 0.147 | 0.116 | 0.940 |\n") == "score 0.147 ; score 0.116 ; score 0.94 ");
  // A score column in a table that is neither.
  CHECK(figuresOf("| Method | Accuracy |\n| --- | --- |\n| Quillon | 0.084 |\n") == "score 0.084 ");
}

TEST_CASE("no fraction of a table of settings, nor one written to one decimal", "[ingest][tables]") {
  CHECK(figuresOf("| Parameter | Value | Purpose |\n| --- | --- | --- |\n| Top-p | 0.95 | Nucleus sampling |\n") == "");
  CHECK(figuresOf("| Hyperparameter | Small | Base | Large |\n| --- | --- | --- | --- |\n"
                  "| Dropout | 0.05 | 0.10 | 0.15 |\n") == "");
  CHECK(figuresOf("| Mode | Book | Slides | Notes |\n| --- | --- | --- | --- |\n| Tiny | 0.1 | 0.2 | 0.9 |\n") == "");
  // Fewer than three fractions under headers that say nothing of scores.
  CHECK(figuresOf("| Name | Weight |\n| --- | --- |\n| Quillon | 0.25 |\n") == "");
}

TEST_CASE("an average count's column gives its cells in the count's unit, not a rate's", "[ingest][tables]") {
  CHECK(figuresOf("| Model | Avg. vision tokens |\n| --- | --- |\n| Quillon | 795 |\n") ==
        "average number of tokens 795 tokens");
  CHECK(figuresOf("| Model | Avg. tokens/s |\n| --- | --- |\n| Quillon | 795 |\n") == "");
  CHECK(figuresOf("| Model | Average words per answer |\n| --- | --- |\n| Quillon | 12 |\n") == "");
}

TEST_CASE("a verb opening an instruction before a number word is an imperative", "[ingest][counts]") {
  CHECK(figuresOf("Reference three sources with links.") == "number of sources 3 count");
  CHECK(figuresOf("Generate three variations.") == "number of variations 3 count");
  // A name writes its number word capitalised; a word that is no verb stays a name's.
  CHECK(figuresOf("Formula One races are held.") == "");
  CHECK(figuresOf("Quillon Three units were sold.") == "");
}

TEST_CASE("no score of a fraction under a header that states its unit, in an aside's aside too", "[ingest][tables]") {
  CHECK(figuresOf("| Model | Creator | Median (First Chunk (s)) |\n| --- | --- | --- |\n| Quillon | Acme | 0.18 |\n")
            .find("score") == std::string::npos);
}
