// Whose a figure is, by the phrase it stands in (ingest/Extractor.cpp, ingest/Subjects.cpp): an
// absolute phrase ("with prompts for X having N") is a clause whose subject is its noun phrase; an
// amount in a unit of measure followed by "of" ("10 GB of VRAM") measures that stuff, which owns
// none of it, so a requirements list stays with the page's topic; a name in a prepositional phrase
// after the verb ("fabricated on custom Vantor 4NP") is no subject; an adverb that opens a sentence
// before a comma ("Afterward,") is no name. Articles written for these tests.
#include <string>

#include <catch2/catch.hpp>

#include "FigureSubjects.h"
#include "graph/Records.h"
#include "ingest/Article.h"
#include "ingest/Extractor.h"
#include "ingest/Subjects.h"

using namespace cg;
using test::subjectOf;

namespace {

graph::DocumentBundle article(const std::string& body) {
  return ingest::extract(ingest::readArticle(
      "---\ntitle: \"Zephyr Engine\"\nslug: \"zephyr_engine\"\n---\n"
      "Zephyr Engine is an image generation model developed by [Korvath Labs](/wiki/korvath_labs).\n\n" +
          body,
      "zephyr_engine.md"));
}

}  // namespace

TEST_CASE("subject phrases: an absolute phrase's noun phrase owns its figure, each conjunct its own",
          "[ingest][subjects]") {
  const auto b = article(
      "## Prompts\n\nPrompts should be short, with prompts for [Quillon](/wiki/quillon) having a recommended maximum "
      "of 400 characters and prompts for [Tessaract](/wiki/tessaract) staying under 60 words. A prompt with more than "
      "three words gives a clear context.\n");
  CHECK(subjectOf(b, "400 characters") == "Quillon");
  CHECK(subjectOf(b, "under 60 words") == "Tessaract");
  // The absolute phrase's owner speaks for that phrase only, not for the sentences after it.
  CHECK(subjectOf(b, "more than three words") == "Zephyr Engine");
  const std::string text = "The card ships, with most units including 8 fans.";
  CHECK_FALSE(ingest::absolutePhrase(text, 0, text.find('8')));  // "including" is a preposition
  const std::string absolute = "It sold well, with the Varn edition reaching 5 markets.";
  const auto phrase = ingest::absolutePhrase(absolute, 0, absolute.find('5'));
  REQUIRE(phrase);
  CHECK(absolute.substr(phrase->first, phrase->second - phrase->first) == "the Varn edition");
}

TEST_CASE("subject phrases: a requirements list measures stuff and stays with the topic", "[ingest][subjects]") {
  const auto b = article(
      "## Requirements\n\n- Under 10 GB of [VRAM](/wiki/vram).\n- A processor with at least four cores and eight "
      "threads or more.\n- 20 GB of free disk space.\n");
  CHECK(subjectOf(b, "Under 10 GB") == "Zephyr Engine");
  CHECK(subjectOf(b, "at least four cores") == "Zephyr Engine");
  CHECK(subjectOf(b, "20 GB") == "Zephyr Engine");
}

TEST_CASE("subject phrases: a prepositional object after modifiers is no subject", "[ingest][subjects]") {
  // The conjunct's verb "pack" shares the subject "Helion GPUs" (no name): the page's topic, not Vantor.
  const auto b = article(
      "## Chips\n\nHelion GPUs comprise two dies, are fabricated on custom [Vantor](/wiki/vantor) 4NP, and pack 208 "
      "billion transistors.\n");
  CHECK(subjectOf(b, "208 billion transistors") == "Zephyr Engine");
  const std::string text = "Helion GPUs are fabricated on custom Vantor 4NP";
  CHECK(ingest::objectOfPreposition(text, 0, text.find("Vantor")));
  CHECK_FALSE(ingest::objectOfPreposition(text, 0, text.find("GPUs")));
  const std::string direct = "the original Vantor chip";  // no preposition opens the phrase
  CHECK_FALSE(ingest::objectOfPreposition(direct, 0, direct.find("Vantor")));
  const std::string genitive = "the accuracy of the Vantor model";  // "of" names the owner
  CHECK_FALSE(ingest::objectOfPreposition(genitive, 0, genitive.find("Vantor")));
  const std::string determiner = "fought at the Vantor battle";  // "the" opens a phrase of its own
  CHECK_FALSE(ingest::objectOfPreposition(determiner, 0, determiner.find("Vantor")));
  const std::string verb = "over it Vantor";  // a pronoun is no modifier of the name
  CHECK_FALSE(ingest::objectOfPreposition(verb, 0, verb.find("Vantor")));
}

TEST_CASE("subject phrases: an adverb opening a sentence before a comma is no name", "[ingest][subjects]") {
  const std::string text = "Afterward, 4 generated images will be provided.";
  CHECK(ingest::introductoryAdverb(text, 0, 0, 9));
  const std::string name = "Helion, 4 chips";  // no adverb
  CHECK_FALSE(ingest::introductoryAdverb(name, 0, 0, 6));
}
