// Reported speech in wikitext (ingest/Attributions.cpp): the quotative inversion ('"…", responded
// X', '"…," opined X in Y'), "according to a NOUN by X" with a noun of a work from WordNet, an
// organisation's acronym in brackets before its verb, and verbs of conjecture in the passive. Each
// case is a page of our own with the exact claimants its quotation, figure or verb must get, and
// the forms that must get none.
#include <catch2/catch.hpp>

#include <string>

#include "ClaimantsOfVerb.h"
#include "graph/Records.h"
#include "ingest/Extractor.h"
#include "ingest/WikitextReader.h"

using namespace cg;

using test::claimantsOfVerb;

namespace {

graph::DocumentBundle wiki(const std::string& body) {
  const std::string page = "'''Tom Lane''' (born 1950) is a harbour engineer.\n\n== Views ==\n" + body + "\n";
  return ingest::extract(ingest::readWikitext(page, "Tom_Lane.wiki", {"Tom Lane", "", "", ""}));
}

std::string names(const graph::DocumentBundle& bundle, const graph::ClaimRecord& c) {
  std::string joined;
  for (int e : c.claimants) joined += (joined.empty() ? "" : ",") + bundle.entities[static_cast<std::size_t>(e)].name;
  return joined.empty() ? "nobody" : joined;
}

// The claimants of the quote claim whose words contain `words`; "none" when there is no such claim.
std::string quoteClaimants(const graph::DocumentBundle& bundle, const std::string& words) {
  for (const graph::ClaimRecord& c : bundle.claims)
    if (c.kind == graph::ClaimKind::kQuote && c.quote.find(words) != std::string::npos) return names(bundle, c);
  return "none";
}

// The claimants of the figure claim of value `value`; "none" when there is no such claim.
std::string figureClaimants(const graph::DocumentBundle& bundle, double value) {
  for (const graph::ClaimRecord& c : bundle.claims)
    if (c.kind == graph::ClaimKind::kFigure && c.quantity && c.quantity->value == value) return names(bundle, c);
  return "none";
}

}  // namespace

TEST_CASE("reported speech: a verb right after a closed quotation has its speaker after it",
          "[ingest][attribution][wiki]") {
  // The comma after the closing mark, and a name inside the quotation that must not speak.
  const auto inverted = wiki(
      "\"We counted nearly fifty ships in the harbour, besides boats like [[Karl Weiss]], whose case "
      "is watched\", responded [[Tom Lane|Lane]].<ref>{{cite web|url=http://example.org/a|title=A}}</ref>");
  CHECK(quoteClaimants(inverted, "nearly fifty ships") == "Tom Lane");
  CHECK(figureClaimants(inverted, 50) == "Tom Lane");
  CHECK(claimantsOfVerb(inverted, "responded") == "Tom Lane");

  // A quotation split by its attribution: the first name after the verb, not the journal after "in".
  const auto split = wiki(
      "\"For three decades,\" opined [[Mara Quell]] in ''[[The Harbour Review]]'' in 2008, \"Tom Lane "
      "has built one of the finest careers on the coast.\"");
  CHECK(quoteClaimants(split, "For three decades") == "Mara Quell");
  CHECK(quoteClaimants(split, "finest careers") == "Mara Quell");

  // "said the harbourmaster": no name after the verb, none resolved; the name in the quotation
  // does not speak.
  const auto unnamed = wiki("\"[[Karl Weiss]] built the north quay in 1990,\" said the harbourmaster.");
  CHECK(claimantsOfVerb(unnamed, "said") == "none");
  CHECK(figureClaimants(unnamed, 1990) != "Karl Weiss");
}

