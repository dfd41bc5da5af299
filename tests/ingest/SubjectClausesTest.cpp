// Whose a figure is, by the grammar of its clause (ingest/Extractor.cpp, ingest/Subjects.cpp): "N of
// X" counts X's things; "N in X" with a common noun as head is X's; "it" as a clause's subject
// refers to the paragraph's last name that stood as a subject before it, unless the figure names
// its own owner right after it ("for X"); a restrictive relative clause ("X which accounts for N")
// is about its antecedent. Pages written for these tests.
#include <string>

#include <catch2/catch.hpp>

#include "FigureSubjects.h"
#include "graph/ClaimGraph.h"
#include "graph/Records.h"
#include "ingest/Extractor.h"
#include "ingest/Ingest.h"
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

TEST_CASE("subjects: a coordinated clause with its own subject before its own verb owns the figures after it",
          "[ingest][subjects]") {
  const auto subjectText = [](const std::string& text, const std::string& figure) {
    const std::size_t at = text.rfind(figure);
    const auto clause = ingest::clauseSubject(text, 0, at, at + figure.size());
    return clause ? text.substr(clause->begin, clause->end - clause->begin) : std::string("none");
  };
  CHECK(subjectText("Meridian Corp fell about 17 percent and Halvard Inc. fell about 17 percent.", "17 percent") ==
        "Halvard Inc");  // the phrase ends at its last word
  CHECK(subjectText("Meridian Corp fell about 17 percent and Halvard Inc. fell about 17 percent.", "about 17") ==
        "Halvard Inc");  // the phrase ends at its last word
  CHECK(subjectText("Orbis rose 4% while the Tessel index dropped 2%.", "2%") == "the Tessel index");
  CHECK(subjectText("Orbis grew 4% but its rival Kestrel shrank 2%.", "2%") == "its rival Kestrel");
  CHECK(subjectText("Orbis grew 4% whereas Kestrel lost 2%.", "2%") == "Kestrel");
  // The first clause keeps its subject; a verb after "and" with no subject between shares it.
  CHECK(subjectText("Meridian Corp fell about 17 percent and Halvard Inc. fell about 9 percent.", "17 percent") ==
        "Meridian Corp");
  CHECK(subjectText("The Orbis team trained and released 3 models.", "3 models") == "The Orbis team");
  // "he and Saville": a conjunction with no verb before it joins two noun phrases, not two clauses.
  CHECK(subjectText("Kelsey recalled that he and Saville drew up 3 plans.", "3 plans") == "Kelsey");
  CHECK(subjectText("The Orbis team trained the model and then released 3 models.", "3 models") == "The Orbis team");
}

namespace {

// A page of vector stores that speaks of Brindlevec in one paragraph, not the first of its section (whose
// definition would make Brindlevec the whole section's subject): "The model" opens a sentence after it.
std::string vectorStorePage(const std::string& paragraph) {
  return "---\ntitle: \"Vector stores\"\nslug: \"vector_stores\"\ncategories:\n  - \"Terms\"\n---\n"
         "Vector stores hold embeddings.\n\n## Word models\n\nWord models map words to vectors.\n\n" +
         paragraph + "\n";
}

std::string modelSubject(const std::string& paragraph) {
  const graph::ClaimGraph g = ingest::ingestText(vectorStorePage(paragraph), "vector_stores.md");
  return test::figureSubject(g, 300, "count");
}

}  // namespace

TEST_CASE("subjects: 'The model' opening a sentence is the thing its paragraph said is a model", "[ingest][subjects]") {
  // The running subject, said to be "a family of model architectures", and kept by the "It" sentence.
  CHECK(modelSubject("[Brindlevec](/wiki/brindlevec) is a family of model architectures that learn word vectors. "
                     "It uses a shallow network. The model then learns vectors with 300 dimensions.") == "Brindlevec");
  // Said to be a family of tools, not of models: "The model" is no reference to it.
  CHECK(modelSubject("[Brindlevec](/wiki/brindlevec) is a family of tools that learn word vectors. "
                     "It uses a shallow network. The model then learns vectors with 300 dimensions.") != "Brindlevec");
  // The noun after a clause word belongs to another phrase ("that trains a model").
  CHECK(modelSubject("[Brindlevec](/wiki/brindlevec) is a family of tools that trains a model. "
                     "The model then learns vectors with 300 dimensions.") != "Brindlevec");
  // Another name has become the paragraph's subject since: the description no longer points back.
  CHECK(modelSubject("[Brindlevec](/wiki/brindlevec) is a family of model architectures. "
                     "[Quorvane](/wiki/quorvane) ships it on phones. The model then learns vectors with 300 "
                     "dimensions.") != "Brindlevec");
}

TEST_CASE("subjects: the noun of a definite description that opens a sentence", "[ingest][subjects]") {
  CHECK(ingest::openingDescription("The model first creates a vocabulary") == "model");
  CHECK(ingest::openingDescription("This platform offers 800 voices") == "platform");
  CHECK(ingest::openingDescription("The GPT Store lists 3 million GPTs").empty());    // a name
  CHECK(ingest::openingDescription("The model Orion has 7 layers").empty());          // a name after the noun
  CHECK(ingest::openingDescription("The values range from 0 to 255").empty());        // no made thing
  CHECK(ingest::openingDescription("The model, trained on 3 corpora, ...").empty());  // an aside follows
  CHECK(ingest::openingDescription("In 2020 the model had 3 layers").empty());        // not the opener
}
