// Which names may own a figure on a Wikipedia page, by what the language says of them: on a page in a
// language that writes every noun with a capital (German), a capitalised common noun ("Kaliber",
// "Der Sicherheitsbereich") or a heading of one is no name, so the figure stays the page's; "he" and
// "she" are said of persons only, so a figure of "He played ..." under a heading that names a league
// is the person's; a present participle after a comma ("..., catching seven passes") takes the main
// clause's subject, unless its own object is a name or a pronoun or a finite verb follows it. The pages are invented,
// in the forms of real German and English pages.
#include <string>

#include <catch2/catch.hpp>

#include "FigureSubjects.h"
#include "graph/Records.h"
#include "ingest/Extractor.h"
#include "ingest/Subjects.h"
#include "ingest/WikiLanguage.h"
#include "ingest/WikitextReader.h"

using namespace cg;
using test::subjectOf;

namespace {

graph::DocumentBundle wikiPage(const std::string& page, const std::string& title) {
  return ingest::extract(ingest::readWikitext(page, title + ".wiki", {title, "", ""}));
}

const std::string kGerman =
    "Der '''Velmarwerfer''' ist eine rückstoßfreie Waffe der Armee.\n\n"
    "== Munition ==\n"
    "Die Reichweite betrug etwa 400&nbsp;m. Der Sicherheitsbereich betrug nach hinten 25&nbsp;m.\n\n"
    "Z4 war 52&nbsp;cm lang.\n\n"
    "[[Kategorie:Waffe]]\n";

const std::string kEnglishNouns =
    "The '''Velmar launcher''' is a recoilless weapon.\n\n"
    "== Ammunition ==\n"
    "The Safety Zone behind it was 25&nbsp;m.\n";

const std::string kPlayer =
    "'''Derrick Halvorsen Quade''' (born May 2, 1980) is a retired [[American football]] [[wide receiver]].\n\n"
    "==Playing career==\n"
    "===NFL===\n"
    "Quade was selected in the third round of the [[2003 NFL Draft]] by the [[Dallas Cowboys]]. He played in "
    "four games in the regular season, catching seven passes.\n";

}  // namespace

TEST_CASE("A language that capitalises every noun: which pages", "[ingest][wiki][subjects]") {
  CHECK(ingest::capitalisesNouns("de"));
  CHECK(ingest::capitalisesNouns("de-AT"));
  CHECK_FALSE(ingest::capitalisesNouns("en"));
  CHECK_FALSE(ingest::capitalisesNouns(""));
}

TEST_CASE("A German page's capitalised nouns own no figure, a name written as no word does",
          "[ingest][wiki][subjects]") {
  const auto b = wikiPage(kGerman, "Velmarwerfer");
  // "Die Reichweite", "Der Sicherheitsbereich" under "== Munition ==": common nouns, so the page's.
  CHECK(subjectOf(b, "400\u00a0m") == "Velmarwerfer");
  CHECK(subjectOf(b, "25\u00a0m") == "Velmarwerfer");
  // "Z4" is written as no German word is: a name.
  CHECK(subjectOf(b, "52\u00a0cm") == "Z4");
}

TEST_CASE("An English page's capitalised words keep their reading", "[ingest][wiki][subjects]") {
  const auto b = wikiPage(kEnglishNouns, "Velmar launcher");
  // Not a German page: "The Safety Zone" stays the name English capitals make it.
  CHECK(subjectOf(b, "25\u00a0m") == "Safety Zone");
}

TEST_CASE("'He' as a figure's clause subject is a person's, not the league a heading names",
          "[ingest][wiki][subjects]") {
  const auto b = wikiPage(kPlayer, "Derrick Quade");
  CHECK(subjectOf(b, "four games") == "Derrick Halvorsen Quade");
  CHECK(subjectOf(b, "seven passes") == "Derrick Halvorsen Quade");
}

namespace {
// The text of the clause subject clauseSubject finds for the figure `figure` of `text`, "" for none.
std::string clauseSubjectText(const std::string& text, const std::string& figure) {
  const std::size_t at = text.find(figure);
  const auto clause = ingest::clauseSubject(text, 0, at, at + figure.size());
  if (!clause || clause->kind == ingest::ClauseSubject::Kind::kObject) return "";
  return text.substr(clause->begin, clause->end - clause->begin);
}
}  // namespace

TEST_CASE("A present participle after a comma takes the main clause's subject", "[ingest][subjects]") {
  CHECK(clauseSubjectText("He played in four games, catching seven passes.", "seven passes") == "He");
  CHECK(clauseSubjectText("The Velmar library trains adapters, updating only 0.2% of weights.", "0.2%") ==
        "The Velmar library");
  // The participle's object is a name, nearer to the figure: no reading from the main clause (nor any).
  CHECK(clauseSubjectText("Qandrix released Zorvan-3, featuring a Mixture of Experts design with 120 billion "
                          "parameters.",
                          "120 billion") == "");
  // A finite verb after the participle heads a clause of its own ("the company invested").
  CHECK(clauseSubjectText("Its chief spoke at the summit, stating the company invested $10 billion.", "$10 billion") ==
        "the company");
}