TEST_CASE("reported speech: according to a work by its maker, acronyms and passives of conjecture",
          "[ingest][attribution][wiki]") {
  // A noun of a work (WordNet noun.communication, noun.cognition) and "by": its maker speaks,
  // not the university after "at".
  const auto dissertation = wiki(
      "According to a dissertation by [[Hilde Brun]] at the [[University of Bergen]], two main themes "
      "shape his work.");
  CHECK(figureClaimants(dissertation, 2) == "Hilde Brun");
  // A noun of a person ("the head of") is no work: the organisation after "of" does not speak.
  const auto head = wiki("According to the head of the [[Harbour Trust]], 40 ships were lost.");
  CHECK(figureClaimants(head, 40) == "nobody");

  // The words before an organisation's acronym spell it out: the acronym speaks.
  const auto acronym = wiki(
      "As of 2008, the Norwegian bureau of fisheries ([[Norwegian Bureau of Fisheries|NBF]]) estimated that "
      "310,543 boats operate in [[Norway]].");
  CHECK(figureClaimants(acronym, 310543) == "Norwegian Bureau of Fisheries");

  // Passives of verbs of conjecture name their agent after "by"; "as determined by" too.
  const auto passive = wiki("Its existence had been postulated by [[Karl Weiss]] as early as 1844.");
  CHECK(claimantsOfVerb(passive, "postulated") == "Karl Weiss");
  const auto determined = wiki(
      "The quay is 400 metres long, as determined by the [[Harbour Survey Office]].<ref>{{cite "
      "web|url=http://example.org/b|title=B}}</ref>");
  CHECK(figureClaimants(determined, 400) == "Harbour Survey Office");
  // "determined" as resolve or cause names no speaker.
  const auto resolve = wiki("[[Karl Weiss]] was determined to finish the quay by 1995.");
  CHECK(claimantsOfVerb(resolve, "determined") == "none");
}

TEST_CASE("reported speech: a name given as an example of the clause's subject speaks for it",
          "[ingest][attribution][wiki]") {
  // "Experts like X": the plural subject's named example speaks through the participle.
  const auto experts =
      wiki("Experts like [[Ivo Marsh]] liken the growth of the port to a boom, warning of a collapse by 2030.");
  CHECK(claimantsOfVerb(experts, "warned") == "Ivo Marsh");
  const auto some = wiki(
      "While some engineers including [[Ada Quill]] doubt the plan, questioning whether 12 cranes suffice, the "
      "trust goes ahead.");
  CHECK(claimantsOfVerb(some, "questioned") == "Ada Quill");
  // A plural noun that is the verb's object, not its subject, gives no speaker.
  const auto object =
      wiki("The trust hired engineers including [[Karl Weiss]], warning that costs would rise by 30 percent.");
  CHECK(claimantsOfVerb(object, "warned") != "Karl Weiss");
}

TEST_CASE("reported speech: a participle reports only before what is reported", "[ingest][attribution][wiki]") {
  // A gerund of a process after a preposition, or a participle before its object, says nothing.
  const auto process = wiki("[[Quay Modeling]] is a technique for estimating the load on a quay.");
  CHECK(claimantsOfVerb(process, "estimated") == "none");
  const auto object = wiki("[[Harbour Trust]] sends a letter to each captain, telling the crew where to moor.");
  CHECK(claimantsOfVerb(object, "told") == "none");
  const auto warning = wiki("[[Harbour Trust]] wrote to each captain, warning of storms.");
  CHECK(claimantsOfVerb(warning, "warned") == "Harbour Trust");
  const auto plain = wiki("[[Harbour Trust]] runs the quay, marketing its berths to shipping lines.");
  CHECK(claimantsOfVerb(plain, "marketed") == "none");
  // "that", a clause opened by its subject pronoun, a number: reported speech.
  const auto announced = wiki("[[Harbour Trust]] opened in 2020, announcing it had raised $5 million.");
  CHECK(figureClaimants(announced, 5000000) == "Harbour Trust");
  const auto forecast = wiki("Trade grew, with the [[Harbour Trust]] forecasting a 23% rise by 2027.");
  CHECK(figureClaimants(forecast, 23) == "Harbour Trust");
}

TEST_CASE("reported speech: a bare verb form agrees with a plural subject, a modal or 'to'",
          "[ingest][attribution][wiki]") {
  // "Please say ...": an imperative; the capitalised word before it is no subject.
  const auto imperative = wiki("Then [[Quaymaster]] opens. Please say \"start\" to begin the tour of 12 berths.");
  CHECK(claimantsOfVerb(imperative, "said") == "");  // a claim of the quotation, with no claimant
  // A plural noun, a plural name, or a plural noun the name stands in.
  const auto founders = wiki("[[Harbour Trust]] runs the quay. Its founders say that 12 berths suffice.");
  CHECK(claimantsOfVerb(founders, "said") != "none");
  const auto led = wiki("Several historians led by [[Karl Weiss]] argue that the quay was built in 1850.");
  CHECK(claimantsOfVerb(led, "argued") == "Karl Weiss");
  const auto modal = wiki("[[Karl Weiss]] would argue that the quay was built in 1850.");
  CHECK(claimantsOfVerb(modal, "argued") == "Karl Weiss");
  // A past form in British spelling is no bare form.
  const auto past = wiki("[[Karl Weiss]] characterised the quay as \"a monument to patience\".");
  CHECK(quoteClaimants(past, "a monument to patience") == "Karl Weiss");
}
