// The count of a list a lead-in introduces without writing it ("consists of the following steps:"
// and then five numbered items), and the lists that give no such count: a lead-in that writes its
// own count, one that names no plural noun, a list interrupted and taken up again, a bulleted list
// with nested items. Fixtures written for these tests (no article text of ../shared).
#include <catch2/catch.hpp>

#include <string>

#include "FigureSubjects.h"
#include "graph/ClaimGraph.h"
#include "ingest/Ingest.h"
#include "ingest/ListCounts.h"

using namespace cg;

namespace {

graph::ClaimGraph term(const std::string& body) {
  return test::referencedArticle("Quillon boosting", body, "Terms", "quillon_boosting.md");
}

// A custom GPT's page: its prompt quoted under "## Instructions (System Prompt)", then the page's template.
graph::ClaimGraph assistant(const std::string& prompt) {
  return test::referencedArticle("Quillon Tutor (GPT)",
                                 "Quillon Tutor is a custom GPT.\n\n## Instructions (System Prompt)\n\n" + prompt +
                                     "\n\n## Conversation Starters\n\n- Teach me 3 things.\n- Quiz me.\n",
                                 "Custom_GPTs", "quillon_tutor_gpt.md");
}

// The measure of the first count of this value: "no such figure" when there is none.
std::string countMeasure(const graph::ClaimGraph& g, double value) {
  for (graph::ClaimId c : g.claims().ids()) {
    const graph::Claim& claim = g.claims()[c];
    if (claim.kind == graph::ClaimKind::kFigure && claim.value == value && g.str(claim.unit) == "count")
      return std::string(g.str(claim.measure));
  }
  return "no such figure";
}

}  // namespace

TEST_CASE("a numbered list after 'the following steps:' counts the steps", "[ingest][lists][counts]") {
  const auto g = term(
      "Quillon boosting is an ensemble method.\n\n"
      "The Quillon boosting algorithm consists of the following steps:\n\n"
      "1. Start from a constant guess.\n\n2. Fit a tree to the residuals.\n\n"
      "   - a nested remark\n\n3. Add the tree.\n\n4. Repeat steps 2-3.\n\n"
      "## Uses\n\nIt is used for ranking.\n");
  CHECK(countMeasure(g, 4) == "number of steps");
  CHECK(test::figureSubject(g, 4, "count") == "Quillon boosting");
}

TEST_CASE("several advantages, such as: and a bulleted list count the items at one level", "[ingest][lists][counts]") {
  const auto g = term(
      "Quillon boosting is an ensemble method.\n\n"
      "Quillon boosting offers several significant advantages, such as:\n\n"
      "- Speed: it trains fast.\n  - even on small machines\n- Accuracy: it fits well.\n- Robustness: it copes with "
      "noise.\n");
  CHECK(countMeasure(g, 3) == "number of advantages");
}

TEST_CASE("a list is not counted where the text gives no noun, its own count, or more items later",
          "[ingest][lists][counts]") {
  // The lead-in writes its own count: that is the figure, not the list's length.
  const auto stated = term("Quillon boosting updates weights in two ways:\n\n1. a\n\n2. b\n\n3. c\n");
  CHECK(countMeasure(stated, 3) == "no such figure");
  // "as follows:" names nothing the items are.
  const auto unnamed = term("The algorithm works as follows:\n\n1. a\n\n2. b\n\n3. c\n");
  CHECK(countMeasure(unnamed, 3) == "no such figure");
  // A paragraph between items 2 and 3: the blocks do not show how long the list is.
  const auto interrupted =
      term("It has the following stages:\n\n1. a\n\n2. b\n\nA remark between items.\n\n3. c\n\n4. d\n");
  CHECK(countMeasure(interrupted, 2) == "no such figure");
  CHECK(countMeasure(interrupted, 4) == "no such figure");
  // A verb between the quantifier and the noun: "Several researchers have proposed improvements:".
  const auto clause = term("Several researchers have proposed improvements:\n\n- a\n- b\n- c\n");
  CHECK(countMeasure(clause, 3) == "no such figure");
  // "various" (an open set of examples) and a quantifier after a preposition count nothing.
  const auto open = term("There are various boosted models, such as:\n\n- a\n- b\n- c\n");
  CHECK(countMeasure(open, 3) == "no such figure");
  const auto inFields = term("Quillon boosting has uses in several fields, such as:\n\n- a\n- b\n- c\n");
  CHECK(countMeasure(inFields, 3) == "no such figure");
}

TEST_CASE("a plural subject before 'are as follows:' or a passive counts the list after it",
          "[ingest][lists][counts]") {
  const auto follows = term(
      "Quillon boosting is an ensemble method.\n\n"
      "The basic steps of the Quillon boosting algorithm are as follows:\n\n"
      "1. Start from a constant guess.\n\n2. Randomly pick a batch.\n\n3. Fit a tree.\n\n4. Repeat.\n");
  CHECK(countMeasure(follows, 4) == "number of steps");
  CHECK(test::figureSubject(follows, 4, "count") == "Quillon boosting");
  // A purpose clause before the subject says what the steps are for, no one who has them.
  const auto passive = term(
      "Quillon boosting is an ensemble method.\n\n"
      "To adapt a boosted model for a new task, several steps are taken:\n\n"
      "- Change the loss: pick another one.\n\n- Reuse the trees: keep them.\n\n- Train again: on new data.\n");
  CHECK(countMeasure(passive, 3) == "number of steps");
  CHECK(test::figureSubject(passive, 3, "count") == "Quillon boosting");
  // What a passive's phrase names after its noun owns nothing ("versions of Python are supported:"), and "the"
  // alone before a passive's noun is no quantifier.
  const auto owner = term(
      "Quillon boosting is an ensemble method.\n\n"
      "The following versions of Python are supported:\n\n- 3.8\n- 3.9\n- 3.10\n");
  CHECK(countMeasure(owner, 3) == "no such figure");
  const auto bare = term("Quillon boosting is an ensemble method.\n\nThe steps are taken:\n\n- a\n- b\n- c\n");
  CHECK(countMeasure(bare, 3) == "no such figure");
}

TEST_CASE("'these general steps:' points forward to its list unless its paragraph named a set before",
          "[ingest][lists][counts]") {
  const auto forward = term(
      "Quillon boosting is an ensemble method.\n\n"
      "The algorithm is an iterative process that follows these general steps:\n\n"
      "1. Seed the trees.\n\n2. Fit each tree.\n\n3. Stop when nothing improves.\n");
  CHECK(countMeasure(forward, 3) == "number of steps");
  // "some limitations ... these shortcomings:": the list answers the set named before it.
  const auto back = term(
      "Quillon boosting has some limitations and has been extended to address these shortcomings:\n\n"
      "- a\n- b\n- c\n");
  CHECK(countMeasure(back, 3) == "no such figure");
  // "These systems typically handle tasks": "these" opens a clause, not the phrase of the noun.
  const auto clause = term("These systems typically handle tasks such as:\n\n- a\n- b\n- c\n");
  CHECK(countMeasure(clause, 3) == "no such figure");
  // Examples illustrate; their number is no count of anything the page is about.
  const auto examples = term("For more context, consider these examples:\n\n- a\n- b\n- c\n");
  CHECK(countMeasure(examples, 3) == "no such figure");
}

