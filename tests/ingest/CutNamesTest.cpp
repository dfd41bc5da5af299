// Whose a table row's figures are when a link covers only the family's name of the model its first
// cell gives ("[Zephyr](...) 3.5 Max", "[Talon](...) 7 (revised prompt)", "[Ferro](...)-lite"): the whole
// name's, not the link's; and whose a figure is in a sentence whose subject is "It" when the sentence
// before named another thing in a subordinate clause after its own "It"; and a contest's name led by a
// country word ("USA Puzzle Olympiad"); a row head that names a product after its maker ("Orrery q7"), a
// relative clause on an appositive ("Quillon-2B, a 2B-parameter MoE that activates 300M") and a page whose
// title only its infobox's heading writes (h-subj26).
// Fixtures written for these tests (no article text of ../shared).
#include <catch2/catch.hpp>

#include <string>

#include "FigureSubjects.h"
#include "graph/ClaimGraph.h"
#include "ingest/Subjects.h"

using namespace cg;
using test::figureSubject;

namespace {

// A page about the benchmark "Quarry Bench" whose one section is `section`.
graph::ClaimGraph quarryBench(const std::string& section, const std::string& file) {
  return test::referencedArticle("Quarry Bench",
                                 "Quarry Bench is a benchmark of puzzle solving by language models.[1]\n\n" + section,
                                 "Benchmarks", file);
}

graph::ClaimGraph leaderboard() {
  return quarryBench(
      "## Results\n\n"
      "| Rank | Model | Organization | Score | Percentage |\n"
      "| --- | --- | --- | --- | --- |\n"
      "| 1 | [Zephyr](/wiki/zephyr) 3.5 Max | [Borealis](/wiki/borealis) | 17 points | 26.6% |\n"
      "| 2 | [Talon](/wiki/talon) 7 (revised prompt) | [Kestrel](/wiki/kestrel) | 11 points | 17.2% |\n"
      "| 3 | [Ferro](/wiki/ferro)-lite (low) | [Kestrel](/wiki/kestrel) | 5 points | 7.8% |\n\n"
      "| Model | Accuracy | Cost (USD) |\n"
      "| --- | --- | --- |\n"
      "| [Mistle](/wiki/mistle)4-B12-Fast | 6.25% | $4.10 |\n"
      "| [Orrery](/wiki/orrery) Investment | 3.12% | $55.20 |\n",
      "cutnames.md");
}

graph::ClaimGraph campaign() {
  return quarryBench(
      "## Funding\n\n"
      "The Quarry Bench group started a Kickstarter campaign. It ended in March 2023 when Kickstarter shut down "
      "the campaign. It had raised more than $41,000 from 611 backers.[1]\n",
      "itchain.md");
}

graph::ClaimGraph olympiad() {
  return quarryBench("## Competitions\n\nUSA Puzzle Olympiad 2025 results (8 puzzles, 64 points total):[1]\n",
                     "olympiad.md");
}

ingest::Mention at(const std::string& text, const std::string& name) {
  ingest::Mention m;
  m.begin = text.find(name);
  m.end = m.begin + name.size();
  return m;
}

}  // namespace

TEST_CASE("A cell's name runs on past its link through a version, a size or a tier", "[subjects][tables]") {
  using ingest::cellName;
  const std::string row = "1 | Zephyr 3.5 Max | Borealis | 17 points";
  CHECK(cellName(row, row.find("Borealis"), at(row, "Zephyr")) == "Zephyr 3.5 Max");
  const std::string aside = "Talon 7 (revised prompt)";
  CHECK(cellName(aside, aside.size(), at(aside, "Talon")) == "Talon 7 (revised prompt)");
  const std::string glued = "Ferro-lite (low)";
  CHECK(cellName(glued, glued.size(), at(glued, "Ferro")) == "Ferro-lite (low)");
  // A dated snapshot written in capitals and numbers stays part of the name.
  const std::string dated = "Zephyr 3.5 Max (06-05)";
  CHECK(cellName(dated, dated.size(), at(dated, "Zephyr")) == "Zephyr 3.5 Max (06-05)");
  // A setting in lower-case words after the name alone adds nothing to it.
  const std::string note = "Talon 7 (1M context)";
  CHECK(cellName(note, note.size(), at(note, "Talon 7")).empty());
  // No digit: "Orrery Investment" is Orrery's investment; a lower-case word names the row's thing;
  // an aside alone, a list of names or a possessive adds nothing to the name.
  for (const std::string cell :
       {"Orrery Investment", "Fortune 500 adoption", "GPT-4 (Orrery)", "Orrery, Talon 7", "Orrery's 3 labs"}) {
    const std::string lead = cell.substr(0, cell.find_first_of(" ,'"));
    CHECK(cellName(cell, cell.size(), at(cell, lead)).empty());
  }
}

