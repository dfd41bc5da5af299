// Units as formats and standards define them, on text written for these tests: {{convert}}'s unit
// codes (data/convert_units.tsv), {{val}}, {{e}} and the solar unit templates as MediaWiki shows
// them; the IAU's astronomical units, the year with SI prefixes and the kelvin tied by a
// non-breaking space (data/units.tsv); a measurement's uncertainty; "×10^n"; multipliers of a
// quantity ("twice the radius", "three times the mass", "10-fold"); counts per a unit (densities).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "ingest/Extractor.h"
#include "ingest/Quantity.h"
#include "ingest/WikiMarkup.h"
#include "ingest/WikitextReader.h"

using namespace cg::ingest;

namespace {

// The one figure of `text`; fails the test when there is not exactly one.
Quantity only(std::string_view text) {
  const std::vector<Figure> figures = findFigures(text);
  INFO(text);
  REQUIRE(figures.size() == 1);
  return figures[0].quantity;
}

TemplateCall call(std::string name, std::vector<std::pair<std::string, std::string>> params) {
  return TemplateCall{std::move(name), std::move(params)};
}

}  // namespace

TEST_CASE("convert names astronomical and density unit codes and converts them", "[ingest][wiki][units]") {
  CHECK(*renderFormatting(call("convert", {{"", "8.6"}, {"", "ly"}, {"", "pc"}})) == "8.6 light-years (2.637 pc)");
  CHECK(*renderFormatting(call("convert", {{"", "12"}, {"", "AU"}})) == "12 astronomical units (1,795,000,000 km)");
  CHECK(*renderFormatting(call("convert", {{"", "150"}, {"", "/km2"}, {"", "/sqmi"}})) ==
        "150 per square kilometre (388.5 per sq mi)");
  // A temperature is named, never multiplied into another scale.
  CHECK(*renderFormatting(call("convert", {{"", "5100"}, {"", "K"}, {"", "C"}})) == "5100 kelvins");
  // The codes kept before this table still show as they did.
  CHECK(*renderFormatting(call("convert", {{"", "5"}, {"", "km"}})) == "5 kilometres (3.107 mi)");
}

TEST_CASE("val, e and the solar unit templates show as MediaWiki shows them", "[ingest][wiki][units]") {
  CHECK(*renderFormatting(call("val", {{"", "1.2"}, {"", "0.2"}, {"u", "Gyr"}})) == "1.2 \u00B1 0.2 Gyr");
  CHECK(*renderFormatting(call("val", {{"", "1.99"}, {"e", "30"}, {"ul", "kg"}})) == "1.99\u00D710^30 kg");
  CHECK(*renderFormatting(call("val", {{"", "4100"}, {"u", "K"}})) == "4,100 K");
  CHECK(*renderFormatting(call("e", {{"", "-5"}})) == "\u00D710^-5");
  CHECK(*renderFormatting(call("solar mass", {})) == "M\u2609");
  CHECK(*renderFormatting(call("solar radius", {})) == "R\u2609");
  CHECK(*renderFormatting(call("solar luminosity", {})) == "L\u2609");
}

TEST_CASE("astronomical units are read in their own units", "[ingest][units]") {
  Quantity q = only("The star lies 8.6 light-years away.");
  CHECK(q.value == 8.6);
  CHECK(q.unit == "ly");
  q = only("The orbit spans 12.0 AUs at most.");
  CHECK(q.value == 12.0);
  CHECK(q.unit == "AU");
  q = only("They pass within 3.2\u00A0AU of each other.");
  CHECK(q.value == 3.2);
  CHECK(q.unit == "AU");
  q = only("At 0.8 solar mass, the companion is light.");
  CHECK(q.value == 0.8);
  CHECK(q.unit == "solar masses");
  q = only("Its progenitor held 3.1 M\u2609 of gas.");
  CHECK(q.value == 3.1);
  CHECK(q.unit == "solar masses");
  q = only("The cluster is 2.5 kpc from the Sun.");
  CHECK(q.value == 2500);
  CHECK(q.unit == "pc");
  q = only("The pair is 14 arcseconds apart.");
  CHECK(q.value == 14);
  CHECK(q.unit == "arcseconds");
}