TEST_CASE("a list's count takes its noun's measure, not a cue elsewhere in the lead-in", "[ingest][lists][counts]") {
  // "employs" is a cue of employees; the list counts the steps the lead-in names.
  const auto g = term("Quillon boosting employs a loop that follows these general steps:\n\n- a\n- b\n- c\n");
  CHECK(countMeasure(g, 3) == "number of steps");
}

TEST_CASE("a heading 'Types of TITLE' counts its sub-headings, or its one list", "[ingest][lists][counts][headings]") {
  const auto subs = term(
      "Quillon boosting is an ensemble method.\n\n## Types of Quillon Boosting\n\n"
      "### Shallow quillon boosting\n\nShallow trees.\n\n### Deep quillon boosting\n\nDeep trees.\n\n"
      "### Mixed quillon boosting\n\nBoth.\n\n## Uses\n\nRanking.\n");
  CHECK(countMeasure(subs, 3) == "number of types");
  CHECK(test::figureSubject(subs, 3, "count") == "Quillon boosting");
  const auto listed = term(
      "Quillon boosting is an ensemble method.\n\n## Approaches to Quillon Boosting\n\n"
      "Schools differ in how they seed the trees.\n\n- Greedy seeding\n- Random seeding\n");
  CHECK(countMeasure(listed, 2) == "number of approaches");
}

TEST_CASE("a sub-heading that opens with an -ing noun is an item, one that opens with a gerund is not",
          "[ingest][lists][counts][headings]") {
  const auto limitations = [](const std::string& firstSubHeading) {
    return term("Quillon boosting is an ensemble method.\n\n## Limitations of Quillon Boosting\n\n### " +
                firstSubHeading + "\n\nIt leans.\n\n### Training Cost\n\nIt is slow.\n\n## Uses\n\nRanking.\n");
  };
  // "Sampling" and "Training" are nouns too (WordNet): the sub-headings name the limitations.
  const auto nouns = limitations("Sampling Bias");
  CHECK(countMeasure(nouns, 2) == "number of limitations");
  CHECK(test::figureSubject(nouns, 2, "count") == "Quillon boosting");
  // "Creating" is no noun: a sub-heading that tells how to do something heads no item.
  CHECK(countMeasure(limitations("Creating Better Samples"), 2) == "no such figure");
}

TEST_CASE("a page titled by one plural whose singular its text writes gives its headings no count",
          "[ingest][lists][counts][headings]") {
  // "Quillons" is a common count noun here ("a quillon"): a count of its own would make statements'
  // "on benchmark quillons" its subject. The word list need not know the word.
  const std::string body =
      "Quillons are guards of a sword. A quillon can be straight.\n\n## Types of Quillons\n\n"
      "### Straight Quillons\n\nStraight.\n\n### Curved Quillons\n\nCurved.\n\n## Uses\n\nFencing.\n";
  const auto plural = test::referencedArticle("Quillons", body, "Terms", "quillons.md");
  CHECK(countMeasure(plural, 2) == "no such figure");
  // Without the singular in its text the title may be a name ("Pandas"): the heading counts.
  std::string named = body;
  named.replace(named.find(" A quillon can be straight."), 27, "");
  const auto name = test::referencedArticle("Quillons", named, "Terms", "quillons.md");
  CHECK(countMeasure(name, 2) == "number of types");
}

TEST_CASE("a heading counts nothing that is apparatus, open, about another thing or interrupted",
          "[ingest][lists][counts][headings]") {
  // Examples illustrate the page; "Other ..." leaves the set open.
  const auto examples = term("Quillon boosting.\n\n## Examples of Quillon Boosting\n\n### A\n\na\n\n### B\n\nb\n");
  CHECK(countMeasure(examples, 2) == "no such figure");
  const auto open = term(
      "Quillon boosting.\n\n## Types of Quillon Boosting\n\n### Shallow\n\na\n\n### Deep\n\nb\n\n"
      "### Other types\n\nc\n");
  CHECK(countMeasure(open, 3) == "no such figure");
  // The heading's "of" names something else than the page's topic.
  const auto other = term("Quillon boosting.\n\n## Types of Trees\n\n### Shallow\n\na\n\n### Deep\n\nb\n");
  CHECK(countMeasure(other, 2) == "no such figure");
  // Prose between the items: the blocks do not show how long the list is.
  const auto interrupted = term(
      "Quillon boosting.\n\n## Types of Quillon Boosting\n\n- Shallow\n- Deep\n\nA remark between items.\n\n"
      "- Mixed\n");
  CHECK(countMeasure(interrupted, 2) == "no such figure");
  CHECK(countMeasure(interrupted, 3) == "no such figure");
  // A lead-in with a colon introduces the list: the lead-in's own rules decide ("as follows:" counts nothing).
  const auto led = term("Quillon boosting.\n\n## Types of Quillon Boosting\n\nThey are as follows:\n\n- a\n- b\n");
  CHECK(countMeasure(led, 2) == "no such figure");
}

TEST_CASE("a prepositional phrase or a verb after the lead-in's noun still counts the list",
          "[ingest][lists][counts]") {
  const auto inField = term(
      "Quillon boosting is an ensemble method.\n\n"
      "Quillon boosting has several advantages in ensemble learning, including:\n\n"
      "1. Speed: it trains fast.\n2. Accuracy: it fits well.\n3. Robustness: it copes with noise.\n");
  CHECK(countMeasure(inField, 3) == "number of advantages");
  const auto forTuning = term(
      "There are several strategies for choosing and adapting the shrinkage during training, including:\n\n"
      "- Constant shrinkage\n- Decaying shrinkage\n- Adaptive shrinkage\n- Random shrinkage\n");
  CHECK(countMeasure(forTuning, 4) == "number of strategies");
  const auto include = term("Some common weak learners include:\n\n- Stumps\n- Shallow trees\n");
  CHECK(countMeasure(include, 2) == "number of learners");
  // Lead-ins over three items that count nothing, each for its reason (table-driven).
  const char* const uncounted[] = {
      // The phrase names a plural of its own: the list may give those ("fields"), not the noun's items.
      "Quillon boosting has several uses in industrial fields, such as:",
      // A comma inside the phrase opens another clause.
      "It has several drawbacks in practice, which users note, such as:",
      // A verb in the phrase makes it a clause: the list gives what is supported, not the versions.
      "The following versions of Quillon are supported:",
      // "Some examples include:" names the page's apparatus.
      "Some examples include:",
      // A plural noun between the quantifier and the noun is a clause's subject: the rows may be benchmarks.
      "Several benchmarks evaluate different aspects of speed:",
      // "the main" after a preposition: what the items are set beside, not the items.
      "It ships small models alongside the main Quillon releases:",
  };
  for (const char* lead : uncounted) {
    INFO(lead);
    CHECK(countMeasure(term(std::string(lead) + "\n\n- Alpha\n- Beta\n- Gamma\n"), 3) == "no such figure");
  }
}

