// Claimants by clause structure (ingest/Attributions.cpp): appositives, adverbs between a name
// and its verb, passives with adverbs, lists joined by "and", a work's title, and "he"/"she" on
// a biography. Each case is a sentence of our own with the exact claimants its verb must get.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ClaimantsOfVerb.h"
#include "graph/Records.h"
#include "ingest/Extractor.h"
#include "ingest/WikitextReader.h"
#include "reason/Reason.h"

using namespace cg;

using test::claimantsOfVerb;

namespace {

graph::DocumentBundle markdown(const std::string& paragraph) {
  return ingest::extract(ingest::readArticle("# Harbour report\n\n## Body\n\n" + paragraph + "\n", "claimants.md"));
}

}  // namespace

TEST_CASE("claimants: appositives, adverbs, lists and titles name the one who speaks", "[ingest][attribution]") {
  struct Case {
    const char* paragraph;
    const char* verb;
    const char* claimants;
  };
  const Case cases[] = {
      // A name whole between commas is the appositive speaker, not the noun before it.
      {"The chair of the Harbour Trust, Mary Okonjo, said that the quay would reopen.", "said", "Mary Okonjo"},
      // A person, a comma and a description run up to the verb.
      {"John Renner, the director of the port authority reported the delay to the council.", "reported", "John Renner"},
      // An adverb between name and verb.
      {"Mary Okonjo thus wrote that the quay was unsafe.", "wrote", "Mary Okonjo"},
      {"John Renner famously replied that the tide would decide.", "replied", "John Renner"},
      // An adverb between the auxiliary and the participle keeps a passive a passive.
      {"The Harbour Trust plan is also often described as cautious.", "described", "none"},
      // A negation says nothing.
      {"John Renner has not disclosed the cost of the works.", "disclosed", "none"},
      // A comma ends a clause; it joins no list of speakers.
      {"Although the port raised its fees, Mary Okonjo warns that shippers will leave.", "warned", "Mary Okonjo"},
      // A name in a work's title after "in his book" is what the speaker wrote.
      {"John Renner, in his book Harbour Futures argued that the port must grow.", "argued", "John Renner"},
      // Any of Words' determiners before the noun ("in this book"), any of its modals opening a clause
      // without its "that" ("shall" as "would").
      {"John Renner, in this book Harbour Futures argued that the port must grow.", "argued", "John Renner"},
      {"Mary Okonjo found the model shall fail in 2028.", "found", "Mary Okonjo"},
  };
  for (const auto& c : cases) {
    INFO(c.paragraph);
    CHECK(claimantsOfVerb(markdown(c.paragraph), c.verb) == c.claimants);
  }
}

TEST_CASE("claimants: he and she on a biography are its subject when the page speaks of it so",
          "[ingest][attribution][wiki]") {
  const std::string page =
      "'''Ada Quill''' (born 1950) is a harbour engineer. Ada Quill designed the north quay.\n\n"
      "== Views ==\n"
      "Quill's work on tides was widely read. She argued that quays should float.\n\n"
      "Her critic, Peter Vos, disagreed. He wrote that floating quays fail in storms.\n\n"
      "[[Category:1950 births]]\n";
  const graph::DocumentBundle bundle =
      ingest::extract(ingest::readWikitext(page, "Ada_Quill.wiki", {"Ada Quill", "", ""}));
  CHECK(claimantsOfVerb(bundle, "argued") == "Ada Quill");
  // "He" on a page that speaks of its subject as "she" is another person: the paragraph's.
  CHECK(claimantsOfVerb(bundle, "wrote") == "Peter Vos");
}
