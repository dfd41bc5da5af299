// The grammar of English cardinals in words (ingest/Cardinals.h), table-driven.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ingest/Cardinals.h"
#include "ingest/Statement.h"

namespace {

struct Case {
  const char* text;
  const char* words;  // the cardinal as it stands in the text; empty for none
  double value;
};

}  // namespace

TEST_CASE("cardinals in words are read by their grammar, the longest at each first word", "[ingest][cardinals]") {
  const std::vector<Case> cases = {
      {"children up to eight years old", "eight", 8},
      {"the twenty-five languages", "twenty-five", 25},
      {"Thirty two members", "Thirty two", 32},
      {"ninety", "ninety", 90},
      {"has had zero chats", "zero", 0},
      {"a hundred equal parts", "a hundred", 100},
      {"up to a hundred thousand examples", "a hundred thousand", 100000},
      {"one hundred and twenty employees", "one hundred and twenty", 120},
      {"fifteen hundred copies", "fifteen hundred", 1500},
      {"two million three hundred thousand users", "two million three hundred thousand", 2300000},
      {"ninety-one thousand soldiers", "ninety-one thousand", 91000},
      {"a million users", "a million", 1e6},
      {"one trillion dollars", "one trillion", 1e12},
      {"a five-step process", "five", 5},
      {"one of the models", "", 0},      // a lone "one" is a pronoun
      {"a model", "", 0},                // a lone "a" is an article
      {"someone tenfold often", "", 0},  // letters inside a word are no number
      {"thousand", "", 0},               // a scale needs a number before it
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const std::string text = c.text;
    const auto found = cg::ingest::spelledNumbers(text);
    if (std::string(c.words).empty()) {
      CHECK(found.empty());
      continue;
    }
    REQUIRE(!found.empty());
    CHECK(text.substr(found[0].begin, found[0].end - found[0].begin) == c.words);
    CHECK(found[0].value == c.value);
  }
}

TEST_CASE("a scale smaller than the one before continues a cardinal, a larger one does not", "[ingest][cardinals]") {
  const std::string text = "two thousand million";
  const auto found = cg::ingest::spelledNumbers(text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].value == 2000);
  CHECK(found[0].end == std::string("two thousand").size());
}

TEST_CASE("a statement's number word is read as digits only where it states a figure",
          "[ingest][cardinals][statement]") {
  const auto read = [](const char* s) { return cg::ingest::readStatement(s); };
  const auto age = read("The club takes children up to eight years old.");
  REQUIRE(age.figure);
  CHECK(*age.figure->value == 8);
  CHECK(age.figure->unit == "years");
  CHECK(age.figure->text == "up to eight years");
  const auto total = read("The notation names every one of the sixteen binary connectives.");
  REQUIRE(total.figure);
  CHECK(*total.figure->value == 16);
  CHECK(total.measure == "number of connectives");
  // A count joined to its noun as a modifier counts that noun, named in the plural as a count's own
  // noun is ("a two-step plan": two steps, "number of steps").
  const auto steps = read("The lab follows a two-step plan.");
  REQUIRE(steps.figure);
  CHECK(*steps.figure->value == 2);
  CHECK(steps.measure == "number of steps");
  // "two-dimensional" is no count of a noun, but states a number of dimensions (StatedValues.h).
  const auto dimensions = read("The lab draws a two-dimensional plot.");
  REQUIRE(dimensions.figure);
  CHECK(*dimensions.figure->value == 2);
  CHECK(dimensions.measure == "number of dimensions");
  for (const char* none : {"Zero-shot prompting needs no examples.", "The two countries share a border.",
                           "Sales grew over the past two years.", "The club plays in the Six Nations.",
                           "Warps switch with zero overhead."}) {
    INFO(none);
    CHECK_FALSE(read(none).figure);
  }
}