TEST_CASE("numbered items written without a space after the number are a list in a run from 1",
          "[ingest][lists][counts]") {
  const auto g = term(
      "Quillon boosting is an ensemble method.\n\n"
      "Quillon boosting is equipped with the following functions:\n"
      "1.fit_trees: This function fits the trees.\n2.score_rows: This function scores rows.\n"
      "3.prune_trees: This function prunes the trees.\n");
  CHECK(countMeasure(g, 3) == "number of functions");
  // A run that does not open at 1 is text, not a list ("3.It" starting a line of a paragraph).
  const auto notRun = term("It has the following stages:\n3.Fit the trees.\n4.Score the rows.\n");
  CHECK(countMeasure(notRun, 2) == "no such figure");
}

TEST_CASE("two lists that count one noun of one subject to two values give it no count", "[ingest][lists][counts]") {
  const auto g = term(
      "Quillon boosting is an ensemble method.\n\n## Shallow\n\n"
      "Quillon boosting offers some common shallow methods, such as:\n\n- a\n- b\n- c\n\n## Deep\n\n"
      "Quillon boosting offers some common deep methods, such as:\n\n- d\n- e\n");
  CHECK(countMeasure(g, 3) == "number of methods");
  CHECK(test::figureSubject(g, 3, "count").empty());
  CHECK(test::figureSubject(g, 2, "count").empty());
}

TEST_CASE("a lead-in whose counted phrase is its subject counts the page topic's items", "[ingest][lists][counts]") {
  // Nothing before "Some common weak learners" names a subject: the list is Quillon boosting's (the page's
  // topic, whether or not the text before the heading still speaks of it).
  const auto own = term(
      "Quillon boosting is an ensemble method.\n\n## Learners\n\n"
      "Some common weak learners include:\n\n- Stumps\n- Shallow trees\n- Linear models\n");
  CHECK(test::figureSubject(own, 3, "count") == "Quillon boosting");
  const auto there = term(
      "Quillon boosting is an ensemble method.\n\n## Losses\n\n"
      "There are several loss functions:\n\n- Squared loss\n- Absolute loss\n");
  CHECK(test::figureSubject(there, 2, "count") == "Quillon boosting");
  // A lead-in that writes a subject the graph does not know counts that thing's items, not the topic's.
  const auto other = term(
      "## Search\n\n"
      "Automated tree search typically uses several models:\n\n- a proposer\n- a scorer\n- a pruner\n");
  CHECK(countMeasure(other, 3) == "number of models");
  CHECK(test::figureSubject(other, 3, "count").empty());
}

TEST_CASE("a table after a lead-in counts its body rows, one item a row", "[ingest][lists][counts]") {
  const auto g = term(
      "Quillon boosting is an ensemble method.\n\n"
      "Quillon boosting uses several models:\n\n"
      "| Role | Job |\n| --- | --- |\n| Proposer | makes trees |\n| Scorer | scores them |\n| Pruner | cuts them |\n\n"
      "It is fast.\n");
  CHECK(countMeasure(g, 3) == "number of models");
  CHECK(test::figureSubject(g, 3, "count") == "Quillon boosting");
  // A row with an empty first cell goes on the row above it: the rows are not the items.
  const auto continued = term(
      "Quillon boosting uses several models:\n\n"
      "| Role | Job |\n| --- | --- |\n| Proposer | makes trees |\n|  | and leaves |\n| Pruner | cuts them |\n");
  CHECK(countMeasure(continued, 3) == "no such figure");
  CHECK(countMeasure(continued, 2) == "no such figure");
  // "The following table" names the table, not what its rows are.
  const auto named = term(
      "The results are shown in the following table:\n\n| Run | Score |\n| --- | --- |\n| a | high |\n| b | low |\n");
  CHECK(countMeasure(named, 2) == "no such figure");
}

TEST_CASE("the title inside the counted phrase only modifies its noun", "[ingest][lists][counts]") {
  const auto g = term(
      "## Libraries\n\n"
      "[Treeforge](/wiki/treeforge) supports the following quillon boosting methods:\n\n- Plain\n- Stochastic\n");
  CHECK(countMeasure(g, 2) == "number of methods");
  CHECK(test::figureSubject(g, 2, "count") == "Treeforge");
}

TEST_CASE("a heading whose bracketed aside names its items by a plural counts its one list",
          "[ingest][lists][counts][headings]") {
  const auto files = term(
      "Quillon boosting is an ensemble method.\n\n## Knowledge (Uploaded Files)\n\n"
      "- **trees.csv**: the trees.\n\n- **seeds.txt**: the seeds.\n\n- **notes.pdf**: the notes.\n\n## "
      "Uses\n\nRanking.\n");
  CHECK(countMeasure(files, 3) == "number of files");
  CHECK(test::figureSubject(files, 3, "count") == "Quillon boosting");
  // A singular aside names no items; an aside over sub-headings or two lists leaves the items unknown.
  const auto prompt = term("Quillon boosting.\n\n## Instructions (System Prompt)\n\n- a\n- b\n");
  CHECK(countMeasure(prompt, 2) == "no such figure");
  const auto twoLists = term("Quillon boosting.\n\n## Knowledge (Uploaded Files)\n\n- a\n- b\n\nMore.\n\n- c\n");
  CHECK(countMeasure(twoLists, 2) == "no such figure");
}

TEST_CASE("a relative clause or an 'each' phrase after the lead-in's noun still counts a closed list",
          "[ingest][lists][counts]") {
  // "that make it ...": the clause says what the properties are like; its own plural counts nothing.
  const auto relative = term(
      "Quillon boosting is an ensemble method.\n\n"
      "Quillon boosting possesses several important properties that make it suitable for ranking tasks, "
      "particularly in search:\n\n- It is convex.\n- It is sparse.\n- It is robust.\n");
  CHECK(countMeasure(relative, 3) == "number of properties");
  CHECK(test::figureSubject(relative, 3, "count") == "Quillon boosting");
  // "several types of trees, each with ...": a kind noun's "of" phrase, then an absolute phrase.
  const auto kinds = term(
      "Quillon boosting is an ensemble method.\n\n"
      "There are several types of trees, each with its own advantages and disadvantages:\n\n"
      "- **Shallow trees**: fast.\n\n- **Deep trees**: accurate.\n\n- **Oblique trees**: compact.\n\n"
      "- **Random trees**: cheap.\n");
  CHECK(countMeasure(kinds, 4) == "number of types");
  CHECK(test::figureSubject(kinds, 4, "count") == "Quillon boosting");
}

