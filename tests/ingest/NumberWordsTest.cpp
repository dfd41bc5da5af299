// Number words that count or measure without a digit: "three times" and "twice" as counts of
// occasions (not the ratios "three times faster", "twice as many"), "the top ten" as a rank,
// "a one-year contract" as a duration, and inches as a length. Sentences of our own.
#include <cstddef>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "ingest/Quantity.h"

using cg::ingest::Bound;
using cg::ingest::findFigures;

namespace {

// The figures of a sentence as "value unit" strings, in order.
std::vector<std::string> figuresOf(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& f : findFigures(text)) {
    std::string v = std::to_string(f.quantity.value.value_or(-1));
    v.erase(v.find_last_not_of('0') + 1);
    if (!v.empty() && v.back() == '.') v.pop_back();
    out.push_back(v + " " + f.quantity.unit);
  }
  return out;
}

using Figures = std::vector<std::string>;

}  // namespace

TEST_CASE("times and twice count occasions where the clause ends or a preposition follows", "[ingest][figures]") {
  CHECK(figuresOf("He was named to the team three times, twice as a starter.") == Figures{"3 count", "2 count"});
  CHECK(figuresOf("The club won the cup four times in the 1990s.") == Figures{"4 count"});
  CHECK(figuresOf("She was nominated twice.") == Figures{"2 count"});
  CHECK(figuresOf("The river flooded thrice during the decade.") == Figures{"3 count"});
  const auto twice = findFigures("She was nominated twice.");
  REQUIRE(twice.size() == 1);
  CHECK(twice[0].noun == "times");
  CHECK(twice[0].quantity.text == "twice");
}

TEST_CASE("times and twice that make a ratio are a multiplier, a frequency no figure", "[ingest][figures]") {
  CHECK(figuresOf("The new chip is three times faster.") == Figures{"3 times"});
  CHECK(figuresOf("The hall is twice the size of the old one.") == Figures{"2 times"});
  CHECK(figuresOf("They sold twice as many copies.") == Figures{"2 times"});
  CHECK(figuresOf("The choir meets three times a week.").empty());
  CHECK(figuresOf("Revenue grew three times more than costs.") == Figures{"3 times"});
}

TEST_CASE("the top n in digits before the plural it picks out counts those things", "[ingest][figures]") {
  // "returns the top 25 results": 25 results; "top 10" alone, in a title, or in a question or an
  // instruction (a plugin page's example prompts) stays a rank's name.
  const auto top = findFigures("The search returns the top 25 results sorted by relevance.");
  REQUIRE(top.size() == 1);
  CHECK(*top[0].quantity.value == 25);
  CHECK(top[0].quantity.unit == "count");
  CHECK(top[0].noun == "results");
  CHECK(figuresOf("It lists the top 10 trending videos of the day.") == Figures{"10 count"});
  CHECK(figuresOf("The song reached the top 10 in May.").empty());
  CHECK(figuresOf("It sits in the Top 10 Models list.").empty());
  CHECK(figuresOf("What are the top 5 attractions in Paris?").empty());
  CHECK(figuresOf("Find the top 3 hotels in Tokyo.").empty());
  CHECK(figuresOf("The score places it among the top 500 students nationally.").empty());
}

TEST_CASE("the top n with no noun after it is a rank of at most n", "[ingest][figures]") {
  const auto top = findFigures("The single entered the top ten in Norway.");
  REQUIRE(top.size() == 1);
  CHECK(*top[0].quantity.value == 10);
  CHECK(top[0].quantity.unit == "count");
  CHECK(top[0].quantity.bound == Bound::kAtMost);
  CHECK(top[0].quantity.text == "top ten");
  CHECK(figuresOf("It was the first act to reach the national top five with such a song.") == Figures{"5 count"});
  // a group the noun names, and a title, are no rank
  CHECK(figuresOf("The top five companies met in May.").empty());
  CHECK(figuresOf("The show was on the Top Ten list.").empty());
}

