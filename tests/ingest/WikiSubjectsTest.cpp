// Whose a figure on a Wikipedia page is, by what the page's format and grammar define: the name
// that opens the lead (MOS:FIRST) is the topic, and "he" is that person; a page whose lead says its
// topic is a field or a concept gives no default subject; the agent of a participle after the
// figure's noun ("21 reefs protected by X") owns it. Pages written for these tests.
#include <string>

#include <catch2/catch.hpp>

#include "graph/ClaimGraph.h"
#include "ingest/Extractor.h"
#include "ingest/Subjects.h"
#include "ingest/WikitextReader.h"

using namespace cg;
using graph::ClaimId;
using graph::ClaimKind;

namespace {

// A wikitext page titled `title` to a one-document graph.
graph::ClaimGraph wikiPage(const std::string& page, const std::string& title) {
  graph::ClaimGraph g;
  g.add(ingest::extract(ingest::readWikitext(page, title + ".wiki", {title, "", ""})));
  return g;
}

// The subject's name of the figure with this value: "-" when it has none, "?" when no such figure.
std::string subjectOf(const graph::ClaimGraph& g, double value) {
  for (ClaimId c : g.claims().ids()) {
    const graph::Claim& claim = g.claims()[c];
    if (claim.kind != ClaimKind::kFigure || claim.value != value) continue;
    return claim.subject.isValid() ? std::string(g.str(g.entities()[claim.subject].name)) : "-";
  }
  return "?";
}

}  // namespace

TEST_CASE("the phrase that opens a lead before its aside or copula", "[ingest][wiki][subjects]") {
  CHECK(ingest::leadPhrase("Ibn al-Qasri (c. 990\u20131050) was a geometer.") == "Ibn al-Qasri");
  CHECK(ingest::leadPhrase("Reef science is a scientific discipline.") == "Reef science");
  CHECK(ingest::leadPhrase("Tom Banik, a geologist, mapped reefs.") == "Tom Banik");
  CHECK(ingest::leadPhrase("Reefs grow slowly everywhere.").empty());
}

TEST_CASE("the head noun of what a lead says its topic is", "[ingest][wiki][subjects]") {
  CHECK(ingest::definingNoun("Reef science is a scientific discipline between biology and geology.") == "discipline");
  CHECK(ingest::definingNoun("Ibn al-Qasri (c. 990) was a geometer and astronomer of Cordoba.") == "geometer");
  CHECK(ingest::definingNoun("Privacy is the ability of a person to stay apart.") == "ability");
  CHECK(ingest::definingNoun("Reefs grow slowly.").empty());
}

TEST_CASE("the agent of a participle after a figure's noun", "[ingest][subjects]") {
  const std::string text = "None of the 21 reefs protected by the National Park Service were bleached.";
  const std::size_t figureEnd = text.find("21 reefs") + 8;
  CHECK(ingest::agentAfter(text, figureEnd) == text.find("National"));
  const std::string plain = "The 21 reefs lie near the Coral Institute.";
  CHECK(ingest::agentAfter(plain, plain.find("21 reefs") + 8) == std::string::npos);
  // "by" after a noun, not a participle: no agent.
  const std::string means = "It mapped 21 reefs by boat.";
  CHECK(ingest::agentAfter(means, means.find("21 reefs") + 8) == std::string::npos);
}

TEST_CASE("a lead that opens with a name the page writes whole makes it the topic, and he is that person",
          "[ingest][wiki][subjects]") {
  const std::string page =
      "'''Ibn al-Qasri''' (c. 990\u20131050) was a geometer and astronomer of Cordoba.\n\n"
      "== Works ==\n"
      "He wrote 40 treatises on conics. A festival in Cordoba honours Ibn Al-Qasri's work every year.\n\n"
      "[[Category:990 births]]\n[[Category:1050 deaths]]\n";
  const auto g = wikiPage(page, "Al Qasri");
  // The lead writes the whole name (its particle "al-" joins its parts), so the entity goes by it.
  CHECK(subjectOf(g, 40) == "Ibn al-Qasri");
}

TEST_CASE("a page about a field gives no default subject, a participle's agent owns its figure",
          "[ingest][wiki][subjects]") {
  const std::string page =
      "'''Reef science''' is a scientific discipline between marine biology and geology.\n\n"
      "== Methods ==\n"
      "In 2008, none of the 21 reefs protected by the [[National Park Service]] were bleached. In 2009 "
      "divers counted 300 reefs in the region.\n";
  const auto g = wikiPage(page, "Reef science");
  CHECK(subjectOf(g, 21) == "National Park Service");
  CHECK(subjectOf(g, 300) == "-");
  // A page about a thing keeps its topic as the default subject.
  const std::string thing =
      "The '''Pacific Reef Survey''' is a research programme of the [[Coral Institute]].\n\n"
      "== History ==\nIn 2009 divers counted 300 reefs in the region.\n";
  CHECK(subjectOf(wikiPage(thing, "Pacific Reef Survey"), 300) == "Pacific Reef Survey");
}