TEST_CASE(
    "a clause after the lead-in's noun is read past only in a closed list, and a quantified noun inside it is counted",
    "[ingest][lists][counts]") {
  // "such as", "including": the list gives some of the things, so no clause or "of" phrase is read past.
  const auto suchAs = term("Quillon boosting uses several types of trees, such as:\n\n- a\n- b\n- c\n");
  CHECK(countMeasure(suchAs, 3) == "no such figure");
  const auto including =
      term("There are several methods that can be employed to seed the trees, including:\n\n- a\n- b\n- c\n");
  CHECK(countMeasure(including, 3) == "no such figure");
  // A quantifier inside the clause: the list gives what the clause names ("the following formats"), not the readers.
  const auto named =
      term("Quillon boosting has several readers that support the following formats:\n\n- a\n- b\n- c\n");
  CHECK(countMeasure(named, 3) == "number of formats");
}

TEST_CASE("a second-level heading that is one plural noun counts the list that opens its section",
          "[ingest][lists][counts][headings]") {
  const auto actions = term(
      "Quillon boosting is an ensemble method.\n\n## Actions\n\n"
      "- **Search Trees**: finds trees.\n\n- **Prune Trees**: cuts them.\n\n- **Explore**: looks around.\n\n"
      "### Website\n\nquillon.example\n\n### Privacy Policy\n\nquillon.example/privacy\n\n## Uses\n\nRanking.\n");
  CHECK(countMeasure(actions, 3) == "number of actions");
  CHECK(test::figureSubject(actions, 3, "count") == "Quillon boosting");
  // One item under the plural heading is all there are: a count of one.
  const auto one = term(
      "Quillon boosting is an ensemble method.\n\n## Actions\n\n"
      "- **quillon_example__jit_plugin API** - This API lets me search trees.\n\n"
      "### Website\n\nquillon.example\n\n## Uses\n\nRanking.\n");
  CHECK(countMeasure(one, 1) == "number of actions");
  CHECK(test::figureSubject(one, 1, "count") == "Quillon boosting");
  // A paragraph before the list says what it gives ("myriad"), a modifier picks some of the noun's
  // things out, a sub-heading with a list of its own makes the list one group of several.
  const auto introduced = term(
      "Quillon boosting.\n\n## Applications\n\nQuillon boosting has myriad applications, from ranking to "
      "search.\n\n- Ranking\n- Search\n- Pricing\n");
  CHECK(countMeasure(introduced, 3) == "no such figure");
  const auto modified = term("Quillon boosting.\n\n## Key Applications\n\n- Ranking\n- Search\n- Pricing\n");
  CHECK(countMeasure(modified, 3) == "no such figure");
  const auto grouped = term(
      "Quillon boosting.\n\n## Applications\n\n- Ranking\n- Search\n- Pricing\n\n### Finance\n\n- Credit\n- Fraud\n");
  CHECK(countMeasure(grouped, 3) == "no such figure");
  // A third-level heading is a part's, not the page topic's.
  const auto nested =
      term("Quillon boosting.\n\n## Uses\n\nMany.\n\n### Applications\n\n- Ranking\n- Search\n- Pricing\n");
  CHECK(countMeasure(nested, 3) == "no such figure");
}

TEST_CASE("a lead-in whose clause ends in its verb counts the numbered list after it as steps",
          "[ingest][lists][counts]") {
  const auto asked = term(
      "Quillon boosting is an ensemble method.\n\n## Instructions (System Prompt)\n\n"
      "In separate, concise, and friendly responses, I ask:\n\n1. \"What is your goal?\"\n\n"
      "2. \"Describe your data.\"\n\n3. \"Select the depth of the trees.\"\n");
  CHECK(countMeasure(asked, 3) == "number of steps");
  const auto involves = term(
      "Quillon boosting is an ensemble method.\n\nQuillon training typically involves:\n\n"
      "1. **Seeding**: a constant guess.\n\n2. **Fitting**: a tree.\n\n3. **Adding**: the tree.\n\n"
      "4. **Stopping**: at a bound.\n");
  CHECK(countMeasure(involves, 4) == "number of steps");
  // A modal, a plural noun or a verb after a function word ends no clause with its verb; bullets give no order.
  const auto modal = term("Quillon boosting.\n\nThe agent must:\n\n1. Read\n\n2. Write\n\n3. Stop\n");
  CHECK(countMeasure(modal, 3) == "no such figure");
  const auto noun = term("Quillon boosting.\n\nIt is fit in stages:\n\n1. a\n\n2. b\n\n3. c\n");
  CHECK(countMeasure(noun, 3) == "no such figure");
  const auto bullets = term("Quillon boosting.\n\nIn friendly replies, I ask:\n\n- a?\n- b?\n- c?\n");
  CHECK(countMeasure(bullets, 3) == "no such figure");
}

TEST_CASE("a menu of keyed lines counts its options, and its labelled groups as categories",
          "[ingest][lists][counts][menus]") {
  const auto grouped = term(
      "Quillon boosting is an ensemble method.\n\n## Instructions (System Prompt)\n\n"
      "🔑 Quillon Hotkey Command Menu:\n\n📈 Tree Search\n\n🔮 W: \"Search the trees.\"\n\n"
      "🏦 A: \"Compare two trees.\"\n\n🤖 Pruning Checks\n🧠 PC: \"Prune a tree.\"\n\n⚖️ PD: \"Explain each "
      "cut.\"\n\n"
      "🛡️ Risk Review\n\n🚨 RA: \"Assess a tree's risk.\"\n\n⚙️ RC: \"Compare risks.\"\n\n"
      "These commands cover areas such as tree search and risk review.\n");
  CHECK(countMeasure(grouped, 6) == "number of options");
  CHECK(countMeasure(grouped, 3) == "number of categories");
  CHECK(test::figureSubject(grouped, 3, "count") == "Quillon boosting");
  // One option a line in one paragraph; the notes after it repeat a key, so they are no second menu.
  const auto keys = term(
      "Quillon boosting is an ensemble method.\n\n## Instructions (System Prompt)\n\n(3) MENU ITEMS\n"
      "Show the options in lower case.\n\nw - wide\nn - narrow\ns - square\nt - tall\n\nNotes:\n"
      "w) If user enters \"w\", widen.\nn) If user enters \"n\", narrow.\nw) At the end, add a link.\n");
  CHECK(countMeasure(keys, 4) == "number of options");
}

