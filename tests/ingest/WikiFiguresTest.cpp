// Figures on Wikipedia pages as the rendered page shows them: {{convert}} with its
// conversion, a sentence glued to the ref before it, and short citations written as text that
// point to a full citation given in an earlier ref.
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "ingest/WikiMarkup.h"
#include "ingest/WikitextReader.h"

using namespace cg::ingest;

namespace {

TemplateCall convert(std::vector<std::pair<std::string, std::string>> params) {
  return TemplateCall{"convert", std::move(params)};
}

// The sentences of a page's blocks, as text, with the refs bound to each.
std::vector<std::pair<std::string, std::vector<int>>> sentencesOf(const Article& a) {
  std::vector<std::pair<std::string, std::vector<int>>> out;
  for (const Block& b : a.blocks)
    for (const Sentence& s : b.sentences) out.emplace_back(b.text.substr(s.begin, s.end - s.begin), s.refs);
  return out;
}

}  // namespace

TEST_CASE("convert shows its conversion after the figure, to four significant digits", "[ingest][wiki][figures]") {
  CHECK(*renderFormatting(convert({{"", "19000"}, {"", "sqft"}, {"", "m2"}})) == "19000 square feet (1,765 m2)");
  CHECK(*renderFormatting(convert({{"", "7,000"}, {"", "sqft"}, {"", "m2"}})) == "7,000 square feet (650.3 m2)");
  CHECK(*renderFormatting(convert({{"", "5"}, {"", "km"}})) == "5 kilometres (3.107 mi)");
  CHECK(*renderFormatting(convert({{"", "120"}, {"", "acre"}})) == "120 acres (48.56 ha)");
  CHECK(*renderFormatting(convert({{"", "2"}, {"", "to"}, {"", "4"}, {"", "mi"}, {"", "km"}})) ==
        "2 to 4 miles (3.219 to 6.437 km)");
}

TEST_CASE("convert shows no conversion it cannot make", "[ingest][wiki][figures]") {
  // an unlisted unit, a number that is no plain number, units of two measures, another display
  CHECK(*renderFormatting(convert({{"", "90"}, {"", "km/h"}})) == "90 km/h");
  CHECK(*renderFormatting(convert({{"", "about 5"}, {"", "km"}})) == "about 5 kilometres");
  CHECK(*renderFormatting(convert({{"", "5"}, {"", "km"}, {"", "kg"}})) == "5 kilometres");
  CHECK(*renderFormatting(convert({{"", "5"}, {"", "km"}, {"disp", "flip"}})) == "5 kilometres");
  CHECK(*renderFormatting(convert({{"", "1234567890123456789"}, {"", "km"}})) == "1234567890123456789 kilometres");
  CHECK(*renderFormatting(convert({{"", "0.00000000000001"}, {"", "km"}})) == "0.00000000000001 kilometres");
}

TEST_CASE("a sentence that opens right after a ref is a sentence of its own", "[ingest][wiki][figures]") {
  const std::string page =
      "The club helped over 1,000 students.<ref>{{cite web|url=http://a.example/1|title=One}}</ref>In 2001, "
      "[[Baylor University]] hired her.<ref>{{cite web|url=http://a.example/2|title=Two}}</ref>\n";
  const auto sentences = sentencesOf(readWikitext(page, "glued.wiki", {"Glued", "", ""}));
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0].first == "The club helped over 1,000 students.");
  CHECK(sentences[0].second == std::vector<int>{1});
  CHECK(sentences[1].first == "In 2001, Baylor University hired her.");
  CHECK(sentences[1].second == std::vector<int>{2});
}

TEST_CASE("a ref after an abbreviation's period keeps its sentence whole", "[ingest][wiki][figures]") {
  const std::string page =
      "It sold 5 units in the U.S.<ref>{{cite web|url=http://a.example/1|title=One}}</ref>, more than 3 in Canada.\n";
  const auto sentences = sentencesOf(readWikitext(page, "abbr.wiki", {"Abbr", "", ""}));
  REQUIRE(sentences.size() == 1);
  CHECK(sentences[0].first == "It sold 5 units in the U.S., more than 3 in Canada.");
}

TEST_CASE("a short citation written as text finds the full citation of an earlier ref", "[ingest][wiki][figures]") {
  const std::string page =
      "He won.<ref>Ann Writer, ''Great Games'', Pawn Press, 2006, p. 10.</ref> "
      "He lost.<ref>Writer, p. 12.</ref> He drew.<ref>Other, p. 3.</ref>\n";
  const Article a = readWikitext(page, "short.wiki", {"Short", "", ""});
  REQUIRE(a.references.size() == 3);
  CHECK(a.references[0].work == "Great Games");
  CHECK(a.references[1].work == "Great Games");
  CHECK(a.references[1].publisher == a.references[0].publisher);
  CHECK(a.references[1].date == "2006");
  CHECK(a.references[2].work.empty());  // no earlier ref by "Other"
}

