// Reported speech in its general English forms (ingest/Attributions.cpp): WordNet's reporting verbs
// (data/reporting_verbs.tsv) before "that", before a quotation and in the passive with "by"; "he"
// and "she" for a name the entity finder left untyped; a work's owner speaking through it ("X's
// 1931 study found"); a verb after "and" sharing its subject; a block quotation after a lead-in
// that ends in a colon; "X et al. (2017)". Each case is a page of our own with the exact claimants
// its quotation, figure or verb must get, and the forms that must get none.
#include <catch2/catch.hpp>

#include <string>

#include "ReportedSpeechCases.h"
#include "ingest/Article.h"

using namespace cg;

using test::checkAll;
using test::claimantsOfVerb;
using test::figureClaimants;
using test::quoteClaimants;
using test::wikiPage;

TEST_CASE("reporting verbs: WordNet's verbs of saying report before 'that' and a quotation",
          "[ingest][attribution][wiki]") {
  checkAll({
      // "alleged", "asserted": verbs whose first sense is one of communication with a that-clause.
      {"[[Hilde Brun]] alleged that the quay was 40 metres too short.", "", "", 40, "Hilde Brun"},
      {"[[Hilde Brun]] alleged that the quay was 40 metres too short.", "alleged", "", 0, "Hilde Brun"},
      {"[[Hilde Brun]] averred, \"The quay we are building is a quay for the whole of the town.\"", "", "quay we are",
       0, "Hilde Brun"},
      // "that" before a noun is a determiner: no clause is reported.
      {"[[Hilde Brun]] taught that class at the harbour school in 1990.", "taught", "", 0, "none"},
      // A thing as the subject of a verb of belief: no one speaks ("Tide modelling" is common words).
      {"[[Tide modelling]] assumes that the basin is 12 metres deep.", "", "", 12, "nobody"},
      // A participle of belief joins a clause as a conjunction does; only one of saying reports.
      {"The [[Harbour Trust]] fleet made 130 voyages, considering that its ships were old.", "", "", 130, "nobody"},
      {"[[Hilde Brun]] sued the [[Harbour Trust]] in 2004, alleging that 30 ships had been lost.", "", "", 30,
       "Hilde Brun"},
  });
}

TEST_CASE("reporting verbs: the passive names its speaker after 'by', also after 'the'",
          "[ingest][attribution][wiki]") {
  checkAll({
      {"The theory that the tide lifts the pier was advocated by [[Karl Weiss]] in the 1920s.", "advocated", "", 0,
       "Karl Weiss"},
      // "by the Kelvro collaboration": the name that opens the agent's phrase.
      {"Detection of the waves was reported by the [[Kelvro]] collaboration in 2012.", "reported", "", 0, "Kelvro"},
      // A description before a person: the person the phrase ends in.
      {"The camera was described by the [[Harbour Institute]] polymathic genius [[Karl Weiss]] in his book.",
       "described", "", 0, "Karl Weiss"},
      // A place's name used as an adjective after "the" is no agent.
      {"By 1945 it was estimated by the [[Norway|Norwegian]] authorities that 40 boats were lost each month.", "", "",
       40, "nobody"},
  });
}

TEST_CASE("reporting verbs: a study speaks for its owner, a verb after 'and' for its subject",
          "[ingest][attribution][wiki]") {
  checkAll({
      {"[[Karl Weiss]]'s 1931 study found that 40% of the piers were unsafe.", "", "", 40, "Karl Weiss"},
      {"A 2019 [[Harbour Trust]] survey found that 62% of captains backed the plan.", "", "", 62, "Harbour Trust"},
      {"Research conducted by the [[Quay Policy Institute]] for the [[Harbour Trust]] asserts that 1.5 million "
       "tonnes were moved.",
       "asserted", "", 0, "Quay Policy Institute"},
      // A name that only modifies a noun which is no study's ("text", "primer") owns nothing.
      {"The [[Harbour Trust]] primer describes 12 quays.", "described", "", 0, ""},
      // "He considered that ..., especially the Equant Line, failed ..., and noted": the subject of
      // the first verb, not the name inside its clause.
      {"He considered that the old grid, especially the [[Equant Line]], failed the tides, and noted that 12 of the "
       "old maps were wrong.",
       "", "", 12, "Tom Lane"},
      // "X et al. (2017)": the first author speaks for the authors.
      {"[[Hilde Brun]] et al. (2017) argued that 12 quays suffice.", "", "", 12, "Hilde Brun"},
  });
}

