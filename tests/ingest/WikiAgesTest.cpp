// Ages, lengths of time and approximate amounts as English prose on a Wikipedia page writes them
// ("at the age of seven", "aged 5–12", "four or five", "four post-graduate months", "the first six
// years", "{{val|e=10}} (ten billion) years", "eight different 'grades'"), and whose they are by the
// sentence's grammar: a fronted "In X," frame, a bracketed "(five years in X)". Sentences and pages
// of our own.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "ingest/Extractor.h"
#include "ingest/Quantity.h"
#include "ingest/WikiMarkup.h"
#include "ingest/WikitextReader.h"

using namespace cg::ingest;

namespace {

// One figure as "value low high unit" ("-" for a missing end), the way the checks below compare.
std::string shown(const cg::graph::Quantity& q) {
  const auto num = [](const std::optional<double>& v) {
    if (!v) return std::string("-");
    std::string s = std::to_string(*v);
    s.erase(s.find_last_not_of('0') + 1);
    if (s.back() == '.') s.pop_back();
    return s;
  };
  return num(q.value) + " " + num(q.low) + " " + num(q.high) + " " + q.unit;
}

std::vector<std::string> figures(const std::string& text) {
  std::vector<std::string> out;
  for (const Figure& f : findFigures(text)) out.push_back(shown(f.quantity));
  return out;
}

// A page's figure claims as "value low high unit | subject | source urls", in text order.
std::vector<std::string> claimsOf(const std::string& page, const std::string& title) {
  const cg::graph::DocumentBundle b = extract(readWikitext(page, title + ".wiki", {title, "", ""}));
  std::vector<std::string> out;
  for (const cg::graph::ClaimRecord& c : b.claims) {
    if (!c.quantity || !c.quantity->value) continue;
    std::string row = shown(*c.quantity) + " | ";
    row += c.subject == cg::graph::kNone ? "-" : b.entities[static_cast<std::size_t>(c.subject)].name;
    row += " |";
    for (int s : c.sources) row += " " + b.sources[static_cast<std::size_t>(s)].url;
    out.push_back(row);
  }
  return out;
}

}  // namespace

TEST_CASE("a number after the noun age or the participle aged is an age in years", "[ingest][figures][ages]") {
  CHECK(figures("Pupils leave at the age of 16.") == std::vector<std::string>{"16 - - years"});
  CHECK(figures("It admits children aged 3\u20135.") == std::vector<std::string>{"4 3 5 years"});
  CHECK(figures("School starts at age six.") == std::vector<std::string>{"6 - - years"});
  CHECK(figures("It teaches children from the age of 5 to 11.") == std::vector<std::string>{"8 5 11 years"});
  CHECK(figures("It has 90 pupils between the ages of four and 11.") ==
        std::vector<std::string>{"90 - - count", "7.5 4 11 years"});
  CHECK(figures("It lasts between two and three weeks.") == std::vector<std::string>{"2.5 2 3 weeks"});
  CHECK(figures("It serves pupils between the ages of 7 and 16.") == std::vector<std::string>{"11.5 7 16 years"});
  // A unit written after the number is the age's own: "aged 18 months".
  CHECK(figures("The foals, aged 18 months, were sold.") == std::vector<std::string>{"18 - - months"});
  // A clause whose subject is an age gives its value in years.
  CHECK(figures("In 1973 the age of majority was lowered from 21 to 18.") ==
        std::vector<std::string>{"21 - - years", "18 - - years"});
  CHECK(figures("The voting age is 16.") == std::vector<std::string>{"16 - - years"});
  CHECK(figures("At that age, 16 pupils left.") == std::vector<std::string>{"16 - - count"});
  // A person's age after a pronoun and "be"; a noun after the number counts it.
  CHECK(figures("She was 25 when she joined, and he left when he was twelve.") ==
        std::vector<std::string>{"25 - - years", "12 - - years"});
  // A plural pronoun may count a group ("we were six"): no age.
  CHECK(figures("Once we were six.").empty());
  CHECK(figures("They were 40 volunteers.") == std::vector<std::string>{"40 - - count"});
  CHECK(figures("They were forty volunteers.") == std::vector<std::string>{"40 - - count"});
  // No age phrase: "of" alone makes no age.
  CHECK(figures("A league of 16 teams played.") == std::vector<std::string>{"16 - - count"});
}

TEST_CASE("neighbouring numbers joined by or are one approximate range, others are alternatives",
          "[ingest][figures][ranges]") {
  CHECK(figures("A course lasts 4 or 5 years.") == std::vector<std::string>{"4.5 4 5 years"});
  CHECK(figures("A course lasts four or five years.") == std::vector<std::string>{"4.5 4 5 years"});
  CHECK(findFigures("A course lasts four or five years.").front().quantity.approximate);
  CHECK(figures("It takes two to three weeks.") == std::vector<std::string>{"2.5 2 3 weeks"});
  CHECK(figures("It spans ages 4 through 6.") == std::vector<std::string>{"5 4 6 years"});
  // Not neighbours: two figures, each with the unit said once.
  CHECK(figures("Fees rose 2 or 5 percent.") == std::vector<std::string>{"2 - - percent", "5 - - percent"});
}

