// Reported speech in wikitext (ingest/Attributions.cpp): the quotative inversion ('"…", responded
// X', '"…," opined X in Y'), "according to a NOUN by X" with a noun of a work from WordNet, an
// organisation's acronym in brackets before its verb, and verbs of conjecture in the passive. Each
// case is a page of our own with the exact claimants its quotation, figure or verb must get, and
// the forms that must get none.
#include <catch2/catch.hpp>

#include "ReportedSpeechCases.h"

using namespace cg;

using test::checkAll;
using test::quoteClaimants;
using test::wikiPage;

TEST_CASE("reported speech: a verb right after a closed quotation has its speaker after it",
          "[ingest][attribution][wiki]") {
  // The comma after the closing mark, and a name inside the quotation that must not speak.
  const char* inverted =
      "\"We counted nearly fifty ships in the harbour, besides boats like [[Karl Weiss]], whose case is watched\", "
      "responded [[Tom Lane|Lane]].<ref>{{cite web|url=http://example.org/a|title=A}}</ref>";
  // A quotation split by its attribution: the first name after the verb, not the journal after "in".
  const char* split =
      "\"For three decades,\" opined [[Mara Quell]] in ''[[The Harbour Review]]'' in 2008, \"Tom Lane has built "
      "one of the finest careers on the coast.\"";
  // "said the harbourmaster": no name after the verb, none resolved; the name in the quotation
  // does not speak.
  const char* unnamed = "\"[[Karl Weiss]] built 12 quays on the north shore,\" said the harbourmaster.";
  checkAll({
      {inverted, "", "nearly fifty ships", 0, "Tom Lane"},
      {inverted, "", "", 50, "Tom Lane"},
      {inverted, "responded", "", 0, "Tom Lane"},
      {split, "", "For three decades", 0, "Mara Quell"},
      {split, "", "finest careers", 0, "Mara Quell"},
      {unnamed, "said", "", 0, "none"},
      {unnamed, "", "", 12, "nobody"},
  });
}

TEST_CASE("reported speech: according to a work by its maker, acronyms and passives of conjecture",
          "[ingest][attribution][wiki]") {
  checkAll({
      // A noun of a work (WordNet noun.communication, noun.cognition) and "by": its maker speaks,
      // not the university after "at".
      {"According to a dissertation by [[Hilde Brun]] at the [[University of Bergen]], two main themes shape "
       "his work.",
       "", "", 2, "Hilde Brun"},
      // A noun of a person ("the head of") is no work: the organisation after "of" does not speak.
      {"According to the head of the [[Harbour Trust]], 40 ships were lost.", "", "", 40, "nobody"},
      // The words before an organisation's acronym spell it out: the acronym speaks.
      {"As of 2008, the Norwegian bureau of fisheries ([[Norwegian Bureau of Fisheries|NBF]]) estimated that "
       "310,543 boats operate in [[Norway]].",
       "", "", 310543, "Norwegian Bureau of Fisheries"},
      // Passives of verbs of conjecture name their agent after "by"; "as determined by" too.
      {"Its existence had been postulated by [[Karl Weiss]] as early as 1844.", "postulated", "", 0, "Karl Weiss"},
      {"The quay is 400 metres long, as determined by the [[Harbour Survey Office]].<ref>{{cite "
       "web|url=http://example.org/b|title=B}}</ref>",
       "", "", 400, "Harbour Survey Office"},
      // "determined" as resolve or cause names no speaker.
      {"[[Karl Weiss]] was determined to finish the quay by 1995.", "determined", "", 0, "none"},
  });
}

TEST_CASE("reported speech: a name given as an example of the clause's subject speaks for it",
          "[ingest][attribution][wiki]") {
  checkAll({
      // "Experts like X": the plural subject's named example speaks through the participle.
      {"Experts like [[Ivo Marsh]] liken the growth of the port to a boom, warning of a collapse by 2030.", "warned",
       "", 0, "Ivo Marsh"},
      {"While some engineers including [[Ada Quill]] doubt the plan, questioning whether 12 cranes suffice, the "
       "trust goes ahead.",
       "questioned", "", 0, "Ada Quill"},
      // A plural noun that is the verb's object, not its subject, gives no speaker.
      {"The trust hired engineers including [[Karl Weiss]], warning that costs would rise by 30 percent.", "warned", "",
       0, ""},
  });
}

TEST_CASE("reported speech: a participle reports only before what is reported", "[ingest][attribution][wiki]") {
  checkAll({
      // A gerund of a process after a preposition, or a participle before its object, says nothing.
      {"[[Quay Modeling]] is a technique for estimating the load on a quay.", "estimated", "", 0, "none"},
      {"[[Harbour Trust]] sends a letter to each captain, telling the crew where to moor.", "told", "", 0, "none"},
      {"[[Harbour Trust]] runs the quay, marketing its berths to shipping lines.", "marketed", "", 0, "none"},
      // "of", "that", a clause opened by its subject pronoun, a number: reported speech.
      {"[[Harbour Trust]] wrote to each captain, warning of storms.", "warned", "", 0, "Harbour Trust"},
      {"[[Harbour Trust]] opened in 2020, announcing it had raised $5 million.", "", "", 5000000, "Harbour Trust"},
      {"Trade grew, with the [[Harbour Trust]] forecasting a 23% rise by 2027.", "", "", 23, "Harbour Trust"},
  });
}

TEST_CASE("reported speech: a bare verb form agrees with a plural subject, a modal or 'to'",
          "[ingest][attribution][wiki]") {
  checkAll({
      // "Please say ...": an imperative; the capitalised word before it is no subject.
      {"Then [[Quaymaster]] opens. Please say \"start\" to begin the tour of 12 berths.", "said", "", 0, ""},
      // A plural noun the name stands in; a modal.
      {"Several historians led by [[Karl Weiss]] argue that the quay was built in 1850.", "argued", "", 0,
       "Karl Weiss"},
      {"[[Karl Weiss]] would argue that the quay was built in 1850.", "argued", "", 0, "Karl Weiss"},
      // A past form in British spelling is no bare form.
      {"[[Karl Weiss]] characterised the quay as \"a monument to patience\".", "", "a monument to patience", 0,
       "Karl Weiss"},
  });
}

TEST_CASE("reported speech: a biography's 'he' continues the subject of the sentence before when that is another",
          "[ingest][attribution][wiki]") {
  const std::string page =
      "'''Tom Lane''' (born 1950) is a harbour engineer. He was born in Hull and he trained in Leeds.\n\n"
      "== Influences ==\n"
      "His teacher was [[John Harper]]. A trained surveyor, [[John Harper]] believed that quays should be short. "
      "In 1950, he had built a pier that he described as \"the shortest pier on the coast\".\n\n"
      "[[Mary Okonjo]] praised his designs. He described one as \"a quay that floats on the tide\".\n\n"
      "[[Category:1950 births]]\n";
  const graph::DocumentBundle bundle = wikiPage("Tom Lane", page);
  CHECK(quoteClaimants(bundle, "the shortest pier on the coast") == "John Harper");
  // "praised his designs": the sentence before speaks of the biography's subject, who goes on.
  CHECK(quoteClaimants(bundle, "a quay that floats on the tide") == "Tom Lane");
}
