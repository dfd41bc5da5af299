// Quotations and their speakers (ingest/Attributions.cpp, ingest/Speakers.cpp) in the forms the
// fifth held-out set missed: a name labelling a quotation, a noun of saying, "asked", a relative
// clause's verb, and a first-person quotation on a person's page titled otherwise than its text
// names them. Each case is text of our own with the exact quote, speaker and source it must give.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ClaimantsOfVerb.h"
#include "graph/Records.h"
#include "ingest/Extractor.h"
#include "ingest/Speakers.h"
#include "ingest/WikitextReader.h"

using namespace cg;

namespace {

// The claimants of the figure claims, in order.
std::vector<std::string> figureClaimants(const graph::DocumentBundle& bundle) {
  std::vector<std::string> out;
  for (const graph::ClaimRecord& c : bundle.claims)
    if (c.kind == graph::ClaimKind::kFigure) out.push_back(test::claimantNames(bundle, c.claimants));
  return out;
}

graph::DocumentBundle markdown(const std::string& body) {
  return ingest::extract(ingest::readArticle("# Harbour report\n\n## Body\n\n" + body + "\n", "quotes.md"));
}

}  // namespace

TEST_CASE("quotes: a name labelling a quotation in a list item speaks it and its figures",
          "[ingest][attribution][quote]") {
  const graph::DocumentBundle bundle = markdown(
      "Early users of the [Harbour Trust](/wiki/harbour_trust) crane report:\n\n"
      "- **Quaymark** (a shipping firm): \"30% faster unloading than the old cranes\"\n"
      "- **Harbour pilots guild**: \"Cut waiting times by 12 hours\" in the first month\n"
      "- **Theme**: \"Faster quays for everyone in the port\"\n");
  CHECK(test::quoteLines(bundle) == std::vector<std::string>{"Quaymark: 30% faster unloading than the old cranes",
                                                             "Harbour pilots guild: Cut waiting times by 12 hours",
                                                             "-: Faster quays for everyone in the port"});
  // "Harbour pilots guild" is common words, but its first opens a name the article links.
  CHECK(figureClaimants(bundle) == std::vector<std::string>{"Quaymark", "Harbour pilots guild"});
}

TEST_CASE("quotes: a noun of saying gives the quotation to its owner", "[ingest][attribution][quote]") {
  const graph::DocumentBundle bundle = markdown(
      "Mary Okonjo's definition of a safe quay as \"dry at spring tide\" is widely cited. "
      "John Renner’s famous quote \"The tide decides every timetable here\" opens the report.");
  CHECK(test::quoteLines(bundle) == std::vector<std::string>{"Mary Okonjo: dry at spring tide",
                                                             "John Renner: The tide decides every timetable here"});
}

TEST_CASE("quotes: 'asked' before a quotation, and the verb of a relative clause, name the speaker",
          "[ingest][attribution][quote]") {
  const graph::DocumentBundle bundle = markdown(
      "After the tour, Peter Vos asked, \"Who pays for the new crane?\" and left. "
      "The plan was backed by Mary Okonjo, who often says she chose the site because it \"never floods at all\".");
  CHECK(test::quoteLines(bundle) ==
        std::vector<std::string>{"Peter Vos: Who pays for the new crane?", "Mary Okonjo: never floods at all"});
}

TEST_CASE("quotes: 'asked' that requests reports nothing", "[ingest][attribution][quote]") {
  const graph::DocumentBundle bundle = markdown("The Harbour Trust asked the crews to be as quick as possible.");
  for (const graph::ClaimRecord& c : bundle.claims) CHECK(c.verb != "asked");
}

TEST_CASE("quotes: a first-person quotation on a person's page titled with an initial is the subject's",
          "[ingest][attribution][quote][wiki]") {
  const std::string page =
      "'''Ada Lena Quill''' (born 1950) is a harbour engineer. Ada Quill designed the north "
      "quay.<ref>[http://example.org/quill Quill profile]</ref>\n\n"
      "== Career ==\n"
      "Quill moved to the coast in 1975.\n"
      ":\"I think we raised about $2 million for the lifeboats over the years.\"<ref>[http://example.org/quill2 "
      "Interview]</ref>\n\n"
      "[[Category:1950 births]]\n";
  const graph::DocumentBundle bundle =
      ingest::extract(ingest::readWikitext(page, "Ada_L._Quill.wiki", {"Ada L. Quill", "", ""}));
  CHECK(
      test::quoteLines(bundle) ==
      std::vector<std::string>{"Ada Lena Quill: I think we raised about $2 million for the lifeboats over the years"});
  for (const graph::ClaimRecord& c : bundle.claims)
    if (c.kind == graph::ClaimKind::kQuote) {
      REQUIRE(c.sources.size() == 1);
      CHECK(bundle.sources[static_cast<std::size_t>(c.sources[0])].url == "http://example.org/quill2");
    }
}

TEST_CASE("speakers: the label before a quotation and the noun of saying are found by shape",
          "[ingest][attribution][quote]") {
  using ingest::labelBeforeQuote;
  using ingest::speechNounBefore;
  CHECK(labelBeforeQuote("Autotab (AI agent): \"18% faster\"") == std::optional<std::size_t>(7));
  CHECK(labelBeforeQuote("Quaymark: **\"fast\"") == std::optional<std::size_t>(8));
  CHECK(labelBeforeQuote("Quaymark said: fast") == std::nullopt);
  const std::string_view s = "It fits Chollet's definition of intelligence as \"skill\"";
  CHECK(speechNounBefore(s, 0, s.find('"')) == std::optional<std::size_t>(s.find("definition")));
  const std::string_view t = "The definition was long, and the quay \"dry\"";
  CHECK(speechNounBefore(t, 0, t.find('"')) == std::nullopt);
}