TEST_CASE("reporting verbs: 'he' reaches a name written as a person's the entity finder left untyped",
          "[ingest][attribution][wiki]") {
  const std::string page =
      "'''Harbour views''' are the views of the town on its harbour.\n\n== Views ==\n"
      "A sermon by [[Yorin Abu Qadesh]], a preacher of the town, was broadcast. In it, he asserted, \"The harbour "
      "we are building is a harbour of faith and of the whole town.\"\n\n"
      "In 2012, [[Maro Tesseki]], an official of the port, gave an interview. He said that the port will not reopen "
      "before 2030.\n\n"
      "The [[Oslo Accords]] were signed in 1993. He said that 4 quays will close.\n";
  const graph::DocumentBundle bundle = wikiPage("Harbour views", page);
  CHECK(quoteClaimants(bundle, "harbour of faith") == "Yorin Abu Qadesh");
  CHECK(claimantsOfVerb(bundle, "said") == "Maro Tesseki");
  // "Oslo Accords" ends in a common English word: no person's name, so no one says it.
  CHECK(figureClaimants(bundle, 4) == "nobody");
}

TEST_CASE("reporting verbs: a block quotation after a lead-in ending in a colon is its speaker's",
          "[ingest][attribution][wiki]") {
  checkAll({
      // {{quote}} in a block of its own: the speaker of the lead-in paragraph's verb.
      {"He noted the absurdity of the old maps:\n\n{{quote|The old maps place the pier where no pier can stand, and "
       "the error is plain to all who sail there.}}",
       "", "no pier can stand", 0, "Tom Lane"},
      // <blockquote> after a lead-in with no verb of saying: the lead-in clause's subject, across an
      // aside and before a name as the verb's object.
      {"Literary critic [[Ober Quillset]], however, offers Lane little praise in his piece in the ''[[Harbour "
       "Review]]'':\n\n<blockquote>What Lane gets instead is the worst of both worlds: grand quays and shallow water. "
       "The two weaknesses are related.</blockquote>",
       "", "worst of both worlds", 0, "Ober Quillset"},
  });
  // The same in Markdown: a "> " quotation after a lead-in paragraph.
  const graph::DocumentBundle md = ingest::extract(ingest::readArticle(
      "# Harbour report\n\n## Views\n\nKarl Weiss said in 1990:\n\n> The old maps place the pier where no "
      "pier can stand, and the error is plain to all who sail there.\n",
      "harbour.md"));
  INFO("markdown");
  CHECK(quoteClaimants(md, "no pier can stand") == "Karl Weiss");
}

TEST_CASE("reporting verbs: a quotation template's author named whole after a link shown by the surname",
          "[ingest][attribution][wiki]") {
  // "[[Karl Weiss|Weiss]]" earlier: "Karl Weiss, 1970" in {{rquote}}'s author slot is the linked
  // person whole, not "Karl" before the link's label.
  const std::string page =
      "'''Harbour views''' are the views of the town on its harbour.\n\nA view held by [[Karl Weiss|Weiss]] and "
      "the [[Harbour Trust]] has moderated.\n\n== Weiss and the Trust ==\n{{rquote|left|Our basic aim is to free "
      "the harbour from the sea to the river.... The basic concern is the quay.\n|Karl Weiss, 1970}}\n";
  const graph::DocumentBundle bundle = wikiPage("Harbour views", page);
  CHECK(quoteClaimants(bundle, "Our basic aim") == "Karl Weiss");
}
