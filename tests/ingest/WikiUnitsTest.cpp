// Units as formats and standards define them, on text written for these tests: {{convert}}'s unit
// codes (data/convert_units.tsv), {{val}}, {{e}} and the solar unit templates as MediaWiki shows
// them; the IAU's astronomical units, the year with SI prefixes and the kelvin tied by a
// non-breaking space (data/units.tsv); a measurement's uncertainty; "×10^n"; multipliers of a
// quantity ("twice the radius", "three times the mass", "10-fold"); counts per a unit (densities).
#include <cstdio>
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

// The one figure of `text` as "value unit", the value to six significant digits ("2.2e+06 eV").
std::string valueAndUnit(std::string_view text) {
  const Quantity q = only(text);
  char value[32];
  std::snprintf(value, sizeof value, "%.6g", q.value.value_or(-1));
  return std::string(value) + " " + q.unit;
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
  CHECK(valueAndUnit("The star lies 8.6 light-years away.") == "8.6 ly");
  CHECK(valueAndUnit("The orbit spans 12.0 AUs at most.") == "12 AU");
  CHECK(valueAndUnit("They pass within 3.2\u00A0AU of each other.") == "3.2 AU");
  CHECK(valueAndUnit("At 0.8 solar mass, the companion is light.") == "0.8 solar masses");
  CHECK(valueAndUnit("Its progenitor held 3.1 M\u2609 of gas.") == "3.1 solar masses");
  CHECK(valueAndUnit("The cluster is 2.5 kpc from the Sun.") == "2500 pc");
  CHECK(valueAndUnit("The pair is 14 arcseconds apart.") == "14 arcseconds");
}

TEST_CASE("the year with SI prefixes, with an uncertainty or as a range", "[ingest][units]") {
  CHECK(valueAndUnit("It died 1.2 \u00B1 0.2 Gyr ago.") == "1.2e+09 years");
  Quantity q = only("Its main-sequence life lasted 300\u2013500 Myr.");
  CHECK(q.low == 3e8);
  CHECK(q.high == 5e8);
  CHECK(q.unit == "years");
  q = only("The star is at least 3\u00A0Gyr old.");
  CHECK(q.value == 3e9);
  CHECK(q.bound == cg::graph::Bound::kAtLeast);
  CHECK(q.unit == "years");
}

TEST_CASE("a K tied by a non-breaking space is the kelvin, a glued one a thousand", "[ingest][units]") {
  CHECK(valueAndUnit("Its surface is 5,100\u00A0K hot.") == "5100 K");
  CHECK(valueAndUnit("The model reads 128K tokens.") == "128000 tokens");
}

TEST_CASE("scientific notation multiplies by its power of ten", "[ingest][units]") {
  CHECK(valueAndUnit("The mass is 1.99\u00D710^30 kg.") == "1.99e+30 kg");
  CHECK(valueAndUnit("The rate is 2.5 \u00D7 10^\u22123 seconds.") == "0.0025 seconds");
}

TEST_CASE("a magnitude named before its number, joined by of", "[ingest][units]") {
  CHECK(valueAndUnit("It has a visual apparent magnitude of 1.25 in the night sky.") == "1.25 magnitude");
}

TEST_CASE("multipliers of a quantity in words and with -fold", "[ingest][units]") {
  CHECK(valueAndUnit("The star has twice the radius of the Sun.") == "2 times");
  CHECK(valueAndUnit("It holds three times the mass of its companion.") == "3 times");
  CHECK(valueAndUnit("Output saw a 10-fold increase.") == "10 times");
  // How often is no multiplier, and occasions stay a count of times.
  CHECK(findFigures("The comet returns twice a century.").empty());
  CHECK(valueAndUnit("She won the title twice in 1992.") == "2 count");
}

