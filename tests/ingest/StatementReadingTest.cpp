// check reads a statement only as far as its first figure with a value (issue #16):
// extractFirstFigure stops there, and its first figure claim with a value is extract's, field by
// field, whichever sentence gives it and whatever other claims come before or after.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <tuple>

#include "ingest/Article.h"
#include "ingest/Extractor.h"
#include "ingest/FirstFigure.h"
#include "ingest/MeasureNames.h"
#include "ingest/Statement.h"

namespace {

using Reading = std::tuple<double, std::string, std::string, std::string, std::string, std::string>;

// The first figure claim with a value: value, unit, subject's name, measure, scope, as-of.
std::optional<Reading> firstFigure(const cg::graph::DocumentBundle& bundle) {
  for (const auto& c : bundle.claims)
    if (c.kind == cg::graph::ClaimKind::kFigure && c.quantity && c.quantity->value)
      return Reading{
          *c.quantity->value, c.quantity->unit, c.subject == cg::graph::kNone ? "" : bundle.entities[c.subject].name,
          c.measure,          c.scope,          c.asOf};
  return std::nullopt;
}

std::optional<Reading> fromExtract(const std::string& markdown) {
  return firstFigure(cg::ingest::extract(cg::ingest::readArticle(markdown, "t.md")));
}
std::optional<Reading> fromFirstFigure(const std::string& markdown) {
  return firstFigure(cg::ingest::extractFirstFigure(cg::ingest::readArticle(markdown, "t.md")));
}

// A statement and the value and measure it should read as.
struct ReadCase {
  const char* text;
  double value;
  const char* measure;
};

void checkReading(const ReadCase& c) {
  INFO(c.text);
  const auto r = cg::ingest::readStatement(c.text);
  REQUIRE(r.figure);
  CHECK(*r.figure->value == c.value);
  CHECK(r.measure == c.measure);
}

}  // namespace

TEST_CASE("the first figure with a value is extract's, whichever sentence gives it", "[ingest][statement]") {
  const std::string page = "# Harrowgate AI\n\n";
  for (const std::string text : {
           "Harrowgate AI raised $12 million in 2023.",
           "Harrowgate AI is a company. It spent $12 million to train Harrow-1, its first model.",
           "Harrowgate AI said \"we are growing\". Its revenue reached $30 million in 2024, up 50%.",
           "Harrowgate AI ranked in the top half. Its model scored 81.5% on QuillQA in March 2025.",
           "Pat Mills was born in 1949.",
           "Harrowgate AI was founded in 2019. It raised $40 million in 2021.",
           "Harrowgate AI has many staff.\n\n## History\n\nIn 2022, it employed 450 people.",
           "No figure is given here.",
       }) {
    INFO(text);
    CHECK(fromFirstFigure(page + text + "\n") == fromExtract(page + text + "\n"));
  }
}

TEST_CASE("a statement's figure is read from its second sentence too", "[ingest][statement]") {
  const auto r = cg::ingest::readStatement("Harrowgate AI is a company. It spent $12 million to train Harrow-1.");
  REQUIRE(r.figure);
  CHECK(*r.figure->value == 12e6);
  const auto year = cg::ingest::readStatement("Pat Mills was born in 1949.");
  REQUIRE(year.figure);
  CHECK(year.figure->unit == "year");
}

TEST_CASE("a bare number that a statement names as a bound, a default, a metric or a count of dimensions is its figure",
          "[ingest][statement]") {
  for (const ReadCase& c : {
           ReadCase{"In the Quillo guide, every setting is rated on a scale that tops out at 10.", 10, "maximum value"},
           ReadCase{"Tessel's noise setting can be turned up as high as 100.", 100, "maximum value"},
           ReadCase{"The Ferrow kappa can fall as low as -1.", -1, "minimum value"},
           ReadCase{"The Quillo guide sets every setting to 5 by default.", 5, "default value"},
           ReadCase{"A model that guesses at random gets an AUC of 0.5.", 0.5, "AUC"},
           ReadCase{"The Ferrow classifier reaches an F1 score of 0.8.", 0.8, "F1"},
           ReadCase{"A Ferrow table is a two-dimensional data structure.", 2, "number of dimensions"},
       }) {
    checkReading(c);
  }
  // A number the extractor reads with its unit keeps that reading; a bare number with no such words is none.
  CHECK(cg::ingest::readStatement("Quillo can write as many as 400 words.").measure != "maximum value");
  CHECK_FALSE(cg::ingest::readStatement("Quillo ranks third in the list of 10.").figure);
}