TEST_CASE("a menu left open, given twice, repeating a key or in two cases counts nothing",
          "[ingest][lists][counts][menus]") {
  const std::string head = "Quillon boosting is an ensemble method.\n\n## Instructions (System Prompt)\n\n";
  CHECK(countMeasure(term(head + "w - wide\nn - narrow\ns - square\n...\n"), 3) == "no such figure");
  CHECK(countMeasure(term(head + "w - wide\nn - narrow\ns - square, etc.\n"), 3) == "no such figure");
  CHECK(countMeasure(term(head + "Q: What is it?\nA: A method.\nQ: Who made it?\nA: A lab.\n"), 2) == "no such figure");
  CHECK(countMeasure(term(head + "w - wide\nN - narrow\ns - square\n"), 3) == "no such figure");
  CHECK(countMeasure(term(head + "w - wide\nn - narrow\n"), 2) == "no such figure");
  CHECK(countMeasure(term(head + "w - wide\nn - narrow\ns - square\n\nThen:\n\nA) one\nB) two\nC) three\n"), 3) ==
        "no such figure");
  // Options before the first label: the groups are not every option's, so no categories.
  const auto partly =
      term(head + "X: mark done\n\nTree Search\n\nW: search\n\nA: compare\n\nRisk Review\n\nR: assess\n");
  CHECK(countMeasure(partly, 4) == "number of options");
  CHECK(countMeasure(partly, 2) == "no such figure");
}

TEST_CASE("a plural sub-heading its parent pairs with another counts the page topic's list",
          "[ingest][lists][counts][headings]") {
  const auto g = term(
      "Quillon boosting is an ensemble method.\n\n## Advantages and Disadvantages\n\n### Advantages\n\n"
      "1. **Speed:** it trains fast.\n2. **Stability:** it copes with noise.\n3. **Reach:** it scales.\n\n"
      "### Disadvantages\n\n1. **Bias:** it underfits.\n2. **Tuning:** it needs care.\n\n## Uses\n\nRanking.\n");
  CHECK(countMeasure(g, 3) == "number of advantages");
  CHECK(test::figureSubject(g, 3, "count") == "Quillon boosting");
  CHECK(countMeasure(g, 2) == "number of disadvantages");
  // A parent that names another thing ("## Uses") leaves its sub-heading's list a part's.
  const auto other = term("Quillon boosting.\n\n## Uses and Limits\n\n### Advantages\n\n- a\n- b\n- c\n");
  CHECK(countMeasure(other, 3) == "no such figure");
}

TEST_CASE("a gerund after the lead-in's preposition heads its phrase: the benefits of using a thing are its",
          "[ingest][lists][counts]") {
  const auto g = term(
      "Quillon boosting is an ensemble method.\n\n### Advantages\n\n"
      "There are several benefits to using the squared hinge loss function in machine learning models:\n\n"
      "- Smoother function: it is differentiable.\n\n- Better convergence: it converges.\n\n- Robustness: it copes.\n");
  CHECK(countMeasure(g, 3) == "number of benefits");
  CHECK(test::figureSubject(g, 3, "count") == "Quillon boosting");
  // Without the gerund the phrase after the noun is too long to be the noun's: what it lists is not known.
  const auto longer = term(
      "Quillon boosting.\n\nThere are several benefits to the squared hinge loss function in the machine learning "
      "models of today:\n\n- a\n- b\n- c\n");
  CHECK(countMeasure(longer, 3) == "no such figure");
}

TEST_CASE("a sentence that closes on a list after 'the NOUNs:' counts its items", "[ingest][lists][counts]") {
  const auto g = term(
      "Quillon boosting is an ensemble method.\n\n"
      "Quillon boosting breaks down the key tree tools: gradient fitting and leaf pruning.\n");
  CHECK(countMeasure(g, 2) == "number of tools");
  CHECK(test::figureSubject(g, 2, "count") == "Quillon boosting");
  // Open lists, alternatives, a possessive's things, items with a preposition or a verb count nothing.
  for (const char* sentence :
       {"Quillon boosting breaks down the key tree tools: gradient fitting, such as leaf pruning and bagging.",
        "Quillon boosting uses the key tree tools: gradient fitting or leaf pruning.",
        "Quillon boosting sorts objects by their shapes: circles, squares, and triangles.",
        "Quillon boosting develops the key accelerators: Trainium for training and Inferentia for inference.",
        "Quillon boosting follows the key rules: trees grow and leaves wither."}) {
    const auto open = term(std::string("Quillon boosting is an ensemble method.\n\n") + sentence + "\n");
    CHECK(countMeasure(open, 2) == "no such figure");
    CHECK(countMeasure(open, 3) == "no such figure");
  }
}

TEST_CASE("a numbered series of lines counts its noun's items by its highest number",
          "[ingest][lists][counts][series]") {
  const auto g = term(
      "Quillon boosting is an ensemble method.\n\n## Instructions (System Prompt)\n\n"
      "You must always follow the following rules:\nRule No. 1: Never share the files.\nRule 2. Greet the user.\n"
      "Rule 3. Answer briefly.\nRule No. 4. Rate the work out of 10.\n");
  CHECK(countMeasure(g, 4) == "number of rules");
  CHECK(test::figureSubject(g, 4, "count") == "Quillon boosting");
  // A number missing, or the noun's lines elsewhere on the page: which lines the series holds is not known.
  const auto gap = term("Quillon boosting.\n\nStep 1: Read.\nStep 2: Write.\nStep 4: Stop.\n");
  CHECK(countMeasure(gap, 3) == "no such figure");
  const auto apart =
      term("Quillon boosting.\n\nStep 1: Read.\nStep 2: Write.\nStep 3: Stop.\n\n## Uses\n\nStep 1: Start over.\n");
  CHECK(countMeasure(apart, 3) == "no such figure");
}

TEST_CASE("an instruction's series may have text between its labels and a label cut from its colon",
          "[ingest][lists][counts][series]") {
  const auto g = assistant(
      "Step 1: Read the files.\n\nStep 2\n\n: Assess the draft\n\nLook for missing facts.\n\n"
      "Ask the user for them.\n\nStep 3: Write the schema.\n\nCheck it twice.\n\nStep 4: Offer another.");
  CHECK(countMeasure(g, 4) == "number of steps");
  CHECK(test::figureSubject(g, 4, "count") == "Quillon Tutor");
  // Outside an assistant's instructions the labels must follow one another ("Figure 1." captions apart).
  const auto article = term(
      "Quillon boosting is an ensemble method.\n\n## Method\n\nStep 1: Read the files.\n\nSome text.\n\n"
      "Step 2: Assess the draft.\n\nMore text.\n\nStep 3: Write the schema.\n");
  CHECK(countMeasure(article, 3) == "no such figure");
}