TEST_CASE("counted things per a unit are a density", "[ingest][units]") {
  CHECK(valueAndUnit("In 2008 it had 150 inhabitants per km2 on average.") == "150 inhabitants/km2");
  CHECK(valueAndUnit("The valley holds 40 people per square kilometre.") == "40 people/km2");
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
  CHECK(valueAndUnit("It had 174 per square kilometre in 2008.") == "174 count/km2");
  // A slash between numbers is no density.
  CHECK(findFigures("The shop is open 24/7.").empty());
}

TEST_CASE("SI prefixes on the SI units that take them, as symbols and as names", "[ingest][units]") {
  CHECK(valueAndUnit("The decay emits a 2.2 MeV gamma ray.") == "2.2e+06 eV");
  CHECK(valueAndUnit("Air presses at 101.3 kPa at sea level.") == "101300 Pa");
  CHECK(valueAndUnit("The laser shines at 532 nm in green.") == "5.32e-07 m");
  CHECK(valueAndUnit("Each dose holds 50 mg of salt.") == "5e-05 kg");
  CHECK(valueAndUnit("The reaction releases 26.7 megaelectronvolts in all.") == "2.67e+07 eV");
  CHECK(valueAndUnit("The bomb yielded 63 terajoules of energy.") == "6.3e+13 J");
  // Prefixes a row does not allow stay what they are: "pm" is a time of day, "ML" no megalitre.
  for (const Figure& f : findFigures("The shop opens at 3 pm and sells 10 ML models."))
    CHECK((f.quantity.unit != "m" && f.quantity.unit != "L"));
}

TEST_CASE("a physical amount per a thing or a time is a rate", "[ingest][units]") {
  CHECK(valueAndUnit("The train ran at 60 miles per hour on the plain.") == "60 mi/h");
  CHECK(valueAndUnit("He averaged 15.1 yards per rec. in college.") == "15.1 yd/rec");
  CHECK(valueAndUnit("Each family burns 4 kg per person of wood.") == "4 kg/person");
  // metres per second keep their own rate.
  CHECK(valueAndUnit("The wind blew at 12 metres per second.") == "12 m/s");
  // FLOPS already counts per second.
  CHECK(valueAndUnit("The chip reaches 990 teraFLOPs per second at most.") == "9.9e+14 FLOPS");
}

TEST_CASE("a bare number that a copula gives as the number of things counts them", "[ingest][units]") {
  CHECK(valueAndUnit("In 2001 the number of pupils in the town was 812 in all.") == "812 count");
  CHECK(valueAndUnit("The number of members stood at 1,240 by May.") == "1240 count");
  // A number the clause does not give as "the number of" stays no count.
  CHECK(findFigures("The score was 812.").empty());
}

TEST_CASE("a bare number compared with the figure before it is in that figure's unit", "[ingest][units]") {
  std::vector<std::string> got;
  for (const Figure& f : findFigures("It was 96 inhabitants per km2, compared to a national figure of about 150."))
    got.push_back(std::to_string(static_cast<int>(*f.quantity.value)) + " " + f.quantity.unit);
  CHECK(got == std::vector<std::string>{"96 inhabitants/km2", "150 inhabitants/km2"});
  got.clear();
  for (const Figure& f : findFigures("The town had 412 cars (above the regional average of 380)."))
    got.push_back(std::to_string(static_cast<int>(*f.quantity.value)) + " " + f.quantity.unit);
  CHECK(got == std::vector<std::string>{"412 count", "380 count"});
  // A year is no compared figure, nor a length the unit scaled.
  got.clear();
  for (const Figure& f : findFigures("It had 412 cars, compared with 1998 and 55 km than 60."))
    got.push_back(std::to_string(static_cast<int>(*f.quantity.value)) + " " + f.quantity.unit);
  CHECK(got == std::vector<std::string>{"412 count", "55000 m"});
  // A number in a name is no compared quantity.
  got.clear();
  for (const Figure& f : findFigures("It scored 60% more compared to Model 4 and compared to 1.5 Pro."))
    got.push_back(std::to_string(static_cast<int>(*f.quantity.value)) + " " + f.quantity.unit);
  CHECK(got == std::vector<std::string>{"60 percent"});
}