TEST_CASE("a lone one that a restrictive adverb focuses is a count of one", "[ingest][statement]") {
  struct Case {
    const char* text;
    const char* figure;
    const char* measure;
  };
  for (const Case& c : {
           Case{"In the Ferrow method, each step processes just one training example.", "one training example",
                "number of example"},
           Case{"Each Quillo batch holds only one image.", "one image", "number of image"},
           Case{"A Tessel round has exactly one winner.", "one winner", "number of winner"},
       }) {
    INFO(c.text);
    const auto r = cg::ingest::readStatement(c.text);
    REQUIRE(r.figure);
    CHECK(*r.figure->value == 1);
    CHECK(r.figure->text == c.figure);
    CHECK(r.measure == c.measure);
  }
  // A pronoun ("just one of"), and a lone "one" no such adverb focuses, state no figure.
  for (const char* text :
       {"The Ferrow method was just one of the methods tried.", "The Ferrow method is one option."}) {
    INFO(text);
    CHECK_FALSE(cg::ingest::readStatement(text).figure);
  }
}

TEST_CASE("'a single' or 'one' after a verb of consisting or having is a count of one, 'out of N' a scale's top",
          "[ingest][statement]") {
  const auto single = cg::ingest::readStatement("The Quillo gate consists of a single neuron.");
  REQUIRE(single.figure);
  CHECK(*single.figure->value == 1);
  CHECK(single.figure->text == "a single neuron");
  const auto one = cg::ingest::readStatement("The Quillo gate has one neuron.");
  REQUIRE(one.figure);
  CHECK(*one.figure->value == 1);
  const auto top = cg::ingest::readStatement("The Quillo GPT scores the work it reviews out of ten.");
  REQUIRE(top.figure);
  CHECK(*top.figure->value == 10);
  CHECK(top.measure == "scale maximum");
  CHECK_FALSE(cg::ingest::readStatement("Two out of ten Quillo users left.").measure == "scale maximum");
}

TEST_CASE("'a pair of' counts two, and acronyms after a number word that opens the statement make no name",
          "[ingest][statement]") {
  for (const ReadCase& c : {
           ReadCase{"A pair of PDF files are uploaded as knowledge to the Quillo GPT.", 2, "number of files"},
           ReadCase{"The Quillo GPT was trained on a pair of GPUs.", 2, "GPU count"},
           ReadCase{"Four PDF files are uploaded as knowledge to the Quillo GPT.", 4, "number of files"},
           // A cue right before a preposition whose object is the count is another noun's.
           ReadCase{"The Quillo GPT takes users through eight numbered steps to build an ad.", 8, "number of steps"},
       }) {
    checkReading(c);
  }
  // A word in title case among the capitalised ones makes a name.
  CHECK_FALSE(cg::ingest::readStatement("Four AI Tigers met in Quillo.").figure);
}

TEST_CASE("a noun of a set of so many things after 'a' and before 'of' counts the noun after it",
          "[ingest][statement][collective]") {
  for (const ReadCase& c : {
           ReadCase{"Quillo detection techniques come in a trio of main groups: supervised and unsupervised.", 3,
                    "number of groups"},
           ReadCase{"The Quillo GPT suggests a quartet of conversation starters.", 4, "number of starters"},
           ReadCase{"Quillo released a sextet of language models in its first year.", 6, "number of models"},
       }) {
    checkReading(c);
  }
  // Only after "a" and before "of": a quartet that is a name, or one of no count, is no figure.
  CHECK_FALSE(cg::ingest::readStatement("The Quillo Quartet played in Vienna.").figure);
  CHECK_FALSE(cg::ingest::readStatement("The trio of Quillo founders left.").figure);
}

TEST_CASE("a difference in points that puts the subject behind is below zero, a difference of two scores",
          "[ingest][statement][signed]") {
  struct Case {
    const char* text;
    double value;
    const char* subject;  // "" where the extractor's own subject stands
  };
  for (const Case& c : {
           Case{"Sablo M1 trails Sablo M2 by 2.6 points on Vexbench.", -2.6, "Sablo M1"},
           Case{"Sablo M1 lagged Sablo M2 by 2.6 points on Vexbench.", -2.6, "Sablo M1"},
           Case{"Sablo M1 fell behind Sablo M2 by 2.6 points on Vexbench.", -2.6, "Sablo M1"},
           Case{"Sablo M1 is 2.6 points behind Sablo M2 on Vexbench.", -2.6, ""},
           Case{"Sablo M1 scores 2.6 points lower than Sablo M2 on Vexbench.", -2.6, ""},
           Case{"On Vexbench, Sablo M1 is lower by 2.6 points.", -2.6, ""},
           Case{"Sablo M1 fell short of Sablo M2 by 2.6 points on Vexbench.", -2.6, "Sablo M1"},
           Case{"Sablo M1 drops back against Sablo M2 by 2.6 points on Vexbench.", -2.6, "Sablo M1"},
           Case{"Sablo M1 is 2.6 points below Sablo M2 on Vexbench.", -2.6, ""},
       }) {
    INFO(c.text);
    const auto r = cg::ingest::readStatement(c.text);
    REQUIRE(r.figure);
    CHECK(*r.figure->value == c.value);
    CHECK(r.figure->unit == "points");
    CHECK(r.measure == cg::ingest::kScoreDifference);
    if (*c.subject) CHECK(r.subject == c.subject);
  }
  // A difference with no word of being behind keeps its sign; a percentage "behind" is no difference of scores.
  const auto ahead = cg::ingest::readStatement("Sablo M2 leads Sablo M1 by 2.6 points on Vexbench.");
  REQUIRE(ahead.figure);
  CHECK(*ahead.figure->value == 2.6);
  const auto share = cg::ingest::readStatement("Sablo M1 falls 24.3% behind in low-resource languages.");
  REQUIRE(share.figure);
  CHECK(*share.figure->value == 24.3);
}

