// Values a term or GPT page states with the measure's name before a bare number (StatedValues.h):
// ranges and scales, intervals, a default value, a rank, a named metric's value, a number of
// dimensions, "one or more NOUNs"; and the bare numbers that stay no figure. Fixtures written for
// these tests (no article text of ../shared).
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "FigureSubjects.h"
#include "graph/ClaimGraph.h"
#include "ingest/FigureLines.h"
#include "ingest/Ingest.h"
#include "ingest/StatedValues.h"

using namespace cg;

namespace {

graph::ClaimGraph term(const std::string& body) {
  return test::referencedArticle("Quillon score", body, "Terms", "quillon_score.md");
}

bool hasFigure(const graph::ClaimGraph& g, const std::string& wanted) {
  const auto all = test::figureLines(g);
  return std::find(all.begin(), all.end(), wanted) != all.end();
}

auto anyNoun = [](const std::string& w) { return w.size() > 3 && w.back() == 's'; };

}  // namespace

TEST_CASE("a range of bare numbers after 'ranges from' is the range of the measure", "[ingest][stated]") {
  const auto v = ingest::statedValues("The Quillon score ranges from 0 to 1, with 1 the best.", anyNoun);
  REQUIRE(v.size() == 1);
  CHECK(v[0].measure == "range");
  CHECK(*v[0].quantity.low == 0);
  CHECK(*v[0].quantity.high == 1);
  CHECK(v[0].quantity.unit.empty());
  const auto asides = ingest::statedValues("Its values range from -1 (always apart) to 1 (always together).", anyNoun);
  REQUIRE(asides.size() == 1);
  CHECK(*asides[0].quantity.low == -1);
  CHECK(ingest::statedValues("It ranges between 0 and 1.", anyNoun).size() == 1);
  // The first of a list of ranges (bins) is no range of the measure.
  CHECK(ingest::statedValues("Bins hold values ranging from 0-10, 10-20, 20-30 and so on.", anyNoun).empty());
}

TEST_CASE("a range whose end has a unit is the figure reader's, not a stated value", "[ingest][stated]") {
  // Where the figure reader finds a figure with a unit, that figure stands and no range is added.
  const auto g = term("Quillon chunks range from 256 to 1,024 tokens.\n");
  CHECK_FALSE(hasFigure(g, "range 256..1024 "));
  CHECK(ingest::statedValues("Shares range from 10 to 40%.", anyNoun).empty());
  CHECK(ingest::statedValues("Prices range from 5 to 3.", anyNoun).empty());  // no range runs down
}

TEST_CASE("a scale, intervals after 'range', a default value", "[ingest][stated]") {
  const auto scale = ingest::statedValues("Rate each answer on a scale of 1 to 10.", anyNoun);
  REQUIRE(scale.size() == 1);
  CHECK(scale[0].measure == "scale");
  CHECK(*scale[0].quantity.high == 10);
  const auto intervals = ingest::statedValues("Scale inputs to a common range, such as [0, 1] or [-1, 1].", anyNoun);
  REQUIRE(intervals.size() == 2);
  CHECK(*intervals[1].quantity.low == -1);
  const auto dflt = ingest::statedValues("Report each setting, with a default value of 5 for each:", anyNoun);
  REQUIRE(dflt.size() == 1);
  CHECK(dflt[0].measure == "default value");
  CHECK(*dflt[0].quantity.value == 5);
}

TEST_CASE("a rank, a named metric and a number of dimensions", "[ingest][stated]") {
  const auto rank = ingest::statedValues("Points have a rank of 0, and blocks have ranks of 3 or more.", anyNoun);
  REQUIRE(rank.size() == 2);
  CHECK(rank[0].measure == "rank");
  CHECK(rank[0].quantity.unit == "count");
  CHECK(rank[1].quantity.bound == graph::Bound::kAtLeast);
  const auto metric = ingest::statedValues("A coin toss gets an QS of 0.5 on it.", anyNoun);
  REQUIRE(metric.size() == 1);
  CHECK(metric[0].measure == "QS");
  // No metric named: the value of the noun "score" itself (a value noun of data/statistic_nouns.txt, h-count24).
  const auto score = ingest::statedValues("It reached a score of 0.5.", anyNoun);
  REQUIRE(score.size() == 1);
  CHECK(score[0].measure == "score");
  const auto bounded = ingest::statedValues("Stocks with a PE of 10 or less pass.", anyNoun);
  REQUIRE(bounded.size() == 1);
  CHECK(bounded[0].quantity.bound == graph::Bound::kAtMost);
  const auto dims = ingest::statedValues("A grid is a two-dimensional table; a cell holds a 2D array.", anyNoun);
  REQUIRE(dims.size() == 2);
  CHECK(dims[0].measure == "number of dimensions");
  CHECK(*dims[0].quantity.value == 2);
  CHECK(ingest::statedValues("Data flows through multi-dimensional and higher-dimensional arrays.", anyNoun).empty());
}

