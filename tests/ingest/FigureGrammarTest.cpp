// The number grammar of figures as a Wikipedia page writes them: kilodaltons ("1 kD", "200 kDa"),
// powers of ten in <sup> ("10<sup>2</sup>"), counts per a unit symbol ("features/mm<sup>2</sup>"),
// partitives ("at least 96 of his works", "23 of them"), "600&nbsp;m" as metres, and list items
// backed by a cited lead-in ending in ':'. Sentences and pages of our own.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "ingest/Quantity.h"
#include "ingest/WikitextReader.h"

using cg::ingest::Bound;
using cg::ingest::findFigures;

namespace {

struct Seen {
  double value, low, high;
  std::string unit;
  Bound bound;
};

std::vector<Seen> figures(const std::string& text) {
  std::vector<Seen> out;
  for (const auto& f : findFigures(text))
    out.push_back({f.quantity.value.value_or(-1), f.quantity.low.value_or(-1), f.quantity.high.value_or(-1),
                   f.quantity.unit, f.quantity.bound});
  return out;
}

// The refs bound to the sentence that starts with `prefix`, and whether there is one.
std::pair<bool, std::vector<int>> refsOf(const cg::ingest::Article& a, std::string_view prefix) {
  for (const auto& b : a.blocks)
    for (const auto& s : b.sentences)
      if (std::string_view(b.text).substr(s.begin, s.end - s.begin).starts_with(prefix)) return {true, s.refs};
  return {false, {}};
}

}  // namespace