TEST_CASE("a number between an opening name and a verb is the name's version, no count", "[ingest][statement]") {
  const auto r = cg::ingest::readStatement("Sablo 2 scores 71% on Vexbench.");
  REQUIRE(r.figure);
  CHECK(*r.figure->value == 71);
  CHECK(r.figure->unit == "percent");
  CHECK(r.figure->text == "71%");
  // A figure after the verb is read as it was ("EQ-Bench 3 puts ... 45 ...").
  const auto count = cg::ingest::readStatement("EQ-Bench 3 puts models through 45 multi-turn scenarios.");
  REQUIRE(count.figure);
  CHECK(*count.figure->value == 45);
}

TEST_CASE("a value its noun names after a count of the subject is the statement's figure", "[ingest][statement]") {
  struct Case {
    const char* text;
    double value;
    const char* measure;
  };
  for (const Case& c : {
           Case{"A two-class dataset holding 40 examples of one class has a Gini impurity of 0.24.", 0.24,
                "gini impurity"},
           Case{"A network with eight hidden layers and one output layer has a depth of 9.", 9, "depth"},
           Case{"A network with 8 hidden layers has the depth of 9.", 9, "depth"},
       }) {
    INFO(c.text);
    const auto r = cg::ingest::readStatement(c.text);
    REQUIRE(r.figure);
    CHECK(*r.figure->value == c.value);
    CHECK(r.measure == c.measure);
  }
  // A count with no named value after it keeps its reading, and so does one before a value with a unit.
  const auto count = cg::ingest::readStatement("A network with eight hidden layers runs on 2 GPUs.");
  REQUIRE(count.figure);
  CHECK(count.measure != "depth");
  const auto unit = cg::ingest::readStatement("A network with eight hidden layers has a footprint of 1.5 GB.");
  REQUIRE(unit.figure);
  CHECK(unit.measure == "number of layers");
}

TEST_CASE("a measure phrase of a size adjective after a count of the subject is the statement's figure",
          "[ingest][statement]") {
  struct Case {
    const char* text;
    double value;
    const char* figure;
    const char* measure;
  };
  for (const Case& c : {
           Case{"Counted the usual way, a neural network with eight hidden layers and one output layer is nine layers "
                "deep.",
                9, "nine layers deep", "depth"},
           Case{"A queue with 3 servers is 12 jobs long.", 12, "12 jobs long", "length"},
           Case{"A shelf with 3 boards is 2 boards wide.", 2, "2 boards wide", "width"},
       }) {
    INFO(c.text);
    const auto r = cg::ingest::readStatement(c.text);
    REQUIRE(r.figure);
    CHECK(*r.figure->value == c.value);
    CHECK(r.figure->text == c.figure);
    CHECK(r.measure == c.measure);
  }
  // The phrase must close its clause, and its adjective give a size: else the count stays the figure.
  for (const char* text : {"A network with eight hidden layers is two layers deep in places.",
                           "A network with eight hidden layers is two layers better."}) {
    INFO(text);
    const auto r = cg::ingest::readStatement(text);
    REQUIRE(r.figure);
    CHECK(*r.figure->value == 8);
    CHECK(r.measure == "number of layers");
  }
}

TEST_CASE("a negated 'a single' states zero, where no other number is the figure", "[ingest][statement]") {
  for (const ReadCase& c : {
           ReadCase{"LoomPrint GPT has yet to record a single chat.", 0, "number of chat"},
           ReadCase{"LoomPrint GPT has not recorded a single chat.", 0, "number of chat"},
           ReadCase{"LoomPrint GPT hasn't logged a single chat.", 0, "number of chat"},
           ReadCase{"LoomPrint GPT has never logged a single chat.", 0, "number of chat"},
       })
    checkReading(c);
  // "a single" with no negation before it is still one; "no" before a plural states no figure.
  checkReading({"The output layer has a single neuron.", 1, "number of neurons"});
  // A negation three words before it governs another verb.
  checkReading({"Not the input but the output layer has a single neuron.", 1, "number of neurons"});
  CHECK_FALSE(cg::ingest::readStatement("LoomPrint GPT has recorded no chats.").figure);
}