TEST_CASE("'out of N' after a verb of rating is the top of the rating scale", "[ingest][stated]") {
  const auto top = ingest::statedValues("Always rate the statement out of 10. 10 being the maximum.", anyNoun);
  REQUIRE(top.size() == 1);
  CHECK(top[0].measure == "scale maximum");
  CHECK(*top[0].quantity.value == 10);
  CHECK(top[0].quantity.text == "out of 10");
  REQUIRE(ingest::statedValues("Judges score each dish out of 100 points.", anyNoun).size() == 1);
  // A score with its scale's top, a share, or a count out of a total is no scale.
  CHECK(ingest::statedValues("It scored 92.4 out of 100 on the test.", anyNoun).empty());
  CHECK(ingest::statedValues("The rate fell for 3 out of 10 users.", anyNoun).empty());
  CHECK(ingest::statedValues("Raters marked the replies out of 100 respondents.", anyNoun).empty());
  CHECK(ingest::ratesOutOf("The GPT scores the work it reviews out of "));
  CHECK_FALSE(ingest::ratesOutOf("It scored 8 out of "));
  CHECK_FALSE(ingest::ratesOutOf("Two out of "));
}

TEST_CASE("'a single NOUN' or 'one NOUN' after a verb of consisting or having is one of the noun", "[ingest][stated]") {
  auto counted = [](const std::string& w) { return w == "neurons" || w == "edges" || w == "sets"; };
  const auto single = ingest::statedValues("The top layer usually consists of a single neuron that decides.", counted);
  REQUIRE(single.size() == 1);
  CHECK(single[0].noun == "neurons");
  CHECK(*single[0].quantity.value == 1);
  CHECK(single[0].quantity.bound == graph::Bound::kExact);
  CHECK(single[0].quantity.text == "a single neuron");
  const auto one = ingest::statedValues("Each node has one incoming edge.", counted);
  REQUIRE(one.size() == 1);
  CHECK(one[0].noun == "edges");
  // A pronoun, "one or more", a single thing of no count noun, or no verb of having: no count.
  CHECK(ingest::statedValues("It has one of the largest sets.", counted).empty());
  CHECK(ingest::statedValues("It has one or more edges.", counted).size() == 1);  // "one or more"'s only
  CHECK(ingest::statedValues("It has a single global view of it.", counted).empty());
  CHECK(ingest::statedValues("A single neuron fires.", counted).empty());
  CHECK(ingest::singleBefore("the output layer consists of "));
  CHECK(ingest::singleBefore("it has only "));
  CHECK_FALSE(ingest::singleBefore("with "));
  // A verb of requiring in the third person counts as one of having does; its participle, which "rather
  // than" negates, does not.
  const auto required = ingest::statedValues("The rule requires only one neuron per layer.", counted);
  REQUIRE(required.size() == 1);
  CHECK(required[0].noun == "neurons");
  CHECK(*required[0].quantity.value == 1);
  CHECK(ingest::statedValues("It pages the cache rather than requiring a single neuron.", counted).empty());
}

TEST_CASE("'one or more NOUNs' is at least one of the noun", "[ingest][stated]") {
  const auto v = ingest::statedValues("Between them lie one or more hidden layers.", anyNoun);
  REQUIRE(v.size() == 1);
  CHECK(v[0].noun == "layers");
  CHECK(v[0].quantity.bound == graph::Bound::kAtLeast);
  CHECK(ingest::statedValues("Pick one or more of the following:", anyNoun).empty());
}

TEST_CASE("a term page's stated values become figures with their measures", "[ingest][stated]") {
  const auto g = term(
      "The Quillon score ranges from 0 to 1, with 1 a perfect match.\n\n"
      "A Quillon grid is a two-dimensional table of scores.\n\n"
      "Each Quillon pass uses one or more hidden layers.\n");
  CHECK(hasFigure(g, "range 0..1 "));
  CHECK(hasFigure(g, "number of dimensions 2 count"));
  CHECK(hasFigure(g, "number of layers 1 count"));
}