TEST_CASE("a heading of a GPT's prompt over a numbered list counts its plural noun, under the prompt's own headings",
          "[ingest][lists][counts][instructions]") {
  const auto g = assistant(
      "You help with code.\n\n# Walkthrough Steps:\n\n1. Ask questions.\n2. Write a plan.\n3. Read the files.\n"
      "4. Write the code.\n\nYOU MUST GO THROUGH ALL OF THESE STEPS.\n\n## Skills :\n1. Planning\n2. Testing\n"
      "3. Writing");
  CHECK(countMeasure(g, 4) == "number of steps");
  CHECK(test::figureSubject(g, 4, "count") == "Quillon Tutor");
  CHECK(countMeasure(g, 3) == "number of skills");
  // "Other", a bulleted list, a heading of a user's prompts or a page that quotes no prompt: no count.
  const auto none = assistant("# Other Rules\n\n1. a\n2. b\n3. c\n\n# Tips\n\n- a\n- b\n- c");
  CHECK(countMeasure(none, 3) == "no such figure");
  const auto article = term("Quillon boosting is an ensemble method.\n\n# Walkthrough Steps\n\n1. a\n2. b\n3. c\n");
  CHECK(countMeasure(article, 3) == "no such figure");
  // A heading after the user's prompts ("## Conversation Starters") is out of the quoted prompt again.
  const auto after = assistant(
      "You help with code.\n\n## Conversation Starters\n\n- Hi.\n\n"
      "## Walkthrough Steps:\n\n1. a\n2. b\n3. c\n4. d\n5. e\n");
  CHECK(countMeasure(after, 5) == "no such figure");
}

TEST_CASE("a prompt's heading that names a procedure or its overview counts the steps of its numbered list",
          "[ingest][lists][counts][instructions]") {
  // "## Workflows:" over five steps is one workflow of five steps; "### Process Overview:" sums up one process.
  const auto g = assistant(
      "You help with code.\n\n## Workflows:\n1. Ask the user.\n2. Read the files.\n3. Plan.\n4. Write.\n5. Test.\n\n"
      "### **Process Overview:**\n1. **Receive Query:** A question comes.\n2. **Answer** it.\n3. **Check** it.\n");
  CHECK(countMeasure(g, 5) == "number of steps");
  CHECK(test::figureSubject(g, 5, "count") == "Quillon Tutor");
  CHECK(countMeasure(g, 3) == "number of steps");
  // A procedure noun before a noun of no summary ("Process Map": a map), or over a bulleted list: no count.
  const auto none = assistant("## Process Map:\n1. a\n2. b\n3. c\n\n## Process\n\n- a\n- b\n- c\n- d");
  CHECK(countMeasure(none, 3) == "no such figure");
  CHECK(countMeasure(none, 4) == "no such figure");
}

TEST_CASE("a model card's Library field counts the model's libraries by its links, its Paper field its papers",
          "[ingest][lists][counts][box]") {
  const auto g = test::referencedArticle(
      "Quillon/qb-18 model",
      "Quillon/qb-18 model\n\n**Hugging Face**\n\n[quillon/qb-18](https://huggingface.co/quillon/qb-18)\n\n"
      "**Library**\n\n[PyTorch](/index.php?title=PyTorch&action=edit&redlink=1), [TensorFlow](/wiki/tensorflow), "
      "[Safetensors](/index.php?title=Safetensors&action=edit&redlink=1), [Transformers](/wiki/transformers)\n\n"
      "**Dataset**\n\n[imagenet-1k](/index.php?title=Imagenet-1k&action=edit&redlink=1), "
      "[wikipedia](/index.php?title=Wikipedia&action=edit&redlink=1)\n\n"
      "**Paper**\n\n[arxiv:2201.00017](https://www.arxiv.org/abs/2201.00017), "
      "[arxiv:1909.00203](https://www.arxiv.org/abs/1909.00203), "
      "[arxiv:1810.00419](https://www.arxiv.org/abs/1810.00419)\n\n"
      "Quillon/qb-18 model is a model used for image classification.\n\n## Model Description\n\nA small model.\n",
      "Models", "quillon_qb-18_model.md");
  CHECK(countMeasure(g, 4) == "number of libraries");
  CHECK(test::figureSubject(g, 4, "count") == "Quillon/qb-18 model");
  // The card's dataset tags count its datasets too, and its Paper field's arXiv links its papers.
  CHECK(countMeasure(g, 2) == "number of datasets");
  CHECK(countMeasure(g, 3) == "number of papers");
}

TEST_CASE("a model card's Language and Task fields count its tags, not a count's link nor a class word",
          "[ingest][lists][counts][box]") {
  const auto g = test::referencedArticle(
      "Quillon/qb-19 model",
      "Quillon/qb-19 model\n\n**Task**\n\n[Translation](/index.php?title=Translation&action=edit&redlink=1), "
      "[Summarization](/index.php?title=Summarization&action=edit&redlink=1), "
      "[Text2Text Generation](/index.php?title=Text2Text_Generation&action=edit&redlink=1)\n\n"
      "**Language**\n\n[English](/index.php?title=English&action=edit&redlink=1), "
      "[Basque](/index.php?title=Basque&action=edit&redlink=1)\n\n"
      "Quillon/qb-19 model is a model used for translation.\n\n## Model Description\n\nA small model.\n",
      "Models", "quillon_qb-19_model.md");
  CHECK(countMeasure(g, 3) == "number of tasks");
  CHECK(countMeasure(g, 2) == "number of languages");
  CHECK(test::figureSubject(g, 2, "count") == "Quillon/qb-19 model");
  // "[12 languages]" counts in its own words, and "[code]" is a class: neither is one language.
  for (const char* language : {"[12 languages](/index.php?title=12_languages&action=edit&redlink=1)",
                               "[code](/index.php?title=Code&action=edit&redlink=1)"}) {
    INFO(language);
    const auto one =
        test::referencedArticle("Quillon/qb-20 model",
                                std::string("Quillon/qb-20 model\n\n**Language**\n\n") + language +
                                    "\n\nQuillon/qb-20 model is a model.\n\n## Model Description\n\nA small model.\n",
                                "Models", "quillon_qb-20_model.md");
    CHECK(countMeasure(one, 1) == "no such figure");
  }
}

