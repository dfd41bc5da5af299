// Whose a figure is, by the grammar of its clause (ingest/Extractor.cpp, ingest/Subjects.cpp): "N of
// X" counts X's things; "N in X" with a common noun as head is X's; "it" as a clause's subject
// refers to the paragraph's last name that stood as a subject before it, unless the figure names
// its own owner right after it ("for X"); a restrictive relative clause ("X which accounts for N")
// is about its antecedent. Pages written for these tests.
#include <string>

#include <catch2/catch.hpp>

#include "FigureSubjects.h"
#include "graph/Records.h"
#include "ingest/Extractor.h"
#include "ingest/Subjects.h"
#include "ingest/WikitextReader.h"

using namespace cg;
using test::subjectOf;

namespace {

graph::DocumentBundle wikiPage(const std::string& page) {
  return ingest::extract(ingest::readWikitext(page, "Zorvath.wiki", {"Zorvath", "", ""}));
}

const std::string kPage =
    "'''Zorvath''' is a binary star system in the constellation [[Lyra]].\n\n"
    "== Stars ==\n"
    "At 0.5 [[solar mass]], Zorvath&nbsp;B is less massive than [[Vega]]; however, it is larger, with a radius of "
    "9,100 [[kilometer|km]], versus 6,000&nbsp;km for [[Sirius B]].\n\n"
    "Zorvath is one of the 88 stars of [[Lyra]]. Tourism in [[Harwick]] employs 4,500 people.\n\n"
    "Visitors come to the Lake District, which accounts for 40% of stays, and the metropolitan area of [[Harwick]] "
    "which accounts for 26% of them.\n";

}  // namespace

TEST_CASE("subjects: 'it' as a clause's subject is the paragraph's last subject name", "[ingest][subjects][wiki]") {
  const auto b = wikiPage(kPage);
  CHECK(subjectOf(b, "9,100 km") == "Zorvath B");
  // The figure that names its owner right after it keeps that owner.
  CHECK(subjectOf(b, "6,000\u00a0km") == "Sirius B");
}

TEST_CASE("subjects: a count's 'N of X' and a common noun's 'N in X' are X's", "[ingest][subjects][wiki]") {
  const auto b = wikiPage(kPage);
  CHECK(subjectOf(b, "88 stars") == "Lyra");
  CHECK(subjectOf(b, "4,500 people") == "Harwick");
}

TEST_CASE("subjects: a restrictive relative clause's figure is its antecedent's", "[ingest][subjects][wiki]") {
  const auto b = wikiPage(kPage);
  // "the metropolitan area of Harwick which accounts for 26%": the antecedent's "of" names the owner.
  CHECK(subjectOf(b, "26%") == "Harwick");
  const std::string text = "Zorvath has a moon which has 3 craters.";
  const auto clause = ingest::clauseSubject(text, 0, text.find('3'), text.find('3') + 1);
  REQUIRE(clause);
  CHECK(text.substr(clause->begin, clause->end - clause->begin) == "a moon");
}

TEST_CASE("subjects: 'it' after an object pronoun or with no subject name before stays with the page",
          "[ingest][subjects][wiki]") {
  const auto b = wikiPage(
      "'''Zorvath''' is a binary star system.\n\n"
      "== Light ==\n"
      "The glow of the pair, giving it a red hue, reaches 3,000 [[kilometer|km]]. It is 1.2 times brighter than the "
      "[[Sun]].\n");
  CHECK(subjectOf(b, "3,000 km") == "Zorvath");
  CHECK(subjectOf(b, "1.2 times") == "Zorvath");
}
