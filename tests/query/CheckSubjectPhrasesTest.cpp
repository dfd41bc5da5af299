// check (issue #13): the subject of a statement is the head of its subject phrase, with its
// modifiers, not a shorter or nearby name the graph knows: a term written in lower case that is the
// first part of a longer one ("the quorrel mean square error"), a name that modifies a noun its
// possessor owns ("Brindle Labs' Fundquest campaign"), the domain of a noun ("baseline models in
// gorse learning") and an item of the list a count introduces ("a four-element tuple: stance, ...").
// A count's measure is named by the plural of its noun ("number of elements"). Fixture pages written
// for these tests (tests/fixtures/check-subject-phrases/).
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/CountNouns.h"
#include "query/Query.h"
#include "query/SubjectPhrase.h"

namespace {

using cg::query::Verdict;
const cg::test::FixtureChecks check("check-subject-phrases");

}  // namespace

TEST_CASE("a term written in lower case before a noun it lacks is not the subject", "[query][check][subject]") {
  const auto longer = check("Working out the quorrel mean square error takes two inputs.");
  CHECK(check.subjectOf(longer).empty());
  CHECK(longer.verdict == Verdict::kNotEnoughEvidence);
  // The term alone, or before a noun of the figure's measure, is still its subject.
  const auto term = check("The quorrel mean square takes two inputs.");
  CHECK(check.subjectOf(term) == "quorrel_mean_square");
  CHECK(term.verdict == Verdict::kSupported);
}

TEST_CASE("the possessor of a noun that a name only modifies is the subject", "[query][check][subject][possessive]") {
  const auto campaign = check("Brindle Labs' Fundquest campaign raised $40,000 in March 2022.");
  CHECK(check.subjectOf(campaign) == "brindle_labs");
  CHECK(campaign.verdict == Verdict::kSupported);
  CHECK(check("Brindle Labs' Fundquest campaign raised $90,000 in March 2022.").verdict == Verdict::kRefuted);
  // A possessed name that is the head stays the subject ("Elon Musk's xAI").
  const auto owned = check("Brindle Labs' Fundquest has 2,000 employees.");
  CHECK(check.subjectOf(owned) == "fundquest");
  CHECK(owned.verdict == Verdict::kSupported);
}

TEST_CASE("a name in the domain of a noun is not the subject", "[query][check][subject]") {
  const auto models = check("Baseline models in gorse learning are of three types.");
  CHECK(check.subjectOf(models).empty());
  CHECK(models.verdict == Verdict::kNotEnoughEvidence);
  CHECK(check("Gorse learning has two types.").verdict == Verdict::kSupported);
}

TEST_CASE("a name in the prepositional phrase that opens a statement is not its subject", "[query][check][subject]") {
  // With no comma the phrase is the preposition's name alone; with one it runs to the comma.
  const auto bare = check("In gorse learning the Bramble Policy has three drawbacks.");
  CHECK(check.subjectOf(bare) == "bramble_policy");
  CHECK(bare.verdict == Verdict::kSupported);
  const auto comma = check("Within gorse learning, the Bramble Policy has six drawbacks.");
  CHECK(check.subjectOf(comma) == "bramble_policy");
  CHECK(comma.verdict == Verdict::kRefuted);
  // Alone, the phrase's name is still the subject: nothing else is named.
  CHECK(check.subjectOf(check("In gorse learning there are two types.")) == "gorse_learning");
}

TEST_CASE("an item of the list after the figure is never the subject", "[query][check][subject][lists]") {
  const auto tuple =
      check("The Tessel Buffer stores each record as a four-element tuple: stance, action, reward and flag.");
  CHECK(check.subjectOf(tuple) == "tessel_buffer");
  CHECK(tuple.reading.measure == "number of elements");
  CHECK(tuple.verdict == Verdict::kSupported);
  const auto item = check("A buffer stores each record as a nine-element tuple: stance, action and flag.");
  CHECK(check.subjectOf(item).empty());
}

TEST_CASE("a count's measure is named by the plural of its noun", "[query][subject][measure]") {
  using cg::query::pluralCountMeasure;
  CHECK(pluralCountMeasure("number of element", "five-element") == "number of elements");
  CHECK(pluralCountMeasure("number of query", "a two-query") == "number of queries");
  CHECK(pluralCountMeasure("number of steps", "five steps") == "number of steps");
  // After a bare number the noun is as the text counts it; an adjective is no count noun.
  CHECK(pluralCountMeasure("number of aircraft", "22 aircraft") == "number of aircraft");
  CHECK(pluralCountMeasure("number of children", "three children") == "number of children");
  CHECK(pluralCountMeasure("number of dimensional", "384-dimensional") == "number of dimensional");
  CHECK(pluralCountMeasure("valuation", "$1 billion") == "valuation");
}

TEST_CASE("the head noun a name modifies", "[query][subject]") {
  using cg::query::headNounAfter;
  const std::string_view campaign = "Acme's Kickstarter campaign had collected $5,000.";
  CHECK(headNounAfter(campaign, campaign.find(" campaign"), "amount") == "campaign");
  const std::string_view raised = "Kickstarter raised $5,000.";
  CHECK(headNounAfter(raised, raised.find(" raised"), "").empty());
  const std::string_view model = "Meta's Llama model has 8 layers.";
  CHECK(headNounAfter(model, model.find(" model"), "").empty());
  const std::string_view revenue = "OpenAI's ChatGPT revenue reached $1 billion.";
  CHECK(headNounAfter(revenue, revenue.find(" revenue"), "revenue").empty());
}

TEST_CASE("a count of a noun with a classical plural is read", "[query][check][measure]") {
  const auto criteria = check("Quorrel statistics checks each sample against eight criteria.");
  REQUIRE(criteria.reading.figure);
  CHECK(criteria.reading.figure->value == 8);
  CHECK(criteria.reading.measure == "number of criteria");
  CHECK(cg::query::isClassicalPlural("phenomena"));
  CHECK(cg::query::isClassicalPlural("matrices"));
  CHECK(cg::query::isClassicalPlural("hypotheses"));
  CHECK_FALSE(cg::query::isClassicalPlural("areas"));
  CHECK_FALSE(cg::query::isClassicalPlural("sofa"));
  CHECK_FALSE(cg::query::classicalPluralCount("The criteria are strict."));
}
