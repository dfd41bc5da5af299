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

TEST_CASE("a single cardinal word has its value in any case, and a longer or shorter word none",
          "[ingest][cardinals]") {
  const std::vector<std::pair<std::string, int>> words = {
      {"zero", 0},      {"one", 1},       {"two", 2},       {"three", 3},    {"four", 4},     {"five", 5},
      {"six", 6},       {"seven", 7},     {"eight", 8},     {"nine", 9},     {"ten", 10},     {"eleven", 11},
      {"twelve", 12},   {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17},
      {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},   {"thirty", 30},  {"forty", 40},   {"fifty", 50},
      {"sixty", 60},    {"seventy", 70},  {"eighty", 80},   {"ninety", 90}};
  for (const auto& [word, value] : words) {
    std::string upper = word, title = word;
    for (char& c : upper) c = static_cast<char>(c - 'a' + 'A');
    title[0] = upper[0];
    CHECK(cg::ingest::cardinalWordValue(word) == value);
    CHECK(cg::ingest::cardinalWordValue(upper) == value);
    CHECK(cg::ingest::cardinalWordValue(title) == value);
    CHECK(cg::ingest::cardinalWordValue(word + "s") == -1);
    CHECK(cg::ingest::cardinalWordValue("x" + word) == -1);
    CHECK(cg::ingest::cardinalWordValue(word + std::string(1, '\0')) == -1);
  }
  for (const char* other :
       {"", "a", "hundred", "thousand", "fourty", "seventeens", "tenth", "Ones", "nin", "eigh", "seventee"})
    CHECK(cg::ingest::cardinalWordValue(other) == -1);
}

TEST_CASE("the cardinal words listed are the words a value is known for, zero to ninety", "[ingest][cardinals]") {
  const auto words = cg::ingest::cardinalWords();
  REQUIRE(words.size() == 28);
  CHECK(words.front() == "zero");
  CHECK(words.back() == "ninety");
  for (std::size_t k = 0; k < words.size(); ++k) {
    INFO(words[k]);
    CHECK(cg::ingest::cardinalWordValue(words[k]) ==
          (k < 20 ? static_cast<int>(k) : 20 + 10 * static_cast<int>(k - 20)));
  }
}

TEST_CASE("ordinals in words are read by English's rule from the cardinals", "[ingest][cardinals]") {
  struct Ordinal {
    const char* word;
    int value;
  };
  for (const Ordinal& o : std::vector<Ordinal>{{"first", 1},
                                               {"Second", 2},
                                               {"third", 3},
                                               {"fourth", 4},
                                               {"fifth", 5},
                                               {"eighth", 8},
                                               {"ninth", 9},
                                               {"twelfth", 12},
                                               {"sixteenth", 16},
                                               {"twentieth", 20},
                                               {"ninetieth", 90},
                                               {"fourty", -1},
                                               {"month", -1},
                                               {"both", -1},
                                               {"versions", -1}}) {
    INFO(o.word);
    CHECK(cg::ingest::ordinalWordValue(o.word) == o.value);
  }
}