TEST_CASE("adjectives between a number and a unit of time leave a length of time", "[ingest][figures][durations]") {
  CHECK(figures("Residents complete four post-graduate months of surgery.") ==
        std::vector<std::string>{"4 - - months"});
  CHECK(figures("He served 3 additional years abroad.") == std::vector<std::string>{"3 - - years"});
  // Counted things stay counts; a story's step stays no figure.
  CHECK(figures("They built four wooden houses.") == std::vector<std::string>{"4 - - count"});
  CHECK(figures("Two full years later it closed.").empty());
  // The object of a verb of duration is a length whatever follows it.
  CHECK(figures("Training takes a dozen years after school.") == std::vector<std::string>{"12 - - years"});
  CHECK(figures("The siege lasted two years after the fall.") == std::vector<std::string>{"2 - - years"});
  // In any form of data/duration_verbs.txt's verbs, read by WordNet.
  CHECK(figures("The crossing took two years after the war.") == std::vector<std::string>{"2 - - years"});
  CHECK(figures("They spent two years after the fire rebuilding.") == std::vector<std::string>{"2 - - years"});
  CHECK(figures("Licensing requires two years after school.") == std::vector<std::string>{"2 - - years"});
  CHECK(figures("They met two years after the war.").empty());
}

TEST_CASE("a counted noun in quotation marks is still the noun counted", "[ingest][figures]") {
  const auto f = findFigures("There are eight different 'grades' and two \u201Clevels\u201D.");
  REQUIRE(f.size() == 2);
  CHECK(shown(f[0].quantity) == "8 - - count");
  CHECK(f[0].noun == "different grades");
  CHECK(f[0].quantity.text == "eight different 'grades'");
  CHECK(shown(f[1].quantity) == "2 - - count");
  CHECK(f[1].noun == "levels");
  // An unclosed quotation mark ends the noun before it.
  CHECK(findFigures("They built eight 'grades and halls.").empty());
}

TEST_CASE("the first n years of a thing is its length, the first n things point back", "[ingest][figures][durations]") {
  CHECK(figures("The first six years of schooling are free.") == std::vector<std::string>{"6 - - years"});
  CHECK(figures("The first two firms closed.").empty());
}

TEST_CASE("a power of ten alone and its words in brackets take the unit after the bracket", "[ingest][wiki][figures]") {
  CHECK(*renderFormatting(TemplateCall{"val", {{"e", "10"}}}) == "10^10");
  CHECK(*renderFormatting(TemplateCall{"val", {{"", "1.99"}, {"e", "30"}}}) == "1.99\u00D710^30");
  CHECK(figures("It would take more than 10^10 (ten billion) years.") ==
        std::vector<std::string>{"10000000000 - - years"});
  CHECK(figures("It is 3,000 (three thousand) km long.") == std::vector<std::string>{"3000000 - - m"});
}

TEST_CASE("a fronted In-phrase names the owner of figures whose clause names none, a bracket's in-phrase its own",
          "[ingest][wiki][subjects]") {
  const std::string page =
      "'''Village school''' is a school for young children.\n\n"
      "== Countries ==\n"
      "In [[Norland]], village school starts at the age of six or seven and lasts until the age of twelve."
      "<ref>{{cite web|url=http://edu.example/norland|title=Norland schools}}</ref>\n\n"
      "In [[Ostmark]] and [[Vesterland]] pupils then train for another three years (four years in Vesterland). "
      "Teachers train longer.<ref>{{cite web|url=http://edu.example/train|title=Training}}</ref>\n\n"
      "In [[Ostmark]], [[Halvor Brun]] founded 12 schools.<ref>{{cite web|url=http://edu.example/brun|title=Brun}}"
      "</ref>\n\n"
      "In [[Ostmark]], teaching follows the [[Brun Plan]] (a scheme of 9 grades) for 6 years."
      "<ref>{{cite web|url=http://edu.example/plan|title=Plan}}</ref>\n";
  CHECK(claimsOf(page, "Village school") ==
        std::vector<std::string>{
            "6.5 6 7 years | Norland | http://edu.example/norland",
            "12 - - years | Norland | http://edu.example/norland",
            // no ref in its own sentence: the ref that closes the next sentence of its paragraph
            "3 - - years | Ostmark | http://edu.example/train",
            "4 - - years | Vesterland | http://edu.example/train",
            // a clause that names its own subject keeps it
            "12 - - count | Halvor Brun | http://edu.example/brun",
            // a bracketed aside's figure is the name's it follows; the clause's own figure the frame's
            "9 - - count | Brun Plan | http://edu.example/plan",
            "6 - - years | Ostmark | http://edu.example/plan",
        });
}

TEST_CASE("a measure noun's value after any form of be in the clause's verb group takes the noun's unit",
          "[ingest][wiki][quantity]") {
  // Words.h's forms of be but "being" (isVerbGroupBe), and the other verbs that equate ("became").
  CHECK(figures("The voting age has been 16.") == std::vector<std::string>{"16 - - years"});
  CHECK(figures("The voting age is to be 16.") == std::vector<std::string>{"16 - - years"});
  CHECK(figures("The voting age became 18.") == std::vector<std::string>{"18 - - years"});
  // "being" opens a participle phrase, no verb group of the clause: a bare count, not the noun's years.
  CHECK(figures("The voting age being 16 matters.") == std::vector<std::string>{"16 - - count"});
}