TEST_CASE("a model card's tag line repeats its box: its count is the box's, given once, to the card",
          "[ingest][lists][counts][box]") {
  const std::string box =
      "Quillon/qb-40 model\n\n**Library**\n\n[PyTorch](/index.php?title=PyTorch&action=edit&redlink=1), "
      "[Transformers](/wiki/transformers)\n\n**Language**\n\n"
      "[37 languages](/index.php?title=37_languages&action=edit&redlink=1)\n\n**License**\n\n"
      "[mit](/index.php?title=Mit&action=edit&redlink=1)\n\n**Related to**\n\n"
      "[qb](/index.php?title=Qb&action=edit&redlink=1)\n\n";
  const std::string tags =
      "[Fill-Mask](/index.php?title=Fill-Mask&action=edit&redlink=1), "
      "[PyTorch](/index.php?title=PyTorch&action=edit&redlink=1), [Transformers](/wiki/transformers), "
      "[37 languages](/index.php?title=37_languages&action=edit&redlink=1), "
      "[License: mit](/index.php?title=License:_mit&action=edit&redlink=1)\n\n";
  const std::string body = "Quillon/qb-40 model is a model used for fill-mask.\n\n## Model Description\n\nA model.\n";
  const auto g = test::referencedArticle("Quillon/qb-40 model", box + tags + body, "Models", "quillon_qb-40_model.md");
  std::size_t counts = 0;
  for (graph::ClaimId c : g.claims().ids()) counts += g.claims()[c].value == 37 ? 1 : 0;
  CHECK(counts == 1);
  CHECK(test::figureSubject(g, 37, "count") == "Quillon/qb-40 model");
  // A line of links that repeats no field of the box is no tag line: its figure is read.
  const auto other = test::referencedArticle(
      "Quillon/qb-41 model",
      "Quillon/qb-41 model\n\n**Library**\n\n[PyTorch](/index.php?title=PyTorch&action=edit&redlink=1)\n\n"
      "[Alpha](/wiki/alpha), [Beta](/wiki/beta), [29 dialects](/wiki/dialects)\n\n" +
          body,
      "Models", "quillon_qb-41_model.md");
  CHECK(test::figureSubject(other, 29, "count") != "no such figure");
}

TEST_CASE("a lead-in with 'the following NOUNs:' that closes its section counts the section's sub-headings",
          "[ingest][lists][counts][headings]") {
  const auto g = term(
      "Quillon boosting is an ensemble method.\n\n## Sources of Error\n\n"
      "Error in quillon boosting can be categorized into the following kinds:\n\n"
      "### Measurement Error\n\nFrom the instrument.\n\n### Label Error\n\nFrom the labels.\n\n"
      "### Drift Error\n\nFrom change.\n\n## Uses\n\nRanking.\n");
  CHECK(countMeasure(g, 3) == "number of kinds");
  CHECK(test::figureSubject(g, 3, "count") == "Quillon boosting");
}

TEST_CASE("sub-headings after an open lead-in, or after a lead-in that text follows, are not counted",
          "[ingest][lists][counts][headings]") {
  // "including:" may give only some of the things: the sub-headings are examples.
  const auto open = term(
      "Quillon boosting.\n\n## Benefits\n\nQuillon boosting offers several benefits, including:\n\n"
      "### Speed\n\na\n\n### Accuracy\n\nb\n\n### Robustness\n\nc\n");
  CHECK(countMeasure(open, 3) == "no such figure");
  // A paragraph after the lead-in in its own section: the sub-headings are not what it introduces.
  const auto interrupted = term(
      "Quillon boosting.\n\n## Sources of Error\n\nError can be categorized into the following kinds:\n\n"
      "Some are rare.\n\n### Measurement Error\n\na\n\n### Label Error\n\nb\n\n### Drift Error\n\nc\n");
  CHECK(countMeasure(interrupted, 3) == "no such figure");
  // A sub-heading that leaves the set open ("Other ...") counts nothing.
  const auto other = term(
      "Quillon boosting.\n\n## Sources of Error\n\nError can be categorized into the following kinds:\n\n"
      "### Measurement Error\n\na\n\n### Label Error\n\nb\n\n### Other Errors\n\nc\n");
  CHECK(countMeasure(other, 3) == "no such figure");
  // Sub-headings each over a list of their own: the groups or their members, which the lead-in counts
  // is not known.
  const auto groups = term(
      "Quillon boosting.\n\n## Kinds\n\nQuillon models can be classified into the following categories:\n\n"
      "### Shallow Models\n\n- a\n- b\n\n### Deep Models\n\n- c\n- d\n\n### Mixed Models\n\n- e\n- f\n");
  CHECK(countMeasure(groups, 3) == "no such figure");
}

TEST_CASE("a quantified plural before a passive with a modal or 'have been' counts the list after it",
          "[ingest][lists][counts]") {
  const auto modal = term(
      "Quillon boosting is an ensemble method.\n\n"
      "To reduce its error, several strategies can be employed:\n\n"
      "- Cleaner data: fix the labels.\n\n- Smaller trees: prune them.\n\n- Early stopping: stop in time.\n");
  CHECK(countMeasure(modal, 3) == "number of strategies");
  CHECK(test::figureSubject(modal, 3, "count") == "Quillon boosting");
  const auto perfect = term(
      "Quillon boosting is an ensemble method.\n\n"
      "Several extensions have been proposed:\n\n- Sparse trees\n- Oblique trees\n- Soft trees\n- Deep trees\n");
  CHECK(countMeasure(perfect, 4) == "number of extensions");
  const auto also =
      term("Quillon boosting is an ensemble method.\n\nThe following commands can also be used:\n\n- fit\n- predict\n");
  CHECK(countMeasure(also, 2) == "number of commands");
  // A modal with no "be" and participle is an active clause ("several strategies could help:"), and a
  // quantified object of an active perfect ("have proposed improvements:") is no passive's subject.
  const auto active = term("Quillon boosting.\n\nSeveral strategies could help:\n\n- a\n- b\n- c\n");
  CHECK(countMeasure(active, 3) == "no such figure");
  const auto object = term("Quillon boosting.\n\nSeveral researchers have been proposing changes:\n\n- a\n- b\n- c\n");
  CHECK(countMeasure(object, 3) == "no such figure");
}

TEST_CASE("a lead-in with 'several NOUNs' and nothing that leaves the set open counts the section's sub-headings",
          "[ingest][lists][counts][headings]") {
  const auto several = term(
      "Quillon boosting is an ensemble method.\n\n## Methods for Reducing Error\n\n"
      "To minimize error, several strategies can be employed:\n\n"
      "### Data Quality Improvement\n\nClean the data.\n\n### Model Selection\n\nPick well.\n\n"
      "### Feature Selection\n\nDrop noise.\n\n## Uses\n\nRanking.\n");
  CHECK(countMeasure(several, 3) == "number of strategies");
  CHECK(test::figureSubject(several, 3, "count") == "Quillon boosting");
  const auto multiple = term(
      "Quillon boosting is an ensemble method.\n\n## Challenges\n\nQuillon boosting faces multiple open challenges:\n\n"
      "### Speed\n\na\n\n### Memory\n\nb\n\n## Uses\n\nRanking.\n");
  CHECK(countMeasure(multiple, 2) == "number of challenges");
  // "Some of" picks out part of a set, and "these" may point back: neither says the sub-headings are all.
  const auto some = term(
      "Quillon boosting.\n\n## Parts\n\nSome of the main components of Quillon boosting are:\n\n"
      "### Trees\n\na\n\n### Losses\n\nb\n\n### Weights\n\nc\n");
  CHECK(countMeasure(some, 3) == "no such figure");
}