TEST_CASE("A table row's figures are the whole model name its first cell gives", "[subjects][tables]") {
  const auto g = leaderboard();
  CHECK(figureSubject(g, 17, "points") == "Zephyr 3.5 Max");
  CHECK(figureSubject(g, 26.6, "percent") == "Zephyr 3.5 Max");
  CHECK(figureSubject(g, 11, "points") == "Talon 7 (revised prompt)");
  CHECK(figureSubject(g, 17.2, "percent") == "Talon 7 (revised prompt)");
  CHECK(figureSubject(g, 5, "points") == "Ferro-lite (low)");
  CHECK(figureSubject(g, 4.10, "USD") == "Mistle4-B12-Fast");
  CHECK(figureSubject(g, 55.20, "USD") == "Orrery");
}

TEST_CASE("A sentence opened by It passes its referent on to the next It", "[subjects][pronouns]") {
  const auto g = campaign();
  CHECK(figureSubject(g, 41000, "USD") == "Quarry Bench");
  CHECK(figureSubject(g, 611, "count") == "Quarry Bench");
}

TEST_CASE("A country word before a name that ends in Olympiad is part of it", "[subjects][names]") {
  // data/event_words.txt: an olympiad is a contest, as a tournament is, and "USA" names whose.
  const auto g = olympiad();
  CHECK(figureSubject(g, 8, "count") == "USA Puzzle Olympiad");
  CHECK(figureSubject(g, 64, "points") == "USA Puzzle Olympiad");
}

TEST_CASE("A version written in lower case with a digit continues a cell's name", "[subjects][tables]") {
  using ingest::cellName;
  const std::string cell = "Orrery q7";
  CHECK(cellName(cell, cell.size(), at(cell, "Orrery")) == "Orrery q7");
  const std::string mini = "Orrery q3-mini (high)";
  CHECK(cellName(mini, mini.size(), at(mini, "Orrery")) == "Orrery q3-mini (high)");
  // A lower-case word without a digit is still the row's thing, not the name's.
  const std::string thing = "Orrery revenue";
  CHECK(cellName(thing, thing.size(), at(thing, "Orrery")).empty());
}

TEST_CASE("A row head that names a product after its maker is the product's", "[subjects][tables]") {
  const auto g = quarryBench(
      "## Results\n\n"
      "[Orrery](/wiki/orrery) builds puzzle solvers.[1]\n\n"
      "| Model | Year | Score |\n"
      "| --- | --- | --- |\n"
      "| Orrery q7 | 2024 | 71.5% |\n"
      "| Orrery revenue | 2024 | $12 million |\n",
      "rowheads.md");
  CHECK(figureSubject(g, 71.5, "percent") == "Orrery q7");
  CHECK(figureSubject(g, 12000000, "USD") == "Orrery");
}

TEST_CASE("A relative clause on an appositive speaks of the name it is apposed to", "[subjects][clauses]") {
  const auto g = quarryBench(
      "Its solvers use a Mixture of Experts (MoE).[1]\n\n"
      "## Models\n\n"
      "The decoder is Quillon-2B, a 2B-parameter MoE that activates about 300 million parameters per "
      "puzzle.[1] The grader was Fenwick Labs, a startup which employs 45 people.[1]\n",
      "appositive.md");
  // Not MoE, the name inside the appositive that only describes Quillon-2B.
  CHECK(figureSubject(g, 300000000, "count") == "Quillon-2B");
  CHECK(figureSubject(g, 45, "count") == "Fenwick Labs");
}

TEST_CASE("A page whose infobox heading alone writes its title has that title as its topic", "[subjects][topics]") {
  const std::string text =
      "---\ntitle: \"QBX\"\nslug: \"qbx\"\ncategories:\n  - \"AI_Benchmarks\"\n---\n"
      "| QBX |\n| --- |\n| Overview |\n| Full name | Quarry Bench Extended |\n"
      "| Languages | 12 languages including English and Welsh |\n\n"
      "Quarry Bench Extended refers to several extensions of a puzzle benchmark.\n";
  const auto g = ingest::ingestText(text, "qbx.md");
  CHECK(figureSubject(g, 12, "count") == "QBX");
}

