// Units said once for a list and other number forms of benchmark and model pages: signed items
// before one unit ("+3.1, +2.4, and +0.9 percentage points"), parenthesised items after a first
// one with its unit ("red (40 cards), blue (35), and green (12)"), adjectives before a written-out
// physical unit ("6 million driverless kilometres" with a WordNet adjective), a glued "B" with no
// unit as a model's parameter count ("Orca at 1.3B"), and a hyphened scale before a spaced noun
// ("a 9-billion parameter model"). Sentences of our own.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "ingest/Quantity.h"

using cg::ingest::findFigures;

namespace {

struct Seen {
  double value;
  std::string unit;
  std::string text;
};

std::vector<Seen> figures(const std::string& text) {
  std::vector<Seen> out;
  for (const auto& f : findFigures(text))
    out.push_back({f.quantity.value.value_or(-1), f.quantity.unit, f.quantity.text});
  return out;
}

}  // namespace

TEST_CASE("signed items of a list take the unit its last item writes", "[ingest][figures][lists]") {
  auto f = figures("The tuner raised recall by +3.1, +2.4, and +0.9 percentage points on the three sets.");
  REQUIRE(f.size() == 3);  // "the three sets" points back at sets already named
  CHECK(f[0].value == Approx(3.1));
  CHECK(f[0].unit == "percentage points");
  CHECK(f[1].value == Approx(2.4));
  CHECK(f[1].unit == "percentage points");
  CHECK(f[2].value == Approx(0.9));
  CHECK(f[2].unit == "percentage points");
  // Each item keeps its own sign (the extractor stores a change's size: MeasureTest).
  f = figures("Scores moved by -1.5 and -0.5 percent.");
  REQUIRE(f.size() == 2);
  CHECK(f[0].value == Approx(-1.5));
  CHECK(f[0].unit == "percent");
  CHECK(f[0].text == "-1.5");
  CHECK(f[1].value == Approx(-0.5));
  CHECK(f[1].unit == "percent");
}

TEST_CASE("every signed figure keeps its sign, a percent's too (the extractor stores a change's size)",
          "[ingest][figures][signs]") {
  auto f = figures("| Planner | 52.0% | 47.5% | -4.5% |");
  REQUIRE(f.size() == 3);
  CHECK(f[2].value == Approx(-4.5));
  CHECK(f[2].unit == "percent");
  CHECK(f[2].text == "-4.5%");
  f = figures("The cost fell to 1,200 tokens (\u221261.3%) after pruning.");
  REQUIRE(f.size() == 2);
  CHECK(f[1].value == Approx(-61.3));
  CHECK(f[1].unit == "percent");
  f = figures("The shoreline moved by -40 metres in a decade.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].value == -40);
  CHECK(f[0].unit == "m");
}

TEST_CASE("bare numbers in parentheses take the unit of the list's first item", "[ingest][figures][lists]") {
  auto f = figures("The deck has 87 cards in colours such as red (40 cards), blue (35), and sea-green (12).");
  REQUIRE(f.size() == 4);
  CHECK(f[0].value == 87);
  CHECK(f[1].value == 40);
  CHECK(f[1].unit == "count");
  CHECK(f[2].value == 35);
  CHECK(f[2].unit == "count");
  CHECK(f[2].text == "35");
  CHECK(f[3].value == 12);
  CHECK(f[3].unit == "count");
  // A capitalised item's name before the parenthesis is no name the number belongs to.
  f = figures("Three tiers exist: Easy-Tier (300 puzzles), Mid-Tier (120), and Hard-Tier (45).");
  REQUIRE(f.size() == 4);
  CHECK(f[2].value == 120);
  CHECK(f[2].unit == "count");
  CHECK(f[3].value == 45);
  CHECK(f[3].unit == "count");
}

TEST_CASE("parenthesised numbers that are no list items stay bare", "[ingest][figures][lists]") {
  // No unit in the first item: nothing to share.
  CHECK(figures("Teams such as north (12), south (14), and west (9) played.").empty());
  // The years after names are dates, not items of a count.
  auto f = figures("The awards went to Lee (14 votes), then to Park (2019).");
  REQUIRE(f.size() == 1);
  CHECK(f[0].value == 14);
  // A sentence between the items breaks the list.
  f = figures("The red box holds (40 cards). The blue one (35) is smaller.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].value == 40);
}

TEST_CASE("adjectives between a number and a written-out unit leave it a measure", "[ingest][figures][units]") {
  auto f = figures("The fleet has covered over 6 million autonomous kilometres.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].value == Approx(6e9));
  CHECK(f[0].unit == "m");
  f = figures("The rover drove 300 additional miles.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].value == 300);
  CHECK(f[0].unit == "mi");
  // A noun that is no adjective makes a count of its own thing.
  f = figures("The club sold 40 season miles.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].unit == "count");
}

TEST_CASE("a glued B with no unit is a model's parameter count", "[ingest][figures][models]") {
  auto f = figures("The lab trained three variants (Orca at 1.3B, Wren at 6B, and Kite at 13B).");
  REQUIRE(f.size() == 4);
  CHECK(f[1].value == Approx(1.3e9));
  CHECK(f[1].unit == "count");
  CHECK(f[2].value == Approx(6e9));
  CHECK(f[2].unit == "count");
  CHECK(f[3].value == Approx(13e9));
  CHECK(f[3].unit == "count");
  // Money and a context length are not parameters.
  f = figures("It raised $4B and reads 128K at once.");
  REQUIRE(!f.empty());
  CHECK(f[0].value == Approx(4e9));
  CHECK(f[0].unit == "USD");
  for (size_t i = 1; i < f.size(); ++i) CHECK(f[i].unit != "count");
}

TEST_CASE("a hyphened scale before a spaced noun keeps its power of ten", "[ingest][figures][models]") {
  auto f = figures("For a 9-billion parameter model the memory doubles.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].value == Approx(9e9));
  CHECK(f[0].unit == "count");
  f = figures("They released a 3-million-token corpus.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].value == Approx(3e6));
  CHECK(f[0].unit == "tokens");
}

TEST_CASE("points after a number are a score's unit, whole or decimal", "[ingest][figures][units]") {
  auto f = figures("The tuned model leads the old one by up to 3.8 points on the long split.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].value == Approx(3.8));
  CHECK(f[0].unit == "points");
  f = figures("It tops the arena by 25 points and gains 1.5 percentage points on recall.");
  REQUIRE(f.size() == 2);
  CHECK(f[0].value == 25);
  CHECK(f[0].unit == "points");
  CHECK(f[1].value == Approx(1.5));
  CHECK(f[1].unit == "percentage points");
  // A plural noun with another word before "points" counts those things.
  f = figures("The survey adds 12 data points.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].unit == "count");
}

TEST_CASE("a number word before points counts them", "[ingest][figures][units]") {
  const auto f = figures("Join any three points of the plane and a triangle forms.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].value == 3);
  CHECK(f[0].unit == "count");
}