TEST_CASE("a range of bare numbers after 'between' that closes its phrase is the values of the measure",
          "[ingest][stated]") {
  const auto v = ingest::statedValues("The Quillon function outputs a probability between 0 and 1.", anyNoun);
  REQUIRE(v.size() == 1);
  CHECK(v[0].measure == "range");
  CHECK(*v[0].quantity.low == 0);
  CHECK(*v[0].quantity.high == 1);
  CHECK(v[0].quantity.unit.empty());
  const auto where = ingest::statedValues("It gives a score between -1 and 1, where 1 is a perfect fit.", anyNoun);
  REQUIRE(where.size() == 1);
  CHECK(*where[0].quantity.low == -1);
  // "between" joins its ends in either order.
  CHECK(*ingest::statedValues("Its weight lies somewhere between 1 and 0.", anyNoun)[0].quantity.high == 1);
  // A unit or a counted noun after the second end leaves it to the figure reader; years are dates;
  // a phrase that goes on ("between 0 and 1 is drawn") states no closed range.
  CHECK(ingest::statedValues("It takes between 2 and 3 hours.", anyNoun).empty());
  CHECK(ingest::statedValues("Teams of between 4 and 6 people work on it.", anyNoun).empty());
  CHECK(ingest::statedValues("Sales grew between 2019 and 2023.", anyNoun).empty());
  CHECK(ingest::statedValues("A number between 0 and 1 is drawn.", anyNoun).empty());
}

TEST_CASE("a total that a verb of adding states is the measure's sum", "[ingest][stated]") {
  const auto v = ingest::statedValues("The Quillon weights add up to 1.", anyNoun);
  REQUIRE(v.size() == 1);
  CHECK(v[0].measure == "sum");
  CHECK(*v[0].quantity.value == 1);
  CHECK(v[0].quantity.bound == graph::Bound::kExact);
  CHECK(ingest::statedValues("The shares sum to 100.", anyNoun).size() == 1);
  CHECK(ingest::statedValues("The shares sum to 100%.", anyNoun).empty());  // the figure reader's
  CHECK(ingest::statedValues("The costs add up to 2023 levels.", anyNoun).empty());
}

TEST_CASE("a term page's bare range after 'between' and its sum become figures", "[ingest][stated]") {
  const auto g = term(
      "The Quillon function outputs a probability between 0 and 1.\n\n"
      "Its Quillon weights add up to 1.\n");
  CHECK(hasFigure(g, "range 0..1 "));
  CHECK(hasFigure(g, "sum 1 "));
}

TEST_CASE("digits before a Chinese counter count what the counter names", "[ingest][stated]") {
  const auto v = ingest::statedValues("每一项输出的文字长度都不少于120字，分 4 步完成。", anyNoun);
  REQUIRE(v.size() == 2);
  CHECK(v[0].measure == "number of characters");
  CHECK(*v[0].quantity.value == 120);
  CHECK(v[0].quantity.bound == graph::Bound::kAtLeast);
  CHECK(v[1].measure == "number of steps");
  CHECK(v[1].quantity.bound == graph::Bound::kExact);
  CHECK(ingest::statedValues("准备5个问题。", anyNoun).empty());      // a counter before a noun of its own
  CHECK(ingest::statedValues("失败则执行第4步。", anyNoun).empty());  // an ordinal: the fourth step
  const auto within = ingest::statedValues("保持在50字以内。", anyNoun);
  REQUIRE(within.size() == 1);
  CHECK(within[0].quantity.bound == graph::Bound::kAtMost);
}

TEST_CASE("'up to the 16th generation' is at most sixteen generations, a date's ordinal no count", "[ingest][stated]") {
  const auto v = ingest::statedValues("Continue this process up to the 16th generation, quietly.", anyNoun);
  REQUIRE(v.size() == 1);
  CHECK(*v[0].quantity.value == 16);
  CHECK(v[0].quantity.unit == "count");
  CHECK(v[0].quantity.bound == graph::Bound::kAtMost);
  CHECK(v[0].noun == "generations");
  CHECK(v[0].quantity.text == "up to the 16th generation");
  const auto spelled = ingest::statedValues("Retry up to the fifth attempt.", anyNoun);
  REQUIRE(spelled.size() == 1);
  CHECK(*spelled[0].quantity.value == 5);
  CHECK(spelled[0].noun == "attempts");
  // A span of time is a date ("up to the 18th century"), "the first" no run, "the next" no ordinal.
  CHECK(ingest::statedValues("The style lasted up to the 18th century.", anyNoun).empty());
  CHECK(ingest::statedValues("Read up to the first section.", anyNoun).empty());
  CHECK(ingest::statedValues("Go up to the next level.", anyNoun).empty());
}