TEST_CASE("A name right after a percentage is its label and no later figure's subject", "[subjects][labels]") {
  // "80.5% EM" (exact match): EM says what the percentage is; the next figure is the page's model's.
  const auto g = test::referencedArticle(
      "Quillon 2",
      "**Quillon 2** is an open language model developed by the [Ferrow](/wiki/ferrow) lab.\n\n"
      "## Performance\n\n"
      "1. Math & Reasoning: Scores 80.5% EM on Abacus-500 and 31.4% Pass@1 on Ledger 2024, ahead "
      "of many closed models.\n",
      "Large_Language_Models", "emlabel.md");
  CHECK(figureSubject(g, 80.5, "percent") == "Quillon 2");
  CHECK(figureSubject(g, 31.4, "percent") == "Quillon 2");
}

TEST_CASE("A bracketed word inside a title is left out of the topic's name", "[subjects][titles]") {
  // "Tiled boosted (decision) forests (TBF)": the topic is "Tiled Boosted Forests", not "Tiled boosted".
  const auto g = test::referencedArticle(
      "Tiled boosted (decision) forests (TBF)",
      "## Introduction\n\n"
      "Tiled Boosted Forests (TBF), also known as Tiled Boosted Decision Forests, is an ensemble "
      "learning technique in machine learning.\n\n"
      "## Advantages and Disadvantages\n\n### Advantages\n\n"
      "1. **Accuracy:** TBF often gives high accuracy.\n"
      "2. **Speed:** TBF trains quickly on small tables.\n\n### Disadvantages\n\n"
      "1. **Memory:** TBF models can use much memory.\n"
      "2. **Overfitting:** TBF models can overfit.\n"
      "3. **Interpretability:** TBF models are hard to read.\n",
      "Terms", "optionalword.md");
  CHECK(figureSubject(g, 2, "count") == "Tiled Boosted Forests");
  CHECK(figureSubject(g, 3, "count") == "Tiled Boosted Forests");
}

TEST_CASE("A title whose words the text joins by hyphens names the topic the text writes so", "[subjects][titles]") {
  // "Quillon greedy policy" over "The **Quillon-Greedy Policy** is ...": the title lost the hyphen the text writes.
  const std::string lists =
      "## Advantages and Disadvantages\n\n### Advantages\n\n- Simple.\n\n- Cheap.\n\n- Fast.\n\n"
      "### Disadvantages\n\n- Blind.\n\n- Slow to settle.\n";
  const auto g = test::referencedArticle(
      "Quillon greedy policy",
      "## Introduction\n\nThe **Quillon-Greedy Policy** is a strategy in reinforcement learning.\n\n" + lists, "Terms",
      "quillon_greedy_policy.md");
  CHECK(figureSubject(g, 3, "count") == "Quillon-Greedy Policy");
  CHECK(figureSubject(g, 2, "count") == "Quillon-Greedy Policy");
  // A text that joins other words ("Quillon-greedy-style") names no such topic: the lists stay no one's.
  const auto other = test::referencedArticle(
      "Quillon greedy policy",
      "## Introduction\n\nA **Quillon-Greedy-Style** rule is a strategy in reinforcement learning.\n\n" + lists,
      "Terms", "quillon_greedy_policy.md");
  CHECK(figureSubject(other, 3, "count") == "no such figure");
}

TEST_CASE("An English word opening a sentence that the title's other words follow is no name of its own",
          "[subjects][titles]") {
  // "Ridge boundaries can be ..." on the page "Ridge boundary", which writes "Linear Ridge Boundary" in Title Case:
  // "Ridge" opens the title's noun phrase; it was cut off as a name of its own and given the count.
  const auto g = test::referencedArticle("Ridge boundary",
                                         "A ridge boundary is a surface that splits a feature space.\n\n"
                                         "## Types of Ridge Boundaries\n\n"
                                         "Ridge boundaries can be broadly classified into two types, based on their "
                                         "shape:\n\n"
                                         "1. **Linear Ridge Boundary:** A straight line.\n\n"
                                         "1. **Curved Ridge Boundary:** A curve.\n",
                                         "Terms", "ridge_boundary.md");
  CHECK(figureSubject(g, 2, "count") != "Ridge");
}