// The lead of a made-up binary star's page.
const std::string kBinaryStarLead = "'''Kestrel''' is a binary star in the constellation [[Aquila]].\n\n";

TEST_CASE("a capital letter after a known name designates a component, which owns its figures",
          "[ingest][wiki][subjects]") {
  // A made-up binary star: its components written with a space and with a no-break space.
  const std::string page = kBinaryStarLead +
                           "== System ==\n"
                           "Kestrel A has a spectral class of F2V. It is 1.7 times the mass of the [[Sun]].\n\n"
                           "The age of Kestrel A is at least 3 Gyr.\n\n"
                           "The mass of Kestrel&nbsp;B is about 0.55 [[solar mass]]es.\n\n"
                           "A survey of 44 stars found it.\n";
  const auto g = wikiPage(page, "Kestrel");
  CHECK(subjectOf(g, 1.7) == "Kestrel A");
  CHECK(subjectOf(g, 3e9) == "Kestrel A");
  CHECK(subjectOf(g, 0.55) == "Kestrel B");
  // The article "A" opening a sentence stays an article.
  CHECK(subjectOf(g, 44) == "Kestrel");
}

TEST_CASE("one capital letter after a capitalised word is no article in a clause subject", "[ingest][subjects]") {
  const std::string text = "The age of Kestrel A is at least 3 Gyr.";
  const auto clause = ingest::clauseSubject(text, 0, text.find("3 Gyr"), text.find("3 Gyr") + 5);
  REQUIRE(clause.has_value());
  CHECK(text.substr(clause->begin, clause->end - clause->begin) == "The age of Kestrel A");
}

TEST_CASE("a figure that closes a sentence-opening prepositional phrase is the main clause subject's",
          "[ingest][wiki][subjects]") {
  const std::string page = kBinaryStarLead +
                           "== Companion ==\n"
                           "At 0.55 [[solar mass]], Kestrel&nbsp;B is less massive than [[Sirius B]]. "
                           "With a surface temperature of 8,120&nbsp;K, it is also cooler than Sirius B.\n\n"
                           "For the 12 km crater, Kestrel B is too far.\n";
  const auto g = wikiPage(page, "Kestrel");
  CHECK(subjectOf(g, 0.55) == "Kestrel B");
  CHECK(subjectOf(g, 8120) == "Kestrel B");
  // The figure modifies a noun inside the phrase ("12 km crater"): not the main subject's.
  CHECK(subjectOf(g, 12000) == "Kestrel");
}

TEST_CASE("a no-break space inside a name is a space, and one after it is no part of it", "[ingest][wiki][entities]") {
  const auto g = wikiPage(
      "'''Kestrel''' is a star.\n\nKestrel&nbsp;B is a white dwarf of 0.55 solar masses. "
      "It was seen from Halvard&nbsp;(a town) in 1896.\n",
      "Kestrel");
  CHECK(subjectOf(g, 0.55) == "Kestrel B");
  const auto halvard = g.findEntity("Halvard");
  REQUIRE(halvard);
  CHECK(g.str(g.entities()[*halvard].name) == "Halvard");
}

TEST_CASE("after a subject pronoun a verb's form is its verb, '-ies' of a verb in 'ie' too", "[ingest][subjects]") {
  CHECK(ingest::readsAsVerb("it", "lies", "at"));
  CHECK(ingest::readsAsVerb("it", "carries", "the"));
  // After a determiner the same form is a noun.
  CHECK_FALSE(ingest::readsAsVerb("the", "lies", "at"));
}

TEST_CASE("'it' refers to the lead's name past its bracketed aside, not a name in a phrase before it",
          "[ingest][wiki][subjects]") {
  const auto g = wikiPage(
      "'''Kestrel''' (α Aql, Alpha Kestrelis) is the brightest [[star]] in [[Aquila]]. Its glow is not its own but its "
      "nearness to the [[Sun]]; as measured by the [[European Space Agency]] [[Gaia]] probe, it lies at a distance "
      "of 12.5 light-years.\n",
      "Kestrel");
  CHECK(subjectOf(g, 12.5) == "Kestrel");
}