TEST_CASE("the year with SI prefixes, with an uncertainty or as a range", "[ingest][units]") {
  Quantity q = only("It died 1.2 \u00B1 0.2 Gyr ago.");
  CHECK(q.value == 1.2e9);
  CHECK(q.unit == "years");
  q = only("Its main-sequence life lasted 300\u2013500 Myr.");
  CHECK(q.low == 3e8);
  CHECK(q.high == 5e8);
  CHECK(q.unit == "years");
  q = only("The star is at least 3\u00A0Gyr old.");
  CHECK(q.value == 3e9);
  CHECK(q.bound == cg::graph::Bound::kAtLeast);
  CHECK(q.unit == "years");
}

TEST_CASE("a K tied by a non-breaking space is the kelvin, a glued one a thousand", "[ingest][units]") {
  Quantity q = only("Its surface is 5,100\u00A0K hot.");
  CHECK(q.value == 5100);
  CHECK(q.unit == "K");
  q = only("The model reads 128K tokens.");
  CHECK(q.value == 128000);
  CHECK(q.unit == "count");
}

TEST_CASE("scientific notation multiplies by its power of ten", "[ingest][units]") {
  Quantity q = only("The mass is 1.99\u00D710^30 kg.");
  CHECK(q.value == Approx(1.99e30));
  CHECK(q.unit == "kg");
  q = only("The rate is 2.5 \u00D7 10^\u22123 seconds.");
  CHECK(q.value == Approx(2.5e-3));
  CHECK(q.unit == "seconds");
}

TEST_CASE("a magnitude named before its number, joined by of", "[ingest][units]") {
  const Quantity q = only("It has a visual apparent magnitude of 1.25 in the night sky.");
  CHECK(q.value == 1.25);
  CHECK(q.unit == "magnitude");
}

TEST_CASE("multipliers of a quantity in words and with -fold", "[ingest][units]") {
  Quantity q = only("The star has twice the radius of the Sun.");
  CHECK(q.value == 2);
  CHECK(q.unit == "times");
  q = only("It holds three times the mass of its companion.");
  CHECK(q.value == 3);
  CHECK(q.unit == "times");
  q = only("Output saw a 10-fold increase.");
  CHECK(q.value == 10);
  CHECK(q.unit == "times");
  // How often is no multiplier, and occasions stay a count of times.
  CHECK(findFigures("The comet returns twice a century.").empty());
  q = only("She won the title twice in 1992.");
  CHECK(q.unit == "count");
}

TEST_CASE("counted things per a unit are a density", "[ingest][units]") {
  Quantity q = only("In 2008 it had 150 inhabitants per km2 on average.");
  CHECK(q.value == 150);
  CHECK(q.unit == "inhabitants/km2");
  q = only("The valley holds 40 people per square kilometre.");
  CHECK(q.value == 40);
  CHECK(q.unit == "people/km2");
}

TEST_CASE("a star's page: figures in astronomical units keep the ref that closes their paragraph",
          "[ingest][wiki][units]") {
  const std::string page =
      "'''Kelvara''' is a star in the constellation [[Lyra]].\n\n"
      "Kelvara lies {{convert|8.6|ly|pc|abbr=on}} from the Sun. Its surface is 5,100&nbsp;K. It died "
      "{{nowrap|1.2 \u00B1 0.2 Gyr}} ago.<ref>{{cite web|url=http://example.org/kelvara|title=Kelvara}}</ref>\n";
  const cg::graph::DocumentBundle b = extract(readWikitext(page, "Kelvara.wiki", {"Kelvara", "", ""}));
  std::vector<std::string> found;
  for (const cg::graph::ClaimRecord& c : b.claims) {
    if (!c.quantity || !c.quantity->value) continue;
    REQUIRE(c.sources.size() == 1);
    found.push_back(std::to_string(*c.quantity->value) + " " + c.quantity->unit + " " +
                    b.sources[static_cast<std::size_t>(c.sources[0])].url);
  }
  CHECK(found == std::vector<std::string>{
                     "8.600000 ly http://example.org/kelvara", "2.637000 pc http://example.org/kelvara",
                     "5100.000000 K http://example.org/kelvara", "1200000000.000000 years http://example.org/kelvara"});
}