TEST_CASE("a value noun as a line's label over a bare number is the noun's value", "[ingest][stated]") {
  const auto temperature = ingest::statedValues("Temperature: 0.7 (balanced creativity)", anyNoun);
  REQUIRE(temperature.size() == 1);
  CHECK(temperature[0].measure == "temperature");
  CHECK(*temperature[0].quantity.value == 0.7);
  CHECK(temperature[0].quantity.unit.empty());
  const auto rate = ingest::statedValues("Learning rate: 0.001", anyNoun);
  REQUIRE(rate.size() == 1);
  CHECK(rate[0].measure == "learning rate");
  // A label that is no value noun, a value with a unit, a label after other words: none.
  CHECK(ingest::statedValues("Output Format: 2 columns", anyNoun).empty());
  CHECK(ingest::statedValues("Temperature: 25 degrees", anyNoun).empty());
  CHECK(ingest::statedValues("The default temperature: 0.7", anyNoun).empty());
}

TEST_CASE("a pattern is skipped only where its words are missing: the values are those of every pattern",
          "[ingest][stated]") {
  // Pieces of every form, in both cases and with the letters (?i) also reads as 'k' and 's' (U+212A,
  // U+017F), digits, brackets and Chinese counters, joined at random.
  constexpr std::string_view kPieces[] = {
      "ranges from", "Range between", "RANGING of", "ranged from", "range of", "scale from",
      "\xC5\xBF"
      "cale of",
      "SCALE between", "has a rank of", "the ran\xE2\x84\xAA of", "its ranks of", "range", "rank", "scale", "to", "and",
      "-", "\xE2\x80\x93", "[", "]", ",", "0", "1", "10", "255", "-1", "0.7", "1,000", "(aside)",
      "with a default value of", "DEFAULT is", "default", "An AUC of", "an IoU score of", "a BLEU score of", "of",
      "two-dimensional", "768-dimensional", "ZERO-dimen\xC5\xBFional", "2D arrays", "3D tensor", "9D matrix", "D",
      "one or more", "One Or MORE", "between", "BETWEEN", ", where", "add up to", "ADDS UP TO",
      "\xC5\xBF"
      "ums to",
      "summed to", "more", "layers", "hidden", "the", "or less", "or more", "up to the", "UP  TO THE", "16th", "fifth",
      "generation", "\xE5\xAD\x97", "\xE6\xAD\xA5", "\xE5\x8F\xA5", "\xE4\xB8\x8D\xE5\xB0\x91\xE4\xBA\x8E", "  ", ".",
      ";",
      // The words a form's test reads before its pattern, with other blanks
      // and signs between them and a number.
      "\t", "\n", "of\t",
      "\xE2\x88\x92"
      "1",
      "(", ")", "(typically", "e.g.", "from", "values", "varies", "lies", "consists of", "has", "a single",
      "a \xC5\xBF"
      "ingle",
      "one", "only", "someone", "neuron", "up", "to the", "-dimensional", "two-"};
  std::mt19937 rng(20261205);
  std::uniform_int_distribution<std::size_t> piece(0, std::size(kPieces) - 1), length(1, 10), space(0, 2);
  const auto describe = [](const std::vector<ingest::StatedValue>& values) {
    std::string out;
    for (const auto& v : values)
      out += v.quantity.text + "|" + std::to_string(v.begin) + "|" + std::to_string(v.end) + "|" + v.measure + "|" +
             v.noun + ";";
    return out;
  };
  std::size_t found = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    for (std::size_t k = length(rng); k > 0; --k) text += std::string(kPieces[piece(rng)]) + (space(rng) ? " " : "");
    const auto fast = ingest::statedValues(text, anyNoun);
    found += fast.size();
    INFO(text);
    REQUIRE(describe(fast) == describe(ingest::statedValues(text, anyNoun, true)));
  }
  CHECK(found > 1000);  // the texts do state values
}