TEST_CASE("an infobox's measured field is a row whose figure carries the unit its key names",
          "[ingest][wiki][figures]") {
  const std::string page =
      "{{Infobox settlement\n| name = Townville\n| area_total_km2 = 12.5<ref>{{cite web|url=http://a.example/1|"
      "title=Census}}</ref>\n| elevation_ft = 1470\n| area_water_km2 = 3\n}}\n'''Townville''' is a town.\n";
  const Article a = readWikitext(page, "Townville.wiki", {"Townville", "", ""});
  std::vector<std::string> rows;
  for (const Block& b : a.blocks)
    if (b.kind == BlockKind::kTableRow) rows.push_back(b.text);
  REQUIRE(rows.size() == 2);  // the water area is no figure about the town
  CHECK(rows[0] == "Townville | Area | 12.5 square kilometres");
  CHECK(rows[1] == "Townville | Elevation | 1470 feet");
}

namespace {

// The figure rows an infobox gives a page, as text: those about its subject, which open with the box's
// name in three cells (a field that is only links, "stat1label=[[Batting average]]", is a row of two: its
// label and its links).
std::vector<std::string> tableRowsOf(const std::string& page, const std::string& title) {
  std::vector<std::string> rows;
  for (const Block& b : readWikitext(page, title + ".wiki", {title, "", ""}).blocks)
    if (b.kind == BlockKind::kTableRow && b.cells.size() == 3) rows.push_back(b.text);
  return rows;
}

}  // namespace

TEST_CASE("a player's statistics in an infobox are rows named by their labels, whole counts only",
          "[ingest][wiki][figures]") {
  const std::string baseball =
      "{{Infobox baseball biography\n|name=Sam Hitter\n|statleague = MLB\n|stat1label=[[Batting average]]\n"
      "|stat1value=.289\n|stat2label=[[Home run]]s\n|stat2value=70\n|stat3label=[[Runs batted in]]\n"
      "|stat3value=1,575<ref>{{cite web|url=http://a.example/1|title=Stats}}</ref>\n}}\n"
      "'''Sam Hitter''' is a former outfielder.\n";
  const std::vector<std::string> rows = tableRowsOf(baseball, "Sam Hitter");
  REQUIRE(rows.size() == 2);  // the batting average is a ratio, no count
  CHECK(rows[0] == "Sam Hitter | Home runs | 70 home runs");
  CHECK(rows[1].starts_with("Sam Hitter | Runs batted in | 1,575 runs batted in"));
  const std::string football =
      "{{Infobox NFL player\n|name=Joe Kicker\n|statlabel1=Games played\n|statvalue1=22\n"
      "|statlabel2=Average\n|statvalue2=7.2\n|statlabel3=[[Interception]]s\n|statvalue3=2\n}}\n"
      "'''Joe Kicker''' is a former punter.\n";
  CHECK(tableRowsOf(football, "Joe Kicker") ==
        std::vector<std::string>{"Joe Kicker | Games played | 22 games played",
                                 "Joe Kicker | Interceptions | 2 interceptions"});
}

TEST_CASE("a venue's seats, a canton's dated population and a German company's founding year are infobox rows",
          "[ingest][wiki][figures]") {
  CHECK(tableRowsOf("{{Infobox venue\n| name = The Hall\n| opened = \n| capacity = 390\n}}\n'''The Hall''' is a "
                    "cinema.\n",
                    "The Hall") == std::vector<std::string>{"The Hall | Capacity | 390 seats"});
  CHECK(tableRowsOf("{{Infobox French canton\n|name =Canton of Ville\n|numcomm=15\n|pop=31363\n|year=2012\n}}\n"
                    "The '''canton of Ville''' is a canton.\n",
                    "Canton of Ville") ==
        std::vector<std::string>{"Canton of Ville | Population | 31363 inhabitants (2012)"});
  CHECK(tableRowsOf("{{Infobox Unternehmen\n| Name = Werbe GmbH\n| Gr\u00fcndungsdatum = 1956\n}}\n'''Werbe''' ist "
                    "eine Agentur.\n[[Kategorie:Werbeagentur]]\n",
                    "Werbe") == std::vector<std::string>{"Werbe GmbH | Founded | 1956"});
}