TEST_CASE("a sentence flagged citation needed takes no source from the ref that closes its paragraph",
          "[ingest][wiki][sourcing]") {
  const std::string page =
      "'''Kelvara''' is a star in the constellation [[Lyra]].\n\n"
      "Kelvara has 4 planets.{{citation needed|date=May 2020}} Its disk holds 9 comets. Its ring spans 3 moons."
      "<ref>{{cite web|url=http://example.org/ring|title=Ring}}</ref>\n";
  const cg::graph::DocumentBundle b = extract(readWikitext(page, "Kelvara.wiki", {"Kelvara", "", ""}));
  std::vector<std::string> found;
  for (const cg::graph::ClaimRecord& c : b.claims) {
    if (!c.quantity || !c.quantity->value) continue;
    std::string sources;
    for (int s : c.sources) sources += " " + b.sources[static_cast<std::size_t>(s)].url;
    found.push_back(std::to_string(static_cast<int>(*c.quantity->value)) + sources);
  }
  CHECK(found == std::vector<std::string>{"4", "9 http://example.org/ring", "3 http://example.org/ring"});
}

TEST_CASE("a bare number per a unit symbol or per a written unit is a density", "[ingest][units]") {
  const std::vector<Figure> both = findFigures("The density was 612.5 people per square mile (236.5/km\u00B2).");
  REQUIRE(both.size() == 2);
  CHECK(*both[0].quantity.value == 612.5);
  CHECK(both[0].quantity.unit == "people/mi2");
  CHECK(*both[1].quantity.value == 236.5);
  CHECK(both[1].quantity.unit == "count/km2");
  Quantity q = only("It had 174 per square kilometre in 2008.");
  CHECK(q.value == 174);
  CHECK(q.unit == "count/km2");
  // A slash between numbers is no density.
  CHECK(findFigures("The shop is open 24/7.").empty());
}

TEST_CASE("SI prefixes on the SI units that take them, as symbols and as names", "[ingest][units]") {
  Quantity q = only("The decay emits a 2.2 MeV gamma ray.");
  CHECK(q.value == Approx(2.2e6));
  CHECK(q.unit == "eV");
  q = only("Air presses at 101.3 kPa at sea level.");
  CHECK(q.value == Approx(101300));
  CHECK(q.unit == "Pa");
  q = only("The laser shines at 532 nm in green.");
  CHECK(q.value == Approx(5.32e-7));
  CHECK(q.unit == "m");
  q = only("Each dose holds 50 mg of salt.");
  CHECK(q.value == Approx(5e-5));
  CHECK(q.unit == "kg");
  q = only("The reaction releases 26.7 megaelectronvolts in all.");
  CHECK(q.value == Approx(2.67e7));
  CHECK(q.unit == "eV");
  q = only("The bomb yielded 63 terajoules of energy.");
  CHECK(q.value == Approx(6.3e13));
  CHECK(q.unit == "J");
  // Prefixes a row does not allow stay what they are: "pm" is a time of day, "ML" no megalitre.
  for (const Figure& f : findFigures("The shop opens at 3 pm and sells 10 ML models."))
    CHECK((f.quantity.unit != "m" && f.quantity.unit != "L"));
}

TEST_CASE("a physical amount per a thing or a time is a rate", "[ingest][units]") {
  Quantity q = only("The train ran at 60 miles per hour on the plain.");
  CHECK(q.value == 60);
  CHECK(q.unit == "mi/h");
  q = only("He averaged 15.1 yards per rec. in college.");
  CHECK(q.value == 15.1);
  CHECK(q.unit == "yd/rec");
  q = only("Each family burns 4 kg per person of wood.");
  CHECK(q.value == 4);
  CHECK(q.unit == "kg/person");
  // metres per second keep their own rate.
  q = only("The wind blew at 12 metres per second.");
  CHECK(q.unit == "m/s");
}

TEST_CASE("a bare number that a copula gives as the number of things counts them", "[ingest][units]") {
  Quantity q = only("In 2001 the number of pupils in the town was 812 in all.");
  CHECK(q.value == 812);
  CHECK(q.unit == "count");
  q = only("The number of members stood at 1,240 by May.");
  CHECK(q.value == 1240);
  CHECK(q.unit == "count");
  // A number the clause does not give as "the number of" stays no count.
  CHECK(findFigures("The score was 812.").empty());
}