TEST_CASE("an assistant page's 'Conversation Starters' heading counts the list that opens its section",
          "[ingest][lists][counts][headings]") {
  const auto starters = term(
      "Quillon boosting is an ensemble method.\n\n## Conversation Starters\n\n- What is boosting?\n\n"
      "- How do I prune a tree?\n\n- Show me a ranking example.\n\n- Why is my loss flat?\n\n## Uses\n\nRanking.\n");
  CHECK(countMeasure(starters, 4) == "number of starters");
  CHECK(test::figureSubject(starters, 4, "count") == "Quillon boosting");
  // A modifier elsewhere picks some of the noun's things out ("Related Pages", "Research Applications"); the
  // heading at the third level is a part's.
  const auto related = term("Quillon boosting.\n\n## Related Pages\n\n- Ranking\n- Search\n- Pricing\n");
  CHECK(countMeasure(related, 3) == "no such figure");
  const auto research = term("Quillon boosting.\n\n## Research Applications\n\n- Ranking\n- Search\n- Pricing\n");
  CHECK(countMeasure(research, 3) == "no such figure");
  const auto nested =
      term("Quillon boosting.\n\n## Uses\n\nMany.\n\n### Conversation Starters\n\n- Ranking?\n- Search?\n- Pricing?\n");
  CHECK(countMeasure(nested, 3) == "no such figure");
}

TEST_CASE("a lead-in under a heading that opens with Other or Additional counts no list",
          "[ingest][lists][counts][headings]") {
  const std::string variants =
      "Quillon boosting is an ensemble method.\n\n## Variants\n\n### Quillon-Pro\n\nQuillon-Pro adds depth.\n\n";
  const std::string list =
      "Several specialized versions have been developed:\n\n- Quillon-Lite: smaller.\n- Quillon-Fast: faster.\n"
      "- Quillon-Deep: deeper.\n";
  // The heading says its section gives the rest of the variants: the three are not all of them.
  CHECK(countMeasure(term(variants + "### Other Notable Variants\n\n" + list), 3) == "no such figure");
  CHECK(countMeasure(term(variants + "### Additional Variants\n\n#### Recent\n\n" + list), 3) == "no such figure");
  // A heading that only picks some out ("Notable") leaves the lead-in's own count.
  const auto notable = term(variants + "### Notable Variants\n\n" + list);
  CHECK(countMeasure(notable, 3) == "number of versions");
  CHECK(test::figureSubject(notable, 3, "count") == "Quillon boosting");
}

TEST_CASE("a pronoun's lead-in counts its list at the several NOUNs of the sentence before it",
          "[ingest][lists][counts]") {
  const std::string list = "\n\n- Speed: it trains fast.\n- Accuracy: it fits well.\n- Robustness: it copes.\n";
  const auto these = term(
      "Quillon boosting is an ensemble method.\n\n## Advantages\n\n"
      "Quillon boosting offers several advantages over single decision trees. These include:" +
      list);
  CHECK(countMeasure(these, 3) == "number of advantages");
  CHECK(test::figureSubject(these, 3, "count") == "Quillon boosting");
  const auto helps = term(
      "Quillon boosting is an ensemble method.\n\n## Uses\n\n"
      "Quillon boosting serves several essential purposes in the evaluation of models. It helps to:" +
      list);
  CHECK(countMeasure(helps, 3) == "number of purposes");
  // The lead-in's own noun must be the earlier phrase's.
  const auto named = term(
      "Quillon boosting is an ensemble method.\n\nQuillon boosting has several key characteristics. These "
      "characteristics include:" +
      list);
  CHECK(countMeasure(named, 3) == "number of characteristics");
  const auto otherNoun = term(
      "Quillon boosting is an ensemble method.\n\nQuillon boosting has several key characteristics. These "
      "methods include:" +
      list);
  CHECK(countMeasure(otherNoun, 3) == "no such figure");
}

TEST_CASE("a pronoun's lead-in counts nothing after some NOUNs or two quantified phrases", "[ingest][lists][counts]") {
  const std::string list = "\n\n- Speed: it trains fast.\n- Accuracy: it fits well.\n- Robustness: it copes.\n";
  // "some" picks out part of a set; two phrases leave open which one the list gives.
  CHECK(countMeasure(term("Quillon boosting is an ensemble method.\n\nQuillon boosting offers some advantages over "
                          "trees. These include:" +
                          list),
                     3) == "no such figure");
  CHECK(countMeasure(term("Quillon boosting is an ensemble method.\n\nQuillon boosting has several advantages and "
                          "several drawbacks. These include:" +
                          list),
                     3) == "no such figure");
  // A lead-in that names more than a pronoun and its verb is leadInPhrase's or none.
  CHECK(countMeasure(term("Quillon boosting is an ensemble method.\n\nQuillon boosting has several advantages. It "
                          "is often used in ranking to:" +
                          list),
                     3) == "no such figure");
}

TEST_CASE("a list of three or more in brackets after a plural noun counts its members at the noun",
          "[ingest][lists][counts]") {
  const graph::ClaimGraph g = term(
      "Quillon boosting is an ensemble method.\n\nImagine a crate of different gadgets (levers, pulleys, and "
      "springs) that a learner must tell apart.\n");
  CHECK(countMeasure(g, 3) == "number of gadgets");
  CHECK(test::figureSubject(g, 3, "count") == "Quillon boosting");
  const auto noun = [](const std::string& w) { return w == "operations"; };
  const auto count = ingest::bracketListCountOf(
      "It supports basic arithmetic operations (addition, subtraction, and division).", noun);
  REQUIRE(count);
  CHECK(count->items == 3);
  CHECK(count->noun == "operations");
  CHECK(std::string("It supports basic arithmetic operations (addition")
            .substr(count->begin, count->end - count->begin) == "basic arithmetic operations");
}

TEST_CASE("a bracketed pair, an open list, a stated count or an item with a cardinal counts nothing",
          "[ingest][lists][counts]") {
  const auto noun = [](const std::string& w) { return w == "operations" || w == "channels" || w == "tools"; };
  // A pair in brackets glosses its noun as often as it lists it.
  CHECK_FALSE(ingest::bracketListCountOf("It needs operations (addition and subtraction).", noun));
  // "and others", "e.g.": the set is left open.
  CHECK_FALSE(ingest::bracketListCountOf("It needs operations (addition, subtraction, and others).", noun));
  CHECK_FALSE(ingest::bracketListCountOf("It needs operations (e.g. addition, subtraction, and division).", noun));
  // The noun phrase writes its own count: the text states the figure.
  CHECK_FALSE(ingest::bracketListCountOf("It has three color channels (red, green and blue).", noun));
  // An item that names two things counts no members one each.
  CHECK_FALSE(ingest::bracketListCountOf("It calls tools (a calculator, two search engines, and a calendar).", noun));
}