TEST_CASE("a one joined to a duration is a length of time", "[ingest][figures]") {
  CHECK(figuresOf("He signed a one-year contract with the club.") == Figures{"1 years"});
  CHECK(figuresOf("A one-day strike closed the port.") == Figures{"1 days"});
  // a period a change is measured over, an age, and "one" alone, stay none
  CHECK(figuresOf("It was the biggest one-day loss on record.").empty());
  CHECK(figuresOf("The one-year-old horse won.").empty());
  CHECK(figuresOf("One player left.").empty());
}

TEST_CASE("inches are a length", "[ingest][figures]") {
  CHECK(figuresOf("The snow was 33 inches deep.") == Figures{"33 in"});
  CHECK(figuresOf("It fired a 2.36-inch rocket.") == Figures{"2.36 in"});
}

TEST_CASE("times after digits count occasions only where no ratio or frequency follows", "[ingest][figures]") {
  CHECK(figuresOf("The file was downloaded over 40 million times.") == Figures{"40000000 count"});
  CHECK(figuresOf("Run the benchmark 8 times and average the results.") == Figures{"8 count"});
  // a multiplier in digits is a figure in `times`; how often something happens is none
  CHECK(figuresOf("The model is 14 times larger.") == Figures{"14 times"});
  CHECK(figuresOf("It runs 10 times faster than the old one.") == Figures{"10 times"});
  CHECK(figuresOf("It is approximately 1,250 times cheaper per query.") == Figures{"1250 times"});
  CHECK(figuresOf("The probe is 2.5 times as heavy.") == Figures{"2.5 times"});
  CHECK(figuresOf("The crew checks the valves 3 times a week.").empty());
  CHECK(figuresOf("Invoke the search 3 times using different queries.") == Figures{"3 count"});
}

TEST_CASE("a number word is read in any case, and a word that opens with its first letters is none",
          "[ingest][figures]") {
  const auto upper = findFigures("THIRTEEN players left the club.");
  REQUIRE(upper.size() == 1);
  CHECK(*upper[0].quantity.value == 13);
  CHECK(upper[0].quantity.text == "THIRTEEN players");
  const auto title = findFigures("Twenty-Five players joined.");
  REQUIRE(title.size() == 1);
  CHECK(*title[0].quantity.value == 25);
  CHECK(figuresOf("Fifteen times he tried.") == figuresOf("fifteen times he tried."));
  CHECK(figuresOf("The choir sang twice.") == Figures{"2 count"});
  // "for", "the", "this", "thirst", "forth", "seventh", "dozing" open as a number word does
  for (const char* none : {"The thirst for water drove them forth.", "This was the seventh attempt.",
                           "Thus the dozing cat won.", "He sat on the fourth step."})
    CHECK(figuresOf(none).empty());
}

TEST_CASE("a part in a whole written in number words is a share of the noun after it", "[ingest][figures]") {
  CHECK(figuresOf("Nine in ten respondents reported using the tools.") == Figures{"90 percent"});
  CHECK(figuresOf("One in five adults use it weekly.") == Figures{"20 percent"});
  const auto share = findFigures("Nine in ten respondents reported using the tools.");
  REQUIRE(share.size() == 1);
  CHECK(share[0].quantity.text == "Nine in ten");
  // A whole no larger than the part, or a year after "in": no share.
  CHECK(figuresOf("They won two in 2019.").empty());
}

TEST_CASE("half of a whole is 50 percent of it, not a half of a period", "[ingest][figures]") {
  CHECK(figuresOf("The assistant can resolve half of customer needs.") == Figures{"50 percent"});
  const auto more = findFigures("Developers at more than half of large companies use it.");
  REQUIRE(more.size() == 1);
  CHECK(*more[0].quantity.value == 50);
  CHECK(more[0].quantity.bound == Bound::kAtLeast);
  CHECK(figuresOf("Sales rose in the first half of the year.").empty());
  CHECK(figuresOf("She received one half of the prize.").empty());
  CHECK(figuresOf("The model uses only half of the encoder's layers.").empty());
}

TEST_CASE("half a dozen is six", "[ingest][figures]") {
  const auto six = findFigures("The tool has half a dozen export formats.");
  REQUIRE(six.size() == 1);
  CHECK(*six[0].quantity.value == 6);
  CHECK(six[0].quantity.text == "half a dozen export formats");
  CHECK(figuresOf("The tool has a dozen export formats.") == Figures{"12 count"});
}