TEST_CASE("kilodaltons and daltons are masses in Da, their bound kept", "[ingest][figures][units]") {
  auto f = figures("Most tags weigh less than 2 kD and the whole assembly exceeds 150 kDa.");
  REQUIRE(f.size() == 2);
  CHECK(f[0].value == 2000);
  CHECK(f[0].unit == "Da");
  CHECK(f[0].bound == Bound::kAtMost);
  CHECK(f[1].value == 150000);
  CHECK(f[1].unit == "Da");
  f = figures("The peptide has a mass of 900 daltons.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].value == 900);
  CHECK(f[0].unit == "Da");
}

TEST_CASE("a count over a unit symbol after a slash is a density in that symbol", "[ingest][figures][units]") {
  auto f = figures("The plates hold 400 wells/cm2 in the new design.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].value == 400);
  CHECK(f[0].unit == "wells/cm2");
  // not a unit symbol after the slash: the count alone
  f = figures("The team read 300 letters/notes from the archive.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].unit == "count");
}

TEST_CASE("10<sup>n</sup> on a page is ten to the n, mm<sup>2</sup> a square millimetre", "[ingest][wiki][figures]") {
  const std::string page =
      "Modern chips carry 10<sup>3</sup>-10<sup>5</sup> sensors/mm<sup>2</sup> on their face."
      "<ref>{{cite web|url=http://a.example/chips|title=Chips}}</ref> The 5<sup>th</sup> model shipped.\n";
  const auto article = cg::ingest::readWikitext(page, "chips.wiki", {"Chips", "", ""});
  REQUIRE(!article.blocks.empty());
  const std::string& text = article.blocks[0].text;
  CHECK(text.find("10^3-10^5 sensors/mm2") != std::string::npos);
  CHECK(text.find("The 5th model") != std::string::npos);  // an ordinal's <sup> is only its letters
  auto f = figures(text.substr(0, text.find(" The 5th")));
  REQUIRE(f.size() == 1);
  CHECK(f[0].low == 1000);
  CHECK(f[0].high == 100000);
  CHECK(f[0].unit == "sensors/mm2");
}

TEST_CASE("a whole number before a partitive of a definite group counts its members", "[ingest][figures][words]") {
  auto f = figures("Of his letters, at least 40 of his early letters survive and 12 of them are dated.");
  REQUIRE(f.size() == 2);
  CHECK(f[0].value == 40);
  CHECK(f[0].unit == "count");
  CHECK(f[0].bound == Bound::kAtLeast);
  CHECK(f[1].value == 12);
  CHECK(f[1].unit == "count");
  // no definite group after "of": no count
  CHECK(figures("The price rose 12 of percent points.").empty());
  CHECK(figures("It came in 1990 of the old calendar.").empty());  // a year stays a year
}

TEST_CASE("a lone m tied to its number by a non-breaking space is the metre", "[ingest][figures][units]") {
  auto f = figures("Die Reichweite betrug etwa 600\u00a0m.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].value == 600);
  CHECK(f[0].unit == "m");
  // after a currency it is a million, tied or not; after a plain space or glued, it is the metre only
  // where it closes the measure ("600 m long"), not before a noun ("150m users")
  f = figures("The state pledged \u00a360\u00a0m to it.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].value == 60000000);
  CHECK(f[0].unit == "GBP");
  f = figures("The rope was 600 m long.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].value == 600);
  CHECK(f[0].unit == "m");
  for (const auto& plain : figures("About 150m users signed up.")) CHECK(plain.unit != "m");
}

TEST_CASE("list items on a page take the refs of a cited lead-in that ends in a colon", "[ingest][wiki][references]") {
  const std::string page =
      "== Methods ==\n"
      "Several routes were tried to move the cargo:<ref>{{cite web|url=http://a.example/r|title=Routes}}</ref>\n"
      "#Pumping\n"
      "#Pressure: Greater than 70% of the cargo arrived.\n"
      "#Carriers: Work is under way.<ref>{{cite web|url=http://a.example/c|title=Carriers}}</ref>\n"
      "\n"
      "A paragraph between.\n"
      "* An item with 12 boxes and no lead-in.\n";
  const auto article = cg::ingest::readWikitext(page, "routes.wiki", {"Routes", "", ""});
  auto [found, refs] = refsOf(article, "Pressure: Greater than 70%");
  REQUIRE(found);
  CHECK(refs == std::vector<int>{1});
  std::tie(found, refs) = refsOf(article, "Carriers: Work");
  REQUIRE(found);
  CHECK(refs == std::vector<int>{2});  // its own ref wins
  std::tie(found, refs) = refsOf(article, "An item with 12 boxes");
  REQUIRE(found);
  CHECK(refs.empty());  // a paragraph between ends the lead-in
}

TEST_CASE("'or more' and 'or fewer' between a number and its noun bound the count", "[ingest][figures][words]") {
  auto f = figures("A group chat holds conversations among three or more agents.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].value == 3);
  CHECK(f[0].unit == "count");
  CHECK(f[0].bound == Bound::kAtLeast);
  f = figures("A group chat holds conversations among 3 or more agents.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].value == 3);
  CHECK(f[0].bound == Bound::kAtLeast);
  f = figures("Plans of five or fewer steps work best.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].value == 5);
  CHECK(f[0].bound == Bound::kAtMost);
  CHECK(figures("Pick two or more of the following.").empty());  // no noun: nothing counted
  for (const char* text : {"Keep answers to 50 or less words.", "Keep answers to fifty or less words."}) {
    f = figures(text);
    REQUIRE(f.size() == 1);
    CHECK(f[0].value == 50);
    CHECK(f[0].unit == "count");
    CHECK(f[0].bound == Bound::kAtMost);
  }
}

TEST_CASE("an adjective capitalised after a label's colon or opening a cell is no name", "[ingest][figures]") {
  auto f = figures("Compute Resources: Minimum 16GB RAM, recommended 32GB+ for parallel runs");
  REQUIRE(f.size() == 2);
  CHECK(f[0].value == 16e9);
  CHECK(f[0].unit == "bytes");
  f = figures("| Per-request limit | Maximum 8 Skills per request |");
  REQUIRE(f.size() == 1);
  CHECK(f[0].value == 8);
  CHECK(f[0].unit == "count");
  CHECK(figures("Release: Windows 11").empty());  // a name after the colon stays one
}
